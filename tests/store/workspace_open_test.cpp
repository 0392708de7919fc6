// Opening a workspace: creation, seeding, migrations, refusals and the errors people see.
#include "store_fixtures.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <cairn/io/catalog_json.h>
#include <cairn/store/schema.h>
#include <cairn/store/snapshot_json.h>
#include <cairn/text/load_words.h>
#include <gtest/gtest.h>

using namespace cairn;
using namespace cairn::store;
using namespace cairn::store::test;

namespace {

/// A plain connection to the file, as another program would have.
class RawConnection {
public:
    explicit RawConnection(const QString& path) : name_(QStringLiteral("raw-%1").arg(++counter_)) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name_);
        db.setDatabaseName(path);
        EXPECT_TRUE(db.open());
    }
    ~RawConnection() {
        QSqlDatabase::database(name_, false).close();
        QSqlDatabase::removeDatabase(name_);
    }
    bool exec(const QString& sql) {
        QSqlQuery q(QSqlDatabase::database(name_, false));
        const bool ok = q.exec(sql);
        EXPECT_TRUE(ok) << sql.toStdString() << ": " << q.lastError().text().toStdString();
        return ok;
    }
    QVariant value(const QString& sql) {
        QSqlQuery q(QSqlDatabase::database(name_, false));
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }

private:
    static inline int counter_ = 0;
    QString name_;
};

} // namespace

TEST(WorkspaceOpen, CreatesTheCurrentSchemaWithWalAndForeignKeys) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nested/folder/cairn.sqlite"));
    auto ws = openOrFail(path, quiet());
    ASSERT_TRUE(ws);
    EXPECT_EQ(ws->schemaVersion().value(), currentSchemaVersion());
    EXPECT_TRUE(ws->migrationBackup().isEmpty());
    ws.reset();
    RawConnection raw(path);
    EXPECT_EQ(raw.value(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    EXPECT_EQ(raw.value(QStringLiteral("PRAGMA application_id")).toInt(), kApplicationId);
}

TEST(WorkspaceOpen, SeedsANewFileWithTheBundledCatalogAndDemoClients) {
    QTemporaryDir dir;
    auto ws = openOrFail(dir.filePath(QStringLiteral("seeded.sqlite")), Workspace::Options{});
    ASSERT_TRUE(ws);
    EXPECT_TRUE(ws->seedProblems().empty())
        << cairn::text::LoadWords::english().lines(ws->seedProblems()).join(QLatin1Char('\n')).toStdString();
    auto sample = io::readCatalogFile(QStringLiteral(CAIRN_SAMPLE_CATALOG));
    ASSERT_TRUE(sample.ok());
    auto id = ws->findCatalog(QString::fromStdString(sample.value->name));
    ASSERT_TRUE(id.ok()) << id.error().toString().toStdString();
    EXPECT_EQ(ws->loadCatalog(*id).value(), *sample.value);

    const auto profiles = QDir(QStringLiteral(":/profiles")).entryList({QStringLiteral("*.json")});
    auto clients = ws->clients();
    ASSERT_TRUE(clients.ok());
    EXPECT_EQ(clients->size(), static_cast<std::size_t>(profiles.size()));
    for (const Client& c : *clients)
        EXPECT_TRUE(c.catalogId.has_value()) << c.name.toStdString();
}

TEST(WorkspaceOpen, DefaultsToTheApplicationDataFolder) {
    QStandardPaths::setTestModeEnabled(true);
    const QString path = Workspace::defaultPath();
    EXPECT_TRUE(path.endsWith(QStringLiteral("/cairn.sqlite")));
    QFile::remove(path);
    {
        auto ws = openOrFail({}, quiet());
        ASSERT_TRUE(ws);
        EXPECT_EQ(ws->path(), path);
    }
    EXPECT_TRUE(QFile::exists(path));
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    QStandardPaths::setTestModeEnabled(false);
}

TEST(WorkspaceOpen, MigratesADatabaseWrittenByTheFirstSchema) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
    const SavedPlanInputs inputs{std::nullopt,
                                 QStringLiteral("Old catalog"),
                                 QStringLiteral("2025.1"),
                                 {},
                                 "analyst",
                                 Objective::Time,
                                 900.0,
                                 std::nullopt,
                                 {"intro-sql"},
                                 {},
                                 std::nullopt};
    {
        // Written exactly as version 1 of Cairn wrote it.
        RawConnection raw(path);
        for (const QString& statement : schemaV1())
            raw.exec(statement);
        raw.exec(QStringLiteral("PRAGMA user_version = 1"));
        raw.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId));
        raw.exec(QStringLiteral("INSERT INTO clients (name, profile, created_at) VALUES ('Amal', '%1', '2025-01-01')")
                     .arg(QString::fromUtf8(QJsonDocument(profileToJson(Profile{})).toJson(QJsonDocument::Compact))));
        raw.exec(QStringLiteral("INSERT INTO plans (client_id, version, title, status, inputs, result, created_at) "
                                "VALUES (1, 1, 'First plan', 'optimal', '%1', '%2', '2025-01-02T10:00:00.000Z')")
                     .arg(QString::fromUtf8(QJsonDocument(inputsToJson(inputs)).toJson(QJsonDocument::Compact)),
                          QString::fromUtf8(QJsonDocument(planToJson(samplePlan())).toJson(QJsonDocument::Compact))));
    }
    const QByteArray v1Bytes = bytesOf(path);
    ASSERT_FALSE(v1Bytes.isEmpty());

    auto ws = openOrFail(path, quiet());
    ASSERT_TRUE(ws);
    EXPECT_EQ(ws->schemaVersion().value(), currentSchemaVersion());
    EXPECT_EQ(ws->migrationBackup(), path + QStringLiteral(".bak-v1"));
    EXPECT_EQ(bytesOf(ws->migrationBackup()), v1Bytes);

    // The old data reads back, and what version 2 added works on it.
    auto plans = ws->plans(1);
    ASSERT_TRUE(plans.ok()) << plans.error().toString().toStdString();
    ASSERT_EQ(plans->size(), 1u);
    EXPECT_EQ(plans->front().title, QStringLiteral("First plan"));
    EXPECT_TRUE(plans->front().note.isEmpty());
    auto saved = ws->plan(plans->front().id);
    ASSERT_TRUE(saved.ok());
    EXPECT_EQ(saved->plan, samplePlan());
    EXPECT_EQ(saved->inputs, inputs);
    ASSERT_TRUE(
        ws->setPlanNote(plans->front().id, QStringLiteral("Reviewed with Amal"), plans->front().rowVersion).ok());
    EXPECT_EQ(ws->plans(1)->front().note, QStringLiteral("Reviewed with Amal"));
    ws.reset();

    RawConnection raw(path);
    EXPECT_EQ(raw.value(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'clients_by_name'")).toInt(),
              1);
    EXPECT_EQ(raw.value(QStringLiteral("SELECT created_at FROM plans WHERE id = 1")).toString(),
              QStringLiteral("2025-01-02T10:00:00.000Z"));
    EXPECT_EQ(raw.value(QStringLiteral("SELECT note FROM plans WHERE id = 1")).toString(),
              QStringLiteral("Reviewed with Amal"));
}

TEST(WorkspaceOpen, RefusesANewerDatabaseAndLeavesItUntouched) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.sqlite"));
    {
        auto ws = openOrFail(path, quiet());
        ASSERT_TRUE(ws);
        ASSERT_TRUE(ws->addClient(Client{0, QStringLiteral("Kept"), {}, {}, {}, {}, {}, {}}).ok());
    }
    {
        RawConnection raw(path);
        raw.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
        raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(currentSchemaVersion() + 1));
    }
    const QByteArray before = bytesOf(path);
    const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files);

    auto ws = Workspace::open(path, quiet());
    ASSERT_FALSE(ws.ok());
    EXPECT_EQ(ws.error().kind, Error::Kind::NewerVersion);
    EXPECT_TRUE(ws.error().message.contains(QStringLiteral("newer version of Cairn")));
    EXPECT_TRUE(ws.error().message.contains(QStringLiteral("untouched")));
    EXPECT_EQ(bytesOf(path), before);
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), filesBefore);
}

TEST(WorkspaceOpen, CallsACorruptFileDamagedAndOffersTheNewestBackup) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.sqlite"));
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        for (int i = 0; i < 200; ++i)
            f.write("This is not a database at all. ");
    }
    for (const char* backup : {".bak-v1", ".bak-v2"}) {
        QFile b(path + QString::fromLatin1(backup));
        ASSERT_TRUE(b.open(QIODevice::WriteOnly));
    }
    const QByteArray before = bytesOf(path);
    auto ws = Workspace::open(path, quiet());
    ASSERT_FALSE(ws.ok());
    EXPECT_EQ(ws.error().kind, Error::Kind::Damaged);
    EXPECT_TRUE(ws.error().message.contains(QStringLiteral("not a Cairn database or damaged")))
        << ws.error().message.toStdString();
    EXPECT_TRUE(ws.error().message.contains(path + QStringLiteral(".bak-v2"))) << ws.error().message.toStdString();
    EXPECT_EQ(bytesOf(path), before);
}

TEST(WorkspaceOpen, RefusesAnotherProgramsSqliteDatabase) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    {
        RawConnection raw(path);
        raw.exec(QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)"));
    }
    auto ws = Workspace::open(path, quiet());
    ASSERT_FALSE(ws.ok());
    EXPECT_EQ(ws.error().kind, Error::Kind::Damaged);
    EXPECT_TRUE(ws.error().message.contains(QStringLiteral("not a Cairn database")));
}

TEST(WorkspaceOpen, ReportsADamagedPageWhenReading) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pages.sqlite"));
    qint64 catalog = 0;
    {
        auto ws = openOrFail(path, quiet());
        ASSERT_TRUE(ws);
        catalog = ws->addCatalog(richCatalog()).value();
    }
    {
        RawConnection raw(path);
        raw.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
    }
    QByteArray bytes = bytesOf(path);
    const int pageSize = 4096;
    ASSERT_GT(bytes.size(), 3 * pageSize);
    for (int i = pageSize; i < bytes.size(); ++i) // every page but the header page
        bytes[i] = static_cast<char>(0xA5);
    {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    auto ws = Workspace::open(path, quiet());
    if (ws.ok()) {
        auto loaded = (*ws)->loadCatalog(catalog);
        ASSERT_FALSE(loaded.ok());
        EXPECT_EQ(loaded.error().kind, Error::Kind::Damaged) << loaded.error().message.toStdString();
    } else {
        EXPECT_EQ(ws.error().kind, Error::Kind::Damaged) << ws.error().message.toStdString();
    }
}

TEST(WorkspaceOpen, SaysBusyWhenAnotherProgramHoldsTheWriteLockAndLosesNothing) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("busy.sqlite"));
    auto ws = openOrFail(path, quiet(300));
    ASSERT_TRUE(ws);
    ASSERT_TRUE(ws->addClient(Client{0, QStringLiteral("Before"), {}, {}, {}, {}, {}, {}}).ok());

    RawConnection other(path);
    other.exec(QStringLiteral("BEGIN IMMEDIATE"));
    other.exec(QStringLiteral("INSERT INTO clients (name, profile, created_at) VALUES ('From the other program', "
                              "'{\"start\":\"2027-01-04\"}', '2026-01-01')"));

    QElapsedTimer timer;
    timer.start();
    auto refused = ws->addClient(Client{0, QStringLiteral("During"), {}, {}, {}, {}, {}, {}});
    ASSERT_FALSE(refused.ok());
    EXPECT_GE(timer.elapsed(), 250);
    EXPECT_EQ(refused.error().kind, Error::Kind::Busy);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("busy"))) << refused.error().message.toStdString();
    // Reading still works while the other program writes (write-ahead log).
    EXPECT_EQ(ws->clients()->size(), 1u);

    other.exec(QStringLiteral("COMMIT"));
    ASSERT_TRUE(ws->addClient(Client{0, QStringLiteral("After"), {}, {}, {}, {}, {}, {}}).ok());
    QStringList names;
    for (const Client& c : ws->clients().value())
        names << c.name;
    EXPECT_EQ(names, (QStringList{QStringLiteral("After"), QStringLiteral("Before"),
                                  QStringLiteral("From the other program")}));
}

TEST(WorkspaceOpen, ExplainsAReadOnlyLocation) {
    // File permissions do not bind the superuser (CI runs as root), but nobody may create files
    // in /proc/self: a folder that exists and is read-only for every user.
    auto ws = Workspace::open(QStringLiteral("/proc/self/cairn.sqlite"), quiet());
    ASSERT_FALSE(ws.ok());
    EXPECT_EQ(ws.error().kind, Error::Kind::ReadOnly);
    EXPECT_TRUE(ws.error().message.contains(QStringLiteral("read-only"))) << ws.error().message.toStdString();
}

TEST(WorkspaceOpen, ExplainsAFolderThatCannotBeCreated) {
    QTemporaryDir dir;
    const QString blocker = dir.filePath(QStringLiteral("not-a-folder"));
    {
        QFile f(blocker);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    }
    auto ws = Workspace::open(blocker + QStringLiteral("/cairn.sqlite"), quiet());
    ASSERT_FALSE(ws.ok());
    EXPECT_EQ(ws.error().kind, Error::Kind::ReadOnly);
    EXPECT_TRUE(ws.error().message.contains(QStringLiteral("cannot be created"))) << ws.error().message.toStdString();
}
