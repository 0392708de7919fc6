// Catalogs with validity, renewal and ranges (format version 3) in the workspace: the round trip
// through import and export, the migration that brought them (schema version 5 → 6), and a
// damaged column reported as damage.
#include "store_fixtures.h"

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
    QTemporaryDir dir;
    auto ws = openOrFail(dir.filePath(QStringLiteral("keeping.sqlite")), quiet());
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
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("keeping.sqlite"));
    qint64 id = 0;
    {
        auto ws = openOrFail(path, quiet());
        ASSERT_TRUE(ws);
        id = ws->importCatalogJson(kKeepingFile).value();
    }
    execAll(path, {QStringLiteral("UPDATE credentials SET keeping = '{\"valid_months\": 0}' "
                                  "WHERE id = 'comptia-security-plus'")});
    auto ws = openOrFail(path, quiet());
    ASSERT_TRUE(ws);
    auto loaded = ws->loadCatalog(id);
    ASSERT_FALSE(loaded.ok());
    EXPECT_NE(describe(loaded.error()).find("comptia-security-plus"), std::string::npos) << describe(loaded.error());
}

TEST(WorkspaceKeepingMigration, MigratesAVersion5DatabaseAndItsCredentialsKeepNoRenewal) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v5.sqlite"));
    // Written exactly as version 5 of the schema left it.
    QStringList v5 = schemaV1();
    for (int i = 1; i < 5; ++i)
        v5 << migrations().at(i).statements;
    v5 << QStringLiteral("PRAGMA user_version = 5") << QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)
       << QStringLiteral("INSERT INTO catalogs (name, currency, created_at, updated_at) VALUES ('Old', 'USD', "
                         "'2026-01-01T09:00:00.000Z', '2026-01-01T09:00:00.000Z')")
       << QStringLiteral("INSERT INTO credentials (catalog_id, id, position, title, cost, hours) "
                         "VALUES (1, 'sql', 0, 'SQL', 49, 12)");
    execAll(path, v5);
    const QByteArray v5Bytes = bytesOf(path);

    auto ws = openOrFail(path, quiet());
    ASSERT_TRUE(ws);
    EXPECT_EQ(ws->schemaVersion().value(), currentSchemaVersion());
    EXPECT_GE(currentSchemaVersion(), 6);
    EXPECT_EQ(ws->migrationBackup(), path + QStringLiteral(".bak-v5"));
    EXPECT_EQ(bytesOf(ws->migrationBackup()), v5Bytes);
    auto old = ws->loadCatalog(1);
    ASSERT_TRUE(old.ok()) << describe(old.error());
    ASSERT_EQ(old->credentials.size(), 1u);
    EXPECT_EQ(old->credentials[0].cost, 49);
    EXPECT_EQ(old->credentials[0].validMonths, 0);
    EXPECT_FALSE(old->credentials[0].renewal.has_value());

    // And what version 6 added works on it.
    auto added = ws->importCatalogJson(kKeepingFile);
    ASSERT_TRUE(added.ok()) << describe(added.error());
    EXPECT_EQ(ws->loadCatalog(*added).value(), keepingCatalog());
}

TEST(WorkspaceKeeping, AClientsCompletionDatesAreKept) {
    // When a held certification was earned and until when it counts (from a badge import) must
    // survive the workspace, or a lapsed one would count as held again after the next start.
    QTemporaryDir dir;
    auto ws = openOrFail(dir.filePath(QStringLiteral("dates.sqlite")), quiet());
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
