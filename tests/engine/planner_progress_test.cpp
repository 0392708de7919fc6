// The planner's progress reports (PlanRequest::onProgress): every plan reported is a plan of
// the question and better than the one before, every bound holds the optimum, and a cancel from
// a report keeps the plan reported.

#include "../support/synthetic_catalog.h"
#include "message_text.h"

#include <atomic>
#include <cairn/engine/planner.h>
#include <gtest/gtest.h>

using namespace cairn;

namespace {

Profile learner() {
    Profile p;
    p.name = "Learner";
    p.start = Date::fromYmd(2027, 1, 4);
    p.hoursPerWeek = 10;
    return p;
}

/// A plan's score in the unit of Plan::bound, for the objectives the tests use.
double scoreOf(const Plan& plan) {
    switch (plan.objective) {
    case Objective::Cost:
        return plan.totals.cost;
    case Objective::Effort:
        return plan.totals.hours;
    case Objective::Time:
        return plan.totals.completion.days() - plan.start.days();
    case Objective::Balanced:
    case Objective::CostToHold:  // not used here: its bound is on money plus fees
    case Objective::OutOfPocket: // not used here: its bound is on what the learner pays
        break;
    }
    return 0;
}

struct Tally {
    int plans = 0;
    int bounds = 0;
    int explaining = 0;
};

/// Plans the question, checks every report against the final answer, and counts them.
Plan planChecked(const Catalog& cat, const Profile& profile, PlanRequest request, Tally& tally) {
    std::vector<PlanProgress> reports;
    request.onProgress = [&](const PlanProgress& p) { reports.push_back(p); };
    const Plan final = plan(cat, profile, request);
    std::optional<double> lastValue, lastBound;
    for (const auto& r : reports) {
        if (r.explaining) {
            ++tally.explaining;
            EXPECT_EQ(final.status, PlanStatus::Infeasible) << "only a proven \"no plan\" is explained";
            EXPECT_FALSE(r.best || r.bound);
            EXPECT_EQ(&r, &reports.back()) << "the last report: the answer comes next";
            continue;
        }
        EXPECT_TRUE(r.best || r.bound) << "a report says something";
        if (r.best) {
            ++tally.plans;
            EXPECT_EQ(r.best->status, PlanStatus::Feasible);
            EXPECT_EQ(r.best->goal, request.goal);
            const double value = r.value.value_or(-1);
            EXPECT_NEAR(value, scoreOf(*r.best), 1e-6);
            if (lastValue) {
                EXPECT_LE(value, *lastValue + 1e-9) << "plans only improve";
            }
            lastValue = value;
            if (hasPlan(final.status)) {
                EXPECT_GE(value, scoreOf(final) - 1e-6) << "no plan reported beats the answer";
            }
        }
        if (r.bound) {
            ++tally.bounds;
            EXPECT_GT(*r.bound, 0.0);
            if (lastBound) {
                EXPECT_GE(*r.bound, *lastBound - 1e-9) << "bounds only rise";
            }
            lastBound = r.bound;
            if (final.status == PlanStatus::Optimal) {
                EXPECT_LE(*r.bound, scoreOf(final) + 1e-6) << "a bound never above the optimum";
            }
            if (r.best && r.gap && r.value) {
                EXPECT_NEAR(*r.gap, (*r.value - *r.bound) / *r.bound, 1e-9);
            }
        }
        EXPECT_GE(r.elapsed.count(), 0);
    }
    if (final.status == PlanStatus::Optimal && lastValue) {
        EXPECT_GE(*lastValue, scoreOf(final) - 1e-6);
    }
    return final;
}

} // namespace

TEST(PlanProgress, ReportsImprovingPlansAndBoundsThatHoldTheOptimum) {
    synthetic::LargeCatalogOptions o;
    o.credentials = 1000;
    o.goalItemsMin = 30;
    o.goalItemsMax = 40;
    const Catalog cat = synthetic::largeCatalog(11, o);
    Tally tally;
    for (const auto& goal : cat.goals)
        for (Objective objective : {Objective::Cost, Objective::Effort, Objective::Time}) {
            SCOPED_TRACE(goal.id + " " + toString(objective));
            PlanRequest request;
            request.goal = goal.id;
            request.objective = objective;
            const Plan p = planChecked(cat, learner(), request, tally);
            // (Some goals need skills beyond this catalog's reach: proven infeasible.)
            EXPECT_TRUE(p.status == PlanStatus::Optimal || p.status == PlanStatus::Infeasible)
                << cairn::test::words(p.reason);
        }
    EXPECT_GT(tally.plans, 0);
    EXPECT_GT(tally.bounds, 0);
}

TEST(PlanProgress, CreditsGoalsReportTheMipsPlansAndBounds) {
    // Credits goals go to the MIP at once: its plans and GLPK's bounds are what is reported.
    Tally tally;
    for (std::uint32_t seed = 1; seed <= 40; ++seed) {
        const synthetic::RandomCatalogOptions options{
            .credentials = 14, .skills = 6, .maxLevel = 3, .creditsGoal = true};
        const Catalog cat = synthetic::randomCatalog(seed, options);
        Profile profile = synthetic::randomProfile(seed, cat, options.skills, options.maxLevel);
        profile.deadline.reset();
        for (Objective objective : {Objective::Cost, Objective::Effort}) {
            SCOPED_TRACE("seed " + std::to_string(seed) + " " + toString(objective));
            PlanRequest request;
            request.goal = "goal";
            request.objective = objective;
            const Plan p = planChecked(cat, profile, request, tally);
            EXPECT_NE(p.status, PlanStatus::Unknown) << cairn::test::words(p.reason);
        }
    }
    EXPECT_GT(tally.plans, 0);
    EXPECT_GT(tally.bounds, 0);
}

TEST(PlanProgress, ACancelFromAReportKeepsAPlanAtLeastAsGood) {
    synthetic::LargeCatalogOptions o;
    o.credentials = 3000;
    o.goalItemsMin = 30;
    o.goalItemsMax = 40;
    const Catalog cat = synthetic::largeCatalog(11, o);
    int cancelled = 0;
    for (const auto& goal : cat.goals) {
        SCOPED_TRACE(goal.id);
        std::atomic<bool> cancel{false};
        std::optional<double> reported;
        PlanRequest request;
        request.goal = goal.id;
        request.cancel = &cancel;
        request.onProgress = [&](const PlanProgress& p) {
            if (p.best && !reported) {
                reported = p.value;
                cancel = true; // stop at the first plan
            }
        };
        const Plan p = plan(cat, learner(), request);
        if (!reported)
            continue;
        ++cancelled;
        ASSERT_TRUE(hasPlan(p.status)) << toString(p.status) << ": " << cairn::test::words(p.reason);
        EXPECT_LE(p.totals.cost, *reported + 1e-6);
    }
    EXPECT_GT(cancelled, 0);
}

TEST(PlanProgress, AProvenNoPlanSaysSoBeforeItsReasonIsWorkedOut) {
    synthetic::LargeCatalogOptions o;
    o.credentials = 1000;
    const Catalog cat = synthetic::largeCatalog(11, o);
    Tally tally;
    int noPlan = 0;
    for (const auto& goal : cat.goals) {
        SCOPED_TRACE(goal.id);
        PlanRequest request;
        request.goal = goal.id;
        request.budget = 1; // below every goal's cheapest plan
        const Plan p = planChecked(cat, learner(), request, tally);
        ASSERT_EQ(p.status, PlanStatus::Infeasible) << cairn::test::words(p.reason);
        ++noPlan;
    }
    EXPECT_EQ(tally.explaining, noPlan) << "one report for each";
}
