#include "audit_trail.h"

#include "dialect.h"
#include "sql_support.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <array>
#include <cairn/io/audit_import.h>
#include <pwd.h>
#include <unistd.h>

namespace cairn::store::detail {

namespace {

/// A table whose changes are recorded: the subject its entries are about, the column that names
/// the row to a person (a plan's version, not its id), and where the client and the catalog the
/// row belongs to are found (empty when it belongs to none).
struct Audited {
    const char* table;
    const char* subject;
    const char* item;
    const char* client;
    const char* catalog;
};

constexpr std::array<Audited, 11> kAudited{{
    {"clients", "client", "id", "id", "catalog_id"},
    {"plans", "plan", "version", "client_id", ""},
    {"notes", "note", "id", "client_id", ""},
    {"client_goals", "own-goal", "number", "client_id", ""},
    {"client_shares", "share", "advisor", "client_id", ""},
    {"catalogs", "catalog", "id", "", "id"},
    {"skills", "skill", "id", "", "catalog_id"},
    {"credentials", "credential", "id", "", "catalog_id"},
    {"programs", "program", "id", "", "catalog_id"},
    {"goals", "goal", "id", "", "catalog_id"},
    {"offers", "offer", "id", "", "catalog_id"},
}};

/// Columns not recorded: bookkeeping that changes with every save (versions, times, order, the
/// catalog's count of edits), keys the entry holds in columns of its own, and a saved plan's
/// inputs and result, which never change after the save and would make the trail as large as
/// the plans.
const QStringList kUnrecorded{QStringLiteral("row_version"), QStringLiteral("updated_at"), QStringLiteral("position"),
                              QStringLiteral("edits"),       QStringLiteral("created_at"), QStringLiteral("id"),
                              QStringLiteral("client_id"),   QStringLiteral("inputs"),     QStringLiteral("result")};

/// Whether a column of `table` is recorded. A client's catalog is part of what an advisor
/// changes; any other row's catalog is the catalog it belongs to.
bool recorded(const Audited& table, const QString& column) {
    if (column == QLatin1String("catalog_id"))
        return QLatin1String(table.table) == QLatin1String("clients");
    return !kUnrecorded.contains(column);
}

QString serverFunction() {
    QString dropped;
    for (const QString& column : kUnrecorded)
        dropped += QStringLiteral(" - '%1'").arg(column);
    // SECURITY DEFINER: the trail is written as the function's owner, so an advisor needs (and
    // has) no right to write it; session_user is the person who logged in whatever role they set.
    return QStringLiteral(
               "CREATE OR REPLACE FUNCTION cairn_audit() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER"
               " SET search_path FROM CURRENT AS $$"
               " DECLARE"
               "  old_row jsonb := CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END;"
               "  new_row jsonb := CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END;"
               "  kept jsonb := coalesce(new_row, old_row);"
               "  old_vals jsonb := '{}';"
               "  new_vals jsonb := '{}';"
               " BEGIN"
               "  IF old_row IS NOT NULL THEN old_vals := old_row%1; END IF;"
               "  IF new_row IS NOT NULL THEN new_vals := new_row%1; END IF;"
               "  IF TG_ARGV[0] <> 'client' THEN old_vals := old_vals - 'catalog_id'; new_vals := new_vals - "
               "'catalog_id'; END IF;"
               "  IF TG_OP = 'UPDATE' AND old_vals = new_vals THEN RETURN NULL; END IF;"
               "  INSERT INTO audit_trail (changed_at, actor, client_id, catalog_id, subject, item, kind, old_values,"
               "   new_values) VALUES ("
               "   to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), session_user,"
               "   CASE WHEN TG_ARGV[2] = '' THEN NULL ELSE (kept->>TG_ARGV[2])::bigint END,"
               "   CASE WHEN TG_ARGV[3] = '' THEN NULL ELSE (kept->>TG_ARGV[3])::bigint END,"
               "   TG_ARGV[0], kept->>TG_ARGV[1],"
               "   CASE TG_OP WHEN 'INSERT' THEN 'added' WHEN 'UPDATE' THEN 'changed' ELSE 'removed' END,"
               "   CASE WHEN TG_OP = 'INSERT' THEN '{}' ELSE old_vals::text END,"
               "   CASE WHEN TG_OP = 'DELETE' THEN '{}' ELSE new_vals::text END);"
               "  RETURN NULL;"
               " END $$")
        .arg(dropped);
}

/// SQLite's json_object() of the recorded columns of a row (`row` OLD or NEW).
QString fileRowJson(const Audited& table, const QStringList& columns, const char* row) {
    QStringList pairs;
    for (const QString& column : columns)
        if (recorded(table, column))
            pairs << QStringLiteral("'%1', %2.%1").arg(column, QLatin1String(row));
    return QStringLiteral("json_object(%1)").arg(pairs.join(QStringLiteral(", ")));
}

/// SQL for an id column of the entry: the row's column, or NULL.
QString fileKey(const char* column, const char* row) {
    return *column ? QStringLiteral("%1.%2").arg(QLatin1String(row), QLatin1String(column)) : QStringLiteral("NULL");
}

QStringList fileTriggers(const Audited& table, const QStringList& columns, const QString& actor) {
    QString quotedActor = actor;
    quotedActor.replace(QLatin1Char('\''), QStringLiteral("''"));
    const auto trigger = [&](const char* event, const char* kind, const char* row, const QString& before,
                             const QString& after, const QString& when) {
        return QStringLiteral(
                   "CREATE TEMP TRIGGER audit_%1_%2 AFTER %3 ON main.%1%4 BEGIN"
                   " INSERT INTO audit_trail (changed_at, actor, client_id, catalog_id, subject, item, kind,"
                   " old_values, new_values) VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), '%5', %6, %7, '%8',"
                   " CAST(%9 AS TEXT), '%10', %11, %12); END")
            .arg(QLatin1String(table.table), QLatin1String(kind), QLatin1String(event), when, quotedActor,
                 fileKey(table.client, row), fileKey(table.catalog, row), QLatin1String(table.subject),
                 fileKey(table.item, row))
            .arg(QLatin1String(kind), before, after);
    };
    QStringList changed;
    for (const QString& column : columns)
        if (recorded(table, column))
            changed << QStringLiteral("OLD.%1 IS NOT NEW.%1").arg(column);
    const QString notPaused = QStringLiteral(" WHEN NOT EXISTS (SELECT 1 FROM temp.audit_paused)");
    return {
        trigger("INSERT", "added", "NEW", QStringLiteral("'{}'"), fileRowJson(table, columns, "NEW"), notPaused),
        trigger("UPDATE", "changed", "NEW", fileRowJson(table, columns, "OLD"), fileRowJson(table, columns, "NEW"),
                notPaused + QStringLiteral(" AND (") + changed.join(QStringLiteral(" OR ")) + QLatin1Char(')')),
        trigger("DELETE", "removed", "OLD", fileRowJson(table, columns, "OLD"), QStringLiteral("'{}'"), notPaused),
    };
}

} // namespace

QStringList auditTrailSchema() {
    return {
        // No reference to the client or catalog: the trail outlives what it is about.
        QStringLiteral("CREATE TABLE audit_trail ("
                       " id INTEGER PRIMARY KEY,"
                       " changed_at TEXT NOT NULL,"
                       " actor TEXT NOT NULL,"
                       " client_id INTEGER,"
                       " catalog_id INTEGER,"
                       " subject TEXT NOT NULL,"
                       " item TEXT NOT NULL DEFAULT '',"
                       " kind TEXT NOT NULL CHECK (kind IN ('added', 'changed', 'removed')),"
                       " old_values TEXT NOT NULL DEFAULT '{}',"
                       " new_values TEXT NOT NULL DEFAULT '{}')"),
        QStringLiteral("CREATE INDEX audit_trail_by_client ON audit_trail(client_id, id)"),
        QStringLiteral("CREATE INDEX audit_trail_by_catalog ON audit_trail(catalog_id, id)"),
    };
}

QStringList serverAuditTriggers() {
    QStringList out{serverFunction()};
    for (const Audited& t : kAudited) {
        const QString table = QLatin1String(t.table);
        out << QStringLiteral("DROP TRIGGER IF EXISTS %1_audited ON %1").arg(table)
            << QStringLiteral("CREATE TRIGGER %1_audited AFTER INSERT OR UPDATE OR DELETE ON %1 FOR EACH ROW"
                              " EXECUTE PROCEDURE cairn_audit('%2', '%3', '%4', '%5')")
                   .arg(table, QLatin1String(t.subject), QLatin1String(t.item), QLatin1String(t.client),
                        QLatin1String(t.catalog));
    }
    // A team set up before the trail existed has its groups and row-level security already; its
    // people read the trail as a new team's do.
    QString access;
    for (const QString& statement : auditTrailAccess())
        access += statement + QStringLiteral("; ");
    // Such a team's advisors were also not let change a client's version, which every save of
    // a client does (migration 8 and the team's grants came at the same time).
    access += QStringLiteral("GRANT UPDATE (row_version) ON clients TO cairn_advisor; ");
    out << QStringLiteral("DO $$ BEGIN IF (SELECT relrowsecurity FROM pg_class WHERE oid = to_regclass('clients'))"
                          " AND EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'cairn_advisor') THEN %1 END IF; END $$")
               .arg(access);
    return out;
}

QStringList auditTrailAccess() {
    return {
        QStringLiteral("GRANT SELECT ON audit_trail TO cairn_advisor, cairn_manager, cairn_catalog_editor"),
        QStringLiteral("CREATE POLICY advisor_reads ON audit_trail FOR SELECT TO cairn_advisor USING (client_id IS NULL"
                       " OR cairn_owns(client_id, current_user) OR cairn_shared_with(client_id, current_user))"),
        QStringLiteral("CREATE POLICY manager_reads ON audit_trail FOR SELECT TO cairn_manager USING (true)"),
        QStringLiteral("CREATE POLICY editor_reads ON audit_trail FOR SELECT TO cairn_catalog_editor USING "
                       "(client_id IS NULL)"),
        QStringLiteral("ALTER TABLE audit_trail ENABLE ROW LEVEL SECURITY"),
    };
}

QString computerUser() {
    // The account's own name, whatever the environment says; the environment where there is none.
    if (const passwd* account = getpwuid(getuid()); account && account->pw_name && *account->pw_name)
        return QString::fromLocal8Bit(account->pw_name);
    for (const char* name : {"USER", "USERNAME", "LOGNAME"}) {
        const QString user = qEnvironmentVariable(name);
        if (!user.isEmpty())
            return user;
    }
    return QStringLiteral("local");
}

FileAuditPause::FileAuditPause(QSqlDatabase db) : db_(std::move(db)) {
    if (Dialect::of(db_).isPostgres())
        return;
    QSqlQuery q(db_);
    paused_ = q.exec(QStringLiteral("INSERT INTO temp.audit_paused VALUES (1)"));
}

FileAuditPause::~FileAuditPause() {
    if (!paused_)
        return;
    QSqlQuery q(db_);
    q.exec(QStringLiteral("DELETE FROM temp.audit_paused"));
}

Result<void> recordImport(const QSqlDatabase& db, const QString& path, qint64 catalogId, const QString& fileName,
                          const std::vector<std::string>& ids) {
    if (Dialect::of(db).isPostgres())
        return {};
    const QJsonObject imported = io::auditImportValues(QFileInfo(fileName).fileName(), ids);
    QSqlQuery q(db);
    Error error;
    if (!run(q,
             QStringLiteral("INSERT INTO audit_trail (changed_at, actor, catalog_id, subject, item, kind, new_values)"
                            " VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ?, ?, 'catalog', ?, 'changed', ?)"),
             {computerUser(), catalogId, QString::number(catalogId),
              QString::fromUtf8(QJsonDocument(imported).toJson(QJsonDocument::Compact))},
             error, doing(Message::Code::DoingChangeCatalog), path))
        return error;
    return {};
}

Result<void> installFileAudit(const QSqlDatabase& db, const QString& path) {
    const QString actor = computerUser();
    QSqlQuery q(db);
    Error error;
    const Message step = doing(Message::Code::DoingOpenWorkspace);
    if (!run(q, QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS audit_paused (paused INTEGER)"), {}, error, step, path))
        return error;
    for (const Audited& t : kAudited) {
        if (!run(q, QStringLiteral("PRAGMA main.table_info(%1)").arg(QLatin1String(t.table)), {}, error, step, path))
            return error;
        QStringList columns;
        while (q.next())
            columns << q.value(1).toString();
        q.finish();
        for (const QString& statement : fileTriggers(t, columns, actor))
            if (!run(q, statement, {}, error, step, path))
                return error;
    }
    return {};
}

} // namespace cairn::store::detail
