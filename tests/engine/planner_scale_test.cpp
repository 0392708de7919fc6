// The `time` objective and deadlines on catalogs of 1,000 and 10,000 credentials, held to an
// exact reference: without cohorts a plan finishes on the day its hours run out, so the soonest
// plan finishes on the day the fewest hours (the `effort` optimum, a different question) run
// out, a deadline one day earlier has no plan at all (a proof, not a stop), and the cheapest plan
// by that day is the soonest plan itself (its tie-break is money).
#include "../support/synthetic_catalog.h"
#include "message_text.h"

#include <cairn/engine/planner.h>
#include <cmath>
#include <gtest/gtest.h>

using cairn::test::words;

using namespace cairn;

namespace {

Profile learner() {
    Profile p;
    p.start = Date::fromYmd(2027, 1, 4);
    p.hoursPerWeek = 10;
    return p;
}

/// The day (from the start) on which `hours` at the learner's pace are done.
int dayHoursRunOut(double hours, double perWeek) {
    const auto h = std::llround(hours * 100), w = std::llround(perWeek * 100);
    return static_cast<int>((7 * h + w - 1) / w) - 1;
}

void checkTimeAgainstEffort(int credentials) {
    synthetic::LargeCatalogOptions o;
    o.credentials = credentials;
    o.fields = credentials / 50;
    const Catalog catalog = synthetic::largeCatalog(777u + static_cast<unsigned>(credentials), o);
    const Profile profile = learner();
    int compared = 0;
    for (const Goal& goal : catalog.goals) {
        SCOPED_TRACE(goal.id);
        PlanRequest request;
        request.goal = goal.id;
        request.objective = Objective::Effort;
        const Plan fewestHours = plan(catalog, profile, request);
        if (fewestHours.status == PlanStatus::Infeasible) // (a skill no credential grants)
            continue;
        ASSERT_EQ(fewestHours.status, PlanStatus::Optimal) << words(fewestHours.reason);
        if (fewestHours.credentials.empty())
            continue;
        const int earliest = dayHoursRunOut(fewestHours.totals.hours, profile.hoursPerWeek);

        request.objective = Objective::Time;
        const Plan soonest = plan(catalog, profile, request);
        ASSERT_EQ(soonest.status, PlanStatus::Optimal) << words(soonest.reason);
        EXPECT_EQ(soonest.totals.completion, profile.start.plusDays(earliest));
        EXPECT_LE(soonest.totals.cost, fewestHours.totals.cost + 1e-9); // money breaks the tie

        request.objective = Objective::Cost;
        request.deadline = profile.start.plusDays(earliest);
        const Plan cheapestByThen = plan(catalog, profile, request);
        ASSERT_EQ(cheapestByThen.status, PlanStatus::Optimal) << words(cheapestByThen.reason);
        EXPECT_NEAR(cheapestByThen.totals.cost, soonest.totals.cost, 1e-6);
        EXPECT_LE(cheapestByThen.totals.completion, *request.deadline);

        if (earliest > 0) {
            request.deadline = profile.start.plusDays(earliest - 1);
            const Plan tooSoon = plan(catalog, profile, request);
            EXPECT_EQ(tooSoon.status, PlanStatus::Infeasible) << words(tooSoon.reason);
        }
        ++compared;
    }
    EXPECT_GE(compared, 5);
}

} // namespace

TEST(PlannerScale, TimeAndDeadlinesMatchTheFewestHoursAt1000Credentials) {
    checkTimeAgainstEffort(1000);
}

// Minutes under a sanitizer or a loaded machine: ctest label `planner-slow`, not in the default
// run (tests/engine/CMakeLists.txt).
TEST(PlannerSlow, TimeAndDeadlinesMatchTheFewestHoursAt10000Credentials) {
    checkTimeAgainstEffort(10000);
}
