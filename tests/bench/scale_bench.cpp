// A team's workspace at scale: 100,000 clients and 1,000,000 saved plan versions on a PostgreSQL
// server (the tests' private cluster), and for comparison 100,000 clients in a SQLite file. The
// data is made in the database with plain SQL (generate_series, a recursive CTE in SQLite) from
// one real saved plan and one real profile, so every row is as large as a real one. Then the
// calls that list and find clients and plans are timed, each once, on a warm connection.
//
//   cmake --build build/dev --target cairn_scale_bench -j2
//   build/dev/tests/bench/cairn_scale_bench [--clients N] [--plans-per-client M] [--sqlite FILE] [--serve]
//
// --serve keeps the server running after the figures, and prints its address and password, so
// that the app can be measured on the same data (docs/performance.md); Enter stops it.

#include "private_cluster.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <algorithm>
#include <cairn/engine/planner.h>
#include <cairn/store/workspace.h>
#include <cstdio>
#include <functional>
#include <iostream>
#include <string>

using namespace cairn;
using namespace cairn::store;

namespace {

struct Settings {
    int clients = 100000;
    int plansPerClient = 10;
    QString sqlite;
    bool serve = false;
};

const QString kFirstNames = QStringLiteral(
    "'Maria','Jamal','Aisha','Lukas','Sofia','Chen','Priya','Tomasz','Fatima','Diego','Hannah','Kwame','Yuki',"
    "'Olga','Mateo','Amara','Noah','Leila','Ivan','Grace','Samir','Elena','Tariq','Mia','Oluwaseun','Jonas',"
    "'Ana','Ravi','Chloe','Mehmet','Zoe','Kenji','Lucia','Emeka','Nina','Pedro','Sara','Hiroshi','Ines','Omar',"
    "'Clara','Bogdan','Ama','Felix','Rosa','Anil','Julia','Kofi','Marta','Sven','Nadia','Pablo','Lea','Arjun',"
    "'Eva','Yusuf','Alma','Finn','Dara','Teodor'");
const QString kLastNames = QStringLiteral(
    "'Alvarez','Robinson','Okafor','Schmidt','Rossi','Wang','Patel','Nowak','Haddad','Garcia','Mueller','Mensah',"
    "'Tanaka','Ivanova','Lopez','Diallo','Smith','Karimi','Petrov','Johnson','Nasser','Popescu','Hussain','Brown',"
    "'Adeyemi','Berg','Silva','Sharma','Martin','Yilmaz','Dubois','Sato','Fernandez','Eze','Kowalski','Santos',"
    "'Nilsson','Kim','Costa','Rahman','Fischer','Horvat','Boateng','Wagner','Moreno','Gupta','Keller','Asante',"
    "'Novak','Larsen','Farouk','Ortiz','Meyer','Iyer','Jensen','Aydin','Castro','Murphy','Okonkwo','Lindqvist',"
    "'Bianchi','Reyes','Chowdhury','Weber','Mendes','Kaya','Nguyen','Bauer','Torres','Hoffmann','Abara','Olsen',"
    "'Vega','Rao','Lambert','Demir','Ruiz','Koch','Owusu','Andersen'");
constexpr int kLastNameCount = 80;
constexpr int kFirstNameCount = 60;
/// One client whose name no generated one has, to find by exact name.
const QString kUniqueName = QStringLiteral("Zora Quintanilla");

double msSince(const QElapsedTimer& t) {
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

long peakKb() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').front().toLong();
    return -1;
}

void report(const char* what, double ms, const QString& detail = {}) {
    std::printf("  %-44s %10.1f ms  %s\n", what, ms, qPrintable(detail));
    std::fflush(stdout);
}

/// Saves one real plan for the demo client Maria Alvarez: the template every generated plan copies.
bool saveTemplatePlan(Workspace& ws, qint64& clientId, QString& why) {
    auto maria = ws.findClient(QStringLiteral("Maria Alvarez"));
    if (!maria) {
        why = maria.error().message;
        return false;
    }
    clientId = *maria;
    const Client client = ws.client(clientId).value();
    const Catalog catalog = ws.loadCatalog(*client.catalogId).value();
    PlanRequest request;
    request.goal = client.profile.goal;
    const Plan plan = cairn::plan(catalog, client.profile, request);
    SavedPlanInputs inputs;
    inputs.catalogId = client.catalogId;
    inputs.profile = client.profile;
    inputs.goal = client.profile.goal;
    auto saved = ws.savePlan(clientId, inputs, plan, QStringLiteral("Cheapest route"), QStringLiteral("First plan"));
    if (!saved)
        why = saved.error().message;
    return saved.ok();
}

/// The statements that add `s.clients` clients (copies of client `from` under generated names)
/// and `s.plansPerClient` plan versions each (copies of `from`'s one saved plan).
QStringList generation(const Settings& s, qint64 from, bool postgres) {
    const QString numbers =
        postgres ? QStringLiteral("generate_series(1, %1) AS g(i)").arg(s.clients)
                 : QStringLiteral("(WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                                  "SELECT i FROM n) AS g")
                       .arg(s.clients);
    const QString versions = postgres ? QStringLiteral("generate_series(1, %1) AS v(n)").arg(s.plansPerClient)
                                      : QStringLiteral("(WITH RECURSIVE m(n) AS (SELECT 1 UNION ALL SELECT n + 1 "
                                                       "FROM m WHERE n < %1) SELECT n FROM m) AS v")
                                            .arg(s.plansPerClient);
    // Names from the two lists, each first name with each last name in turn; SQLite reads the
    // lists as JSON arrays.
    QString first = kFirstNames;
    QString last = kLastNames;
    QString names = QStringLiteral("(ARRAY[%1])[1 + g.i % %3] || ' ' || (ARRAY[%2])[1 + (g.i / %3) % %4]");
    if (!postgres) {
        first.replace(QLatin1Char('\''), QLatin1Char('"'));
        last.replace(QLatin1Char('\''), QLatin1Char('"'));
        names = QStringLiteral("(SELECT value FROM json_each('[%1]') WHERE key = g.i % %3) || ' ' || "
                               "(SELECT value FROM json_each('[%2]') WHERE key = (g.i / %3) % %4)");
    }
    names = names.arg(first, last).arg(kFirstNameCount).arg(kLastNameCount);
    const QString stamp = postgres ? QStringLiteral("to_char(timestamp '2024-01-01' + g.i * interval '5 minutes', "
                                                    "'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')")
                                   : QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', '2024-01-01', "
                                                    "'+' || (g.i * 5) || ' minutes')");
    const QString planStamp = postgres
                                  ? QStringLiteral("to_char(CAST(c.created_at AS timestamp) + v.n * interval '3 days', "
                                                   "'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')")
                                  : QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', c.created_at, '+' || (v.n * 3) "
                                                   "|| ' days')");
    return {
        QStringLiteral("INSERT INTO clients (name, contact, notes, catalog_id, goal, profile, created_at) "
                       "SELECT %1, 'client' || g.i || '@example.org', '', t.catalog_id, t.goal, t.profile, %2 "
                       "FROM %3, (SELECT catalog_id, goal, profile FROM clients WHERE id = %4) AS t")
            .arg(names, stamp, numbers)
            .arg(from),
        QStringLiteral("INSERT INTO clients (name, contact, notes, catalog_id, goal, profile, created_at) "
                       "SELECT '%1', '', '', catalog_id, goal, profile, created_at FROM clients WHERE id = %2")
            .arg(kUniqueName)
            .arg(from),
        QStringLiteral("INSERT INTO plans (client_id, version, catalog_id, title, note, status, cost, hours, "
                       "credential_count, completion, inputs, result, created_at, updated_at) "
                       "SELECT c.id, v.n, t.catalog_id, 'Plan version ' || v.n, '', t.status, t.cost + v.n, t.hours, "
                       "t.credential_count, t.completion, t.inputs, t.result, %1, %1 "
                       "FROM clients AS c, %2, (SELECT * FROM plans WHERE client_id = %3) AS t WHERE c.id > %3")
            .arg(planStamp, versions)
            .arg(from),
        QStringLiteral("ANALYZE"),
    };
}

QString idText(const Result<qint64>& id) {
    return id ? QStringLiteral("id %1").arg(*id) : id.error().message;
}

template <typename Row> QString pageText(const Result<Page<Row>>& page) {
    return page ? QStringLiteral("%1 of %2").arg(page->rows.size()).arg(page->total) : page.error().message;
}

/// The caseload as the app read it before it was read a page at a time: every client in full,
/// then each one's plans, their latest plan whole (for its completion date) and their own goals.
QString caseloadAsBefore(Workspace& ws, std::size_t clients) {
    auto all = ws.clients();
    if (!all)
        return all.error().message;
    const std::size_t read = std::min(clients, all->size());
    for (std::size_t i = 0; i < read; ++i) {
        const Client& c = (*all)[i];
        auto plans = ws.plans(c.id);
        if (plans && !plans->empty())
            (void)ws.plan(plans->front().id);
        (void)ws.clientGoals(c.id);
    }
    return QStringLiteral("%1 of %2 clients").arg(read).arg(all->size());
}

/// Times the calls that list and find clients and plans on the workspace at `address`.
int measure(const QString& address) {
    QElapsedTimer t;
    t.start();
    auto ws = Workspace::open(address);
    if (!ws) {
        std::fprintf(stderr, "%s\n", qPrintable(ws.error().message));
        return 1;
    }
    report("open", msSince(t));
    // A client halfway down the list, with saved plans: found by id, their history listed.
    const auto middle = (*ws)->clientList({{}, 1, (*ws)->countClients({}).value() / 2});
    const QString probe = QString::number(middle->rows.front().id);
    const std::vector<std::pair<const char*, std::function<QString()>>> calls = {
        {"clients()", [&] { return QStringLiteral("%1 clients").arg((*ws)->clients()->size()); }},
        {"allPlans()", [&] { return QStringLiteral("%1 plans").arg((*ws)->allPlans()->size()); }},
        {"findClient(unique name)", [&] { return idText((*ws)->findClient(kUniqueName)); }},
        {"findClient(shared name)",
         [&] {
             auto found = (*ws)->findClient(QStringLiteral("Maria Alvarez"));
             return found ? QStringLiteral("one") : found.error().message.left(60);
         }},
        {"findClient(id)", [&] { return idText((*ws)->findClient(probe)); }},
        {"plans(one client)", [&] { return QStringLiteral("%1 plans").arg((*ws)->plans(probe.toLongLong())->size()); }},
        {"caseload as read before, first 1,000 clients", [&] { return caseloadAsBefore(**ws, 1000); }},
        {"clientList(first 200)",
         [&] {
             return pageText((*ws)->clientList({{}, 200, 0}));
         }},
        {"caseload(first 200)",
         [&] {
             return pageText((*ws)->caseload({{}, 200, 0}));
         }},
        {"caseload(200 from 50,000)",
         [&] {
             return pageText((*ws)->caseload({{}, 200, 50000}));
         }},
        {"caseload(name holds \"okafor\")",
         [&] {
             return pageText((*ws)->caseload({QStringLiteral("okafor"), 200, 0}));
         }},
        {"caseload(name holds \"quintanilla\")",
         [&] {
             return pageText((*ws)->caseload({QStringLiteral("quintanilla"), 200, 0}));
         }},
        {"caseload(name holds \"xyz\", none)",
         [&] {
             return pageText((*ws)->caseload({QStringLiteral("xyz"), 200, 0}));
         }},
        {"clientList(name holds \"ana\")",
         [&] {
             return pageText((*ws)->clientList({QStringLiteral("ana"), 200, 0}));
         }},
    };
    for (const auto& [what, call] : calls) {
        t.restart();
        const QString detail = call();
        report(what, msSince(t), detail);
    }
    std::printf("  peak memory (VmHWM) %ld kB\n", peakKb());
    return 0;
}

bool runAll(QSqlDatabase db, const QStringList& statements, QString& why) {
    for (const QString& sql : statements) {
        QElapsedTimer t;
        t.start();
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            why = sql.left(200) + QStringLiteral(": ") + q.lastError().text();
            return false;
        }
        report(qPrintable(QStringLiteral("  %1").arg(sql.left(40))), msSince(t));
    }
    return true;
}

int buildSqlite(const Settings& s) {
    QFile::remove(s.sqlite);
    qint64 from = 0;
    {
        auto ws = Workspace::open(s.sqlite);
        QString why;
        if (!ws || !saveTemplatePlan(**ws, from, why)) {
            std::fprintf(stderr, "%s\n", qPrintable(ws ? why : ws.error().message));
            return 1;
        }
    }
    QString why;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bulk"));
        db.setDatabaseName(s.sqlite);
        if (!db.open() || !db.transaction() || !runAll(db, generation(s, from, false), why) || !db.commit()) {
            std::fprintf(stderr, "%s\n", qPrintable(why));
            return 1;
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bulk"));
    return 0;
}

Settings parse(const QStringList& args) {
    Settings s;
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--clients") && i + 1 < args.size())
            s.clients = args[++i].toInt();
        else if (args[i] == QLatin1String("--plans-per-client") && i + 1 < args.size())
            s.plansPerClient = args[++i].toInt();
        else if (args[i] == QLatin1String("--sqlite") && i + 1 < args.size())
            s.sqlite = args[++i];
        else if (args[i] == QLatin1String("--serve"))
            s.serve = true;
    }
    return s;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv); // the SQL drivers are plugins and need an application object
    const Settings s = parse(app.arguments());
    std::printf("%d clients, %d saved plan versions each\n", s.clients, s.plansPerClient);
    if (!s.sqlite.isEmpty()) {
        QElapsedTimer t;
        t.start();
        if (buildSqlite(s) != 0)
            return 1;
        report("SQLite file built", msSince(t), s.sqlite);
        return measure(s.sqlite);
    }

    QString why;
    auto cluster = cairn::test::PrivateCluster::start(why);
    if (!cluster || !cluster->createDatabase(QStringLiteral("scale"), why)) {
        std::fprintf(stderr, "No PostgreSQL server for the benchmark: %s\n", qPrintable(why));
        return 1;
    }
    const QString address = cluster->address(QStringLiteral("scale"));
    QElapsedTimer t;
    t.start();
    qint64 from = 0;
    {
        auto ws = Workspace::open(address);
        if (!ws || !saveTemplatePlan(**ws, from, why)) {
            std::fprintf(stderr, "%s\n", qPrintable(ws ? why : ws.error().message));
            return 1;
        }
    }
    if (!cluster->exec(QStringLiteral("scale"), generation(s, from, true), why)) {
        std::fprintf(stderr, "%s\n", qPrintable(why));
        return 1;
    }
    report("server workspace built", msSince(t));
    if (const int failed = measure(address))
        return failed;
    if (s.serve) {
        std::printf("Serving %s (PGPASSWORD=%s); Enter stops the server.\n", qPrintable(address),
                    qPrintable(cluster->password()));
        std::fflush(stdout);
        std::string line;
        std::getline(std::cin, line);
    }
    return 0;
}
