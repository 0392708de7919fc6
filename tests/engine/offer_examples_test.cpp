// Worked examples of money as credentials are sold (docs/planning-model.md, "Money"): each
// figure below is computed by hand from the model and checked exactly.
#include "message_text.h"
#include "support/money_examples.h"

#include <cairn/engine/plan_diff.h>
#include <cairn/engine/planner.h>
#include <cairn/engine/validation.h>
#include <gtest/gtest.h>

namespace {

using namespace cairn;
using namespace cairn::test;

Credential credential(const std::string& id, double hours, std::optional<double> cost, const std::string& skill,
                      std::vector<std::string> tags = {}) {
    return exampleCredential(id, "P", hours, cost, skill, std::move(tags));
}

Offer subscription(const std::string& id, double price, Offer::Period period, std::vector<std::string> covers) {
    return exampleSubscription(id, price, period, std::move(covers));
}

Catalog catalogOf(std::vector<Credential> credentials, std::vector<Offer> offers, Requirement goal) {
    return exampleCatalog("examples", {"data", "pm", "security", "x", "y"}, std::move(credentials), std::move(offers),
                          std::move(goal));
}

Plan planAt(const Catalog& catalog, double hoursPerWeek, Objective objective = Objective::Cost) {
    EXPECT_FALSE(hasErrors(validate(catalog)));
    Profile profile;
    profile.hoursPerWeek = hoursPerWeek;
    profile.start = Date::fromYmd(2027, 1, 4);
    PlanRequest request;
    request.goal = "goal";
    request.objective = objective;
    return plan(catalog, profile, request);
}

const OfferPayment& onlyPayment(const Plan& plan) {
    EXPECT_EQ(plan.payments.size(), 1u);
    return plan.payments.front();
}

// Google Data Analytics, 184 h, $49 a month: 3, 5 and 9 months at 20, 10 and 5 hours a week.
TEST(OfferExamples, AMonthlyCertificateCostsWhatThePaceMakesIt) {
    const Catalog catalog =
        catalogOf({credential("google-data-analytics", 184, std::nullopt, "data")},
                  {subscription("gda-monthly", 49, Offer::Period::Month, {"cred:google-data-analytics"})},
                  Requirement::skill("data", 2));
    for (const auto& [pace, months] : {std::pair{20.0, 3}, {10.0, 5}, {5.0, 9}}) {
        const Plan plan = planAt(catalog, pace);
        ASSERT_EQ(plan.status, PlanStatus::Optimal) << pace;
        EXPECT_EQ(onlyPayment(plan).periods, months) << pace;
        EXPECT_DOUBLE_EQ(plan.totals.cost, 49.0 * months) << pace;
        EXPECT_EQ(plan.credentials.at(0).offer, "gda-monthly");
        EXPECT_DOUBLE_EQ(plan.credentials.at(0).cost, 49.0 * months);
    }
    // The same plan at half and twice the learner's pace: $441 at 5 h, $245 at 10 h, $147 at 20 h.
    const Plan plan = planAt(catalog, 10);
    ASSERT_EQ(plan.paceCosts.size(), 3u);
    EXPECT_DOUBLE_EQ(plan.paceCosts[0].hoursPerWeek, 5);
    EXPECT_DOUBLE_EQ(plan.paceCosts[0].cost, 441);
    EXPECT_DOUBLE_EQ(plan.paceCosts[1].cost, 245);
    EXPECT_DOUBLE_EQ(plan.paceCosts[2].hoursPerWeek, 20);
    EXPECT_DOUBLE_EQ(plan.paceCosts[2].cost, 147);
    // The subscription starts with the study and runs for whole periods.
    EXPECT_EQ(onlyPayment(plan).start, Date::fromYmd(2027, 1, 4));
    EXPECT_EQ(onlyPayment(plan).end, Date::fromYmd(2027, 1, 4).plusDays(5 * 30 - 1));
}

// Google Project Management and Google Cybersecurity, 152 h each at 8 h a week: 5 months each on
// their own subscriptions ($490), 9 months on Coursera Plus monthly ($531), one year ($399).
TEST(OfferExamples, TwoCertificatesShareTheYearlyAllAccessSubscription) {
    const std::vector<Offer> offers{subscription("gpm-monthly", 49, Offer::Period::Month, {"cred:gpm"}),
                                    subscription("gcs-monthly", 49, Offer::Period::Month, {"cred:gcs"}),
                                    subscription("plus-monthly", 59, Offer::Period::Month, {"tag:coursera-plus"}),
                                    subscription("plus-yearly", 399, Offer::Period::Year, {"tag:coursera-plus"})};
    const Requirement both = Requirement::all({Requirement::skill("pm", 2), Requirement::skill("security", 2)});
    const Catalog catalog = catalogOf({credential("gpm", 152, 294, "pm", {"coursera-plus"}),
                                       credential("gcs", 152, 294, "security", {"coursera-plus"})},
                                      offers, both);
    const Plan plan = planAt(catalog, 8);
    ASSERT_EQ(plan.status, PlanStatus::Optimal);
    EXPECT_DOUBLE_EQ(plan.totals.cost, 399);
    EXPECT_EQ(onlyPayment(plan).offer, "plus-yearly");
    EXPECT_EQ(onlyPayment(plan).periods, 1);
    EXPECT_EQ(onlyPayment(plan).credentials, (std::vector<std::string>{"gpm", "gcs"}));
    // Why it shares: bought one by one, each would take its own 5 months at $49.
    EXPECT_DOUBLE_EQ(onlyPayment(plan).separately, 490);
    // Without the yearly plan, the two monthly subscriptions ($490) beat Plus monthly ($531).
    Catalog monthly = catalog;
    monthly.offers.pop_back();
    const Plan twoSubscriptions = planAt(monthly, 8);
    ASSERT_EQ(twoSubscriptions.status, PlanStatus::Optimal);
    EXPECT_DOUBLE_EQ(twoSubscriptions.totals.cost, 490);
    EXPECT_EQ(twoSubscriptions.payments.size(), 2u);
}

// CFI's FMVA and BIDA, $497 each as listed, both covered by one $497 yearly subscription.
TEST(OfferExamples, OneSubscriptionCoversTwoCertificatesListedSeparately) {
    const Catalog catalog =
        catalogOf({credential("fmva", 120, 497, "x", {"cfi"}), credential("bida", 100, 497, "y", {"cfi"})},
                  {subscription("cfi-full-immersion", 497, Offer::Period::Year, {"tag:cfi"})},
                  Requirement::all({Requirement::skill("x", 2), Requirement::skill("y", 2)}));
    const Plan plan = planAt(catalog, 10);
    ASSERT_EQ(plan.status, PlanStatus::Optimal);
    EXPECT_DOUBLE_EQ(plan.totals.cost, 497);
    EXPECT_EQ(plan.credentials.at(0).offer, "cfi-full-immersion");
    EXPECT_DOUBLE_EQ(plan.credentials.at(0).cost, 0); // shared: the payment carries the money
    EXPECT_DOUBLE_EQ(onlyPayment(plan).separately, 994);
}

// Two 40 h certificates, $49 a month each, or $59 a month for both: at 10 h a week each takes
// 28 days (2 × $49 = $98 against 2 × $59); at 20 h a week both fit one month of Plus ($59).
TEST(OfferExamples, MoreHoursAWeekSwitchFromSeparateSubscriptionsToTheSharedOne) {
    const Catalog catalog =
        catalogOf({credential("a", 40, std::nullopt, "x", {"plus"}), credential("b", 40, std::nullopt, "y", {"plus"})},
                  {subscription("a-monthly", 49, Offer::Period::Month, {"cred:a"}),
                   subscription("b-monthly", 49, Offer::Period::Month, {"cred:b"}),
                   subscription("plus-monthly", 59, Offer::Period::Month, {"tag:plus"})},
                  Requirement::all({Requirement::skill("x", 2), Requirement::skill("y", 2)}));
    const Plan slow = planAt(catalog, 10);
    ASSERT_EQ(slow.status, PlanStatus::Optimal);
    EXPECT_DOUBLE_EQ(slow.totals.cost, 98);
    EXPECT_EQ(slow.payments.size(), 2u);
    for (const OfferPayment& own : slow.payments)
        EXPECT_DOUBLE_EQ(own.separately, 0) << own.offer; // nothing shared, nothing to compare
    const Plan fast = planAt(catalog, 20);
    ASSERT_EQ(fast.status, PlanStatus::Optimal);
    EXPECT_DOUBLE_EQ(fast.totals.cost, 59);
    EXPECT_EQ(onlyPayment(fast).offer, "plus-monthly");
    EXPECT_DOUBLE_EQ(onlyPayment(fast).separately, 98);
    // The switch, as the window explains it when the hours change.
    const PlanDiff diff = diffPlans(slow, fast);
    EXPECT_EQ(diff.offersAdded, (std::vector<std::string>{"plus-monthly"}));
    EXPECT_EQ(diff.offersDropped, (std::vector<std::string>{"a-monthly", "b-monthly"}));
    EXPECT_TRUE(diff.sameCredentials());
    EXPECT_FALSE(diff.sameOffers());
    EXPECT_TRUE(diffPlans(fast, fast).sameOffers());
}

// A $450 bundle of two $300 credentials: bought only when the goal needs both.
TEST(OfferExamples, ABundleWinsOnlyWhenBothOfItsCredentialsAreNeeded) {
    Offer bundle;
    bundle.id = "exam-and-training";
    bundle.title = "Exam and training";
    bundle.provider = "P";
    bundle.kind = Offer::Kind::Bundle;
    bundle.price = 450;
    bundle.covers = {"cred:exam", "cred:training"};
    const std::vector<Credential> credentials{credential("exam", 10, 300, "x"), credential("training", 30, 300, "y")};
    const Plan one = planAt(catalogOf(credentials, {bundle}, Requirement::skill("x", 2)), 10);
    ASSERT_EQ(one.status, PlanStatus::Optimal);
    EXPECT_DOUBLE_EQ(one.totals.cost, 300);
    EXPECT_TRUE(one.payments.empty());
    EXPECT_EQ(one.credentials.at(0).offer, "");
    const Plan both = planAt(
        catalogOf(credentials, {bundle}, Requirement::all({Requirement::skill("x", 2), Requirement::skill("y", 2)})),
        10);
    ASSERT_EQ(both.status, PlanStatus::Optimal);
    EXPECT_DOUBLE_EQ(both.totals.cost, 450);
    EXPECT_EQ(onlyPayment(both).offer, "exam-and-training");
    EXPECT_EQ(onlyPayment(both).credentials.size(), 2u);
    EXPECT_DOUBLE_EQ(onlyPayment(both).separately, 600);
}

// A budget between the two prices: only the shared subscription fits it.
TEST(OfferExamples, TheBudgetCountsTheMoneyOfTheOffersChosen) {
    const Catalog catalog =
        catalogOf({credential("a", 40, 100, "x", {"plus"}), credential("b", 40, 100, "y", {"plus"})},
                  {subscription("plus-monthly", 59, Offer::Period::Month, {"tag:plus"})},
                  Requirement::all({Requirement::skill("x", 2), Requirement::skill("y", 2)}));
    Profile profile;
    profile.hoursPerWeek = 20;
    profile.start = Date::fromYmd(2027, 1, 4);
    PlanRequest request;
    request.goal = "goal";
    request.budget = 60;
    const Plan plan = cairn::plan(catalog, profile, request);
    ASSERT_EQ(plan.status, PlanStatus::Optimal);
    EXPECT_DOUBLE_EQ(plan.totals.cost, 59);
    request.budget = 58;
    const Plan none = cairn::plan(catalog, profile, request);
    EXPECT_EQ(none.status, PlanStatus::Infeasible);
    EXPECT_NE(words(none.reason).find("$59"), std::string::npos) << words(none.reason);
}

} // namespace
