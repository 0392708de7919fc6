// A deadlock the server breaks (SQLSTATE 40P01) is answered as "busy", with nothing written, and
// the same save goes in when tried again: no deadlock is left to the person as a raw failure.
#include "postgres_backend.h"
#include "store_fixtures.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <gtest/gtest.h>
#include <optional>
#include <thread>

using namespace cairn;
using namespace cairn::store;
using namespace cairn::store::test;

namespace {

/// Another program's connection to the workspace's database, as the cluster's superuser.
class OtherProgram {
public:
    OtherProgram(const QString& address, const QString& name) : name_(name) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name_);
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(cluster().port());
        db.setDatabaseName(QUrl(address).path().mid(1));
        db.setUserName(QLatin1String(cairn::test::PrivateCluster::kUser));
        db.setPassword(cluster().password());
        EXPECT_TRUE(db.open()) << db.lastError().text().toStdString();
    }
    ~OtherProgram() {
        QSqlDatabase::database(name_, false).close();
        QSqlDatabase::removeDatabase(name_);
    }
    OtherProgram(const OtherProgram&) = delete;
    OtherProgram& operator=(const OtherProgram&) = delete;

    /// Runs `sql`; the server's SQLSTATE when it refuses, empty when it went through.
    QString exec(const QString& sql) const {
        QSqlQuery q(QSqlDatabase::database(name_, false));
        return q.exec(sql) ? QString() : q.lastError().nativeErrorCode();
    }
    [[nodiscard]] int count(const QString& sql) const {
        QSqlQuery q(QSqlDatabase::database(name_, false));
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }

private:
    QString name_;
};

} // namespace

TEST(WorkspaceDeadlock, ADeadlockBrokenByTheServerIsAnsweredBusyAndNothingIsSaved) {
    const QString address = backend().location(QStringLiteral("deadlock"));
    qint64 catalog = 0;
    qint64 client = 0;
    {
        auto ws = openOrFail(address, quiet());
        ASSERT_TRUE(ws);
        catalog = ws->addCatalog(richCatalog()).value();
        Client c;
        c.name = QStringLiteral("Maria Alvarez");
        c.catalogId = catalog;
        client = ws->addClient(c).value();
    }
    SavedPlanInputs inputs;
    inputs.catalogId = catalog;

    // The other program locks the catalog; the save locks the client and then waits for the
    // catalog (its plan names it); the other program then waits for the client: a cycle.
    const OtherProgram other(address, QStringLiteral("deadlock-other"));
    const OtherProgram watcher(address, QStringLiteral("deadlock-watcher"));
    ASSERT_EQ(other.exec(QStringLiteral("BEGIN")), QString());
    ASSERT_EQ(other.exec(QStringLiteral("SELECT id FROM catalogs WHERE id = %1 FOR UPDATE").arg(catalog)), QString());
    std::optional<Result<qint64>> saved;
    std::thread advisor([&] {
        auto ws = openOrFail(address, quiet());
        if (ws)
            saved = ws->savePlan(client, inputs, samplePlan(), QStringLiteral("Under a deadlock"));
    });
    // Only once the save waits for the catalog does the other program reach for the client, so
    // that the save is the one the server's deadlock check (after deadlock_timeout) stops.
    const QString waiting = QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                                           "AND datname = current_database()");
    for (int i = 0; i < 300 && watcher.count(waiting) < 1; ++i)
        QThread::msleep(20);
    const QString otherUpdate =
        other.exec(QStringLiteral("UPDATE clients SET notes = 'Called' WHERE id = %1").arg(client));
    advisor.join();
    EXPECT_EQ(otherUpdate, QString()); // the other program goes on once the save gave way
    EXPECT_EQ(other.exec(QStringLiteral("COMMIT")), QString());

    ASSERT_TRUE(saved.has_value());
    ASSERT_FALSE(saved->ok());
    EXPECT_EQ(saved->error().kind, Error::Kind::Busy) << describe(saved->error());
    EXPECT_EQ(saved->error().what.code, Message::Code::WorkspaceBusy);
    auto ws = openOrFail(address, quiet());
    ASSERT_TRUE(ws);
    EXPECT_TRUE(ws->plans(client)->empty());
    EXPECT_EQ(other.count(QStringLiteral("SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()")),
              1);
    // Tried again, as the answer asks, it goes in.
    EXPECT_TRUE(ws->savePlan(client, inputs, samplePlan(), QStringLiteral("Tried again")).ok());
}
