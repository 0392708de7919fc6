// Worked examples of funding and out-of-pocket money (docs/planning-model.md, "Funding and
// out-of-pocket money"): each figure is computed by hand from the model and checked exactly.
#include "message_text.h"
#include "support/money_examples.h"

#include <cairn/engine/planner.h>
#include <cairn/engine/validation.h>
#include <gtest/gtest.h>

namespace {

using namespace cairn;
using namespace cairn::test;

Credential credential(const std::string& id, const std::string& provider, double hours, std::optional<double> cost,
                      const std::string& skill) {
    return exampleCredential(id, provider, hours, cost, skill);
}

Catalog catalogOf(std::vector<Credential> credentials, Requirement goal, std::vector<Offer> offers = {}) {
    return exampleCatalog("funding", {"x", "y"}, std::move(credentials), std::move(offers), std::move(goal));
}

FundingSource employer(double cap, double share = 100, std::vector<std::string> covers = {}) {
    FundingSource s;
    s.name = "Acme tuition assistance";
    s.kind = FundingSource::Kind::Employer;
    s.share = share;
    s.cap = cap;
    s.capPer = FundingSource::CapPer::Year;
    s.covers = std::move(covers);
    return s;
}

Profile learner(Date start, std::vector<FundingSource> funding) {
    Profile p;
    p.hoursPerWeek = 10;
    p.start = start;
    p.funding = std::move(funding);
    return p;
}

Plan planFor(const Catalog& catalog, const Profile& profile, Objective objective = Objective::OutOfPocket,
             std::optional<double> budget = std::nullopt) {
    EXPECT_FALSE(hasErrors(validate(catalog)));
    PlanRequest request;
    request.goal = "goal";
    request.objective = objective;
    request.budget = budget;
    return plan(catalog, profile, request);
}

std::vector<std::string> ids(const Plan& plan) {
    std::vector<std::string> out;
    for (const auto& c : plan.credentials)
        out.push_back(c.id);
    return out;
}

// Two $4,000 credentials and $5,250 a year: the long one first puts the second bill in January,
// although the catalog (and the cheapest plan's order) has the short one first.
const Catalog kTwoYears =
    catalogOf({credential("short", "CompTIA", 40, 4000, "y"), credential("long", "CompTIA", 200, 4000, "x")},
              Requirement::all({Requirement::skill("x", 1), Requirement::skill("y", 1)}));

TEST(FundingExamples, AYearlyCapMakesATwoYearScheduleFree) {
    const Profile profile = learner(Date::fromYmd(2027, 9, 6), {employer(5250)});
    const Plan plan = planFor(kTwoYears, profile);
    ASSERT_EQ(plan.status, PlanStatus::Optimal) << words(plan.reason);
    EXPECT_EQ(ids(plan), (std::vector<std::string>{"long", "short"}));
    EXPECT_EQ(plan.credentials[1].start, Date::fromYmd(2028, 1, 24)); // 200 h at 10 h a week: 140 days
    EXPECT_DOUBLE_EQ(plan.totals.cost, 8000);
    EXPECT_DOUBLE_EQ(plan.outOfPocket, 0);
    ASSERT_EQ(plan.years.size(), 2u);
    EXPECT_EQ(plan.years[0], (YearMoney{2027, 4000, 4000, 0}));
    EXPECT_EQ(plan.years[1], (YearMoney{2028, 4000, 4000, 0}));
    ASSERT_EQ(plan.funding.size(), 2u);
    EXPECT_EQ(plan.funding[0], (FundingPaid{"Acme tuition assistance", FundingSource::Kind::Employer, 2027, 4000}));
    EXPECT_EQ(plan.funding[1], (FundingPaid{"Acme tuition assistance", FundingSource::Kind::Employer, 2028, 4000}));
}

TEST(FundingExamples, TheCheapestOrderPaysBothBillsInOneYear) {
    // The cost objective takes the short one first: both bills in 2027, $8,000 against $5,250.
    const Profile profile = learner(Date::fromYmd(2027, 9, 6), {employer(5250)});
    const Plan plan = planFor(kTwoYears, profile, Objective::Cost);
    ASSERT_EQ(plan.status, PlanStatus::Optimal);
    EXPECT_DOUBLE_EQ(plan.outOfPocket, 2750);
    ASSERT_EQ(plan.years.size(), 1u);
    EXPECT_EQ(plan.years[0], (YearMoney{2027, 8000, 5250, 2750}));
}

TEST(FundingExamples, TheSamePlanStartedInJanuaryStaysInOneYear) {
    const Profile profile = learner(Date::fromYmd(2027, 1, 4), {employer(5250)});
    const Plan plan = planFor(kTwoYears, profile);
    ASSERT_EQ(plan.status, PlanStatus::Optimal) << words(plan.reason);
    EXPECT_DOUBLE_EQ(plan.outOfPocket, 2750);
    EXPECT_DOUBLE_EQ(plan.totals.cost, 8000);
}

// The employer pays only for CompTIA: its $400 exam beats a $100 course the learner pays alone.
const Catalog kTwoProviders = catalogOf(
    {credential("security-plus", "CompTIA", 30, 400, "x"), credential("udemy-security", "Udemy", 30, 100, "x")},
    Requirement::skill("x", 1));

TEST(FundingExamples, AProviderRestrictedEmployerPlanPaysOnlyForItsProviders) {
    const Profile profile = learner(Date::fromYmd(2027, 1, 4), {employer(5250, 100, {"provider:CompTIA"})});
    const Plan own = planFor(kTwoProviders, profile);
    ASSERT_EQ(own.status, PlanStatus::Optimal) << words(own.reason);
    EXPECT_EQ(ids(own), std::vector<std::string>{"security-plus"});
    EXPECT_DOUBLE_EQ(own.outOfPocket, 0);
    EXPECT_DOUBLE_EQ(own.totals.cost, 400);

    const Plan cheapest = planFor(kTwoProviders, profile, Objective::Cost);
    EXPECT_EQ(ids(cheapest), std::vector<std::string>{"udemy-security"});
    EXPECT_DOUBLE_EQ(cheapest.outOfPocket, 100);
    EXPECT_TRUE(cheapest.funding.empty());
}

TEST(FundingExamples, OnATieInWhatTheLearnerPaysLessMoneyWins) {
    // 75% of $400 leaves $100, as much as the Udemy course: the cheaper plan wins the tie.
    const Profile profile = learner(Date::fromYmd(2027, 1, 4), {employer(5250, 75, {"provider:CompTIA"})});
    const Plan plan = planFor(kTwoProviders, profile);
    ASSERT_EQ(plan.status, PlanStatus::Optimal) << words(plan.reason);
    EXPECT_EQ(ids(plan), std::vector<std::string>{"udemy-security"});
    EXPECT_DOUBLE_EQ(plan.outOfPocket, 100);
}

TEST(FundingExamples, SourcesPayInTheProfilesOrderAndATotalCapSpansYears) {
    // A grant of $4,500 in total pays after the employer's $2,000 a year.
    FundingSource grant;
    grant.name = "WIOA";
    grant.kind = FundingSource::Kind::Grant;
    grant.cap = 4500;
    grant.capPer = FundingSource::CapPer::Total;
    const Profile profile = learner(Date::fromYmd(2027, 9, 6), {employer(2000), grant});
    const Plan plan = planFor(kTwoYears, profile);
    ASSERT_EQ(plan.status, PlanStatus::Optimal) << words(plan.reason);
    // Each year: $2,000 employer, then the grant: $2,000 in 2027, $2,000 in 2028, ($500 left).
    EXPECT_DOUBLE_EQ(plan.outOfPocket, 0);
    ASSERT_EQ(plan.funding.size(), 4u);
    EXPECT_EQ(plan.funding[2], (FundingPaid{"WIOA", FundingSource::Kind::Grant, 2027, 2000}));
    EXPECT_EQ(plan.funding[3], (FundingPaid{"WIOA", FundingSource::Kind::Grant, 2028, 2000}));
}

TEST(FundingExamples, ASubscriptionIsPaidPerPeriodInTheYearEachBegins) {
    // 184 h at 10 h a week from 2027-10-04: five months, $49 each, three of them in 2027.
    const Offer monthly = exampleSubscription("gda-monthly", 49, Offer::Period::Month, {"cred:gda"});
    const Catalog catalog =
        catalogOf({credential("gda", "Google", 184, std::nullopt, "x")}, Requirement::skill("x", 1), {monthly});
    const Plan plan = planFor(catalog, learner(Date::fromYmd(2027, 10, 4), {employer(100)}));
    ASSERT_EQ(plan.status, PlanStatus::Optimal) << words(plan.reason);
    ASSERT_EQ(plan.payments.size(), 1u);
    EXPECT_EQ(plan.payments[0].periodStarts,
              (std::vector<Date>{Date::fromYmd(2027, 10, 4), Date::fromYmd(2027, 11, 3), Date::fromYmd(2027, 12, 3),
                                 Date::fromYmd(2028, 1, 2), Date::fromYmd(2028, 2, 1)}));
    ASSERT_EQ(plan.years.size(), 2u);
    EXPECT_EQ(plan.years[0], (YearMoney{2027, 147, 100, 47}));
    EXPECT_EQ(plan.years[1], (YearMoney{2028, 98, 98, 0}));
    EXPECT_DOUBLE_EQ(plan.outOfPocket, 47);
}

TEST(FundingExamples, ABudgetCanLimitWhatTheLearnerPays) {
    Profile profile = learner(Date::fromYmd(2027, 9, 6), {employer(5250)});
    profile.budgetOn = BudgetBasis::OutOfPocket;
    const Plan free = planFor(kTwoYears, profile, Objective::OutOfPocket, 0);
    ASSERT_EQ(free.status, PlanStatus::Optimal) << words(free.reason);
    EXPECT_DOUBLE_EQ(free.outOfPocket, 0);

    profile.start = Date::fromYmd(2027, 1, 4); // both bills in one year: $2,750 is left
    const Plan none = planFor(kTwoYears, profile, Objective::OutOfPocket, 1000);
    EXPECT_EQ(none.status, PlanStatus::Infeasible);
    EXPECT_EQ(words(none.reason), "No plan keeps what you pay within the out-of-pocket budget of $1,000.");

    // Another objective cannot read it, and says so rather than limiting total money.
    const Plan other = planFor(kTwoYears, profile, Objective::Cost, 1000);
    EXPECT_EQ(other.status, PlanStatus::Unknown);
    EXPECT_EQ(words(other.reason), "A budget on out-of-pocket money is planned with the out-of-pocket objective; "
                                   "this objective limits total money.");
}

TEST(FundingExamples, ABudgetOnTotalMoneyStillLimitsTheTotal) {
    const Profile profile = learner(Date::fromYmd(2027, 9, 6), {employer(5250)});
    const Plan plan = planFor(kTwoYears, profile, Objective::OutOfPocket, 7000);
    EXPECT_EQ(plan.status, PlanStatus::Infeasible) << words(plan.reason);
}

TEST(FundingExamples, WithoutFundingTheLearnerPaysEverything) {
    const Plan plan = planFor(kTwoYears, learner(Date::fromYmd(2027, 9, 6), {}));
    ASSERT_EQ(plan.status, PlanStatus::Optimal) << words(plan.reason);
    EXPECT_DOUBLE_EQ(plan.outOfPocket, 8000);
    EXPECT_TRUE(plan.funding.empty());
}

} // namespace
