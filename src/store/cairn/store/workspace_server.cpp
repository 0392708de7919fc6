// A workspace on a PostgreSQL server: connecting, and the schema's version kept in a table.
#include "cairn/store/schema.h"
#include "cairn/store/server_address.h"
#include "cairn/store/workspace.h"
#include "dialect.h"
#include "sql_support.h"

#include <QObject>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>
#include <algorithm>

namespace cairn::store {

using namespace detail;

namespace {

/// PostgreSQL 10 brought identity columns, which the schema's keys are.
constexpr int kOldestServer = 100000;
constexpr int kOldestServerShown = 10;
/// How long a first opening waits for another program that is setting the same database up.
constexpr int kSetUpWaitMs = 120000;

/// What the database says about itself: how many tables it has, and when it is a Cairn
/// workspace, its mark and schema version.
struct ServerFacts {
    int tables = 0;
    bool marked = false; ///< the table cairn_workspace exists
    bool hasRow = false; ///< and holds the mark and version
    qint64 applicationId = 0;
    int version = 0;
};

Result<ServerFacts> readFacts(QSqlQuery& q, const QString& address) {
    Error error;
    const Message opening = doing(Message::Code::DoingOpenWorkspace);
    if (!run(q,
             QStringLiteral("SELECT count(*), count(*) FILTER (WHERE tablename = 'cairn_workspace') FROM pg_tables "
                            "WHERE schemaname = current_schema()"),
             {}, error, opening, address) ||
        !q.next())
        return error;
    ServerFacts facts{q.value(0).toInt(), q.value(1).toInt() > 0};
    q.finish();
    if (!facts.marked)
        return facts;
    if (!run(q, QStringLiteral("SELECT application_id, schema_version FROM cairn_workspace"), {}, error, opening,
             address))
        return error;
    if (q.next()) {
        facts.hasRow = true;
        facts.applicationId = q.value(0).toLongLong();
        facts.version = q.value(1).toInt();
    }
    q.finish();
    return facts;
}

/// A database with tables but not Cairn's, or one a newer Cairn set up, is left as it is. An
/// unmarked database may hold only the empty mark table that setting it up begins with.
std::optional<Error> refusal(const ServerFacts& facts, const QString& address) {
    if (facts.hasRow ? facts.applicationId != kApplicationId : facts.tables > (facts.marked ? 1 : 0))
        return damagedError(address);
    if (facts.version > currentSchemaVersion())
        return Error::of(Error::Kind::NewerVersion,
                         says(Message::Code::WorkspaceNewer,
                              {textArg(address), idArg(facts.version), idArg(currentSchemaVersion())}));
    return std::nullopt;
}

Result<void> checkServerVersion(QSqlQuery& q, const QString& address) {
    Error error;
    if (!run(q, QStringLiteral("SHOW server_version_num"), {}, error, doing(Message::Code::DoingOpenWorkspace),
             address) ||
        !q.next())
        return error;
    const int version = q.value(0).toInt();
    q.finish();
    if (version >= kOldestServer)
        return {};
    const QString shown = QStringLiteral("%1.%2").arg(version / 10000).arg(version % 10000 / 100);
    return Error::of(Error::Kind::Server,
                     says(Message::Code::ServerVersionTooOld,
                          {textArg(address), textArg(shown), textArg(QString::number(kOldestServerShown))}));
}

/// The connection's settings: a lock wait as long as a busy SQLite file's, and the server's
/// notices ("table exists, skipping") kept off the terminal.
Result<void> configure(QSqlQuery& q, const QString& address, int busyTimeoutMs) {
    Error error;
    const Message opening = doing(Message::Code::DoingOpenWorkspace);
    // A number we control; SET takes no bound values.
    if (!run(q, QStringLiteral("SET lock_timeout = %1").arg(std::max(busyTimeoutMs, 1)), {}, error, opening, address) ||
        !run(q, QStringLiteral("SET client_min_messages = warning"), {}, error, opening, address))
        return error;
    return {};
}

} // namespace

Result<std::unique_ptr<Workspace>> Workspace::connectServer(const QString& text, const Options& options) {
    auto address = ServerAddress::parse(text);
    if (!address)
        return address.error();
    const QString shown = address->display();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Error::of(Error::Kind::Server, says(Message::Code::ServerDriverMissing, {textArg(shown)}));

    const QString connection = nextConnectionName();
    std::unique_ptr<Workspace> ws(new Workspace(shown, connection));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
    db.setHostName(address->host);
    if (address->port > 0)
        db.setPort(address->port);
    db.setDatabaseName(address->database);
    db.setUserName(address->user);
    if (!options.password.isEmpty())
        db.setPassword(options.password);
    QString connectOptions = address->connectOptions();
    // An unreachable host is reported within seconds, not after the system's TCP timeout.
    if (address->parameter(QStringLiteral("connect_timeout")).isEmpty())
        connectOptions += QLatin1String(connectOptions.isEmpty() ? "" : ";") + QStringLiteral("connect_timeout=10");
    db.setConnectOptions(connectOptions);
    if (!db.open())
        return serverError(db.lastError(), doing(Message::Code::DoingOpenWorkspace), shown);

    QSqlQuery q(db);
    if (auto checked = checkServerVersion(q, shown); !checked)
        return checked.error();
    if (auto configured = configure(q, shown, options.busyTimeoutMs); !configured)
        return configured.error();
    if (auto role = ws->readTeamRole(); !role)
        return role.error();
    return ws;
}

Result<std::unique_ptr<Workspace>> Workspace::openServer(const QString& text, const Options& options) {
    auto ws = connectServer(text, options);
    if (!ws)
        return ws.error();
    QSqlQuery q((*ws)->db());
    auto facts = readFacts(q, (*ws)->path_);
    if (!facts)
        return facts.error();
    if (auto refused = refusal(*facts, (*ws)->path_))
        return *refused;
    if (facts->version < currentSchemaVersion())
        if (auto upgraded = (*ws)->upgradeServer(options); !upgraded)
            return upgraded.error();
    return std::move(*ws);
}

Result<void> Workspace::upgradeServer(const Options& options) {
    Transaction t(db(), path_);
    if (!t.begun())
        return t.error();
    if (auto migrated = migrateServer(options); !migrated)
        return migrated;
    if (!t.commit())
        return t.error();
    return {};
}

Result<void> Workspace::lockForSetUp(const Options& options) {
    QSqlQuery q(db());
    Error error;
    // One program at a time sets a database up or upgrades it; the others wait here, then find
    // it done. The lock ends with the transaction.
    const Message preparing = doing(Message::Code::DoingPrepareUpgrade);
    if (!run(q, QStringLiteral("SET LOCAL lock_timeout = %1").arg(std::max(options.busyTimeoutMs, kSetUpWaitMs)), {},
             error, preparing, path_) ||
        !run(q, QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kApplicationId), {}, error, preparing, path_))
        return error;
    q.finish();
    return {};
}

Result<void> Workspace::migrateServer(const Options& options) {
    if (auto locked = lockForSetUp(options); !locked)
        return locked;
    QSqlQuery q(db());
    Error error;
    if (!run(q,
             QStringLiteral("CREATE TABLE IF NOT EXISTS cairn_workspace (application_id BIGINT NOT NULL, "
                            "schema_version BIGINT NOT NULL)"),
             {}, error, doing(Message::Code::DoingPrepareUpgrade), path_))
        return error;
    // Asked again under the lock: another program may have done it while this one waited.
    auto facts = readFacts(q, path_);
    if (!facts)
        return facts.error();
    if (auto refused = refusal(*facts, path_))
        return *refused;
    const int from = facts->version;
    if (from == currentSchemaVersion())
        return {};
    if (auto migrated = migrateFrom(from); !migrated)
        return migrated;
    const Message last = doing(Message::Code::DoingUpgrade, {idArg(currentSchemaVersion())});
    if (!run(q, QStringLiteral("DELETE FROM cairn_workspace"), {}, error, last, path_) ||
        !run(q, QStringLiteral("INSERT INTO cairn_workspace (application_id, schema_version) VALUES (?, ?)"),
             {kApplicationId, currentSchemaVersion()}, error, last, path_))
        return error;
    q.finish();
    if (auto seeded = seedIfNew(from, options); !seeded)
        return seeded;
    // The bundled catalogs and demo clients are where a workspace starts, not anyone's change.
    if (from == 0 && !run(q, QStringLiteral("DELETE FROM audit_trail"), {}, error, last, path_))
        return error;
    return {};
}

bool Workspace::watchChanges(QObject* context, std::function<void()> changed) {
    QSqlDatabase database = db();
    QSqlDriver* driver = database.driver();
    if (!detail::Dialect::of(database).isPostgres() || !driver->hasFeature(QSqlDriver::EventNotifications))
        return false;
    const QString channel = QLatin1String(kChangeChannel);
    if (!driver->subscribedToNotifications().contains(channel) && !driver->subscribeToNotification(channel))
        return false;
    // Its own commits are the caller's own changes; it knows of them already.
    QObject::connect(driver, &QSqlDriver::notification, context,
                     [channel, changed = std::move(changed)](const QString& name, QSqlDriver::NotificationSource source,
                                                             const QVariant&) {
                         if (name == channel && source == QSqlDriver::OtherSource)
                             changed();
                     });
    return true;
}

} // namespace cairn::store
