// The workspace on a PostgreSQL server: what only a server has. Setting up an empty database
// once however many programs open it at once, the version kept in a table, and a sentence a
// person understands for a wrong password, an unreachable host, a missing database and a
// refused TLS connection.
#include "dialect.h"
#include "postgres_backend.h"
#include "store_fixtures.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QUrl>
#include <cairn/store/schema.h>
#include <cairn/text/load_words.h>
#include <gtest/gtest.h>
#include <thread>

using namespace cairn;
using namespace cairn::store;
using namespace cairn::store::test;

namespace {

/// The workspace's catalogs and clients by name, to compare two workspaces' contents.
QStringList contents(Workspace& ws) {
    QStringList out;
    for (const auto& c : ws.catalogs().value())
        out << QStringLiteral("catalog ") + c.name;
    for (const auto& c : ws.clients().value())
        out << QStringLiteral("client ") + c.name;
    return out;
}

/// PGPASSWORD set to something else for one test.
class PasswordOverride {
public:
    explicit PasswordOverride(const QByteArray& password) : saved_(qgetenv("PGPASSWORD")) {
        qputenv("PGPASSWORD", password);
    }
    ~PasswordOverride() { qputenv("PGPASSWORD", saved_); }

private:
    QByteArray saved_;
};

QString database(const QString& address) {
    return QUrl(address).path().mid(1);
}

} // namespace

TEST(WorkspacePostgres, AnEmptyDatabaseIsSetUpAndSeededOnce) {
    const QString address = backend().location(QStringLiteral("seeded"));
    QStringList first;
    {
        auto ws = openOrFail(address, Workspace::Options{});
        ASSERT_TRUE(ws);
        EXPECT_EQ(ws->path(), address);
        EXPECT_EQ(ws->schemaVersion().value(), currentSchemaVersion());
        EXPECT_TRUE(ws->migrationBackup().isEmpty());
        EXPECT_TRUE(ws->seedProblems().empty())
            << cairn::text::LoadWords::english().lines(ws->seedProblems()).join(u'\n').toStdString();
        first = contents(*ws);
    }
    EXPECT_GE(first.size(), 3);
    auto again = openOrFail(address, Workspace::Options{});
    ASSERT_TRUE(again);
    EXPECT_EQ(contents(*again), first); // not seeded twice
}

TEST(WorkspacePostgres, ProgramsOpeningANewDatabaseAtOnceSetItUpOnce) {
    const QString address = backend().location(QStringLiteral("race"));
    constexpr int kPrograms = 6;
    std::vector<QString> failures(kPrograms);
    std::vector<QStringList> seen(kPrograms);
    std::vector<std::thread> programs;
    for (int i = 0; i < kPrograms; ++i)
        programs.emplace_back([&, i] {
            auto ws = Workspace::open(address, Workspace::Options{});
            if (!ws)
                failures[i] = ws.error().toString();
            else
                seen[i] = contents(**ws);
        });
    for (auto& p : programs)
        p.join();
    auto single = openOrFail(backend().location(QStringLiteral("single")), Workspace::Options{});
    ASSERT_TRUE(single);
    for (int i = 0; i < kPrograms; ++i) {
        EXPECT_TRUE(failures[i].isEmpty()) << failures[i].toStdString();
        EXPECT_EQ(seen[i], contents(*single)) << "program " << i;
    }
}

TEST(WorkspacePostgres, AWrongPasswordIsSaidSo) {
    const QString address = backend().location(QStringLiteral("password"));
    PasswordOverride wrong("not-the-password");
    auto ws = Workspace::open(address, quiet());
    ASSERT_FALSE(ws.ok());
    EXPECT_EQ(ws.error().kind, Error::Kind::Server);
    EXPECT_EQ(ws.error().what.code, Message::Code::ServerAuthFailed) << describe(ws.error());
    EXPECT_TRUE(ws.error().message.contains(QStringLiteral("user cairn"))) << describe(ws.error());
    EXPECT_FALSE(ws.error().message.contains(QStringLiteral("not-the-password")));
}

TEST(WorkspacePostgres, ThePasswordComesFromAPasswordFileToo) {
    // libpq's ~/.pgpass, here named by the address's passfile parameter; no PGPASSWORD.
    const QString address = backend().location(QStringLiteral("pgpass"));
    QTemporaryDir dir;
    QFile pgpass(dir.filePath(QStringLiteral("pgpass")));
    ASSERT_TRUE(pgpass.open(QIODevice::WriteOnly));
    pgpass.write(QStringLiteral("127.0.0.1:%1:%2:cairn:%3\n")
                     .arg(QString::number(cluster().port()), database(address), cluster().password())
                     .toUtf8());
    pgpass.close();
    ASSERT_TRUE(pgpass.setPermissions(QFile::ReadOwner | QFile::WriteOwner)); // libpq ignores one others can read
    const QByteArray saved = qgetenv("PGPASSWORD");
    qunsetenv("PGPASSWORD");
    auto ws = Workspace::open(address + QStringLiteral("?passfile=") + pgpass.fileName(), quiet());
    qputenv("PGPASSWORD", saved);
    ASSERT_TRUE(ws.ok()) << describe(ws.error());
    EXPECT_EQ((*ws)->path(), address); // the parameters stay out of what is shown
}

TEST(WorkspacePostgres, APasswordTypedInTheAppIsUsedAndNeverShown) {
    // The app's Connect dialog hands the typed password over in the options; PGPASSWORD is unset.
    const QString address = backend().location(QStringLiteral("typed"));
    const QByteArray saved = qgetenv("PGPASSWORD");
    qunsetenv("PGPASSWORD");
    Workspace::Options typed = quiet();
    typed.password = QStringLiteral("not-the-password");
    auto wrong = Workspace::open(address, typed);
    typed.password = cluster().password();
    auto right = Workspace::open(address, typed);
    qputenv("PGPASSWORD", saved);
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().what.code, Message::Code::ServerAuthFailed) << describe(wrong.error());
    EXPECT_FALSE(wrong.error().message.contains(QStringLiteral("not-the-password")));
    ASSERT_TRUE(right.ok()) << describe(right.error());
    EXPECT_FALSE((*right)->path().contains(cluster().password()));
}

TEST(WorkspacePostgres, AnUnreachableServerIsSaidSo) {
    // Port 1 on the loopback: nothing listens there, so the connection is refused at once.
    auto ws = Workspace::open(QStringLiteral("postgresql://cairn@127.0.0.1:1/cairn"), quiet());
    ASSERT_FALSE(ws.ok());
    EXPECT_EQ(ws.error().kind, Error::Kind::Server);
    EXPECT_EQ(ws.error().what.code, Message::Code::ServerUnreachable) << describe(ws.error());
    EXPECT_TRUE(
        ws.error().message.startsWith(QStringLiteral("Cannot reach the server postgresql://cairn@127.0.0.1:1/cairn")))
        << describe(ws.error());
}

TEST(WorkspacePostgres, AMissingDatabaseIsSaidSo) {
    auto ws = Workspace::open(cluster().address(QStringLiteral("nobody_made_this")), quiet());
    ASSERT_FALSE(ws.ok());
    EXPECT_EQ(ws.error().what.code, Message::Code::ServerDatabaseMissing) << describe(ws.error());
    EXPECT_TRUE(ws.error().message.contains(QStringLiteral("has no database nobody_made_this")))
        << describe(ws.error());
}

TEST(WorkspacePostgres, ARefusedTlsConnectionIsSaidSo) {
    // The private cluster has no certificate, so a connection that requires TLS is refused.
    const QString address = backend().location(QStringLiteral("tls")) + QStringLiteral("?sslmode=require");
    auto ws = Workspace::open(address, quiet());
    ASSERT_FALSE(ws.ok());
    EXPECT_EQ(ws.error().what.code, Message::Code::ServerTlsRefused) << describe(ws.error());
}

TEST(WorkspacePostgres, OpensThroughTheUnixSocketToo) {
    const QString tcp = backend().location(QStringLiteral("socket"));
    // One arg() call: the folder's percent signs must not be read as its markers.
    const QString socket = QStringLiteral("postgresql://cairn@%1:%2/%3")
                               .arg(QString::fromUtf8(QUrl::toPercentEncoding(cluster().socketFolder())),
                                    QString::number(cluster().port()), database(tcp));
    auto ws = openOrFail(socket, quiet());
    ASSERT_TRUE(ws);
    EXPECT_TRUE(ws->catalogs()->empty());
}

TEST(WorkspacePostgres, ADatabaseOfAnotherProgramIsLeftAlone) {
    const QString address = backend().location(QStringLiteral("other"));
    backend().execAll(address, {QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total NUMERIC)"),
                                QStringLiteral("INSERT INTO invoices VALUES (1, 99.5)")});
    auto ws = Workspace::open(address, Workspace::Options{});
    ASSERT_FALSE(ws.ok());
    EXPECT_EQ(ws.error().kind, Error::Kind::Damaged) << describe(ws.error());
    EXPECT_TRUE(ws.error().message.contains(QStringLiteral("is not a Cairn database"))) << describe(ws.error());
    QString why;
    // Nothing was added: creating the mark table would fail if it were there.
    EXPECT_TRUE(cluster().exec(database(address), {QStringLiteral("CREATE TABLE cairn_workspace (x INTEGER)")}, why))
        << why.toStdString();
}

TEST(WorkspacePostgres, ANewerWorkspaceIsRefusedUntouched) {
    const QString address = backend().location(QStringLiteral("newer"));
    ASSERT_TRUE(openOrFail(address, quiet()));
    const int newer = currentSchemaVersion() + 1;
    backend().execAll(address, {QStringLiteral("UPDATE cairn_workspace SET schema_version = %1").arg(newer)});
    auto ws = Workspace::open(address, quiet());
    ASSERT_FALSE(ws.ok());
    EXPECT_EQ(ws.error().kind, Error::Kind::NewerVersion);
    EXPECT_EQ(ws.error().what.code, Message::Code::WorkspaceNewer);
    QString why;
    EXPECT_TRUE(cluster().exec(database(address),
                               {QStringLiteral("DO $$ BEGIN IF (SELECT schema_version FROM cairn_workspace) <> %1 THEN "
                                               "RAISE EXCEPTION 'changed'; END IF; END $$")
                                    .arg(newer)},
                               why))
        << why.toStdString();
}

TEST(WorkspacePostgres, AVersion4WorkspaceIsMigratedInPlace) {
    // Set up as version 4 of the schema left a server database, through the same dialect.
    const QString address = backend().location(QStringLiteral("v4"));
    const detail::Dialect postgres(detail::Dialect::Backend::Postgres);
    QStringList v4;
    for (const QString& statement : schemaV1())
        v4 << postgres.schema(statement);
    for (int i = 1; i < 4; ++i)
        for (const QString& statement : migrations().at(i).statements)
            v4 << postgres.schema(statement);
    v4 << QStringLiteral(
              "CREATE TABLE cairn_workspace (application_id BIGINT NOT NULL, schema_version BIGINT NOT NULL)")
       << QStringLiteral("INSERT INTO cairn_workspace VALUES (%1, 4)").arg(kApplicationId)
       << QStringLiteral("INSERT INTO catalogs (name, currency, created_at, updated_at) VALUES ('Old', 'USD', "
                         "'2026-01-01T09:00:00.000Z', '2026-01-01T09:00:00.000Z')")
       << QStringLiteral("INSERT INTO credentials (catalog_id, id, position, title, cost, hours) "
                         "VALUES (1, 'sql', 0, 'SQL', 49.99, 12)");
    backend().execAll(address, v4);

    auto ws = openOrFail(address, quiet());
    ASSERT_TRUE(ws);
    EXPECT_EQ(ws->schemaVersion().value(), currentSchemaVersion());
    auto old = ws->loadCatalog(1);
    ASSERT_TRUE(old.ok()) << describe(old.error());
    ASSERT_EQ(old->credentials.size(), 1u);
    EXPECT_TRUE(old->credentials[0].hasCost);
    EXPECT_EQ(old->credentials[0].cost, 49.99); // a double, not PostgreSQL's 4-byte REAL
    EXPECT_TRUE(ws->addCatalog(richCatalog()).ok());
}

TEST(WorkspacePostgres, PlansSavedAtOnceForOneClientGetOneVersionEach) {
    const QString address = backend().location(QStringLiteral("versions"));
    qint64 client = 0;
    {
        auto ws = openOrFail(address, quiet());
        ASSERT_TRUE(ws);
        Client c;
        c.name = QStringLiteral("Amal Haddad");
        client = ws->addClient(c).value();
    }
    constexpr int kAdvisors = 4;
    constexpr int kPlansEach = 5;
    std::vector<QString> failures(kAdvisors);
    std::vector<std::thread> advisors;
    for (int i = 0; i < kAdvisors; ++i)
        advisors.emplace_back([&, i] {
            auto ws = Workspace::open(address, quiet());
            if (!ws) {
                failures[i] = ws.error().toString();
                return;
            }
            for (int p = 0; p < kPlansEach && failures[i].isEmpty(); ++p)
                if (auto saved = (*ws)->savePlan(client, {}, samplePlan(), QStringLiteral("advisor %1").arg(i)); !saved)
                    failures[i] = saved.error().toString();
        });
    for (auto& a : advisors)
        a.join();
    for (const QString& f : failures)
        EXPECT_TRUE(f.isEmpty()) << f.toStdString();
    auto ws = openOrFail(address, quiet());
    ASSERT_TRUE(ws);
    std::vector<int> versions;
    for (const auto& s : ws->plans(client).value())
        versions.push_back(s.version);
    std::vector<int> expected(kAdvisors * kPlansEach);
    for (int v = 0; v < kAdvisors * kPlansEach; ++v)
        expected[v] = kAdvisors * kPlansEach - v; // newest first
    EXPECT_EQ(versions, expected);
}

TEST(WorkspacePostgres, AWindowHearsOfAnotherConnectionsChangesOnly) {
    const QString address = backend().location(QStringLiteral("watched"));
    auto watching = openOrFail(address, quiet());
    auto other = openOrFail(address, quiet());
    ASSERT_TRUE(watching && other);
    QObject context;
    int heard = 0;
    ASSERT_TRUE(watching->watchChanges(&context, [&heard] { ++heard; }));
    const auto waitFor = [&heard](int count) {
        QElapsedTimer clock;
        clock.start();
        while (heard < count && clock.elapsed() < 10000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        return heard;
    };
    Client c;
    c.name = QStringLiteral("Amal Haddad");
    const qint64 id = other->addClient(c).value();
    EXPECT_EQ(waitFor(1), 1);
    ASSERT_TRUE(other->addNote(id, QStringLiteral("Called back.")).ok());
    EXPECT_EQ(waitFor(2), 2);
    // Its own change says nothing: the window made it.
    ASSERT_TRUE(watching->addNote(id, QStringLiteral("Sent the plan.")).ok());
    QElapsedTimer quiet;
    quiet.start();
    while (quiet.elapsed() < 500)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    EXPECT_EQ(heard, 2);
}

TEST(WorkspacePostgres, AFileCannotTellOfOthersChanges) {
    QTemporaryDir dir;
    auto file = Workspace::open(dir.filePath(QStringLiteral("one.sqlite")), quiet());
    ASSERT_TRUE(file.ok()) << describe(file.error());
    QObject context;
    EXPECT_FALSE((*file)->watchChanges(&context, [] {}));
}

TEST(WorkspacePostgres, TwoConnectionsSeeEachOthersChanges) {
    const QString address = backend().location(QStringLiteral("shared"));
    auto first = openOrFail(address, quiet());
    auto second = openOrFail(address, quiet());
    ASSERT_TRUE(first && second);
    Client c;
    c.name = QStringLiteral("Amal Haddad");
    const qint64 id = first->addClient(c).value();
    EXPECT_EQ(second->client(id).value().name, c.name);
    ASSERT_TRUE(second->addNote(id, QStringLiteral("Called back.")).ok());
    EXPECT_EQ(first->notes(id)->size(), 1u);
}
