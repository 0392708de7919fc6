// Roles on a team workspace, enforced by the server: an advisor's own connection, with plain SQL
// as much as through Cairn, sees and changes only their clients; a manager sees every client and
// reassigns them; catalogs are the catalog editors' (and managers').
#include "postgres_backend.h"
#include "store_fixtures.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>
#include <algorithm>
#include <atomic>
#include <cairn/store/schema.h>
#include <cairn/store/workspace_transfer.h>
#include <gtest/gtest.h>
#include <map>

using namespace cairn;
using namespace cairn::store;
using namespace cairn::store::test;

namespace {

/// PGPASSWORD set to another user's password while a workspace is opened as them.
class PasswordOverride {
public:
    explicit PasswordOverride(const QString& password) : saved_(qgetenv("PGPASSWORD")) {
        qputenv("PGPASSWORD", password.toUtf8());
    }
    ~PasswordOverride() { qputenv("PGPASSWORD", saved_); }

private:
    QByteArray saved_;
};

/// A connection of its own as one user, for plain SQL.
class Connection {
public:
    Connection(const QString& address, const QString& user, const QString& password)
        : name_(QStringLiteral("roles-test-%1").arg(++count_)) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name_);
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(cluster().port());
        db.setDatabaseName(QUrl(address).path().mid(1));
        db.setUserName(user);
        db.setPassword(password);
        EXPECT_TRUE(db.open()) << db.lastError().text().toStdString();
    }
    ~Connection() {
        QSqlDatabase::database(name_, false).close();
        QSqlDatabase::removeDatabase(name_);
    }
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    [[nodiscard]] QSqlQuery query() const { return QSqlQuery(QSqlDatabase::database(name_, false)); }

    QStringList names(const QString& sql) const {
        QSqlQuery q = query();
        EXPECT_TRUE(q.exec(sql)) << q.lastError().text().toStdString();
        QStringList out;
        while (q.next())
            out << q.value(0).toString();
        return out;
    }

private:
    static inline std::atomic<int> count_{0};
    QString name_;
};

/// A team workspace on its own database: set up by the cluster's superuser, with two advisors,
/// a manager and a catalog editor, named after the test (roles belong to the whole server).
class TeamWorkspace : public ::testing::Test {
protected:
    void SetUp() override {
        address_ = backend().location(QStringLiteral("team"));
        auto setUp = Workspace::setUpTeam(address_); // seeded, as a first opening is
        ASSERT_TRUE(setUp.ok()) << describe(setUp.error());
        ASSERT_EQ(*setUp, TeamSetUp::Done);
        admin_ = openOrFail(address_, quiet());
        ASSERT_TRUE(admin_);
        const QString tag = QUrl(address_).path().mid(1);
        ana_ = QStringLiteral("ana_") + tag;
        ben_ = QStringLiteral("ben_") + tag;
        mia_ = QStringLiteral("mia_") + tag;
        cat_ = QStringLiteral("cat_") + tag;
        for (const auto& [name, role] :
             {std::pair{ana_, TeamRole::Advisor}, std::pair{ben_, TeamRole::Advisor},
              std::pair{mia_, TeamRole::Manager}, std::pair{cat_, TeamRole::CatalogEditor}}) {
            auto added = admin_->addTeamMember(name, role, passwordOf(name));
            ASSERT_TRUE(added.ok()) << describe(added.error());
        }
    }

    static QString passwordOf(const QString& user) { return QStringLiteral("secret-of-") + user; }

    [[nodiscard]] QString addressOf(const QString& user) const {
        QUrl url(address_);
        url.setUserName(user);
        return url.toString();
    }

    std::unique_ptr<Workspace> openAs(const QString& user) const {
        PasswordOverride password(passwordOf(user));
        return openOrFail(addressOf(user), quiet());
    }

    [[nodiscard]] Connection connect(const QString& user) const { return Connection(address_, user, passwordOf(user)); }

    static qint64 addClient(Workspace& ws, const QString& name) {
        Client c;
        c.name = name;
        auto id = ws.addClient(c);
        EXPECT_TRUE(id.ok()) << describe(id.error());
        return id.ok() ? *id : 0;
    }

    QString address_;
    std::unique_ptr<Workspace> admin_;
    QString ana_, ben_, mia_, cat_;
};

} // namespace

TEST_F(TeamWorkspace, AnAdvisorsOwnConnectionSeesOnlyTheirClientsWithPlainSql) {
    auto ana = openAs(ana_);
    auto ben = openAs(ben_);
    ASSERT_TRUE(ana && ben);
    EXPECT_EQ(ana->teamRole(), TeamRole::Advisor);
    const qint64 anas = addClient(*ana, QStringLiteral("Amal Haddad"));
    const qint64 bens = addClient(*ben, QStringLiteral("Bo Lindqvist"));
    EXPECT_EQ(ana->client(anas)->owner, ana_);

    const Connection sql = connect(ana_);
    EXPECT_EQ(sql.names(QStringLiteral("SELECT name FROM clients")), QStringList{QStringLiteral("Amal Haddad")});
    QSqlQuery q = sql.query();
    ASSERT_TRUE(q.exec(QStringLiteral("UPDATE clients SET name = 'Taken' WHERE id = %1").arg(bens)));
    EXPECT_EQ(q.numRowsAffected(), 0);
    ASSERT_TRUE(q.exec(QStringLiteral("DELETE FROM clients WHERE id = %1").arg(bens)));
    EXPECT_EQ(q.numRowsAffected(), 0);
    EXPECT_EQ(admin_->client(bens)->name, QStringLiteral("Bo Lindqvist"));
    // Nor can she put a client in Ben's name, or give hers away.
    EXPECT_FALSE(q.exec(QStringLiteral("INSERT INTO clients (name, profile, created_at, owner) "
                                       "VALUES ('Planted', '{}', '', '%1')")
                            .arg(ben_)));
    EXPECT_EQ(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
    EXPECT_FALSE(q.exec(QStringLiteral("UPDATE clients SET owner = '%1' WHERE id = %2").arg(ben_).arg(anas)));
    EXPECT_EQ(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
    // Catalogs she reads but does not write.
    EXPECT_FALSE(sql.names(QStringLiteral("SELECT name FROM catalogs")).isEmpty());
    EXPECT_FALSE(q.exec(QStringLiteral("INSERT INTO credentials (catalog_id, id, position, title) "
                                       "SELECT id, 'planted', 999, 'Planted' FROM catalogs LIMIT 1")));
    EXPECT_EQ(q.lastError().nativeErrorCode(), QStringLiteral("42501"));

    // Through Cairn the same: the demo clients, the administrator's, are not hers either.
    QStringList seen;
    for (const Client& c : ana->clients().value())
        seen << c.name;
    EXPECT_EQ(seen, QStringList{QStringLiteral("Amal Haddad")});
    EXPECT_EQ(ana->client(bens).error().kind, Error::Kind::NotFound);
}

TEST_F(TeamWorkspace, AnAdvisorWorksOnlyOnThePlansAndNotesOfTheirClients) {
    auto ana = openAs(ana_);
    auto ben = openAs(ben_);
    ASSERT_TRUE(ana && ben);
    const qint64 bens = addClient(*ben, QStringLiteral("Bo Lindqvist"));
    ASSERT_TRUE(ben->addNote(bens, QStringLiteral("Wants to start in March")).ok());
    ASSERT_TRUE(ben->savePlan(bens, SavedPlanInputs{}, samplePlan(), QStringLiteral("First")).ok());

    const Connection sql = connect(ana_);
    EXPECT_TRUE(sql.names(QStringLiteral("SELECT text FROM notes")).isEmpty());
    EXPECT_TRUE(sql.names(QStringLiteral("SELECT title FROM plans")).isEmpty());
    QSqlQuery q = sql.query();
    EXPECT_FALSE(
        q.exec(QStringLiteral("INSERT INTO notes (client_id, text, created_at) VALUES (%1, 'x', '')").arg(bens)));
    EXPECT_EQ(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
}

TEST_F(TeamWorkspace, AManagerSeesEveryClientAndReassignsThem) {
    auto ana = openAs(ana_);
    auto ben = openAs(ben_);
    auto mia = openAs(mia_);
    ASSERT_TRUE(ana && ben && mia);
    EXPECT_EQ(mia->teamRole(), TeamRole::Manager);
    addClient(*ana, QStringLiteral("Amal Haddad"));
    const qint64 bens = addClient(*ben, QStringLiteral("Bo Lindqvist"));

    const Connection sql = connect(mia_);
    const QStringList all = sql.names(QStringLiteral("SELECT name FROM clients"));
    EXPECT_TRUE(all.contains(QStringLiteral("Amal Haddad")));
    EXPECT_TRUE(all.contains(QStringLiteral("Bo Lindqvist")));
    EXPECT_TRUE(all.contains(QStringLiteral("Jamal Robinson"))); // seeded by the administrator

    auto refused = ana->reassignClient(ana->findClient(QStringLiteral("Amal Haddad")).value(), ben_);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, Error::Kind::Denied);
    EXPECT_EQ(refused.error().message, QStringLiteral("Only a manager may reassign clients: your role is advisor."));

    auto moved = mia->reassignClient(bens, ana_);
    ASSERT_TRUE(moved.ok()) << describe(moved.error());
    EXPECT_EQ(ana->client(bens)->owner, ana_);
    EXPECT_EQ(ben->client(bens).error().kind, Error::Kind::NotFound);
    EXPECT_EQ(mia->reassignClient(bens, QStringLiteral("nobody_here")).error().what.code,
              Message::Code::NoAdvisorNamed);
}

TEST_F(TeamWorkspace, ASharedClientIsWorkedOnByBothButSharedOnOnlyByTheOwner) {
    auto ana = openAs(ana_);
    auto ben = openAs(ben_);
    ASSERT_TRUE(ana && ben);
    const qint64 anas = addClient(*ana, QStringLiteral("Amal Haddad"));
    ASSERT_TRUE(ana->shareClient(anas, ben_).ok());
    EXPECT_EQ(ana->clientShares(anas).value(), QStringList{ben_});

    ASSERT_TRUE(ben->client(anas).ok());
    EXPECT_TRUE(ben->addNote(anas, QStringLiteral("Covered while Ana is away")).ok());
    auto onward = ben->shareClient(anas, mia_);
    ASSERT_FALSE(onward.ok());
    EXPECT_EQ(onward.error().kind, Error::Kind::Denied);
    EXPECT_EQ(onward.error().message, QStringLiteral("Amal Haddad is not one of your clients."));
    auto removed = ben->deleteClient(anas);
    EXPECT_FALSE(removed.ok()); // only the owner removes a client
    EXPECT_TRUE(ana->client(anas).ok());
}

// Saving a client moves its row version on, which an advisor's grant must allow: their own
// client and a shared one are saved, and a save over a version the other advisor moved on from
// is refused as stale, not as someone else's client.
TEST_F(TeamWorkspace, AdvisorsSaveTheirOwnAndSharedClientsOverTheVersionTheyRead) {
    auto ana = openAs(ana_);
    auto ben = openAs(ben_);
    ASSERT_TRUE(ana && ben);
    const qint64 anas = addClient(*ana, QStringLiteral("Amal Haddad"));
    ASSERT_TRUE(ana->shareClient(anas, ben_).ok());

    Client hers = ana->client(anas).value();
    hers.contact = QStringLiteral("amal@example.org");
    auto saved = ana->updateClient(hers);
    ASSERT_TRUE(saved.ok()) << describe(saved.error());
    EXPECT_EQ(*saved, 2);

    Client his = ben->client(anas).value();
    his.contact = QStringLiteral("+49 30 1234567");
    auto shared = ben->updateClient(his);
    ASSERT_TRUE(shared.ok()) << describe(shared.error());
    EXPECT_EQ(*shared, 3);

    hers.rowVersion = 2;
    hers.notes = QStringLiteral("Prefers evening courses");
    auto refused = ana->updateClient(hers);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, Error::Kind::Stale);
    EXPECT_EQ(admin_->client(anas)->contact, QStringLiteral("+49 30 1234567"));
}

TEST_F(TeamWorkspace, ACatalogEditorEditsACredentialAndAnAdvisorMayNot) {
    auto cat = openAs(cat_);
    auto ana = openAs(ana_);
    ASSERT_TRUE(cat && ana);
    EXPECT_EQ(cat->teamRole(), TeamRole::CatalogEditor);
    const qint64 catalog = cat->catalogs()->front().id;
    Credential credential = cat->loadCatalog(catalog)->credentials.front();
    credential.title = "Renamed by the catalog editor";
    auto saved = cat->saveCredential(catalog, credential);
    ASSERT_TRUE(saved.ok()) << describe(saved.error());
    EXPECT_EQ(admin_->loadCatalog(catalog)->credentials.front().title, credential.title);
    EXPECT_TRUE(cat->clients()->empty()); // no client is theirs to see

    credential.title = "Renamed by an advisor";
    auto refused = ana->saveCredential(catalog, credential);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, Error::Kind::Denied);
    EXPECT_EQ(refused.error().message, QStringLiteral("You may not change catalogs: your role is advisor."));
}

TEST_F(TeamWorkspace, SettingUpAgainChangesNothing) {
    const auto before = admin_->clients().value().size();
    auto again = Workspace::setUpTeam(address_, quiet());
    ASSERT_TRUE(again.ok()) << describe(again.error());
    EXPECT_EQ(*again, TeamSetUp::AlreadySetUp);
    EXPECT_EQ(admin_->clients().value().size(), before);
    EXPECT_EQ(admin_->schemaVersion().value(), currentSchemaVersion());
}

TEST_F(TeamWorkspace, TheTeamIsListedAndNamesAreChecked) {
    const auto members = admin_->teamMembers().value();
    const auto has = [&](const QString& name, TeamRole role) {
        return std::find(members.begin(), members.end(), TeamMember{name, role}) != members.end();
    };
    EXPECT_TRUE(has(ana_, TeamRole::Advisor));
    EXPECT_TRUE(has(mia_, TeamRole::Manager));
    EXPECT_TRUE(has(cat_, TeamRole::CatalogEditor));
    EXPECT_EQ(admin_->addTeamMember(ana_, TeamRole::Advisor, QStringLiteral("x")).error().what.code,
              Message::Code::TeamMemberExists);
    EXPECT_EQ(admin_->addTeamMember(QStringLiteral("x'; DROP"), TeamRole::Advisor, QStringLiteral("x")).error().kind,
              Error::Kind::Invalid);
    EXPECT_EQ(
        admin_->addTeamMember(QStringLiteral("cairn_boss"), TeamRole::Manager, QStringLiteral("x")).error().what.code,
        Message::Code::TeamMemberNameInvalid);
    EXPECT_EQ(admin_->addTeamMember(QStringLiteral("nopass"), TeamRole::Advisor, {}).error().what.code,
              Message::Code::TeamPasswordEmpty);
}

TEST_F(TeamWorkspace, AMemberLogsInWithAPasswordOfAnyLetters) {
    // An ASCII password goes to the server as its SCRAM verifier, computed here; any other is
    // hashed by the server, which normalises it first.
    for (const QString& password :
         {QStringLiteral("plain ASCII, with 'quotes' and spaces"), QStringLiteral("Gänseblümchen-Paßwort")}) {
        const QString name = QStringLiteral("pw%1_").arg(password.size()) + QUrl(address_).path().mid(1);
        ASSERT_TRUE(admin_->addTeamMember(name, TeamRole::Advisor, password).ok());
        const Connection as(address_, name, password);
        EXPECT_TRUE(as.names(QStringLiteral("SELECT current_user")) == QStringList{name});
    }
}

TEST_F(TeamWorkspace, OnlyARoleThatMayCreateRolesSetsATeamUp) {
    const QString other = backend().location(QStringLiteral("team_refused"));
    QUrl url(other);
    url.setUserName(ana_);
    PasswordOverride password(passwordOf(ana_));
    auto refused = Workspace::setUpTeam(url.toString(), quiet());
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().what.code, Message::Code::TeamCannotCreateRoles) << describe(refused.error());
}

TEST(WorkspaceTeamOnAFile, HasNoTeam) {
    QTemporaryDir dir;
    auto ws = openOrFail(dir.filePath(QStringLiteral("one.sqlite")), quiet());
    ASSERT_TRUE(ws);
    EXPECT_FALSE(ws->teamRole());
    EXPECT_EQ(ws->teamMembers().error().what.code, Message::Code::TeamNeedsServer);
    const qint64 id = ws->addClient(Client{0, QStringLiteral("Amal"), {}, {}, {}, {}, {}, {}}).value();
    EXPECT_EQ(ws->client(id)->owner, QString()); // a file is one person's
    EXPECT_EQ(ws->shareClient(id, QStringLiteral("ben")).error().what.code, Message::Code::TeamNeedsServer);
    EXPECT_TRUE(ws->clientShares(id)->isEmpty());
    EXPECT_EQ(Workspace::setUpTeam(dir.filePath(QStringLiteral("two.sqlite"))).error().what.code,
              Message::Code::TeamNeedsServer);
}

TEST(WorkspaceTeam, ADatabaseOfAnotherProgramIsNotSetUp) {
    const QString address = backend().location(QStringLiteral("team_foreign"));
    backend().execAll(address, {QStringLiteral("CREATE TABLE clients (id INT, name TEXT)"),
                                QStringLiteral("ALTER TABLE clients ENABLE ROW LEVEL SECURITY")});
    auto refused = Workspace::setUpTeam(address, quiet());
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, Error::Kind::Damaged) << describe(refused.error());
}

TEST_F(TeamWorkspace, TheAuditTrailNamesWhoChangedWhatAndNoOneCanRewriteIt) {
    auto ana = openAs(ana_);
    auto ben = openAs(ben_);
    auto mia = openAs(mia_);
    ASSERT_TRUE(ana && ben && mia);
    const qint64 amal = addClient(*ana, QStringLiteral("Amal Haddad"));
    Client c = ana->client(amal).value();
    c.contact = QStringLiteral("amal@example.org");
    auto edited = ana->updateClient(c);
    ASSERT_TRUE(edited.ok()) << describe(edited.error());
    ASSERT_TRUE(mia->reassignClient(amal, ben_).ok());

    const auto trail = ben->clientAudit(amal).value();
    ASSERT_EQ(trail.size(), 3u);
    EXPECT_EQ(trail[0].actor, mia_);
    ASSERT_EQ(trail[0].fields.size(), 1u);
    EXPECT_EQ(trail[0].fields[0].name, QStringLiteral("owner"));
    EXPECT_EQ(trail[0].fields[0].before.toString(), ana_);
    EXPECT_EQ(trail[0].fields[0].after.toString(), ben_);
    EXPECT_EQ(trail[1].actor, ana_);
    EXPECT_EQ(trail[1].fields[0].name, QStringLiteral("contact"));
    EXPECT_EQ(trail[2].actor, ana_);
    EXPECT_EQ(trail[2].kind, io::AuditEntry::Kind::Added);

    // Given away, the client's trail is no longer Ana's to read, with plain SQL either.
    EXPECT_TRUE(
        connect(ana_).names(QStringLiteral("SELECT actor FROM audit_trail WHERE client_id = %1").arg(amal)).isEmpty());
    // Nobody writes the trail but the database's own triggers: not the owner, not a manager.
    for (const QString& user : {ben_, mia_}) {
        const Connection sql = connect(user);
        QSqlQuery q = sql.query();
        EXPECT_FALSE(q.exec(QStringLiteral("INSERT INTO audit_trail (changed_at, actor, client_id, subject, kind) "
                                           "VALUES ('2026-01-01T00:00:00.000Z', 'someone', %1, 'client', 'added')")
                                .arg(amal)))
            << user.toStdString();
        EXPECT_EQ(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
        EXPECT_FALSE(q.exec(QStringLiteral("UPDATE audit_trail SET actor = 'someone else'")));
        EXPECT_EQ(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
        EXPECT_FALSE(q.exec(QStringLiteral("DELETE FROM audit_trail")));
        EXPECT_EQ(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
    }
    EXPECT_EQ(mia->clientAudit(amal).value().size(), 3u);
}

TEST_F(TeamWorkspace, ACatalogEditorsEditIsInTheTrailEveryAdvisorReads) {
    auto cat = openAs(cat_);
    auto ana = openAs(ana_);
    ASSERT_TRUE(cat && ana);
    const qint64 catalog = cat->catalogs()->front().id;
    Credential credential = cat->loadCatalog(catalog)->credentials.front();
    const std::string before = credential.title;
    credential.title = "Renamed by the catalog editor";
    ASSERT_TRUE(cat->saveCredential(catalog, credential).ok());

    const auto trail = ana->catalogAudit(catalog).value();
    ASSERT_EQ(trail.size(), 1u) << "the seed is no one's change; the edit is one change";
    EXPECT_EQ(trail[0].actor, cat_);
    EXPECT_EQ(trail[0].subject, io::AuditEntry::Subject::Credential);
    EXPECT_EQ(trail[0].item, QString::fromStdString(credential.id));
    ASSERT_EQ(trail[0].fields.size(), 1u);
    EXPECT_EQ(trail[0].fields[0].before.toString(), QString::fromStdString(before));
    EXPECT_EQ(trail[0].fields[0].after.toString(), QString::fromStdString(credential.title));
}

TEST_F(TeamWorkspace, ATeamSetUpBeforeTheTrailExistedReadsItAsANewTeamDoes) {
    // The workspace as version 10 left it: no trail (nor what version 12 added), its team
    // already set up.
    backend().execAll(address_,
                      withoutCaseloadColumns() +
                          QStringList{QStringLiteral("DROP TABLE audit_trail CASCADE"),
                                      QStringLiteral("DROP FUNCTION cairn_audit() CASCADE"),
                                      QStringLiteral("REVOKE UPDATE (row_version) ON clients FROM cairn_advisor"),
                                      QStringLiteral("UPDATE cairn_workspace SET schema_version = 10")});
    ASSERT_TRUE(openOrFail(address_, quiet())); // the administrator's opening migrates it
    auto ana = openAs(ana_);
    auto ben = openAs(ben_);
    ASSERT_TRUE(ana && ben);
    const qint64 amal = addClient(*ana, QStringLiteral("Amal Haddad"));
    Client c = ana->client(amal).value();
    c.contact = QStringLiteral("amal@example.org");
    auto edited = ana->updateClient(c); // which such a team's advisors could not do before
    ASSERT_TRUE(edited.ok()) << describe(edited.error());
    const auto trail = ana->clientAudit(amal).value();
    ASSERT_EQ(trail.size(), 2u);
    EXPECT_EQ(trail[0].actor, ana_);
    EXPECT_TRUE(connect(ben_).names(QStringLiteral("SELECT actor FROM audit_trail")).isEmpty());
}

TEST_F(TeamWorkspace, PushedClientsBelongToWhoeverPushesAndAPullTakesOnlyWhatTheySee) {
    QTemporaryDir dir;
    auto local = openOrFail(dir.filePath(QStringLiteral("ana.sqlite")), quiet());
    ASSERT_TRUE(local);
    addClient(*local, QStringLiteral("Chen Wei"));
    auto ana = openAs(ana_);
    ASSERT_TRUE(ana);
    auto pushed = transferWorkspace(*local, *ana, TransferOptions{});
    ASSERT_TRUE(pushed.ok()) << describe(pushed.error());
    EXPECT_TRUE(pushed->written);
    EXPECT_EQ(ana->client(ana->findClient(QStringLiteral("Chen Wei")).value())->owner, ana_);

    auto ben = openAs(ben_);
    ASSERT_TRUE(ben);
    EXPECT_FALSE(ben->findClient(QStringLiteral("Chen Wei")).ok());
    addClient(*ben, QStringLiteral("Bo Lindqvist"));
    auto offline = openOrFail(dir.filePath(QStringLiteral("ben.sqlite")), quiet());
    ASSERT_TRUE(offline);
    auto pulled = transferWorkspace(*ben, *offline, TransferOptions{});
    ASSERT_TRUE(pulled.ok()) << describe(pulled.error());
    // Ben's own client and the catalogs everyone reads; not Ana's, not the administrator's demo clients.
    EXPECT_EQ(pulled->copiedClients, QStringList{QStringLiteral("Bo Lindqvist")});
    EXPECT_EQ(pulled->copiedCatalogs.size(), admin_->catalogs()->size());
}

TEST_F(TeamWorkspace, TheCaseloadSaysWhichAdvisorEachClientBelongsTo) {
    auto ana = openAs(ana_);
    auto ben = openAs(ben_);
    auto mia = openAs(mia_);
    ASSERT_TRUE(ana && ben && mia);
    addClient(*ana, QStringLiteral("Amal Haddad"));
    addClient(*ben, QStringLiteral("Bo Lindqvist"));
    ClientQuery all;
    std::map<QString, QString> owners;
    for (const CaseloadRow& row : mia->caseload(all).value().rows)
        owners[row.client.name] = row.owner;
    EXPECT_EQ(owners[QStringLiteral("Amal Haddad")], ana_);
    EXPECT_EQ(owners[QStringLiteral("Bo Lindqvist")], ben_);
}
