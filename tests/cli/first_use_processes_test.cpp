// A new workspace used by many cairn-cli processes at once, and by one killed while it creates it.
#include <QDir>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <cairn/store/schema.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <iostream>
#include <memory>
#include <vector>

namespace {

std::unique_ptr<QProcess> startCli(const QStringList& arguments) {
    auto process = std::make_unique<QProcess>();
    process->start(QStringLiteral(CAIRN_CLI_PROGRAM), arguments);
    return process;
}

QStringList clientsList(const QString& database) {
    return {QStringLiteral("clients"), QStringLiteral("list"), QStringLiteral("--database"), database};
}

/// How much of the workspace is there: schema version, catalogs and clients (-1: no table).
struct Contents {
    int version = 0;
    int catalogs = -1;
    int clients = -1;
};

Contents contentsOf(const QString& path) {
    static int counter = 0;
    const QString name = QStringLiteral("first-use-look-%1").arg(++counter);
    Contents c;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        EXPECT_TRUE(db.open());
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
            c.version = q.value(0).toInt();
        if (q.exec(QStringLiteral("SELECT count(*) FROM catalogs")) && q.next())
            c.catalogs = q.value(0).toInt();
        if (q.exec(QStringLiteral("SELECT count(*) FROM clients")) && q.next())
            c.clients = q.value(0).toInt();
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return c;
}

QStringList backupsIn(const QTemporaryDir& dir) {
    return QDir(dir.path()).entryList({QStringLiteral("*.bak-v*")}, QDir::Files);
}

} // namespace

TEST(FirstUseProcesses, TwentyProgramsStartingOnANewWorkspaceAllSucceed) {
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("new.sqlite"));
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int i = 0; i < 20; ++i)
        processes.push_back(startCli(clientsList(database)));
    QByteArray first;
    for (auto& p : processes) {
        ASSERT_TRUE(p->waitForFinished(120000));
        const QByteArray out = p->readAllStandardOutput();
        EXPECT_EQ(p->exitStatus(), QProcess::NormalExit);
        EXPECT_EQ(p->exitCode(), 0) << p->readAllStandardError().toStdString();
        if (first.isEmpty())
            first = out;
        EXPECT_EQ(out, first); // every one sees the whole seed
    }
    EXPECT_GE(first.count('\n'), 13) << first.toStdString();
    EXPECT_EQ(backupsIn(dir), QStringList()); // a new file has nothing to back up
}

TEST(FirstUseProcesses, AProgramKilledWhileCreatingTheWorkspaceLeavesAllOrNothing) {
    // Killed at moments spread over the creation and seeding of the file (which take some tens
    // of milliseconds): whatever the moment, the file holds either nothing or the whole seed,
    // and the next program to open it finishes the job.
    Contents complete;
    {
        QTemporaryDir dir;
        const QString database = dir.filePath(QStringLiteral("whole.sqlite"));
        auto p = startCli(clientsList(database));
        ASSERT_TRUE(p->waitForFinished(120000));
        complete = contentsOf(database);
        ASSERT_EQ(complete.version, cairn::store::currentSchemaVersion());
        ASSERT_EQ(complete.catalogs, 2);
        ASSERT_GE(complete.clients, 13);
    }
    int cutShort = 0;
    for (const int delayMs : {5, 10, 20, 30, 40, 60, 80, 100, 130, 160, 200, 250}) {
        QTemporaryDir dir;
        const QString database = dir.filePath(QStringLiteral("killed.sqlite"));
        auto p = startCli(clientsList(database));
        ASSERT_TRUE(p->waitForStarted(30000));
        QThread::msleep(static_cast<unsigned long>(delayMs));
        p->kill();
        ASSERT_TRUE(p->waitForFinished(30000));

        const Contents left = contentsOf(database);
        const bool nothing = left.version == 0 && left.catalogs == -1 && left.clients == -1;
        const bool everything =
            left.version == complete.version && left.catalogs == complete.catalogs && left.clients == complete.clients;
        EXPECT_TRUE(nothing || everything) << "killed after " << delayMs << " ms: version " << left.version << ", "
                                           << left.catalogs << " catalogs, " << left.clients << " clients";
        cutShort += nothing ? 1 : 0;

        auto again = startCli(clientsList(database));
        ASSERT_TRUE(again->waitForFinished(120000));
        EXPECT_EQ(again->exitCode(), 0) << again->readAllStandardError().toStdString();
        const Contents after = contentsOf(database);
        EXPECT_EQ(after.catalogs, complete.catalogs) << "killed after " << delayMs << " ms";
        EXPECT_EQ(after.clients, complete.clients) << "killed after " << delayMs << " ms";
        EXPECT_EQ(backupsIn(dir), QStringList());
    }
    // Not an assertion (it depends on the machine's speed), but worth seeing when it is 0.
    std::cout << "[          ] " << cutShort << " of 12 kills came before the seed was committed\n";
}
