// The bound and gap of a plan not proven the best, worded from the planner's figures.
#include <cairn/engine/limits.h>
#include <cairn/text/message_words.h>
#include <cairn/text/plan_words.h>
#include <gtest/gtest.h>

namespace cairn::text {

namespace {

Plan feasible(Objective objective, double bound, std::optional<double> gap) {
    Plan p;
    p.status = PlanStatus::Feasible;
    p.objective = objective;
    p.start = Date::fromYmd(2027, 1, 4);
    p.totals.completion = p.start.plusDays(100);
    p.bound = bound;
    p.gap = gap;
    return p;
}

QString english(const Plan& plan) {
    return PlanWords("USD", Format::english()).bound(plan);
}

} // namespace

TEST(PlanWords, CostBoundAndGap) {
    EXPECT_EQ(english(feasible(Objective::Cost, 1248, 0.032)),
              QStringLiteral("No plan costs less than $1,248. This plan is at most 3.2% above the cheapest possible."));
}

TEST(PlanWords, HoursBoundIsWholeHours) {
    EXPECT_EQ(english(feasible(Objective::Effort, 120.75, 0.1)),
              QStringLiteral("No plan takes fewer than 120 hours. This plan takes at most 10.0% more hours than the "
                             "fewest possible."));
}

TEST(PlanWords, BalancedBoundIsMoneyOfMoneyAndTime) {
    EXPECT_EQ(english(feasible(Objective::Balanced, 2000.5, 0.0001)),
              QStringLiteral("No plan scores below $2,000.50 of money and time. This plan is within 0.1% of the best "
                             "possible."));
}

TEST(PlanWords, TimeBoundIsADateAndTheGapDays) {
    EXPECT_EQ(english(feasible(Objective::Time, 90, std::nullopt)),
              QStringLiteral("No plan finishes before 2027-04-04. This plan finishes at most 10 days after the "
                             "earliest possible."));
    // A bound from hours alone can lie past the last date Cairn schedules.
    const QString far = english(feasible(Objective::Time, 1e7, std::nullopt));
    EXPECT_TRUE(far.startsWith(
        QStringLiteral("No plan finishes by %1.").arg(QString::fromStdString(limits::lastDate().toIso()))))
        << far.toStdString();
}

// A bound of zero is true of every plan: the words say that nothing was proven instead of
// "No plan costs less than $0", for every objective.
TEST(PlanWords, AZeroBoundSaysNothingWasProven) {
    const QString nothing =
        QStringLiteral("The search stopped before it proved how close this plan is to the best possible.");
    for (Objective objective : {Objective::Cost, Objective::Effort, Objective::Balanced, Objective::Time})
        EXPECT_EQ(english(feasible(objective, 0, std::nullopt)), nothing) << toString(objective);
}

// The plan has reached its bound (0 hours for a plan of courses with no hours): its objective is
// the best possible, and what the time cut short was the tie-break, which the words say instead of
// a bound equal to the plan's own value.
TEST(PlanWords, APlanAtItsBoundSaysOnlyTheTieBreakIsUnsettled) {
    EXPECT_EQ(english(feasible(Objective::Effort, 0, 0.0)),
              QStringLiteral("No plan takes fewer hours than this one; one of as few hours that costs less was not "
                             "ruled out."));
    EXPECT_EQ(english(feasible(Objective::Cost, 1248, 0.0)),
              QStringLiteral("No plan costs less than this one; one of the same cost with fewer hours was not ruled "
                             "out."));
    EXPECT_EQ(english(feasible(Objective::Balanced, 2000.5, 0.0)),
              QStringLiteral("No plan scores better on money and time; one as good with fewer hours was not ruled "
                             "out."));
}

TEST(PlanWords, AnOptimalPlanHasNoBoundToWord) {
    Plan p = feasible(Objective::Cost, 10, 0.1);
    p.status = PlanStatus::Optimal;
    EXPECT_TRUE(english(p).isEmpty());
}

// A credits goal's credits: the plan's, and those earned before when they count too.
TEST(PlanWords, CreditsSayWhatWasEarnedBefore) {
    Plan plan;
    plan.totals.credits = 24;
    EXPECT_EQ(PlanWords("USD", Format::english()).credits(plan, 36), QStringLiteral("24 of 36"));
    plan.totals.credits = 6;
    plan.totals.creditsEarned = 30;
    EXPECT_EQ(PlanWords("USD", Format::english()).credits(plan, 36),
              QStringLiteral("6 from this plan and 30 earned before it, of 36 needed"));
}

// An infeasible budget whose cheapest plan was not proven within the explanation's work: the
// proven bound and the cheapest plan found, both above the budget.
TEST(PlanWords, ABudgetExplainedWithinItsWorkNamesTheBoundAndTheCheapestFound) {
    const Message why{Message::Code::BudgetTooSmallWithin,
                      {arg::money(5754.84, "USD"), arg::money(6013.78, "USD"), arg::money(6767.56, "USD")}};
    EXPECT_EQ(MessageWords::english().sentence(why),
              QStringLiteral("The budget is $5,754.84 but no plan costs less than $6,013.78; the cheapest found costs "
                             "$6,767.56."));
}

} // namespace cairn::text
