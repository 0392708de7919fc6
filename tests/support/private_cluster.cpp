#include "private_cluster.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <arpa/inet.h>
#include <atomic>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace cairn::test {

namespace {

/// The newest installed PostgreSQL's programs (Debian keeps each major version apart).
QString postgresPrograms() {
    QDir root(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(),
              [](const QString& a, const QString& b) { return a.toDouble() > b.toDouble(); });
    for (const QString& v : versions) {
        const QString bin = root.filePath(v + QStringLiteral("/bin"));
        if (QFile::exists(bin + QStringLiteral("/initdb")))
            return bin;
    }
    return {};
}

/// A loopback port nobody listens on right now.
int freePort() {
    const int s = ::socket(AF_INET, SOCK_STREAM, 0);
    if (s < 0)
        return 0;
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof addr;
    int port = 0;
    if (::bind(s, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0 &&
        ::getsockname(s, reinterpret_cast<sockaddr*>(&addr), &length) == 0)
        port = ntohs(addr.sin_port);
    ::close(s);
    return port;
}

QString randomPassword() {
    QString out;
    for (int i = 0; i < 24; ++i)
        out += QChar(QLatin1Char("abcdefghijkmnpqrstuvwxyz23456789"[QRandomGenerator::global()->bounded(32)]));
    return out;
}

/// Gives the folder to the postgres user, which must own a cluster's files.
bool giveToPostgres(const QString& path) {
    return ::getpwnam("postgres") != nullptr &&
           QProcess::execute(QStringLiteral("chown"), {QStringLiteral("-R"), QStringLiteral("postgres:"), path}) == 0;
}

QString connectionName() {
    static std::atomic<int> counter{0};
    return QStringLiteral("private-cluster-%1").arg(++counter);
}

} // namespace

std::unique_ptr<PrivateCluster> PrivateCluster::start(QString& why, Durability durability) {
    std::unique_ptr<PrivateCluster> cluster(new PrivateCluster);
    cluster->bin_ = postgresPrograms();
    if (cluster->bin_.isEmpty()) {
        why = QStringLiteral("PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb); install the Debian "
                             "package postgresql, as packaging/bootstrap does.");
        return nullptr;
    }
    if (!cluster->dir_.isValid()) {
        why = QStringLiteral("no temporary folder for the cluster");
        return nullptr;
    }
    cluster->asPostgres_ = ::geteuid() == 0;
    const QString dir = cluster->dir_.path();
    cluster->password_ = randomPassword();
    QFile pwfile(dir + QStringLiteral("/pwfile"));
    if (!pwfile.open(QIODevice::WriteOnly) || pwfile.write(cluster->password_.toUtf8() + '\n') < 0) {
        why = QStringLiteral("cannot write %1").arg(pwfile.fileName());
        return nullptr;
    }
    pwfile.close();
    if (cluster->asPostgres_ && !giveToPostgres(dir)) {
        why = QStringLiteral("running as root, but the folder cannot be given to the user postgres");
        return nullptr;
    }
    const QString data = dir + QStringLiteral("/data");
    if (!cluster->run(cluster->bin_ + QStringLiteral("/initdb"),
                      {QStringLiteral("-D"), data, QStringLiteral("-U"), QLatin1String(kUser),
                       QStringLiteral("--pwfile=") + pwfile.fileName(), QStringLiteral("--auth=scram-sha-256"),
                       QStringLiteral("--no-locale"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                       QStringLiteral("--no-sync")},
                      why))
        return nullptr;
    QFile::remove(pwfile.fileName());

    cluster->port_ = freePort();
    // Durability is not what the tests are about; English messages are what they read. (The
    // fault tests ask for synchronous commits in their own databases.)
    const QString quick = QStringLiteral("-c fsync=off -c synchronous_commit=off -c full_page_writes=off ");
    cluster->options_ = QStringLiteral("-c port=%1 -c listen_addresses=127.0.0.1 -c unix_socket_directories=%2 %3"
                                       "-c lc_messages=C -c max_connections=60")
                            .arg(cluster->port_)
                            .arg(dir, durability == Durability::Off ? quick : QString());
    if (!cluster->startServer(why))
        return nullptr;

    // The watchdog: once this process is gone, stop the server and remove its folder.
    const QString runAs = cluster->asPostgres_ ? QStringLiteral("runuser -u postgres -- ") : QString();
    const QString script = QStringLiteral("while kill -0 %1 2>/dev/null; do sleep 1; done; "
                                          "%2'%3/pg_ctl' -D '%4' stop -m immediate >/dev/null 2>&1; rm -rf '%5'")
                               .arg(QCoreApplication::applicationPid())
                               .arg(runAs, cluster->bin_, data, dir);
    QProcess::startDetached(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script});

    qputenv("PGPASSWORD", cluster->password_.toUtf8());
    return cluster;
}

bool PrivateCluster::startServer(QString& why) {
    const QString dir = dir_.path();
    if (!run(bin_ + QStringLiteral("/pg_ctl"),
             {QStringLiteral("-D"), dir + QStringLiteral("/data"), QStringLiteral("-l"),
              dir + QStringLiteral("/server.log"), QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
              QStringLiteral("-o"), options_, QStringLiteral("start")},
             why))
        return false;
    running_ = true;
    return true;
}

bool PrivateCluster::crash(QString& why) {
    if (!run(bin_ + QStringLiteral("/pg_ctl"),
             {QStringLiteral("-D"), dir_.path() + QStringLiteral("/data"), QStringLiteral("-w"), QStringLiteral("-m"),
              QStringLiteral("immediate"), QStringLiteral("stop")},
             why))
        return false;
    running_ = false;
    return true;
}

bool PrivateCluster::restart(QString& why) {
    return startServer(why);
}

PrivateCluster::~PrivateCluster() {
    stop();
}

void PrivateCluster::stop() {
    if (!running_)
        return;
    QString why;
    run(bin_ + QStringLiteral("/pg_ctl"),
        {QStringLiteral("-D"), dir_.path() + QStringLiteral("/data"), QStringLiteral("-w"), QStringLiteral("-m"),
         QStringLiteral("fast"), QStringLiteral("stop")},
        why);
    running_ = false;
}

bool PrivateCluster::run(const QString& program, const QStringList& arguments, QString& why) const {
    QProcess p;
    p.setWorkingDirectory(dir_.path());
    p.setProcessChannelMode(QProcess::MergedChannels);
    if (asPostgres_)
        p.start(QStringLiteral("runuser"),
                QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program} +
                    arguments);
    else
        p.start(program, arguments);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        why = QStringLiteral("%1 failed: %2").arg(program, QString::fromLocal8Bit(p.readAll()));
        return false;
    }
    return true;
}

QString PrivateCluster::address(const QString& database) const {
    return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(QLatin1String(kUser)).arg(port_).arg(database);
}

bool PrivateCluster::exec(const QString& database, const QStringList& statements, QString& why) {
    const QString name = connectionName();
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(port_);
        db.setDatabaseName(database);
        db.setUserName(QLatin1String(kUser));
        db.setPassword(password_);
        if (!db.open()) {
            why = db.lastError().text();
            ok = false;
        }
        for (const QString& sql : statements) {
            if (!ok)
                break;
            QSqlQuery q(db);
            if (!q.exec(sql)) {
                why = sql + QStringLiteral(": ") + q.lastError().text();
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool PrivateCluster::createDatabase(const QString& name, QString& why) {
    // A name the tests choose: letters, digits and '_', so it needs no quoting.
    return exec(QStringLiteral("postgres"), {QStringLiteral("CREATE DATABASE %1").arg(name)}, why);
}

} // namespace cairn::test
