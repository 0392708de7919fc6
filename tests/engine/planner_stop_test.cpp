// Four honest answers and a time limit that holds in every phase: a stop never proves that no
// plan exists, compilation and dominance stop when asked, and a long prerequisite chain — the
// easiest catalog there is — is planned optimally at once (it used to run out of time and be
// reported as impossible).
#include "../support/synthetic_catalog.h"
#include "detail/dominance.h"
#include "detail/landmarks.h"
#include "detail/plan_weights.h"
#include "detail/planning_problem.h"
#include "message_text.h"

#include <atomic>
#include <cairn/engine/planner.h>
#include <gtest/gtest.h>

using cairn::test::words;

using namespace cairn;
using namespace cairn::detail;

namespace {

/// Step i needs the skill step i-1 grants; the goal needs the last step's skill. With `rivals`,
/// each step also has a dearer, quicker second credential granting the same skill.
Catalog chainCatalog(int steps, bool rivals = false) {
    Catalog cat;
    cat.name = "chain";
    for (int i = 0; i < steps; ++i)
        cat.skills.push_back({"s" + std::to_string(i), "Step " + std::to_string(i), {}, {}, {}, {}});
    for (int i = 0; i < steps; ++i) {
        Credential c;
        c.id = "c" + std::to_string(i);
        c.title = "Step " + std::to_string(i);
        c.provider = "Chain School";
        c.cost = 100 + i % 7;
        c.hours = 10 + i % 5;
        c.grants.push_back({"s" + std::to_string(i), 1});
        if (i > 0)
            c.prerequisites = Requirement::skill("s" + std::to_string(i - 1), 1);
        if (rivals) {
            Credential b = c;
            b.id += "b";
            b.title += "b";
            b.cost += 50;
            b.hours -= 2;
            cat.credentials.push_back(std::move(b));
        }
        cat.credentials.push_back(std::move(c));
    }
    Goal g;
    g.id = "end";
    g.title = "End of the chain";
    g.requirement = Requirement::skill("s" + std::to_string(steps - 1), 1);
    cat.goals.push_back(std::move(g));
    return cat;
}

Profile chainLearner() {
    Profile p;
    p.name = "Chain learner";
    p.start = Date::fromYmd(2027, 1, 4);
    // 10,000 steps of about 12 hours: at 40 hours a week the schedule ends in the 2080s, well
    // inside the years Cairn schedules (at 10 it would run past 2200 and rightly be refused).
    p.hoursPerWeek = 40;
    return p;
}

/// A catalog where many credentials are dominated: each skill has a cheap, quick credential and
/// several dearer ones that give no more.
Catalog dominatedCatalog(int skills, int copies) {
    Catalog cat;
    for (int s = 0; s < skills; ++s)
        cat.skills.push_back({"s" + std::to_string(s), "Skill " + std::to_string(s), {}, {}, {}, {}});
    for (int s = 0; s < skills; ++s)
        for (int k = 0; k < copies; ++k) {
            Credential c;
            c.id = "c" + std::to_string(s) + "-" + std::to_string(k);
            c.title = c.id;
            c.provider = "P";
            c.cost = 10 + k;
            c.hours = 5 + k;
            c.grants.push_back({"s" + std::to_string(s), 1});
            cat.credentials.push_back(std::move(c));
        }
    Goal g;
    g.id = "all";
    g.title = "All skills";
    std::vector<Requirement> items;
    for (int s = 0; s < skills; ++s)
        items.push_back(Requirement::skill("s" + std::to_string(s), 1));
    g.requirement = Requirement::all(std::move(items));
    cat.goals.push_back(std::move(g));
    return cat;
}

} // namespace

TEST(PlannerStop, ATenThousandStepChainIsPlannedOptimally) {
    const Catalog cat = chainCatalog(10000);
    PlanRequest request;
    request.goal = "end";
    request.timeLimit = std::chrono::seconds(600); // far beyond what it needs; the answer must be proven
    double cost = 0, hours = 0;
    for (const auto& c : cat.credentials) {
        cost += c.cost;
        hours += c.hours;
    }
    for (Objective objective : {Objective::Cost, Objective::Effort, Objective::Time}) {
        request.objective = objective;
        const Plan p = plan(cat, chainLearner(), request);
        SCOPED_TRACE(toString(objective));
        ASSERT_EQ(p.status, PlanStatus::Optimal) << words(p.reason);
        ASSERT_EQ(p.credentials.size(), 10000u);
        EXPECT_EQ(p.credentials.front().id, "c0");
        EXPECT_EQ(p.credentials.back().id, "c9999");
        EXPECT_DOUBLE_EQ(p.totals.cost, cost);
        EXPECT_DOUBLE_EQ(p.totals.hours, hours);
    }
}

TEST(PlannerStop, AChainWithTwoWaysToEachStepIsPlannedOptimally) {
    const Catalog cat = chainCatalog(2000, true);
    PlanRequest request;
    request.goal = "end";
    request.timeLimit = std::chrono::seconds(600);
    double cheapest = 0, quickest = 0;
    for (const auto& c : cat.credentials)
        if (c.id.back() == 'b')
            quickest += c.hours;
        else
            cheapest += c.cost;
    request.objective = Objective::Cost;
    const Plan byCost = plan(cat, chainLearner(), request);
    ASSERT_EQ(byCost.status, PlanStatus::Optimal) << words(byCost.reason);
    EXPECT_EQ(byCost.credentials.size(), 2000u);
    EXPECT_DOUBLE_EQ(byCost.totals.cost, cheapest);
    request.objective = Objective::Effort;
    const Plan byHours = plan(cat, chainLearner(), request);
    ASSERT_EQ(byHours.status, PlanStatus::Optimal) << words(byHours.reason);
    EXPECT_DOUBLE_EQ(byHours.totals.hours, quickest);
}

TEST(PlannerStop, EveryCredentialOfAChainIsForced) {
    const Catalog cat = chainCatalog(50);
    PlanRequest request;
    request.goal = "end";
    const CompileOutcome compiled = compileProblem(cat, chainLearner(), request);
    ASSERT_TRUE(compiled.problem);
    ASSERT_EQ(compiled.problem->credentials.size(), 50u);
    for (const auto& c : compiled.problem->credentials)
        EXPECT_TRUE(c.forced) << cat.credentials[static_cast<std::size_t>(c.catalogIndex)].id;
}

TEST(PlannerStop, CompilationStopsWhenCancelled) {
    const Catalog cat = chainCatalog(5000);
    PlanRequest request;
    request.goal = "end";
    const std::atomic<bool> cancel{true};
    const CompileOutcome compiled = compileProblem(cat, chainLearner(), request, StopClock({}, &cancel));
    EXPECT_TRUE(compiled.stopped);
    EXPECT_FALSE(compiled.problem);
    EXPECT_FALSE(compiled.infeasibleReason);
}

/// The compiled problem with a dearer copy of every credential added: each copy is dominated.
PlanningProblem withDearerCopies(PlanningProblem p) {
    const std::size_t n = p.credentials.size();
    for (std::size_t i = 0; i < n; ++i) {
        CredentialLocal copy = p.credentials[i];
        copy.cost += 100;
        for (int a : copy.provides)
            p.atoms[static_cast<std::size_t>(a)].providers.push_back(static_cast<int>(n + i));
        p.credentials.push_back(std::move(copy));
    }
    return p;
}

TEST(PlannerStop, DominanceStopsWhenCancelled) {
    const Catalog cat = dominatedCatalog(40, 30);
    PlanRequest request;
    request.goal = "all";
    const CompileOutcome compiled = compileProblem(cat, chainLearner(), request);
    ASSERT_TRUE(compiled.problem);
    PlanningProblem finished = withDearerCopies(*compiled.problem);
    EXPECT_EQ(removeDominated(finished), 40);
    const std::atomic<bool> cancel{true};
    PlanningProblem stopped = withDearerCopies(*compiled.problem);
    EXPECT_EQ(removeDominated(stopped, StopClock({}, &cancel)), 0);
    EXPECT_EQ(stopped.credentials.size(), 80u);
}

TEST(PlannerStop, DominanceStillDropsTheDearerCopies) {
    const Catalog cat = dominatedCatalog(40, 30);
    PlanRequest request;
    request.goal = "all";
    const CompileOutcome compiled = compileProblem(cat, chainLearner(), request);
    ASSERT_TRUE(compiled.problem);
    EXPECT_EQ(compiled.problem->credentials.size(), 40u); // one per skill: the cheapest
}

TEST(PlannerStop, LandmarksStopWhenCancelled) {
    const Catalog cat = synthetic::largeCatalog(3, synthetic::LargeCatalogOptions{});
    PlanRequest request;
    request.goal = cat.goals.front().id;
    const CompileOutcome compiled = compileProblem(cat, chainLearner(), request);
    ASSERT_TRUE(compiled.problem);
    const auto weights = metricWeights(*compiled.problem, Metric::Cost);
    const Landmarks full = computeLandmarks(*compiled.problem, weights);
    ASSERT_FALSE(full.sets.empty());
    const std::atomic<bool> cancel{true};
    const Landmarks stopped = computeLandmarks(*compiled.problem, weights, StopClock({}, &cancel));
    EXPECT_TRUE(stopped.sets.empty());
    EXPECT_FALSE(stopped.unreachable);
}

TEST(PlannerStop, ACancelBeforeTheStartIsUnknownNotInfeasible) {
    const Catalog cat = chainCatalog(20);
    PlanRequest request;
    request.goal = "end";
    const std::atomic<bool> cancel{true};
    request.cancel = &cancel;
    for (Objective objective : {Objective::Cost, Objective::Effort, Objective::Balanced, Objective::Time}) {
        request.objective = objective;
        const Plan p = plan(cat, chainLearner(), request);
        EXPECT_EQ(p.status, PlanStatus::Unknown) << toString(objective);
        EXPECT_NE(words(p.reason).find("cancelled"), std::string::npos) << words(p.reason);
        EXPECT_TRUE(p.credentials.empty());
    }
    PlanStatus whyEmpty = PlanStatus::Optimal;
    EXPECT_TRUE(paretoFront(cat, chainLearner(), request, &whyEmpty).empty());
    EXPECT_EQ(whyEmpty, PlanStatus::Unknown);
}

TEST(PlannerStop, AProvenImpossibleGoalIsStillInfeasible) {
    Catalog cat = chainCatalog(20);
    cat.goals.front().requirement = Requirement::skill("s19", 2); // nothing grants level 2
    PlanRequest request;
    request.goal = "end";
    const Plan p = plan(cat, chainLearner(), request);
    EXPECT_EQ(p.status, PlanStatus::Infeasible);
    PlanStatus whyEmpty = PlanStatus::Optimal;
    EXPECT_TRUE(paretoFront(cat, chainLearner(), request, &whyEmpty).empty());
    EXPECT_EQ(whyEmpty, PlanStatus::Infeasible);
}

TEST(PlannerStop, ACancelDuringTheSearchKeepsTheBestPlanWithABound) {
    // Cancelled from the progress report after a fixed amount of work, so the stop is
    // reproducible: whatever comes back is a plan with a proven bound, or unknown.
    synthetic::LargeCatalogOptions o;
    o.credentials = 3000;
    o.goalItemsMin = 30;
    o.goalItemsMax = 40;
    const Catalog cat = synthetic::largeCatalog(11, o);
    int feasible = 0;
    for (const auto& goal : cat.goals)
        for (Objective objective : {Objective::Cost, Objective::Effort}) {
            PlanRequest request;
            request.goal = goal.id;
            request.objective = objective;
            long long reports = 0;
            request.progress = [&](long long) { ++reports; };
            const Plan full = plan(cat, chainLearner(), request);
            const long long total = reports;
            if (full.status != PlanStatus::Optimal || total < 2)
                continue;
            // Again, cancelled at its last progress report: a plan is usually known by then.
            std::atomic<bool> cancel{false};
            request.cancel = &cancel;
            reports = 0;
            request.progress = [&](long long) {
                if (++reports == total - 1)
                    cancel = true;
            };
            const Plan p = plan(cat, chainLearner(), request);
            SCOPED_TRACE(goal.id + " " + toString(objective));
            ASSERT_NE(p.status, PlanStatus::Infeasible) << words(p.reason);
            if (p.status != PlanStatus::Feasible)
                continue;
            ++feasible;
            ASSERT_TRUE(p.bound.has_value());
            const double value = objective == Objective::Cost ? p.totals.cost : p.totals.hours;
            const double optimum = objective == Objective::Cost ? full.totals.cost : full.totals.hours;
            EXPECT_GT(*p.bound, 0.0);
            EXPECT_LE(*p.bound, optimum + 1e-9); // a bound, never above the best plan
            EXPECT_GE(value, optimum - 1e-9);
            ASSERT_TRUE(p.gap.has_value());
            EXPECT_NEAR(*p.gap, (value - *p.bound) / *p.bound, 1e-9);
        }
    EXPECT_GT(feasible, 0);
}
