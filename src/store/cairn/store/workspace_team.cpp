// Workspace: a team on a PostgreSQL server. Who may do what is the server's business, not
// Cairn's: group roles, grants and row-level security policies, so that an advisor's own
// connection, whatever program makes it, sees only their clients (docs/architecture.md, "Roles
// on a team workspace").
#include "audit_trail.h"
#include "cairn/store/server_address.h"
#include "cairn/store/workspace.h"
#include "dialect.h"
#include "scram.h"
#include "sql_support.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <array>

namespace cairn::store {

using namespace detail;

namespace {

struct Group {
    TeamRole role;
    const char* name;
};

/// Strongest first: a person in several groups is called by the first.
constexpr std::array<Group, 3> kGroups{{{TeamRole::Manager, "cairn_manager"},
                                        {TeamRole::CatalogEditor, "cairn_catalog_editor"},
                                        {TeamRole::Advisor, "cairn_advisor"}}};

const QString kGroupList = QStringLiteral("('cairn_manager', 'cairn_catalog_editor', 'cairn_advisor')");

QString groupOf(TeamRole role) {
    for (const Group& g : kGroups)
        if (g.role == role)
            return QLatin1String(g.name);
    return {};
}

std::optional<TeamRole> roleOfGroup(const QString& name) {
    for (const Group& g : kGroups)
        if (name == QLatin1String(g.name))
            return g.role;
    return std::nullopt;
}

Message roleClause(const std::optional<TeamRole>& role) {
    if (!role)
        return says(Message::Code::RoleNone);
    switch (*role) {
    case TeamRole::Advisor:
        return says(Message::Code::RoleAdvisor);
    case TeamRole::Manager:
        return says(Message::Code::RoleManager);
    case TeamRole::CatalogEditor:
        return says(Message::Code::RoleCatalogEditor);
    }
    return says(Message::Code::RoleNone);
}

/// The groups' rights. Catalogs are read by everyone and written by catalog editors and
/// managers; the clients' tables are the advisors' and managers', row by row (policies below).
/// A catalog editor may read the clients' tables but no policy shows them a row: their caseload
/// is empty rather than an error.
QStringList grants(const QString& schema) {
    const QString everyone = QStringLiteral("cairn_advisor, cairn_manager, cairn_catalog_editor");
    const QString catalogTables = QStringLiteral("catalogs, skills, credentials, programs, goals, offers");
    const QString clientTables = QStringLiteral("clients, plans, notes, client_goals, client_shares");
    return {
        QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2").arg(schema, everyone),
        QStringLiteral("GRANT SELECT ON cairn_workspace, %1 TO %2").arg(catalogTables, everyone),
        QStringLiteral("GRANT INSERT, UPDATE, DELETE ON %1 TO cairn_catalog_editor, cairn_manager").arg(catalogTables),
        QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON %1 TO cairn_manager").arg(clientTables),
        QStringLiteral("GRANT SELECT, INSERT, DELETE ON %1 TO cairn_advisor").arg(clientTables),
        // Every column but `owner`: giving a client away is a manager's decision.
        QStringLiteral("GRANT UPDATE (name, contact, notes, catalog_id, goal, profile, row_version) ON clients TO "
                       "cairn_advisor"),
        QStringLiteral("GRANT UPDATE ON plans, notes, client_goals TO cairn_advisor"),
        QStringLiteral("GRANT SELECT ON %1 TO cairn_catalog_editor").arg(clientTables),
        QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA %1 TO %2").arg(schema, everyone),
    };
}

/// Row-level security on the clients' tables. The policies ask who owns a client, or whom it is
/// shared with, through two functions that run as the tables' owner: asked directly, the
/// clients' policy would read client_shares and client_shares' policy clients, which the
/// server refuses as infinite recursion. Their owner, the administrator who set the team up,
/// is not limited (no FORCE): the migrations that administrator runs must see every row.
QStringList policies(const QString& schema) {
    const QString mayWorkOn = QStringLiteral("(cairn_owns(client_id, current_user) OR "
                                             "cairn_shared_with(client_id, current_user))");
    QStringList out{
        QStringLiteral("CREATE FUNCTION cairn_owns(the_client BIGINT, the_advisor TEXT) RETURNS BOOLEAN "
                       "LANGUAGE sql STABLE SECURITY DEFINER SET search_path = %1, pg_temp AS "
                       "'SELECT EXISTS (SELECT 1 FROM clients WHERE id = the_client AND owner = the_advisor)'")
            .arg(schema),
        QStringLiteral("CREATE FUNCTION cairn_shared_with(the_client BIGINT, the_advisor TEXT) RETURNS BOOLEAN "
                       "LANGUAGE sql STABLE SECURITY DEFINER SET search_path = %1, pg_temp AS "
                       "'SELECT EXISTS (SELECT 1 FROM client_shares WHERE client_id = the_client "
                       "AND advisor = the_advisor)'")
            .arg(schema),
        QStringLiteral("REVOKE EXECUTE ON FUNCTION cairn_owns(BIGINT, TEXT), cairn_shared_with(BIGINT, TEXT) "
                       "FROM PUBLIC"),
        QStringLiteral("GRANT EXECUTE ON FUNCTION cairn_owns(BIGINT, TEXT), cairn_shared_with(BIGINT, TEXT) "
                       "TO cairn_advisor, cairn_manager, cairn_catalog_editor"),
        // clients: an advisor's own and those shared with them; they add clients as their own
        // and remove only their own.
        QStringLiteral("CREATE POLICY advisor_sees ON clients FOR SELECT TO cairn_advisor USING "
                       "(owner = current_user OR cairn_shared_with(id, current_user))"),
        QStringLiteral("CREATE POLICY advisor_adds ON clients FOR INSERT TO cairn_advisor WITH CHECK "
                       "(owner = current_user)"),
        QStringLiteral("CREATE POLICY advisor_edits ON clients FOR UPDATE TO cairn_advisor USING "
                       "(owner = current_user OR cairn_shared_with(id, current_user))"),
        QStringLiteral("CREATE POLICY advisor_removes ON clients FOR DELETE TO cairn_advisor USING "
                       "(owner = current_user)"),
        // client_shares: an advisor sees the shares of their clients and those with them; only
        // the owner shares a client or stops sharing it.
        QStringLiteral("CREATE POLICY advisor_sees ON client_shares FOR SELECT TO cairn_advisor USING "
                       "(advisor = current_user OR cairn_owns(client_id, current_user))"),
        QStringLiteral("CREATE POLICY advisor_shares ON client_shares FOR INSERT TO cairn_advisor WITH CHECK "
                       "(cairn_owns(client_id, current_user))"),
        QStringLiteral("CREATE POLICY advisor_unshares ON client_shares FOR DELETE TO cairn_advisor USING "
                       "(cairn_owns(client_id, current_user))"),
    };
    for (const char* table : {"plans", "notes", "client_goals"})
        out << QStringLiteral("CREATE POLICY advisor_works ON %1 TO cairn_advisor USING %2 WITH CHECK %2")
                   .arg(QLatin1String(table), mayWorkOn);
    for (const char* table : {"clients", "plans", "notes", "client_goals", "client_shares"})
        out << QStringLiteral("CREATE POLICY manager_all ON %1 TO cairn_manager USING (true) WITH CHECK (true)")
                   .arg(QLatin1String(table))
            << QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(QLatin1String(table));
    return out;
}

/// A login role's name Cairn accepts: no quoting surprises, and not one of the server's own or
/// the team's groups.
bool isMemberName(const QString& name) {
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_.-]{0,62}$"));
    return pattern.match(name).hasMatch() && !name.startsWith(QLatin1String("pg_"), Qt::CaseInsensitive) &&
           !name.startsWith(QLatin1String("cairn_"), Qt::CaseInsensitive);
}

/// The first value of the single row `sql` answers.
Result<QVariant> scalar(QSqlQuery& q, const QString& sql, std::initializer_list<QVariant> values, const Message& step,
                        const QString& where) {
    Error error;
    if (!run(q, sql, values, error, step, where))
        return error;
    QVariant value = q.next() ? q.value(0) : QVariant();
    q.finish();
    return value;
}

} // namespace

std::optional<Error> Workspace::fileHasNoTeam() const {
    if (Dialect::of(db()).isPostgres())
        return std::nullopt;
    return Error::of(Error::Kind::Server, says(Message::Code::TeamNeedsServer, {textArg(path_)}));
}

Result<void> Workspace::readTeamRole() {
    QSqlQuery q(db());
    Error error;
    if (!run(q,
             QStringLiteral("SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                            "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = current_user AND g.rolname IN ") +
                 kGroupList,
             {}, error, doing(Message::Code::DoingOpenWorkspace), path_))
        return error;
    QStringList groups;
    while (q.next())
        groups << q.value(0).toString();
    q.finish();
    role_.reset();
    for (const Group& g : kGroups)
        if (!role_ && groups.contains(QLatin1String(g.name)))
            role_ = g.role;
    rememberRole(db().driver(), roleClause(role_));
    return {};
}

Result<TeamSetUp> Workspace::setUpTeam(const QString& address, const Options& options) {
    if (!ServerAddress::isServerAddress(address))
        return Error::of(Error::Kind::Server, says(Message::Code::TeamNeedsServer, {textArg(address)}));
    auto connected = connectServer(address, options);
    if (!connected)
        return connected.error();
    Workspace& ws = **connected;
    const QString& shown = ws.path_;
    const Message step = doing(Message::Code::DoingSetUpTeam);
    QSqlQuery q(ws.db());
    auto mayCreateRoles =
        scalar(q, QStringLiteral("SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user"), {},
               step, shown);
    if (!mayCreateRoles)
        return mayCreateRoles.error();
    if (!mayCreateRoles->toBool()) {
        auto user = scalar(q, QStringLiteral("SELECT current_user"), {}, step, shown);
        return Error::of(Error::Kind::Denied, says(Message::Code::TeamCannotCreateRoles,
                                                   {textArg(shown), textArg(user ? user->toString() : QString())}));
    }

    Transaction t(ws.db(), shown);
    if (!t.begun())
        return t.error();
    if (auto locked = ws.lockForSetUp(options); !locked)
        return locked.error();
    // Migrated first, so that a database that is not a Cairn workspace is refused as such; when
    // the team turns out to be set up already, the transaction rolls back and nothing changed.
    if (auto migrated = ws.migrateServer(options); !migrated)
        return migrated.error();
    auto secured = scalar(q, QStringLiteral("SELECT relrowsecurity FROM pg_class WHERE oid = to_regclass('clients')"),
                          {}, step, shown);
    if (!secured)
        return secured.error();
    if (secured->toBool())
        return TeamSetUp::AlreadySetUp;

    Error error;
    for (const Group& g : kGroups) {
        auto exists = scalar(q, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"),
                             {QLatin1String(g.name)}, step, shown);
        if (!exists)
            return exists.error();
        // Roles belong to the whole server: another database's team may have made them.
        if (exists->toInt() == 0 &&
            !run(q, QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(QLatin1String(g.name)), {}, error, step, shown))
            return error;
    }
    auto schema = scalar(q, QStringLiteral("SELECT quote_ident(current_schema())"), {}, step, shown);
    if (!schema)
        return schema.error();
    for (const QString& statement : grants(schema->toString()) + policies(schema->toString()) + auditTrailAccess())
        if (!run(q, statement, {}, error, step, shown))
            return error;
    if (!t.commit())
        return t.error();
    return TeamSetUp::Done;
}

Result<TeamSetUp> Workspace::setUpTeam(const QString& address) {
    return setUpTeam(address, Options{});
}

Result<void> Workspace::addTeamMember(const QString& name, TeamRole role, const QString& password) {
    if (auto file = fileHasNoTeam())
        return *file;
    if (!isMemberName(name))
        return Error::of(Error::Kind::Invalid, says(Message::Code::TeamMemberNameInvalid, {textArg(name)}));
    if (password.isEmpty())
        return Error::of(Error::Kind::Invalid, says(Message::Code::TeamPasswordEmpty, {textArg(name)}));
    const Message step = doing(Message::Code::DoingAddTeamMember, {textArg(name)});
    QSqlQuery q(db());
    auto groups =
        scalar(q, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname IN ") + kGroupList, {}, step, path_);
    if (!groups)
        return groups.error();
    if (groups->toInt() < static_cast<int>(kGroups.size()))
        return Error::of(Error::Kind::NotFound, says(Message::Code::TeamNotSetUp, {textArg(path_)}));
    auto taken = scalar(q, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"), {name}, step, path_);
    if (!taken)
        return taken.error();
    if (taken->toInt() > 0)
        return Error::of(Error::Kind::Conflict, says(Message::Code::TeamMemberExists, {textArg(name), textArg(path_)}));
    // CREATE ROLE takes no bound values: the server quotes the name and the password itself. The
    // password goes as its SCRAM verifier where it can, so it is not in the server's log.
    const QString verifier = scramVerifier(password);
    auto statement =
        scalar(q,
               QStringLiteral("SELECT format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', CAST(? AS TEXT), "
                              "CAST(? AS TEXT), CAST(? AS TEXT))"),
               {name, verifier.isEmpty() ? password : verifier, groupOf(role)}, step, path_);
    if (!statement)
        return statement.error();
    Error error;
    if (!run(q, statement->toString(), {}, error, step, path_))
        return error;
    return {};
}

Result<std::vector<TeamMember>> Workspace::teamMembers() const {
    if (auto file = fileHasNoTeam())
        return *file;
    QSqlQuery q(db());
    Error error;
    if (!run(q,
             QStringLiteral("SELECT u.rolname, g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                            "JOIN pg_roles u ON u.oid = m.member WHERE g.rolname IN ") +
                 kGroupList + QStringLiteral(" ORDER BY u.rolname, g.rolname"),
             {}, error, doing(Message::Code::DoingListTeam), path_))
        return error;
    std::vector<TeamMember> out;
    while (q.next())
        if (auto role = roleOfGroup(q.value(1).toString()))
            out.push_back(TeamMember{q.value(0).toString(), *role});
    return out;
}

Result<bool> Workspace::isAdvisor(const QString& name) const {
    QSqlQuery q(db());
    auto found = scalar(q,
                        QStringLiteral("SELECT count(*) FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                                       "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = ? "
                                       "AND g.rolname IN ('cairn_advisor', 'cairn_manager')"),
                        {name}, doing(Message::Code::DoingFindClient), path_);
    if (!found)
        return found.error();
    return found->toInt() > 0;
}

Result<Client> Workspace::teamClientAndAdvisor(qint64 clientId, const QString& advisor) const {
    if (auto file = fileHasNoTeam())
        return *file;
    auto c = client(clientId);
    if (!c)
        return c.error();
    auto known = isAdvisor(advisor);
    if (!known)
        return known.error();
    if (!*known)
        return notFound(says(Message::Code::NoAdvisorNamed, {textArg(advisor), textArg(path_)}));
    return c;
}

Result<void> Workspace::reassignClient(qint64 clientId, const QString& advisor) {
    auto c = teamClientAndAdvisor(clientId, advisor);
    if (!c)
        return c.error();
    QSqlQuery q(db());
    Error error;
    if (!run(q, QStringLiteral("UPDATE clients SET owner = ? WHERE id = ?"), {advisor, clientId}, error,
             doing(Message::Code::DoingReassignClient, {textArg(c->name)}), path_))
        return error;
    if (q.numRowsAffected() == 0)
        return Error::of(Error::Kind::Denied, says(Message::Code::ClientNotYours, {textArg(c->name)}));
    return {};
}

Result<void> Workspace::shareClient(qint64 clientId, const QString& advisor) {
    auto c = teamClientAndAdvisor(clientId, advisor);
    if (!c)
        return c.error();
    QSqlQuery q(db());
    Error error;
    if (!run(q,
             QStringLiteral("INSERT INTO client_shares (client_id, advisor) VALUES (?, ?) "
                            "ON CONFLICT (client_id, advisor) DO NOTHING"),
             {clientId, advisor}, error, doing(Message::Code::DoingShareClient, {textArg(c->name)}), path_))
        return error;
    return {};
}

Result<QStringList> Workspace::clientShares(qint64 clientId) const {
    QSqlQuery q(db());
    Error error;
    if (!run(q, QStringLiteral("SELECT advisor FROM client_shares WHERE client_id = ? ORDER BY advisor"), {clientId},
             error, doing(Message::Code::DoingReadClient), path_))
        return error;
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace cairn::store
