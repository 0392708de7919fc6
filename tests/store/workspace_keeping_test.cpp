// Catalogs with validity, renewal and ranges (format version 3) in the workspace: the round trip
// through import and export and a damaged column reported as damage (the migration that brought
// them is in workspace_migration_test.cpp).
#include "store_fixtures.h"
#include "workspace_backends.h"

#include <QSqlQuery>
#include <cairn/io/catalog_json.h>
#include <cairn/store/schema.h>
#include <gtest/gtest.h>

using namespace cairn;
using namespace cairn::store;
using namespace cairn::store::test;

namespace {

const QString kKeepingFile = QStringLiteral(CAIRN_KEEPING_CATALOG);

Catalog keepingCatalog() {
    auto read = io::readCatalogFile(kKeepingFile);
    EXPECT_TRUE(read.ok());
    return read.ok() ? *read.value : Catalog{};
}

} // namespace

TEST(WorkspaceKeeping, ACatalogWithRenewalsAndRangesRoundTripsThroughImportAndExport) {
    auto ws = openOrFail(backend().location(QStringLiteral("keeping")), quiet());
    ASSERT_TRUE(ws);
    const Catalog file = keepingCatalog();
    ASSERT_TRUE(file.credentials.front().renewal.has_value());
    auto id = ws->importCatalogJson(kKeepingFile);
    ASSERT_TRUE(id.ok()) << describe(id.error());
    EXPECT_EQ(ws->loadCatalog(*id).value(), file);
    auto exported = ws->exportCatalogJson(*id);
    ASSERT_TRUE(exported.ok()) << describe(exported.error());
    EXPECT_EQ(*exported, io::writeCatalog(file));
    EXPECT_TRUE(exported->contains("\"version\": 3"));
}

TEST(WorkspaceKeeping, ARenewalThatCannotBeReadBackIsReportedAsDamage) {
    const QString path = backend().location(QStringLiteral("keeping"));
    qint64 id = 0;
    {
        auto ws = openOrFail(path, quiet());
        ASSERT_TRUE(ws);
        id = ws->importCatalogJson(kKeepingFile).value();
    }
    backend().execAll(path, {QStringLiteral("UPDATE credentials SET keeping = '{\"valid_months\": 0}' "
                                            "WHERE id = 'comptia-security-plus'")});
    auto ws = openOrFail(path, quiet());
    ASSERT_TRUE(ws);
    auto loaded = ws->loadCatalog(id);
    ASSERT_FALSE(loaded.ok());
    EXPECT_NE(describe(loaded.error()).find("comptia-security-plus"), std::string::npos) << describe(loaded.error());
}

TEST(WorkspaceKeeping, AClientsCompletionDatesAreKept) {
    // When a held certification was earned and until when it counts (from a badge import) must
    // survive the workspace, or a lapsed one would count as held again after the next start.
    auto ws = openOrFail(backend().location(QStringLiteral("dates")), quiet());
    ASSERT_TRUE(ws);
    Client c;
    c.name = QStringLiteral("Jamal");
    c.profile.completed = {"comptia-a-plus", "google-it-support"};
    c.profile.completedDates = {{"comptia-a-plus", Date::fromYmd(2024, 3, 1), Date::fromYmd(2027, 3, 1)},
                                {"google-it-support", std::nullopt, std::nullopt}};
    auto id = ws->addClient(c);
    ASSERT_TRUE(id.ok()) << describe(id.error());
    EXPECT_EQ(ws->client(*id).value().profile.completedDates, c.profile.completedDates);
}
