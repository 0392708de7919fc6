// A team under load: advisors, each a process of its own with its own connection, open clients,
// plan, save plan versions, add notes and edit the same five clients on purpose, for a minute.
// Afterwards every acknowledged write is held against the database (audit.h) and the figures
// are printed (docs/performance.md, "A team under load").
//   build/dev/tests/store/cairn_team_load                   20 advisors, 60 s, a private server
//   build/dev/tests/store/cairn_team_load --file            the same on one SQLite file
//   build/dev/tests/store/cairn_team_load --advisors 4 --seconds 5   (ctest: store.team_load)
// Exits with 1 when a write was lost or overwritten unseen, an advisor failed, or the workspace
// answered with anything but a stale refusal or a retried "busy".
#include "advisor.h"
#include "audit.h"
#include "driver.h"
#include "private_cluster.h"
#include "report.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <cairn/store/workspace.h>
#include <cstdio>
#include <map>

using namespace cairn;
using namespace cairn::load;

namespace {

struct Options {
    QCommandLineOption advisor{QStringLiteral("advisor"), QStringLiteral("Run as advisor N (started by the driver)."),
                               QStringLiteral("N")};
    QCommandLineOption address{QStringLiteral("address"), QStringLiteral("The advisor's workspace."),
                               QStringLiteral("ADDRESS")};
    QCommandLineOption shared{QStringLiteral("shared"), QStringLiteral("The shared clients' ids."),
                              QStringLiteral("IDS")};
    QCommandLineOption own{QStringLiteral("own"), QStringLiteral("The advisor's own client."), QStringLiteral("ID")};
    QCommandLineOption startAt{QStringLiteral("start-at"), QStringLiteral("When to begin (ms since the epoch)."),
                               QStringLiteral("MS")};
    QCommandLineOption ledger{QStringLiteral("ledger"), QStringLiteral("Where the advisor writes its ledger."),
                              QStringLiteral("FILE")};
    QCommandLineOption advisors{QStringLiteral("advisors"), QStringLiteral("How many advisors (20)."),
                                QStringLiteral("N"), QStringLiteral("20")};
    QCommandLineOption seconds{QStringLiteral("seconds"), QStringLiteral("How long they work (60)."),
                               QStringLiteral("S"), QStringLiteral("60")};
    QCommandLineOption busyMs{QStringLiteral("busy-ms"), QStringLiteral("The workspace's busy timeout (5000)."),
                              QStringLiteral("MS"), QStringLiteral("5000")};
    QCommandLineOption file{QStringLiteral("file"), QStringLiteral("One SQLite workspace file instead of a server.")};
    QCommandLineOption noRoles{QStringLiteral("no-roles"),
                               QStringLiteral("Every advisor as the server's superuser, without row-level security.")};
    QCommandLineOption quick{QStringLiteral("quick"), QStringLiteral("The server without fsync, as the tests run it.")};
    QCommandLineOption keep{QStringLiteral("keep"), QStringLiteral("Keep the ledgers in DIR."), QStringLiteral("DIR")};
};

std::vector<qint64> ids(const QString& list) {
    std::vector<qint64> out;
    for (const QString& id : list.split(QLatin1Char(','), Qt::SkipEmptyParts))
        out.push_back(id.toLongLong());
    return out;
}

int advisorMain(const QCommandLineParser& parser, const Options& o) {
    AdvisorRun run;
    run.number = parser.value(o.advisor).toInt();
    run.address = parser.value(o.address);
    run.busyTimeoutMs = parser.value(o.busyMs).toInt();
    run.shared = ids(parser.value(o.shared));
    run.own = parser.value(o.own).toLongLong();
    run.startAtMs = parser.value(o.startAt).toLongLong();
    run.seconds = parser.value(o.seconds).toInt();
    run.ledger = parser.value(o.ledger);
    return runAdvisor(run);
}

QString loadAverage() {
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    return QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2);
}

/// One value of a query as the cluster's superuser.
QString serverValue(const test::PrivateCluster& cluster, const QString& database, const QString& sql) {
    const QString name = QStringLiteral("team-load-stats");
    QString value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(cluster.port());
        db.setDatabaseName(database);
        db.setUserName(QLatin1String(test::PrivateCluster::kUser));
        db.setPassword(cluster.password());
        QSqlQuery q(db);
        if (db.open() && q.exec(sql) && q.next())
            value = q.value(0).toString();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

/// What the server counted and logged: deadlocks it broke, and every statement it refused.
ServerCounts serverCounts(const test::PrivateCluster& cluster, const QString& database) {
    ServerCounts counts;
    counts.known = true;
    counts.deadlocks =
        serverValue(cluster, database,
                    QStringLiteral("SELECT deadlocks FROM pg_stat_database WHERE datname = '%1'").arg(database))
            .toLongLong();
    QFile log(cluster.logFile());
    std::map<QString, int> others;
    if (log.open(QIODevice::ReadOnly | QIODevice::Text))
        while (!log.atEnd()) {
            const QString line = QString::fromUtf8(log.readLine()).trimmed();
            const int at = line.indexOf(QLatin1String("ERROR:"));
            if (at < 0)
                continue;
            const QString words = line.mid(at + 6).trimmed();
            if (words.startsWith(QLatin1String("deadlock detected")))
                continue; // counted by the server itself
            if (words.startsWith(QLatin1String("could not serialize")))
                ++counts.serialization;
            else if (words.contains(QLatin1String("lock timeout")))
                ++counts.lockTimeouts;
            else
                ++others[words];
        }
    for (const auto& [words, count] : others)
        counts.otherErrors << QStringLiteral("%1x %2").arg(count).arg(words);
    return counts;
}

std::vector<Entry> readLedgers(const QString& folder, int advisors, QStringList& problems) {
    std::vector<Entry> all;
    for (int n = 1; n <= advisors; ++n) {
        QString why;
        auto entries = readLedger(ledgerPath(folder, n), why);
        if (!entries) {
            problems << why;
            continue;
        }
        all.insert(all.end(), entries->begin(), entries->end());
    }
    return all;
}

/// The time from the common start to the last advisor's end.
double windowSeconds(const std::vector<Entry>& entries, int nominal) {
    double ms = 0;
    for (const Entry& e : entries)
        if (e.step == Step::End)
            ms = std::max(ms, e.ms);
    return ms > 0 ? ms / 1000.0 : nominal;
}

int drive(const QCommandLineParser& parser, const Options& o) {
    QTextStream out(stdout);
    const bool onFile = parser.isSet(o.file);
    const int advisors = parser.value(o.advisors).toInt();
    AdvisorsRun run;
    run.seconds = parser.value(o.seconds).toInt();
    run.busyTimeoutMs = parser.value(o.busyMs).toInt();
    QTemporaryDir scratch;
    run.ledgers = parser.isSet(o.keep) ? parser.value(o.keep) : scratch.path();
    QDir().mkpath(run.ledgers);
    QString why;

    std::unique_ptr<test::PrivateCluster> cluster;
    QString address = scratch.filePath(QStringLiteral("team.sqlite"));
    const QString database = QStringLiteral("team_load");
    if (!onFile) {
        cluster = test::PrivateCluster::start(why, parser.isSet(o.quick) ? test::PrivateCluster::Durability::Off
                                                                         : test::PrivateCluster::Durability::On);
        if (!cluster || !cluster->createDatabase(database, why)) {
            std::fprintf(stderr, "No PostgreSQL server for the load run: %s\n", why.toLocal8Bit().constData());
            return 1;
        }
        address = cluster->address(database);
    }
    const auto team = setUpTeam(address, advisors, !onFile && !parser.isSet(o.noRoles), why);
    if (!team) {
        std::fprintf(stderr, "The workspace could not be set up: %s\n", why.toLocal8Bit().constData());
        return 1;
    }

    const QString loadBefore = loadAverage();
    const std::vector<Ending> endings = runAdvisors(*team, run);
    const QString loadAfter = loadAverage();

    QStringList problems;
    for (std::size_t i = 0; i < endings.size(); ++i)
        if (!endings[i].finished)
            problems << QStringLiteral("advisor %1 %2").arg(i + 1).arg(endings[i].why);
    const std::vector<Entry> entries = readLedgers(run.ledgers, advisors, problems);
    store::Workspace::Options quiet;
    quiet.seed = false;
    auto ws = store::Workspace::open(team->adminAddress, quiet);
    if (!ws) {
        std::fprintf(stderr, "The workspace cannot be read back: %s\n",
                     ws.error().toString().toLocal8Bit().constData());
        return 1;
    }
    std::vector<qint64> clients = team->shared;
    clients.insert(clients.end(), team->own.begin(), team->own.end());
    const Audit result = audit(**ws, entries, clients);

    const QString backend =
        onFile ? QStringLiteral("one SQLite file, busy timeout %1 ms").arg(run.busyTimeoutMs)
               : QStringLiteral("PostgreSQL %1 (private cluster, loopback, fsync %2), %3, lock timeout %4 ms")
                     .arg(serverValue(*cluster, database, QStringLiteral("SHOW server_version")),
                          parser.isSet(o.quick) ? QStringLiteral("off") : QStringLiteral("on"),
                          parser.isSet(o.noRoles) ? QStringLiteral("every advisor the superuser")
                                                  : QStringLiteral("each advisor their own role"))
                     .arg(run.busyTimeoutMs);
    out << advisors << " advisors for " << run.seconds << " s on " << backend << ".\n"
        << "Load average (1, 5, 15 min) before: " << loadBefore << "; after: " << loadAfter << ".\n\n";
    printReport(out, entries, windowSeconds(entries, run.seconds), result,
                onFile ? ServerCounts{} : serverCounts(*cluster, database));
    for (const QString& p : problems)
        out << "Problem: " << p << '\n';
    const bool errors =
        std::any_of(entries.begin(), entries.end(), [](const Entry& e) { return e.step == Step::Error; });
    return result.clean() && problems.isEmpty() && !errors ? 0 : 1;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv); // the SQL drivers are plugins and need an application object
    QCommandLineParser parser;
    parser.addHelpOption();
    const Options o;
    parser.addOptions({o.advisor, o.address, o.shared, o.own, o.startAt, o.ledger, o.advisors, o.seconds, o.busyMs,
                       o.file, o.noRoles, o.quick, o.keep});
    parser.process(app);
    return parser.isSet(o.advisor) ? advisorMain(parser, o) : drive(parser, o);
}
