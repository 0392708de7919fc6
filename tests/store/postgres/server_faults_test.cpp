// The server killed in the middle of work (`pg_ctl stop -m immediate`, as a power cut or an
// out-of-memory kill ends it): afterwards each import and each saved plan is all there or not
// there at all, and every one the server acknowledged is there.
#include "postgres_backend.h"
#include "store_fixtures.h"

#include <QElapsedTimer>
#include <QUrl>
#include <atomic>
#include <cairn/io/catalog_json.h>
#include <chrono>
#include <gtest/gtest.h>
#include <thread>

namespace cairn::store::test {

namespace {

/// A catalog large enough that importing it takes a while: `count` credentials, each with a skill.
Catalog largeCatalog(int count) {
    Catalog c = richCatalog();
    c.name = "Large catalog";
    for (int i = 0; i < count; ++i) {
        Credential more;
        more.id = "extra-" + std::to_string(i);
        more.title = "Extra credential " + std::to_string(i);
        more.cost = 10 + i % 90;
        more.hours = 5 + i % 40;
        more.grants = {{i % 2 ? "python" : "stats", 1 + i % 3}};
        c.credentials.push_back(more);
    }
    return c;
}

/// A database on the cluster whose commits wait for the log to be written, as a real server's
/// do (the cluster's own setting trades that away for speed).
QString durableDatabase(const QString& name) {
    const QString address = backend().location(name);
    backend().execAll(
        address, {QStringLiteral("ALTER DATABASE %1 SET synchronous_commit = on").arg(QUrl(address).path().mid(1))});
    return address;
}

void crashAndRestart() {
    QString why;
    ASSERT_TRUE(cluster().crash(why)) << why.toStdString();
    ASSERT_TRUE(cluster().restart(why)) << why.toStdString();
}

} // namespace

TEST(ServerFaults, AnImportCutOffByTheServerIsAllThereOrNotThereAtAll) {
    const QByteArray json = io::writeCatalog(largeCatalog(3000));
    // Undisturbed, the import is all there; how long it takes places the kills below.
    QElapsedTimer clock;
    {
        auto ws = openOrFail(durableDatabase(QStringLiteral("import_whole")), quiet());
        ASSERT_TRUE(ws);
        clock.start();
        const auto imported = ws->importCatalogJson(json, QStringLiteral("large.json"), {});
        ASSERT_TRUE(imported.ok()) << describe(imported.error());
        EXPECT_EQ(ws->catalogSummary(imported.value())->credentials, 3003);
    }
    const auto whole = clock.elapsed();
    // The kill lands early in the import, half way, and near its end.
    for (const auto afterMs : {whole / 10, whole / 2, whole * 9 / 10}) {
        const QString address = durableDatabase(QStringLiteral("import_crash"));
        {
            auto ws = openOrFail(address, quiet());
            ASSERT_TRUE(ws);
        }
        std::atomic<bool> opened{false}, acknowledged{false};
        std::thread importer([&] {
            auto ws = Workspace::open(address, quiet());
            opened = true;
            if (ws)
                acknowledged = (*ws)->importCatalogJson(json, QStringLiteral("large.json"), {}).ok();
        });
        while (!opened)
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
        std::this_thread::sleep_for(std::chrono::milliseconds(afterMs));
        crashAndRestart();
        importer.join();

        auto after = openOrFail(address, quiet());
        ASSERT_TRUE(after);
        const auto catalogs = after->catalogs();
        ASSERT_TRUE(catalogs.ok()) << describe(catalogs.error());
        int found = 0;
        for (const CatalogSummary& s : catalogs.value()) {
            if (s.name != QStringLiteral("Large catalog"))
                continue;
            ++found;
            EXPECT_EQ(s.credentials, 3003) << "a part of the import is there, killed after " << afterMs << " ms";
        }
        EXPECT_LE(found, 1);
        if (acknowledged) {
            EXPECT_EQ(found, 1) << "an acknowledged import was lost, killed after " << afterMs << " ms";
        }
    }
}

TEST(ServerFaults, PlansSavedWhenTheServerIsKilledAreWholeAndNoneAcknowledgedIsLost) {
    const QString address = durableDatabase(QStringLiteral("save_crash"));
    qint64 clientId = 0;
    qint64 catalogId = 0;
    {
        auto ws = openOrFail(address, quiet());
        ASSERT_TRUE(ws);
        catalogId = ws->addCatalog(richCatalog()).value();
        Client c;
        c.name = QStringLiteral("Amal Haddad");
        c.catalogId = catalogId;
        clientId = ws->addClient(c).value();
    }
    std::atomic<int> acknowledged{0};
    std::atomic<bool> stop{false};
    std::thread saver([&] {
        auto ws = Workspace::open(address, quiet());
        if (!ws)
            return;
        SavedPlanInputs in;
        in.catalogId = catalogId;
        in.goal = "analyst";
        while (!stop && (*ws)->savePlan(clientId, in, samplePlan(acknowledged), QStringLiteral("Version"), {}).ok())
            ++acknowledged;
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    crashAndRestart();
    stop = true;
    saver.join();
    ASSERT_GT(acknowledged.load(), 0) << "no plan was saved before the kill";

    auto after = openOrFail(address, quiet());
    ASSERT_TRUE(after);
    const auto plans = after->plans(clientId);
    ASSERT_TRUE(plans.ok()) << describe(plans.error());
    // Every acknowledged save is there; at most the one the kill cut off is not, or is whole.
    EXPECT_GE(static_cast<int>(plans->size()), acknowledged.load());
    EXPECT_LE(static_cast<int>(plans->size()), acknowledged.load() + 1);
    for (const SavedPlanSummary& s : plans.value()) {
        const auto full = after->plan(s.id);
        ASSERT_TRUE(full.ok()) << "plan version " << s.version << ": " << describe(full.error());
        EXPECT_EQ(full->plan, samplePlan(s.version - 1)) << "plan version " << s.version;
    }
}

} // namespace cairn::store::test
