// The first opening of a workspace (creation, migration, seeding) under concurrency and
// failure, and the messages for files that cannot be used.
#include "sql_support.h"
#include "store_fixtures.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <atomic>
#include <cairn/engine/validation.h>
#include <cairn/store/schema.h>
#include <cairn/text/load_words.h>
#include <chrono>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <thread>
#include <vector>

using namespace cairn;
using namespace cairn::store;
using namespace cairn::store::test;
using testing::HasSubstr;

namespace {

/// A plain connection to the file, as another program would have.
class Raw {
public:
    explicit Raw(const QString& path) : name_(QStringLiteral("first-use-raw-%1").arg(++counter_)) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name_);
        db.setDatabaseName(path);
        EXPECT_TRUE(db.open());
    }
    ~Raw() {
        QSqlDatabase::database(name_, false).close();
        QSqlDatabase::removeDatabase(name_);
    }
    void exec(const QString& sql) {
        QSqlQuery q(QSqlDatabase::database(name_, false));
        EXPECT_TRUE(q.exec(sql)) << sql.toStdString();
    }
    QVariant value(const QString& sql) {
        QSqlQuery q(QSqlDatabase::database(name_, false));
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }

private:
    static inline std::atomic<int> counter_ = 0;
    QString name_;
};

int bundledProfiles() {
    return static_cast<int>(QDir(QStringLiteral(":/profiles")).entryList({QStringLiteral("*.json")}).size());
}

QStringList backups(const QTemporaryDir& dir) {
    return QDir(dir.path()).entryList({QStringLiteral("*.bak-v*")}, QDir::Files);
}

} // namespace

TEST(WorkspaceFirstUse, ManyConnectionsOpeningANewFileAtOnceAllSucceedAndSeedItOnce) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.sqlite"));
    constexpr int kOpeners = 16;
    std::vector<std::string> failures(kOpeners);
    std::vector<std::size_t> clientsSeen(kOpeners);
    std::atomic<int> ready = 0;
    std::vector<std::thread> threads;
    for (int i = 0; i < kOpeners; ++i)
        threads.emplace_back([&, i] {
            // Start together, each with its own connection, as separate programs would.
            ++ready;
            while (ready < kOpeners)
                std::this_thread::yield();
            Workspace::Options options;
            options.busyTimeoutMs = 30000;
            auto ws = Workspace::open(path, options);
            if (!ws) {
                failures[i] = ws.error().toString().toStdString();
                return;
            }
            auto clients = (*ws)->clients();
            if (!clients)
                failures[i] = clients.error().toString().toStdString();
            else
                clientsSeen[i] = clients->size();
        });
    for (auto& t : threads)
        t.join();
    for (int i = 0; i < kOpeners; ++i) {
        EXPECT_EQ(failures[i], std::string()) << "opener " << i;
        EXPECT_EQ(clientsSeen[i], static_cast<std::size_t>(bundledProfiles())) << "opener " << i;
    }
    // Seeded once, and a new file needs no backup.
    auto ws = openOrFail(path, quiet());
    ASSERT_TRUE(ws);
    EXPECT_EQ(ws->catalogs()->size(), 2u);
    EXPECT_EQ(ws->clients()->size(), static_cast<std::size_t>(bundledProfiles()));
    EXPECT_TRUE(ws->migrationBackup().isEmpty());
    EXPECT_EQ(backups(dir), QStringList());
}

TEST(WorkspaceFirstUse, WaitsForAnotherProgramsWriteBeforeSwitchingToTheWriteAheadLog) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rollback.sqlite"));
    ASSERT_TRUE(openOrFail(path, quiet()));
    {
        Raw raw(path); // as a file another opener has created but not yet switched to the log
        raw.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
    }
    // Another program holds the write lock for a moment. SQLite itself would answer the switch
    // to the log with "busy" at once; the opening must wait like any other write does.
    std::atomic<bool> holding = false;
    std::thread writer([&] {
        Raw raw(path);
        raw.exec(QStringLiteral("BEGIN IMMEDIATE"));
        holding = true;
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        raw.exec(QStringLiteral("COMMIT"));
    });
    while (!holding)
        std::this_thread::yield();
    Workspace::Options options = quiet();
    options.busyTimeoutMs = 30000;
    auto ws = Workspace::open(path, options);
    writer.join();
    ASSERT_TRUE(ws.ok()) << ws.error().toString().toStdString();
    Raw raw(path);
    EXPECT_EQ(raw.value(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
}

TEST(WorkspaceFirstUse, ASeedCutShortLeavesNothingAndTheNextOpeningSeedsInFull) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cut.sqlite"));
    Workspace::Options cramped;
    cramped.maxPages = 40; // the schema and the sample catalog fit, the career catalog does not
    auto cut = Workspace::open(path, cramped);
    ASSERT_FALSE(cut.ok());
    EXPECT_EQ(cut.error().kind, Error::Kind::DiskFull) << cut.error().toString().toStdString();
    {
        Raw raw(path); // nothing of the half-done seed, nor of the schema, was kept
        EXPECT_EQ(raw.value(QStringLiteral("PRAGMA user_version")).toInt(), 0);
        EXPECT_EQ(raw.value(QStringLiteral("SELECT count(*) FROM sqlite_master")).toInt(), 0);
    }

    auto ws = openOrFail(path, Workspace::Options{});
    ASSERT_TRUE(ws);
    EXPECT_TRUE(ws->seedProblems().empty())
        << cairn::text::LoadWords::english().lines(ws->seedProblems()).join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(ws->catalogs()->size(), 2u);
    EXPECT_EQ(ws->clients()->size(), static_cast<std::size_t>(bundledProfiles()));
    EXPECT_EQ(backups(dir), QStringList());
}

TEST(WorkspaceFirstUse, EveryDemoClientPlansAgainstACatalogThatDefinesTheirProfile) {
    QTemporaryDir dir;
    auto ws = openOrFail(dir.filePath(QStringLiteral("demo.sqlite")), Workspace::Options{});
    ASSERT_TRUE(ws);
    auto clients = ws->clients();
    ASSERT_TRUE(clients.ok());
    ASSERT_EQ(clients->size(), static_cast<std::size_t>(bundledProfiles()));
    for (const Client& c : *clients) {
        ASSERT_TRUE(c.catalogId.has_value()) << c.name.toStdString();
        auto catalog = ws->loadCatalog(*c.catalogId);
        ASSERT_TRUE(catalog.ok()) << c.name.toStdString();
        EXPECT_TRUE(catalog->findGoal(c.profile.goal)) << c.name.toStdString();
        for (const Problem& p : validateProfile(*catalog, c.profile))
            EXPECT_NE(p.severity, Problem::Severity::Error) << c.name.toStdString() << ": " << p.code;
    }
}

TEST(WorkspaceFirstUse, MovesDemoClientsSeededOntoTheWrongCatalogWhenUntouched) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v3.sqlite"));
    qint64 sample = 0, career = 0, maria = 0, jamal = 0;
    {
        auto ws = openOrFail(path, Workspace::Options{});
        ASSERT_TRUE(ws);
        sample = ws->findCatalog(QStringLiteral("Cairn sample catalog")).value();
        career = ws->findCatalog(QStringLiteral("Cairn career catalog")).value();
        maria = ws->findClient(QStringLiteral("Maria Alvarez")).value();
        jamal = ws->findClient(QStringLiteral("Jamal Robinson")).value();
        // Jamal was planned for since: he stays where he is.
        ASSERT_TRUE(ws->savePlan(jamal, SavedPlanInputs{}, samplePlan(), QStringLiteral("Kept")).ok());
    }
    {
        // As version 3 seeded them: both on the sample catalog, which also has their goals.
        Raw raw(path);
        raw.exec(QStringLiteral("UPDATE clients SET catalog_id = %1 WHERE id IN (%2, %3)")
                     .arg(sample)
                     .arg(maria)
                     .arg(jamal));
        // Without what versions 5 to 12 added, so that every later migration finds the file as version 3 left it.
        for (const QString& sql : withoutCaseloadColumns())
            raw.exec(sql);
        raw.exec(QStringLiteral("DROP TABLE audit_trail"));
        raw.exec(QStringLiteral("DROP TABLE client_shares"));
        raw.exec(QStringLiteral("DROP INDEX clients_by_owner"));
        raw.exec(QStringLiteral("ALTER TABLE clients DROP COLUMN owner"));
        for (const QString& sql : withoutRowVersions())
            raw.exec(sql);
        raw.exec(QStringLiteral("DROP TABLE offers"));
        raw.exec(QStringLiteral("ALTER TABLE credentials DROP COLUMN has_cost"));
        raw.exec(QStringLiteral("ALTER TABLE credentials DROP COLUMN keeping"));
        raw.exec(QStringLiteral("DROP TABLE client_goals"));
        raw.exec(QStringLiteral("PRAGMA user_version = 3"));
    }
    auto ws = openOrFail(path, quiet());
    ASSERT_TRUE(ws);
    EXPECT_EQ(ws->schemaVersion().value(), currentSchemaVersion());
    EXPECT_EQ(ws->client(maria)->catalogId, career);
    EXPECT_EQ(ws->client(jamal)->catalogId, sample);
    EXPECT_EQ(ws->migrationBackup(), path + QStringLiteral(".bak-v3"));
}

TEST(WorkspaceFirstUse, SaysAFolderGivenAsTheWorkspaceIsAFolder) {
    QTemporaryDir dir;
    auto ws = Workspace::open(dir.path(), quiet());
    ASSERT_FALSE(ws.ok());
    EXPECT_THAT(ws.error().message.toStdString(), HasSubstr("is a folder, not a file"));
    EXPECT_THAT(ws.error().message.toStdString(), testing::Not(HasSubstr("disk I/O")));
}

TEST(WorkspaceFirstUse, FindsADamagedPageWhenOpeningAndSaysWhatIsWrong) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("page.sqlite"));
    {
        auto ws = openOrFail(path, quiet());
        ASSERT_TRUE(ws);
        for (const char* name : {"Amal Haddad", "Bo Lindqvist", "Chen Wei"})
            ASSERT_TRUE(ws->addClient(Client{0, QString::fromUtf8(name), {}, {}, {}, {}, {}, {}}).ok());
    }
    int page = 0;
    {
        Raw raw(path);
        raw.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
        page = raw.value(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'clients'")).toInt();
    }
    ASSERT_GT(page, 1);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    constexpr int kPageSize = 4096;
    const qsizetype leaf = qsizetype(page - 1) * kPageSize;
    ASSERT_EQ(static_cast<unsigned char>(bytes[leaf]), 0x0D); // a table leaf: the rows themselves
    // Point the cells past the end of the page, as a torn write or a bad sector might.
    for (qsizetype i = leaf + 8; i < leaf + 14; ++i)
        bytes[i] = static_cast<char>(0xFF);
    file.seek(0);
    file.write(bytes);
    file.close();

    auto ws = Workspace::open(path, quiet());
    ASSERT_FALSE(ws.ok());
    EXPECT_EQ(ws.error().kind, Error::Kind::Damaged);
    EXPECT_THAT(ws.error().message.toStdString(), HasSubstr("damaged"));
    EXPECT_THAT(ws.error().message.toStdString(), HasSubstr(QStringLiteral("page %1").arg(page).toStdString()));
}

TEST(WorkspaceFirstUse, ADiskFullSaveSaysTheDiskIsFull) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("full.sqlite"));
    qint64 client = 0;
    int pages = 0;
    {
        auto ws = openOrFail(path, quiet());
        ASSERT_TRUE(ws);
        client = ws->addClient(Client{0, QStringLiteral("Amal"), {}, {}, {}, {}, {}, {}}).value();
    }
    {
        Raw raw(path);
        pages = raw.value(QStringLiteral("PRAGMA page_count")).toInt();
    }
    Workspace::Options full = quiet();
    full.maxPages = pages; // not one page more: as on a disk with no space left
    auto ws = openOrFail(path, full);
    ASSERT_TRUE(ws);
    Plan big = samplePlan();
    big.credentials[0].title = std::string(200000, 'x');
    auto saved = ws->savePlan(client, SavedPlanInputs{}, big, QStringLiteral("Too big"));
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error().kind, Error::Kind::DiskFull);
    EXPECT_THAT(saved.error().message.toStdString(), testing::StartsWith("The disk is full"));
    EXPECT_TRUE(ws->plans(client)->empty());
}

TEST(WorkspaceFirstUse, ADiskIOErrorOnAFullDiskIsCalledAFullDisk) {
    // SQLite reports a full disk as a plain I/O error when it cannot grow its shared-memory
    // file. /proc reports no free space at all, like a full disk.
    const QSqlError ioError(QStringLiteral("disk I/O error"), QString(), QSqlError::StatementError,
                            QStringLiteral("4874")); // SQLITE_IOERR_SHMSIZE
    const Error onFullDisk = detail::sqlError(ioError, detail::doing(Message::Code::DoingOpenWorkspace),
                                              QStringLiteral("/proc/self/cairn.sqlite"));
    EXPECT_EQ(onFullDisk.kind, Error::Kind::DiskFull);
    EXPECT_THAT(onFullDisk.message.toStdString(), testing::StartsWith("The disk is full"));

    QTemporaryDir dir; // a disk with room: the I/O error is reported as it is
    const Error withRoom = detail::sqlError(ioError, detail::doing(Message::Code::DoingOpenWorkspace),
                                            dir.filePath(QStringLiteral("w.sqlite")));
    EXPECT_EQ(withRoom.kind, Error::Kind::Io);
    EXPECT_THAT(withRoom.message.toStdString(), HasSubstr("disk I/O error"));
}
