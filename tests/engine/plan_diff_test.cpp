#include <cairn/engine/plan_diff.h>
#include <gtest/gtest.h>

using namespace cairn;

namespace {

PlannedCredential planned(const std::string& id, Date start) {
    PlannedCredential pc;
    pc.id = id;
    pc.start = start;
    pc.end = start.plusDays(30);
    return pc;
}

} // namespace

// One diff serves the saved versions of a plan and the app's candidates: what came, what went,
// what stayed and moved, and each total's change, newer minus older.
TEST(PlanDiff, NamesWhatCameWentStayedAndMovedAndHowTheTotalsChanged) {
    const Date day = Date::fromYmd(2027, 1, 4);
    Plan from;
    from.status = PlanStatus::Optimal;
    from.goal = "analyst";
    from.credentials = {planned("a", day), planned("b", day), planned("c", day)};
    from.totals = {100, 40, 0, day.plusDays(60), 8};
    Plan to = from;
    to.objective = Objective::Time;
    to.credentials = {planned("d", day), planned("b", day.plusDays(7)), planned("a", day)};
    to.totals = {150, 30, 0, day.plusDays(50), 7};

    const PlanDiff d = diffPlans(from, to);
    EXPECT_EQ(d.added, std::vector<std::string>{"d"});
    EXPECT_EQ(d.removed, std::vector<std::string>{"c"});
    EXPECT_EQ(d.kept, (std::vector<std::string>{"b", "a"}));
    EXPECT_EQ(d.rescheduled, std::vector<std::string>{"b"});
    EXPECT_DOUBLE_EQ(d.costChange, 50);
    EXPECT_DOUBLE_EQ(d.hoursChange, -10);
    EXPECT_EQ(d.weeksChange, -1);
    EXPECT_EQ(d.daysChange, -10);
    EXPECT_TRUE(d.objectiveChanged);
    EXPECT_FALSE(d.goalChanged);
    EXPECT_FALSE(d.statusChanged);
    EXPECT_FALSE(d.sameCredentials());
    EXPECT_TRUE(diffPlans(from, from).sameCredentials());
}
