// Saved plans keep the offers they paid through: each credential's offer, the payments and the
// money by pace read back exactly, after the catalog's offers change or go, and snapshots saved
// before offers existed still read.
#include "store_fixtures.h"
#include "workspace_backends.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cairn/engine/planner.h>
#include <cairn/store/snapshot_json.h>
#include <cairn/text/message_words.h>
#include <gtest/gtest.h>

using namespace cairn;
using namespace cairn::store;
using namespace cairn::store::test;

namespace {

const QString kOffersFile = QStringLiteral(CAIRN_OFFERS_CATALOG);

class WorkspacePlanOffers : public ::testing::Test {
protected:
    void SetUp() override {
        path_ = backend().location(QStringLiteral("plan-offers"));
        ws_ = openOrFail(path_, quiet());
        ASSERT_TRUE(ws_);
        catalog_ = ws_->importCatalogJson(kOffersFile).value();
        Client c;
        c.name = QStringLiteral("Ana");
        c.catalogId = catalog_;
        c.profile.hoursPerWeek = 10;
        c.profile.start = Date::fromYmd(2027, 1, 4);
        client_ = c;
        client_.id = ws_->addClient(c).value();
    }

    /// Planned from what the workspace gives back, as the app and cairn-cli do.
    Plan planFor(const std::string& goal, double hoursPerWeek) const {
        Profile profile = client_.profile;
        profile.hoursPerWeek = hoursPerWeek;
        PlanRequest request;
        request.goal = goal;
        return plan(ws_->loadCatalog(catalog_).value(), profile, request);
    }

    SavedPlanInputs inputs(const std::string& goal) const {
        SavedPlanInputs in;
        in.catalogId = catalog_;
        in.profile = client_.profile;
        in.goal = goal;
        return in;
    }

    QString path_;
    std::unique_ptr<Workspace> ws_;
    qint64 catalog_ = 0;
    Client client_;
};

/// A plan that pays in every way there is: a one-time offer, a bundle, a subscription.
Plan everyKindOfPayment() {
    Plan p = samplePlan();
    p.credentials[0].offer = "sql-voucher";
    p.credentials[1].offer = "viz-pair";
    p.credentials[1].cost = 0;
    OfferPayment voucher;
    voucher.offer = "sql-voucher";
    voucher.title = "SQL exam voucher";
    voucher.kind = Offer::Kind::OneTime;
    voucher.price = 49.99;
    voucher.amount = 49.99;
    voucher.credentials = {"intro-sql"};
    OfferPayment pair;
    pair.offer = "viz-pair";
    pair.title = "Visualisation with training";
    pair.kind = Offer::Kind::Bundle;
    pair.price = 120;
    pair.amount = 120;
    pair.separately = 150; // what it saves is kept with the plan, to say why it was chosen
    pair.credentials = {"viz"};
    const OfferPayment monthly = platformMonthly({"viz"});
    p.payments = {voucher, pair, monthly};
    p.paceCosts = {{4, 316.99}, {8, 267.99}, {16, 218.99}};
    p.totals.cost = 267.99;
    return p;
}

} // namespace

TEST_F(WorkspacePlanOffers, ASavedPlanKeepsTheSubscriptionItPaidAndItsMoneyByPace) {
    // Google Data Analytics at 10 hours a week: five months at $49 (docs/planning-model.md).
    const Plan planned = planFor("analyst", 10);
    ASSERT_EQ(planned.status, PlanStatus::Optimal)
        << text::MessageWords::english().sentences(planned.reason).toStdString();
    ASSERT_EQ(planned.credentials.size(), 1u);
    ASSERT_EQ(planned.credentials.front().offer, "gda-monthly");
    ASSERT_EQ(planned.payments.size(), 1u);
    ASSERT_EQ(planned.payments.front().periods, 5);
    ASSERT_EQ(planned.paceCosts.size(), 3u);

    const qint64 id = ws_->savePlan(client_.id, inputs("analyst"), planned, QStringLiteral("Monthly"), {}).value();
    auto saved = ws_->plan(id);
    ASSERT_TRUE(saved.ok()) << describe(saved.error());
    EXPECT_EQ(saved->plan, planned);
    EXPECT_DOUBLE_EQ(saved->summary.cost, 245);
    EXPECT_EQ(saved->plan.paceCosts, (std::vector<PaceCost>{{5, 441}, {10, 245}, {20, 147}}));
}

TEST_F(WorkspacePlanOffers, AnOldPlanStillShowsWhatItCostAfterTheOffersChangeOrGo) {
    // Two certificates at 8 hours a week: one yearly Coursera Plus covers both.
    const Plan planned = planFor("pm-security", 8);
    ASSERT_TRUE(hasPlan(planned.status)) << text::MessageWords::english().sentences(planned.reason).toStdString();
    ASSERT_EQ(planned.payments.size(), 1u);
    ASSERT_EQ(planned.payments.front().offer, "coursera-plus-yearly");
    ASSERT_EQ(planned.payments.front().credentials.size(), 2u);
    const qint64 id = ws_->savePlan(client_.id, inputs("pm-security"), planned, QStringLiteral("Shared"), {}).value();

    // The yearly price goes up; the saved plan still says what it would have cost.
    Catalog dearer;
    Offer yearly = *ws_->loadCatalog(catalog_)->findOffer("coursera-plus-yearly");
    yearly.price = 599;
    dearer.offers = {yearly};
    ASSERT_TRUE(ws_->mergeIntoCatalog(catalog_, dearer, QStringLiteral("dearer.json")).ok());
    ASSERT_EQ(ws_->loadCatalog(catalog_)->findOffer("coursera-plus-yearly")->price, 599);
    EXPECT_EQ(ws_->plan(id)->plan, planned);
    EXPECT_DOUBLE_EQ(ws_->plan(id)->plan.payments.front().price, 399);

    // And so it does with the catalog gone.
    ASSERT_TRUE(ws_->deleteCatalog(catalog_).ok());
    auto after = ws_->plan(id);
    ASSERT_TRUE(after.ok()) << describe(after.error());
    EXPECT_EQ(after->plan, planned);
    for (const PlannedCredential& c : after->plan.credentials)
        EXPECT_EQ(c.offer, "coursera-plus-yearly") << c.id;
}

TEST_F(WorkspacePlanOffers, OneTimeOffersBundlesAndSubscriptionsReadBackExactly) {
    const Plan paid = everyKindOfPayment();
    const qint64 id = ws_->savePlan(client_.id, inputs("analyst"), paid, QStringLiteral("Every kind"), {}).value();
    EXPECT_EQ(ws_->plan(id)->plan, paid);
    // The client's export carries them too, as the snapshot holds them.
    const QJsonObject exported = QJsonDocument::fromJson(ws_->exportClientJson(client_.id).value()).object();
    const auto plans = exported.value(QStringLiteral("plans")).toArray();
    ASSERT_EQ(plans.size(), 1);
    EXPECT_EQ(planFromJson(plans[0].toObject().value(QStringLiteral("plan")).toObject()), paid);
}

TEST_F(WorkspacePlanOffers, ASnapshotSavedBeforeOffersStillReads) {
    // samplePlan() exactly as Cairn saved it before plans kept their offers: no "offer" on a
    // credential, no "payments", no "paceCosts".
    const QString old = QStringLiteral(
        R"({"credentials":[{"cohort":false,"cost":49.99,"creditCategory":"","creditsCounted":0,"end":"2027-01-18",)"
        R"("hours":12.5,"id":"intro-sql","reliesOn":[],"start":"2027-01-04","title":"Intro to SQL","why":[{"credits":0,)"
        R"("item":"skill:sql@1","kind":"goal","target":"analyst"}]},{"cohort":false,"cost":0,"creditCategory":"",)"
        R"("creditsCounted":0,"end":"2027-01-19","hours":0.1,"id":"viz","reliesOn":["intro-sql"],"start":"2027-01-18",)"
        R"("title":"Visualisation","why":[{"credits":0,"item":"skill:viz@2","kind":"goal","target":"analyst"}]}],)"
        R"("goal":"analyst","hoursPerWeek":8,"load":[[0,8],[1,4.6]],"objective":"cost","reason":"",)"
        R"("start":"2027-01-04","status":"optimal","totals":{"completion":"2027-01-19","cost":49.99,"credits":0,)"
        R"("hours":12.6,"weeks":3}})");
    const qint64 id = ws_->savePlan(client_.id, inputs("analyst"), samplePlan(), QStringLiteral("Old"), {}).value();
    ws_.reset();
    backend().execAll(path_, {QStringLiteral("UPDATE plans SET result = '%1' WHERE id = %2").arg(old).arg(id)});
    ws_ = openOrFail(path_, quiet());
    ASSERT_TRUE(ws_);
    auto saved = ws_->plan(id);
    ASSERT_TRUE(saved.ok()) << describe(saved.error());
    EXPECT_EQ(saved->plan, samplePlan());
    EXPECT_TRUE(saved->plan.payments.empty());
    EXPECT_TRUE(saved->plan.paceCosts.empty());
    for (const PlannedCredential& c : saved->plan.credentials)
        EXPECT_TRUE(c.offer.empty());
}

TEST_F(WorkspacePlanOffers, APaymentThatCannotBeReadBackIsReportedAsDamage) {
    const qint64 id =
        ws_->savePlan(client_.id, inputs("analyst"), everyKindOfPayment(), QStringLiteral("Paid"), {}).value();
    ws_.reset();
    // A kind no Cairn writes, and a subscription that lost its period.
    backend().execAll(path_, {QStringLiteral("UPDATE plans SET result = replace(result, '\"bundle\"', '\"barter\"')")});
    ws_ = openOrFail(path_, quiet());
    ASSERT_TRUE(ws_);
    auto damaged = ws_->plan(id);
    ASSERT_FALSE(damaged.ok());
    EXPECT_NE(describe(damaged.error()).find("The saved plan " + std::to_string(id) + " could not be read back"),
              std::string::npos)
        << describe(damaged.error());

    const qint64 other =
        ws_->savePlan(client_.id, inputs("analyst"), everyKindOfPayment(), QStringLiteral("Paid"), {}).value();
    ws_.reset();
    backend().execAll(path_, {QStringLiteral("UPDATE plans SET result = replace(result, '\"period\":\"month\"', "
                                             "'\"period\":\"none\"') WHERE id = %1")
                                  .arg(other)});
    ws_ = openOrFail(path_, quiet());
    ASSERT_TRUE(ws_);
    EXPECT_FALSE(ws_->plan(other).ok());
}

// A plan toward a credits goal keeps what the learner's earned credits counted, by category; a
// snapshot written before they were kept reads as none.
TEST(PlanSnapshot, CreditsEarnedBeforeReadBackExactly) {
    Plan plan;
    plan.status = PlanStatus::Optimal;
    plan.goal = "degree";
    plan.start = Date::fromYmd(2027, 1, 4);
    plan.totals.completion = plan.start.plusDays(30);
    plan.totals.credits = 6;
    plan.totals.creditsEarned = 30;
    plan.earnedCredits = {{"core", 24}, {"gen", 6}};
    EXPECT_EQ(planFromJson(planToJson(plan)), plan);
    QJsonObject older = planToJson(plan);
    older.remove(QStringLiteral("earnedCredits"));
    QJsonObject totals = older.value(QStringLiteral("totals")).toObject();
    totals.remove(QStringLiteral("creditsEarned"));
    older.insert(QStringLiteral("totals"), totals);
    const auto read = planFromJson(older);
    ASSERT_TRUE(read);
    EXPECT_DOUBLE_EQ(read->totals.creditsEarned, 0);
    EXPECT_TRUE(read->earnedCredits.empty());
}
