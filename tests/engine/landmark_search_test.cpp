// The landmark search (hitting sets over landmarks) against the branch and bound on catalogs
// too large for the brute-force reference: both are exact, so they must agree on the optimal
// money, hours and completion of every question, with pins, exclusions, completed credentials and budgets.

#include "../support/synthetic_catalog.h"
#include "detail/landmark_search.h"
#include "detail/plan_search.h"
#include "detail/planning_problem.h"
#include "detail/relaxed_closure.h"
#include "message_text.h"

#include <algorithm>
#include <atomic>
#include <cairn/engine/planner.h>
#include <chrono>
#include <gtest/gtest.h>
#include <iterator>
#include <random>

using cairn::test::words;

using namespace cairn;
using namespace cairn::detail;

namespace {

Profile randomLearner(std::mt19937& rng, const Catalog& cat) {
    std::uniform_int_distribution<int> coin(0, 99);
    Profile p;
    p.name = "Learner";
    p.start = Date::fromYmd(2027, 1, 4);
    p.hoursPerWeek = 10;
    for (const auto& s : cat.skills)
        if (coin(rng) < 10)
            p.skills.push_back({s.id, std::uniform_int_distribution<int>(1, 3)(rng)});
    for (const auto& c : cat.credentials) {
        const int r = coin(rng);
        if (r < 3)
            p.completed.push_back(c.id);
        else if (r < 6)
            p.excluded.push_back(c.id);
        else if (r < 7)
            p.pinned.push_back(c.id);
    }
    if (coin(rng) < 30)
        p.budget = std::uniform_int_distribution<int>(10, 80)(rng) * 100;
    return p;
}

} // namespace

TEST(LandmarkSearch, AgreesWithBranchAndBoundOnLayeredCatalogs) {
    int compared = 0;
    for (std::uint32_t seed = 1; seed <= 30; ++seed) {
        synthetic::LargeCatalogOptions o;
        o.credentials = 100 + static_cast<int>(seed) * 8;
        o.fields = 6;
        o.goals = 3;
        o.goalItemsMin = 5;
        o.goalItemsMax = 14;
        const Catalog cat = synthetic::largeCatalog(seed, o);
        std::mt19937 rng(seed * 7919u);
        for (const auto& goal : cat.goals) {
            const Profile profile = randomLearner(rng, cat);
            for (Objective objective : {Objective::Cost, Objective::Effort, Objective::Balanced, Objective::Time}) {
                PlanRequest request;
                request.goal = goal.id;
                request.objective = objective;
                const CompileOutcome compiled = compileProblem(cat, profile, request);
                if (!compiled.problem)
                    continue;
                SearchSpec spec;
                spec.primary = objective == Objective::Cost       ? Metric::Cost
                               : objective == Objective::Effort   ? Metric::Hours
                               : objective == Objective::Balanced ? Metric::Balanced
                                                                  : Metric::Completion;
                spec.secondary =
                    objective == Objective::Effort || objective == Objective::Time ? Metric::Cost : Metric::Hours;
                const SearchResult byLandmarks = searchPlan(*compiled.problem, spec);
                spec.landmarkSearch = false;
                const SearchResult byBranching = searchPlan(*compiled.problem, spec);
                SCOPED_TRACE("seed " + std::to_string(seed) + ", goal " + goal.id + ", objective " +
                             std::to_string(static_cast<int>(objective)));
                ASSERT_TRUE(byLandmarks.exhaustive);
                ASSERT_TRUE(byBranching.exhaustive);
                ASSERT_EQ(byLandmarks.found, byBranching.found);
                if (!byLandmarks.found)
                    continue;
                EXPECT_EQ(byLandmarks.primary, byBranching.primary);
                EXPECT_EQ(byLandmarks.secondary, byBranching.secondary);
                EXPECT_TRUE(orderPlan(*compiled.problem, byLandmarks.set).has_value());
                ++compared;
            }
        }
    }
    EXPECT_GT(compared, 160); // 208 questions have plans with these seeds
}

// The Pareto front's steps: the cheapest plan that finishes by a day, ties broken by the
// earlier finish. Without cohorts the landmark search answers them through an hours cap.
TEST(LandmarkSearch, AgreesWithBranchAndBoundUnderDeadlines) {
    int compared = 0, infeasible = 0;
    for (std::uint32_t seed = 1; seed <= 20; ++seed) {
        synthetic::LargeCatalogOptions o;
        o.credentials = 100 + static_cast<int>(seed) * 6;
        o.fields = 6;
        o.goals = 3;
        o.goalItemsMin = 5;
        o.goalItemsMax = 12;
        const Catalog cat = synthetic::largeCatalog(seed + 100, o);
        std::mt19937 rng(seed * 104729u);
        for (const auto& goal : cat.goals) {
            const Profile profile = randomLearner(rng, cat);
            PlanRequest request;
            request.goal = goal.id;
            const CompileOutcome compiled = compileProblem(cat, profile, request);
            if (!compiled.problem)
                continue;
            for (int day : {150, 300, 600, 1200}) {
                SearchSpec spec;
                spec.primary = Metric::Cost;
                spec.secondary = Metric::Completion;
                spec.maxCompletionDay = day;
                const SearchResult byLandmarks = searchPlan(*compiled.problem, spec);
                spec.landmarkSearch = false;
                const SearchResult byBranching = searchPlan(*compiled.problem, spec);
                SCOPED_TRACE("seed " + std::to_string(seed) + ", goal " + goal.id + ", day " + std::to_string(day));
                ASSERT_TRUE(byLandmarks.exhaustive);
                ASSERT_TRUE(byBranching.exhaustive);
                ASSERT_EQ(byLandmarks.found, byBranching.found);
                if (!byLandmarks.found) {
                    ++infeasible;
                    continue;
                }
                EXPECT_EQ(byLandmarks.primary, byBranching.primary);
                EXPECT_EQ(byLandmarks.secondary, byBranching.secondary);
                EXPECT_LE(byLandmarks.secondary, day);
                ++compared;
            }
        }
    }
    EXPECT_GT(compared, 50);   // 66 with these seeds
    EXPECT_GT(infeasible, 50); // 82: deadlines and budgets no plan meets
}

// A question stopped before it is settled says so: no plan is called optimal that was not
// proven, and "no plan" is never claimed for a search that did not finish.
TEST(LandmarkSearch, StopsWhenCancelledOrOutOfTime) {
    synthetic::LargeCatalogOptions o;
    o.credentials = 2000;
    o.fields = 40;
    const Catalog cat = synthetic::largeCatalog(77, o);
    const Profile profile = synthetic::plainLearner();

    std::atomic<bool> cancel{true};
    PlanRequest request;
    request.goal = cat.goals.front().id;
    request.cancel = &cancel;
    const Plan cancelled = plan(cat, profile, request);
    EXPECT_EQ(cancelled.status, PlanStatus::Unknown); // a plan may exist: nothing is proven
    EXPECT_NE(words(cancelled.reason).find("cancelled"), std::string::npos) << words(cancelled.reason);

    // Cancelled while running: the first progress report asks it to stop.
    cancel = false;
    int stoppedEarly = 0;
    for (const auto& goal : cat.goals) {
        request.goal = goal.id;
        request.progress = [&](long long) { cancel = true; };
        const Plan stopped = plan(cat, profile, request);
        cancel = false;
        request.progress = nullptr;
        const Plan full = plan(cat, profile, request);
        SCOPED_TRACE(goal.id);
        if (full.status == PlanStatus::Infeasible)
            continue;
        ASSERT_EQ(full.status, PlanStatus::Optimal);
        ASSERT_NE(stopped.status, PlanStatus::Optimal); // every search reports progress at least once
        ++stoppedEarly;
        if (stopped.status == PlanStatus::Feasible) {
            EXPECT_GE(stopped.totals.cost, full.totals.cost);
            ASSERT_TRUE(stopped.bound.has_value());
            EXPECT_LE(*stopped.bound, full.totals.cost + 1e-9); // a bound never exceeds the optimum
        } else {
            EXPECT_EQ(stopped.status, PlanStatus::Unknown);
            EXPECT_NE(words(stopped.reason).find("cancelled"), std::string::npos) << words(stopped.reason);
        }
    }
    EXPECT_GT(stoppedEarly, 5);

    // Out of time: whatever is returned is honest about it.
    for (const auto& goal : cat.goals) {
        request.goal = goal.id;
        request.timeLimit = std::chrono::milliseconds(0);
        const Plan full = plan(cat, profile, request);
        request.timeLimit = std::chrono::milliseconds(1);
        const Plan limited = plan(cat, profile, request);
        SCOPED_TRACE(goal.id);
        if (full.status == PlanStatus::Infeasible) {
            // Proven impossible within the millisecond, or stopped before that: never a plan.
            EXPECT_TRUE(limited.status == PlanStatus::Infeasible || limited.status == PlanStatus::Unknown);
            continue;
        }
        ASSERT_EQ(full.status, PlanStatus::Optimal);
        if (limited.status == PlanStatus::Optimal) {
            EXPECT_EQ(limited.totals.cost, full.totals.cost); // settled within the millisecond
            continue;
        }
        if (limited.status == PlanStatus::Feasible) {
            EXPECT_TRUE(limited.bound.has_value());
            EXPECT_GE(limited.totals.cost, full.totals.cost);
        } else {
            EXPECT_EQ(limited.status, PlanStatus::Unknown); // never "infeasible" when a plan exists
            EXPECT_NE(words(limited.reason).find("time limit"), std::string::npos) << words(limited.reason);
        }
    }
}

// A warm-up cut short by its share of the work (here after its first check) still hands on a
// plan: the candidate is completed greedily, so whatever takes over (the MIP) starts from a plan
// instead of searching for one. The plan is a plan, no better than the optimum, and its bound
// no higher; a cancel is obeyed at once, with no plan.
TEST(LandmarkSearch, AWarmUpCutShortStillHandsOnAPlan) {
    synthetic::LargeCatalogOptions o;
    o.credentials = 400;
    o.fields = 8;
    o.goals = 4;
    o.goalItemsMin = 8;
    o.goalItemsMax = 14;
    const Catalog cat = synthetic::largeCatalog(5, o);
    const Profile profile = synthetic::plainLearner();
    int completed = 0;
    for (const auto& goal : cat.goals)
        for (Objective objective : {Objective::Cost, Objective::Effort}) {
            PlanRequest request;
            request.goal = goal.id;
            request.objective = objective;
            const CompileOutcome compiled = compileProblem(cat, profile, request);
            ASSERT_TRUE(compiled.problem);
            const PlanningProblem& problem = *compiled.problem;
            SCOPED_TRACE(goal.id + " " + toString(objective));
            SearchSpec spec;
            spec.primary = objective == Objective::Cost ? Metric::Cost : Metric::Hours;
            spec.secondary = objective == Objective::Cost ? Metric::Hours : Metric::Cost;
            spec.mipSearch = false;
            SearchSpec cutShort = spec;
            cutShort.stopChecks = 1;
            const auto quick = searchWithLandmarks(problem, cutShort); // before any landmark is learned
            std::atomic<bool> cancel{true};
            SearchSpec cancelled = spec;
            cancelled.stop = StopClock(std::chrono::milliseconds(0), &cancel);
            const auto none = searchWithLandmarks(problem, cancelled);
            const auto exact = searchWithLandmarks(problem, spec);
            ASSERT_TRUE(quick && none && exact);
            ASSERT_TRUE(exact->found && exact->exhaustive);
            EXPECT_FALSE(none->found);
            EXPECT_FALSE(none->exhaustive);
            ASSERT_TRUE(quick->found);
            EXPECT_TRUE(orderPlan(problem, quick->set).has_value());
            EXPECT_GE(quick->primary, exact->primary);
            EXPECT_LE(quick->rootBound, exact->primary);
            completed += !quick->exhaustive;
        }
    EXPECT_GE(completed, 6); // most were cut short, not settled by the first check
}

namespace {

/// Whether `plan` still meets the goal without `drop` and without whatever relied on it.
bool canDoWithout(const PlanningProblem& problem, const std::vector<int>& plan, int drop,
                  const std::vector<int>& pinned) {
    RelaxedClosure closure(problem);
    std::vector<int> pending;
    std::copy_if(plan.begin(), plan.end(), std::back_inserter(pending), [drop](int c) { return c != drop; });
    closure.takeWhatFits(pending);
    return closure.goalMet(pinned);
}

} // namespace

// Every plan the landmark search finds, whether it finishes or is cut short anywhere, can do
// without none of its credentials: dropping one, together with the credentials that relied on
// it, loses the goal. A plan with a credential to spare is a worse start for whatever takes over
// from a search cut short, and a worse plan to show while the search goes on.
TEST(LandmarkSearch, EveryPlanItFindsCanSpareNothing) {
    synthetic::LargeCatalogOptions o;
    o.credentials = 300;
    o.fields = 6;
    o.goals = 4;
    o.goalItemsMin = 6;
    o.goalItemsMax = 12;
    int plans = 0;
    for (std::uint32_t seed = 1; seed <= 12; ++seed) {
        const Catalog cat = synthetic::largeCatalog(seed, o);
        std::mt19937 rng(seed);
        const Profile profile = seed % 2 ? synthetic::plainLearner() : randomLearner(rng, cat);
        for (const auto& goal : cat.goals)
            for (Objective objective : {Objective::Cost, Objective::Effort}) {
                PlanRequest request;
                request.goal = goal.id;
                request.objective = objective;
                const CompileOutcome compiled = compileProblem(cat, profile, request);
                if (!compiled.problem)
                    continue; // (a goal the catalog cannot reach is refused before any search)
                const PlanningProblem& problem = *compiled.problem;
                std::vector<int> pinned;
                for (std::size_t i = 0; i < problem.credentials.size(); ++i)
                    if (problem.credentials[i].mustTake())
                        pinned.push_back(static_cast<int>(i));
                const auto check = [&](const std::vector<int>& plan) {
                    ++plans;
                    for (int drop : plan) {
                        if (problem.credentials[static_cast<std::size_t>(drop)].mustTake())
                            continue;
                        EXPECT_FALSE(canDoWithout(problem, plan, drop, pinned))
                            << "seed " << seed << ", " << goal.id << ": could do without " << drop;
                    }
                };
                for (long long checks : {1LL, 3LL, 10LL, 0LL}) {
                    SearchSpec spec;
                    spec.primary = objective == Objective::Cost ? Metric::Cost : Metric::Hours;
                    spec.secondary = objective == Objective::Cost ? Metric::Hours : Metric::Cost;
                    spec.mipSearch = false;
                    spec.stopChecks = checks;
                    spec.news = [&check](const SearchNews& news) {
                        if (news.plan)
                            check(*news.plan);
                    };
                    const auto result = searchWithLandmarks(problem, spec);
                    if (result && result->found) // (none: a question the search does not take)
                        check(result->set);
                }
            }
    }
    EXPECT_GT(plans, 100);
}
