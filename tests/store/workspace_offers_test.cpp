// Catalogs with offers (format version 2) in the workspace: the round trip through import and
// export (the migration that brought them is in workspace_migration_test.cpp), planning against a stored
// catalog with offers, and credentials without a one-time price in the credential CSV.
#include "store_fixtures.h"
#include "workspace_backends.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <cairn/engine/planner.h>
#include <cairn/io/catalog_json.h>
#include <cairn/store/credential_csv.h>
#include <cairn/store/schema.h>
#include <cairn/text/load_words.h>
#include <cairn/text/message_words.h>
#include <gtest/gtest.h>

using namespace cairn;
using namespace cairn::store;
using namespace cairn::store::test;

namespace {

const QString kOffersFile = QStringLiteral(CAIRN_OFFERS_CATALOG);

Catalog offersCatalog() {
    auto read = io::readCatalogFile(kOffersFile);
    EXPECT_TRUE(read.ok());
    return read.ok() ? *read.value : Catalog{};
}

class WorkspaceOffers : public ::testing::Test {
protected:
    void SetUp() override {
        path_ = backend().location(QStringLiteral("offers"));
        ws_ = openOrFail(path_, quiet());
        ASSERT_TRUE(ws_);
    }
    QString path_;
    std::unique_ptr<Workspace> ws_;
};

} // namespace

TEST_F(WorkspaceOffers, ACatalogWithOffersRoundTripsThroughImportAndExport) {
    const Catalog file = offersCatalog();
    ASSERT_FALSE(file.offers.empty());
    ASSERT_FALSE(file.credentials.front().hasCost); // sold only through its offers
    auto id = ws_->importCatalogJson(kOffersFile);
    ASSERT_TRUE(id.ok()) << describe(id.error());
    EXPECT_EQ(ws_->loadCatalog(*id).value(), file);

    const QByteArray canonical = io::writeCatalog(file);
    EXPECT_TRUE(canonical.contains("\"version\": 2")) << canonical.toStdString();
    auto exported = ws_->exportCatalogJson(*id);
    ASSERT_TRUE(exported.ok()) << describe(exported.error());
    EXPECT_EQ(*exported, canonical);

    // The export imports again and exports the same bytes.
    auto again = ws_->importCatalogJson(*exported, QStringLiteral("export.json"), QStringLiteral("Again"));
    ASSERT_TRUE(again.ok()) << describe(again.error());
    EXPECT_EQ(ws_->exportCatalogJson(*again).value(), canonical);
}

TEST_F(WorkspaceOffers, EditingACredentialKeepsTheCatalogsOffers) {
    const qint64 id = ws_->importCatalogJson(kOffersFile).value();
    const Catalog file = offersCatalog();
    // A one-time price on a credential that had none is an edit like any other, and the offers stay.
    const QByteArray csv = "id,title,cost,hours,grants,tags\n"
                           "google-data-analytics,Google Data Analytics,300,184,data-analysis@2,coursera-plus\n";
    auto imported = ws_->importCredentialsCsv(id, csv, QStringLiteral("edit.csv"));
    ASSERT_TRUE(imported.ok()) << describe(imported.error());
    const Catalog loaded = ws_->loadCatalog(id).value();
    EXPECT_EQ(loaded.offers, file.offers);
    EXPECT_TRUE(loaded.credentials.front().hasCost);
    EXPECT_EQ(loaded.credentials.front().cost, 300);
}

TEST_F(WorkspaceOffers, AStoredCatalogWithOffersPlansThroughItsOffers) {
    const qint64 catalog = ws_->importCatalogJson(kOffersFile).value();
    Client c;
    c.name = QStringLiteral("Ana");
    c.catalogId = catalog;
    c.profile.hoursPerWeek = 10;
    c.profile.start = Date::fromYmd(2027, 1, 4);
    const qint64 clientId = ws_->addClient(c).value();

    // Planned from what the workspace gives back, as the app and cairn-cli do.
    const Catalog stored = ws_->loadCatalog(catalog).value();
    const Client client = ws_->client(clientId).value();
    PlanRequest request;
    request.goal = "analyst";
    const Plan p = plan(stored, client.profile, request);
    ASSERT_EQ(p.status, PlanStatus::Optimal) << text::MessageWords::english().sentences(p.reason).toStdString();
    // The same plan as from the file itself (tests/cli/offer_output_test.cpp): five months at $49.
    ASSERT_EQ(p.payments.size(), 1u);
    EXPECT_EQ(p.payments.front().periods, 5);
    EXPECT_DOUBLE_EQ(p.payments.front().price, 49);
    EXPECT_DOUBLE_EQ(p.totals.cost, 245);
}

TEST(WorkspaceOffersSeed, TheBundledCatalogIsSeededWithItsOffersAndItsDemoClientsPlanThroughThem) {
    QFile resource(QStringLiteral(":/catalogs/cairn-catalog.json"));
    ASSERT_TRUE(resource.open(QIODevice::ReadOnly));
    auto bundled = io::readCatalog(resource.readAll(), resource.fileName());
    ASSERT_TRUE(bundled.ok());
    ASSERT_FALSE(bundled.value->offers.empty());
    auto ws = openOrFail(backend().location(QStringLiteral("seeded")), Workspace::Options{});
    ASSERT_TRUE(ws);
    EXPECT_TRUE(ws->seedProblems().empty())
        << cairn::text::LoadWords::english().lines(ws->seedProblems()).join(QLatin1Char('\n')).toStdString();
    const qint64 career = ws->findCatalog(QString::fromStdString(bundled.value->name)).value();
    EXPECT_EQ(ws->loadCatalog(career).value(), *bundled.value); // offers and prices as bundled

    // Jamal plans as the app and cairn-cli plan him: his profile against the catalog he is on.
    const Client jamal = ws->client(ws->findClient(QStringLiteral("Jamal Robinson")).value()).value();
    ASSERT_EQ(jamal.catalogId, career);
    PlanRequest request;
    request.goal = jamal.profile.goal;
    const Plan p = plan(ws->loadCatalog(career).value(), jamal.profile, request);
    ASSERT_TRUE(hasPlan(p.status)) << text::MessageWords::english().sentences(p.reason).toStdString();
    ASSERT_FALSE(p.payments.empty());
    const auto throughOffer = std::count_if(p.credentials.begin(), p.credentials.end(),
                                            [](const PlannedCredential& c) { return !c.offer.empty(); });
    EXPECT_GT(throughOffer, 0);
}

TEST_F(WorkspaceOffers, TheCredentialCsvCarriesNoOneTimePriceAsNone) {
    const qint64 id = ws_->importCatalogJson(kOffersFile).value();
    const QByteArray csv = ws_->exportCatalogCsv(id).value();
    EXPECT_TRUE(csv.contains("google-data-analytics,Google Data Analytics,Google,,none,184")) << csv.toStdString();
    // Importing the export changes nothing: a credential without a price does not become free.
    ASSERT_TRUE(ws_->importCredentialsCsv(id, csv, QStringLiteral("export.csv")).ok());
    EXPECT_EQ(ws_->loadCatalog(id).value(), offersCatalog());
    EXPECT_EQ(ws_->exportCatalogCsv(id).value(), csv);
}

TEST_F(WorkspaceOffers, NoneInTheCostColumnNeedsAnOfferThatCoversTheCredential) {
    const qint64 id = ws_->addCatalog(richCatalog(), QStringLiteral("No offers")).value();
    const QByteArray csv = "id,title,cost\nintro-sql,Intro to SQL,none\n";
    auto refused = ws_->importCredentialsCsv(id, csv, QStringLiteral("none.csv"));
    ASSERT_FALSE(refused.ok());
    const std::string text = describe(refused.error());
    EXPECT_NE(text.find("none.csv:2:1"), std::string::npos) << text;
    EXPECT_NE(text.find("intro-sql"), std::string::npos) << text;
    EXPECT_EQ(ws_->loadCatalog(id).value(), richCatalog()); // nothing changed

    // An empty cell still means a price of 0, as it always has.
    ASSERT_TRUE(ws_->importCredentialsCsv(id, "id,title,cost\nviz,Viz,\n", QStringLiteral("empty.csv")).ok());
    const Credential viz = ws_->loadCatalog(id)->credentials.back();
    EXPECT_TRUE(viz.hasCost);
    EXPECT_EQ(viz.cost, 0);

    auto bad = ws_->importCredentialsCsv(id, "id,title,cost\nviz,Viz,free\n", QStringLiteral("bad.csv"));
    ASSERT_FALSE(bad.ok());
    EXPECT_NE(describe(bad.error()).find("or none, for a credential sold only through an offer"), std::string::npos)
        << describe(bad.error());
}

TEST_F(WorkspaceOffers, AnOfferThatCannotBeReadBackIsReportedAsDamage) {
    const qint64 id = ws_->importCatalogJson(kOffersFile).value();
    ws_.reset();
    backend().execAll(path_, {QStringLiteral("UPDATE offers SET covers = '[\"cred:' WHERE id = 'gda-monthly'")});
    ws_ = openOrFail(path_, quiet());
    ASSERT_TRUE(ws_);
    auto loaded = ws_->loadCatalog(id);
    ASSERT_FALSE(loaded.ok());
    EXPECT_NE(describe(loaded.error()).find("The offer gda-monthly could not be read back"), std::string::npos)
        << describe(loaded.error());
}

TEST_F(WorkspaceOffers, MergingIntoACatalogWithOffersKeepsThemAndAddsNewOnes) {
    const qint64 id = ws_->importCatalogJson(kOffersFile).value();
    const Catalog file = offersCatalog();
    Catalog additions;
    Offer extra = file.offers.front();
    extra.id = "gda-quarterly";
    extra.price = 120;
    extra.period = Offer::Period::Year;
    additions.offers = {extra};
    auto merged = ws_->mergeIntoCatalog(id, additions, QStringLiteral("more.json"));
    ASSERT_TRUE(merged.ok()) << describe(merged.error());
    const Catalog after = ws_->loadCatalog(id).value();
    ASSERT_EQ(after.offers.size(), file.offers.size() + 1);
    EXPECT_EQ(after.offers.back(), extra);
    EXPECT_EQ(after.credentials, file.credentials);
}
