// The greedy plan that searches hand on when they must give some plan rather than none: on
// layered catalogs, whatever the order of preference, it finds a plan whenever one exists, it
// can do without none of its credentials, and it is never better than the optimum.

#include "../support/synthetic_catalog.h"
#include "detail/credit_assignment.h"
#include "detail/plan_heuristics.h"
#include "detail/plan_search.h"
#include "detail/plan_weights.h"
#include "detail/planning_problem.h"
#include "support/degree_catalog.h"

#include <algorithm>
#include <atomic>
#include <cairn/engine/planner.h>
#include <gtest/gtest.h>
#include <numeric>
#include <random>

using namespace cairn;
using namespace cairn::detail;

namespace {

Amount weightOf(const std::vector<Amount>& weights, const std::vector<int>& set) {
    Amount total = 0;
    for (int c : set)
        total += weights[static_cast<std::size_t>(c)];
    return total;
}

} // namespace

TEST(GreedyPlan, IsAPlanWhenOneExistsAndCanDoWithoutNoneOfIt) {
    int withPlan = 0, withoutPlan = 0;
    for (std::uint32_t seed = 1; seed <= 8; ++seed) {
        synthetic::LargeCatalogOptions o;
        o.credentials = 120 + static_cast<int>(seed) * 15;
        o.fields = 5;
        o.goals = 4;
        o.goalItemsMin = 4;
        o.goalItemsMax = 12;
        const Catalog cat = synthetic::largeCatalog(seed, o);
        Profile profile = synthetic::plainLearner();
        std::mt19937 rng(seed);
        for (const auto& c : cat.credentials)
            if (std::uniform_int_distribution<int>(0, 99)(rng) < 15)
                profile.excluded.push_back(c.id);
        for (const auto& goal : cat.goals) {
            PlanRequest request;
            request.goal = goal.id;
            const CompileOutcome compiled = compileProblem(cat, profile, request);
            if (!compiled.problem)
                continue;
            const PlanningProblem& problem = *compiled.problem;
            SCOPED_TRACE("seed " + std::to_string(seed) + " goal " + goal.id);
            SearchSpec spec;
            spec.mipSearch = false;
            const SearchResult optimum = searchPlan(problem, spec);
            ASSERT_TRUE(optimum.exhaustive);
            std::vector<int> pinned;
            for (std::size_t i = 0; i < problem.credentials.size(); ++i)
                if (problem.credentials[i].mustTake())
                    pinned.push_back(static_cast<int>(i));
            std::vector<int> preference(problem.credentials.size());
            std::iota(preference.begin(), preference.end(), 0);
            const auto weights = metricWeights(problem, Metric::Cost);
            for (int order = 0; order < 4; ++order) {
                std::shuffle(preference.begin(), preference.end(), rng);
                const auto plan = greedyPlan(problem, preference, pinned, pinned, StopClock());
                ASSERT_EQ(plan.has_value(), optimum.found);
                if (!plan)
                    continue;
                ++withPlan;
                ASSERT_TRUE(orderPlan(problem, *plan).has_value());
                for (int c : pinned)
                    EXPECT_TRUE(std::binary_search(plan->begin(), plan->end(), c));
                EXPECT_GE(weightOf(weights, *plan), optimum.primary);
                for (int drop : *plan) {
                    if (problem.credentials[static_cast<std::size_t>(drop)].mustTake())
                        continue;
                    std::vector<int> without;
                    std::copy_if(plan->begin(), plan->end(), std::back_inserter(without),
                                 [drop](int c) { return c != drop; });
                    EXPECT_FALSE(orderPlan(problem, without).has_value()) << "could do without " << drop;
                }
            }
            // Without the credentials it would need, none.
            if (!orderPlan(problem, pinned)) {
                EXPECT_FALSE(greedyPlan(problem, {}, pinned, pinned, StopClock()));
                ++withoutPlan;
            }
            // Asked to stop, it gives nothing rather than a plan it has not finished (unless
            // what it starts from is a plan already).
            std::atomic<bool> cancel{true};
            const auto stopped =
                greedyPlan(problem, preference, pinned, pinned, StopClock(std::chrono::milliseconds(0), &cancel));
            if (stopped) {
                EXPECT_EQ(*stopped, pinned);
            }
        }
    }
    EXPECT_GT(withPlan, 40);
    EXPECT_GT(withoutPlan, 0);
}

// Dropping a credential can strand another that relied on it; the rule drops both when the goal
// holds without them, whichever of the two comes first. Here the goal is met by what "fast"
// gives or by what "follow-on" gives; "foundation" (dropped first) is the prerequisite of
// "follow-on", and a plan with "fast" can spare both. Checking "is what is left a plan" instead would keep
// "foundation", as "follow-on" could then not be taken.
TEST(GreedyPlan, DropsACredentialWithWhatReliedOnIt) {
    Catalog cat;
    cat.name = "Spare";
    cat.currency = "USD";
    cat.skills = {{"x", "X", {}, {}, {}, {}}, {"y", "Y", {}, {}, {}, {}}, {"z", "Z", {}, {}, {}, {}}};
    const auto credential = [](std::string id, double cost, std::string grants, Requirement prerequisites) {
        Credential c;
        c.id = id;
        c.title = id;
        c.provider = "P";
        c.cost = cost;
        c.hours = 10;
        c.grants = {{std::move(grants), 1}};
        c.prerequisites = std::move(prerequisites);
        return c;
    };
    cat.credentials = {credential("foundation", 500, "y", Requirement::none()),
                       credential("follow-on", 20, "z", Requirement::skill("y")),
                       credential("fast", 100, "x", Requirement::none())};
    Goal goal;
    goal.id = "g";
    goal.title = "Goal";
    goal.requirement = Requirement::any({Requirement::skill("x"), Requirement::skill("z")});
    cat.goals = {goal};
    PlanRequest request;
    request.goal = "g";
    const CompileOutcome compiled = compileProblem(cat, synthetic::plainLearner(), request);
    ASSERT_TRUE(compiled.problem);
    const PlanningProblem& problem = *compiled.problem;
    const auto index = [&](const std::string& id) {
        for (std::size_t i = 0; i < problem.credentials.size(); ++i)
            if (cat.credentials[static_cast<std::size_t>(problem.credentials[i].catalogIndex)].id == id)
                return static_cast<int>(i);
        return -1;
    };
    const int foundation = index("foundation"), followOn = index("follow-on"), fast = index("fast");
    ASSERT_GE(std::min({foundation, followOn, fast}), 0);
    // Least preferred first: foundation, then follow-on, then fast.
    std::vector<std::size_t> rank(problem.credentials.size(), 0);
    rank[static_cast<std::size_t>(foundation)] = 1;
    rank[static_cast<std::size_t>(followOn)] = 2;
    rank[static_cast<std::size_t>(fast)] = 3;
    RelaxedClosure closure(problem);
    const auto plan = withoutWhatItCanSpare(closure, {foundation, followOn, fast}, {}, rank);
    EXPECT_EQ(plan, std::vector<int>{fast});
}

// A credits goal's greedy plan has the credits: in total and in each category's minimum, taking
// what opens the way to a credential with credits when none that lacks them can be taken yet,
// and dropping what the sums can do without.
TEST(GreedyPlan, HasACreditsGoalsCreditsAndTakesTheWayToThem) {
    test::DegreeCatalog degree(6, {{"math", 3.0, std::nullopt}});
    degree.cat.skills = {{"algebra", "Algebra", {}, {}, {}, {}}};
    degree.course("art", 10, 3, {"arts"});
    degree.course("essay", 10, 3, {"writing"});
    degree.course("calculus", 10, 3, {"math"}).prerequisites = Requirement::skill("algebra");
    degree.credential("algebra", 10, 10).grants = {{"algebra", 1}};
    const Catalog& cat = degree.cat;
    PlanRequest request;
    request.goal = "goal";
    const CompileOutcome compiled = compileProblem(cat, synthetic::plainLearner(), request);
    ASSERT_TRUE(compiled.problem);
    const PlanningProblem& problem = *compiled.problem;
    std::vector<int> preference; // art, essay, calculus, algebra
    for (const char* id : {"art", "essay", "calculus", "algebra"})
        for (std::size_t i = 0; i < problem.credentials.size(); ++i)
            if (cat.credentials[static_cast<std::size_t>(problem.credentials[i].catalogIndex)].id == id)
                preference.push_back(static_cast<int>(i));
    ASSERT_EQ(preference.size(), 4U);
    const auto plan = greedyPlan(problem, preference, {}, {}, StopClock());
    ASSERT_TRUE(plan);
    // art and essay have the six credits but no math; calculus needs algebra first; then essay
    // is spare.
    std::vector<int> expected = {preference[0], preference[2], preference[3]};
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(*plan, expected);
    EXPECT_TRUE(assignCredits(problem, *plan).feasible);
}
