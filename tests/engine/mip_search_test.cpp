// The MIP search against the exact combinatorial searches (landmarks and branch and bound,
// themselves checked against brute force in planner_reference_test.cpp), and the solver
// interface on its own: exact ties, credits with category rules, cycles that need landmark
// rows, stops and malformed models.

#include "../support/synthetic_catalog.h"
#include "detail/credit_bound.h"
#include "detail/lp_solver.h"
#include "detail/mip_search.h"
#include "detail/plan_search.h"
#include "detail/plan_weights.h"
#include "detail/planning_problem.h"
#include "detail/search_portfolio.h"
#include "support/degree_catalog.h"

#include <atomic>
#include <cairn/engine/planner.h>
#include <functional>
#include <gtest/gtest.h>
#include <random>

using namespace cairn;
using namespace cairn::detail;
using cairn::test::DegreeCatalog;

namespace {

SearchSpec specOf(Objective objective) {
    SearchSpec spec;
    spec.primary = objective == Objective::Cost     ? Metric::Cost
                   : objective == Objective::Effort ? Metric::Hours
                                                    : Metric::Balanced;
    spec.secondary = objective == Objective::Effort ? Metric::Cost : Metric::Hours;
    return spec;
}

struct Agreement {
    int compared = 0;
    int withPlan = 0;
    int relaxationOnlyUnproven = 0; ///< answers the relaxation alone left open
};

/// The MIP and the combinatorial searches agree on whether a plan exists and on both totals;
/// the MIP's plan is a plan.
void expectAgreement(const PlanningProblem& problem, const SearchSpec& spec, Agreement& tally) {
    SearchSpec exact = spec;
    exact.mipSearch = false;
    const SearchResult expected = searchPlan(problem, exact);
    const auto byMip = searchWithMip(problem, spec);
    ASSERT_TRUE(byMip.has_value());
    ASSERT_TRUE(expected.exhaustive);
    ASSERT_TRUE(byMip->exhaustive);
    ++tally.compared;
    ASSERT_EQ(byMip->found, expected.found);
    if (!expected.found)
        return;
    ++tally.withPlan;
    EXPECT_EQ(byMip->primary, expected.primary);
    EXPECT_EQ(byMip->secondary, expected.secondary);
    EXPECT_EQ(byMip->rootBound, byMip->primary);
    EXPECT_TRUE(orderPlan(problem, byMip->set).has_value());
    // Started from the searches' optimal plan, it proves the same optimum; asked again, it
    // returns the same plan.
    const auto warm = searchWithMip(problem, spec, &expected);
    ASSERT_TRUE(warm && warm->found && warm->exhaustive);
    EXPECT_EQ(warm->primary, expected.primary);
    EXPECT_EQ(warm->secondary, expected.secondary);
    EXPECT_EQ(searchWithMip(problem, spec)->set, byMip->set);
    // Started from a plan that is not optimal, it still finds the optimum.
    SearchSpec swapped = exact;
    std::swap(swapped.primary, swapped.secondary);
    const SearchResult other = searchPlan(problem, swapped);
    ASSERT_TRUE(other.found);
    const auto fromOther = searchWithMip(problem, spec, &other);
    ASSERT_TRUE(fromOther && fromOther->found && fromOther->exhaustive);
    EXPECT_EQ(fromOther->primary, expected.primary);
    EXPECT_EQ(fromOther->secondary, expected.secondary);
    // Stopped after one node in each solve, the search is honest: a plan it returns is a plan,
    // no better than the optimum, with a bound no higher; a proof is a proof.
    SearchSpec oneNode = spec;
    oneNode.mipNodes = 1;
    const auto stopped = searchWithMip(problem, oneNode);
    ASSERT_TRUE(stopped.has_value());
    if (stopped->found) {
        EXPECT_TRUE(orderPlan(problem, stopped->set).has_value());
        EXPECT_GE(stopped->primary, expected.primary);
        EXPECT_LE(stopped->rootBound, expected.primary);
    }
    if (stopped->exhaustive) {
        EXPECT_TRUE(stopped->found);
        EXPECT_EQ(stopped->primary, expected.primary);
        EXPECT_EQ(stopped->secondary, expected.secondary);
    }
    // Stopped after its relaxation (as on large models when an infeasible answer is explained):
    // the relaxation's bound and the plan rounded from it, both honest.
    SearchSpec relaxationOnly = spec;
    relaxationOnly.relaxationOnlyAbove = 0;
    const auto relaxed = searchWithMip(problem, relaxationOnly);
    ASSERT_TRUE(relaxed.has_value());
    EXPECT_LE(relaxed->rootBound, expected.primary);
    if (relaxed->found) {
        EXPECT_TRUE(orderPlan(problem, relaxed->set).has_value());
        EXPECT_GE(relaxed->primary, expected.primary);
    }
    if (relaxed->exhaustive) {
        EXPECT_TRUE(relaxed->found);
        EXPECT_EQ(relaxed->primary, expected.primary);
        EXPECT_EQ(relaxed->secondary, expected.secondary);
    } else {
        ++tally.relaxationOnlyUnproven;
    }
}

Credential credential(std::string id, double cost, double hours, std::vector<SkillLevel> grants = {},
                      Requirement prerequisites = Requirement::none()) {
    Credential c;
    c.id = id;
    c.title = id;
    c.provider = "Provider";
    c.cost = cost;
    c.hours = hours;
    c.grants = std::move(grants);
    c.prerequisites = std::move(prerequisites);
    return c;
}

Profile learner() {
    Profile p;
    p.name = "Learner";
    p.start = Date::fromYmd(2027, 1, 4);
    p.hoursPerWeek = 10;
    return p;
}

std::optional<SearchResult> mipPlan(const Catalog& cat, const Profile& profile, Objective objective) {
    PlanRequest request;
    request.goal = "goal";
    request.objective = objective;
    const CompileOutcome compiled = compileProblem(cat, profile, request);
    if (!compiled.problem)
        return std::nullopt;
    return searchWithMip(*compiled.problem, specOf(objective));
}

/// The goal every question here asks for: "goal", met by `requirement`.
void addGoal(Catalog& cat, Requirement requirement) {
    Goal goal;
    goal.id = "goal";
    goal.title = "Goal";
    goal.requirement = std::move(requirement);
    cat.goals.push_back(goal);
}

std::vector<std::string> idsOf(const Catalog& cat, const PlanningProblem& p, const std::vector<int>& set) {
    std::vector<std::string> ids;
    for (int i : set)
        ids.push_back(
            cat.credentials[static_cast<std::size_t>(p.credentials[static_cast<std::size_t>(i)].catalogIndex)].id);
    return ids;
}

/// Every question of small random catalogs (seeds 1 to `seeds`; with a credits goal or a
/// career goal) that compiles, for money, hours and balanced, with no deadline.
void forEachSmallQuestion(std::uint32_t seeds, bool creditsGoal,
                          const std::function<void(const PlanningProblem&, Objective)>& ask) {
    for (std::uint32_t seed = 1; seed <= seeds; ++seed) {
        const synthetic::RandomCatalogOptions options{
            .credentials = 8 + static_cast<int>(seed % 7), .skills = 6, .maxLevel = 3, .creditsGoal = creditsGoal};
        const Catalog cat = synthetic::randomCatalog(seed, options);
        Profile profile = synthetic::randomProfile(seed, cat, options.skills, options.maxLevel);
        profile.deadline.reset();
        for (Objective objective : {Objective::Cost, Objective::Effort, Objective::Balanced}) {
            PlanRequest request;
            request.goal = "goal";
            request.objective = objective;
            const CompileOutcome compiled = compileProblem(cat, profile, request);
            if (!compiled.problem)
                continue;
            SCOPED_TRACE("seed " + std::to_string(seed) + (creditsGoal ? " credits" : "") + " objective " +
                         toString(objective));
            ask(*compiled.problem, objective);
        }
    }
}

} // namespace

TEST(MipSearch, AgreesWithExactSearchesOnSmallRandomCatalogs) {
    Agreement tally;
    for (bool credits : {false, true})
        forEachSmallQuestion(150, credits, [&](const PlanningProblem& problem, Objective objective) {
            expectAgreement(problem, specOf(objective), tally);
        });
    EXPECT_GT(tally.withPlan, tally.compared / 4) << tally.withPlan << " of " << tally.compared;
    EXPECT_GT(tally.relaxationOnlyUnproven, 0); // the stop after the relaxation was reached
}

TEST(MipSearch, AgreesWithExactSearchesOnLayeredCatalogs) {
    Agreement tally;
    for (std::uint32_t seed = 1; seed <= 6; ++seed) {
        synthetic::LargeCatalogOptions o;
        o.credentials = 150 + static_cast<int>(seed) * 20;
        o.fields = 6;
        o.goals = 3;
        o.goalItemsMin = 5;
        o.goalItemsMax = 12;
        const Catalog cat = synthetic::largeCatalog(seed, o);
        Profile profile = learner();
        if (seed % 2 == 0)
            profile.budget = 1500.0 * static_cast<double>(seed);
        for (const auto& goal : cat.goals)
            for (Objective objective : {Objective::Cost, Objective::Effort, Objective::Balanced}) {
                PlanRequest request;
                request.goal = goal.id;
                request.objective = objective;
                const CompileOutcome compiled = compileProblem(cat, profile, request);
                if (!compiled.problem)
                    continue;
                SCOPED_TRACE("seed " + std::to_string(seed) + " goal " + goal.id + " objective " + toString(objective));
                expectAgreement(*compiled.problem, specOf(objective), tally);
            }
    }
    EXPECT_GT(tally.withPlan, tally.compared / 2) << tally.withPlan << " of " << tally.compared;
}

// Money ties exactly and hours differ by one hundredth, at amounts where a relative tolerance
// of 1e-9 would call the two plans equal: the tie-break must still pick the faster one.
TEST(MipSearch, BreaksMoneyTiesByHoursExactly) {
    Catalog cat;
    cat.name = "ties";
    cat.skills.push_back({"a", "A", {}, {}, {}, {}});
    cat.credentials.push_back(credential("slow", 9'000'000.00, 400.01, {{"a", 1}}));
    cat.credentials.push_back(credential("fast", 9'000'000.00, 400.00, {{"a", 1}}));
    cat.credentials.push_back(credential("dear", 9'000'000.01, 1.00, {{"a", 1}}));
    addGoal(cat, Requirement::skill("a", 1));
    PlanRequest request;
    request.goal = "goal";
    const CompileOutcome compiled = compileProblem(cat, learner(), request);
    ASSERT_TRUE(compiled.problem);
    const auto r = searchWithMip(*compiled.problem, specOf(Objective::Cost));
    ASSERT_TRUE(r && r->found && r->exhaustive);
    EXPECT_EQ(idsOf(cat, *compiled.problem, r->set), std::vector<std::string>{"fast"});
    EXPECT_EQ(r->primary, 900'000'000);
    EXPECT_EQ(r->secondary, 40'000);
}

// A budget that is exactly the cheapest plan's money allows only the cheapest plans: the
// fewest hours among them answers an `effort` question, proven, from the cheapest-plan search
// alone. A larger budget gives that plan as a start for the question, not as its answer.
TEST(MipSearch, ABudgetOfExactlyTheCheapestMoneySettlesAnHoursQuestion) {
    Catalog cat;
    cat.name = "tight";
    cat.skills.push_back({"a", "A", {}, {}, {}, {}});
    cat.credentials.push_back(credential("quick", 100, 20, {{"a", 1}}));
    cat.credentials.push_back(credential("cheap-slow", 80, 200, {{"a", 1}}));
    cat.credentials.push_back(credential("cheap", 80, 150, {{"a", 1}}));
    addGoal(cat, Requirement::skill("a", 1));
    PlanRequest request;
    request.goal = "goal";
    request.objective = Objective::Effort;
    auto compiledWith = [&](double budget) {
        Profile profile = learner();
        profile.budget = budget;
        return compileProblem(cat, profile, request);
    };

    const CompileOutcome tight = compiledWith(80);
    ASSERT_TRUE(tight.problem);
    SearchResult first;
    const auto settled = settledByTheCheapest(*tight.problem, specOf(Objective::Effort), first);
    ASSERT_TRUE(settled && settled->found && settled->exhaustive);
    EXPECT_EQ(idsOf(cat, *tight.problem, settled->set), std::vector<std::string>{"cheap"});
    EXPECT_EQ(settled->primary, 15'000);  // hours, in hundredths
    EXPECT_EQ(settled->secondary, 8'000); // money, in cents
    EXPECT_EQ(settled->rootBound, settled->primary);

    const CompileOutcome roomy = compiledWith(100);
    ASSERT_TRUE(roomy.problem);
    SearchResult start;
    EXPECT_FALSE(settledByTheCheapest(*roomy.problem, specOf(Objective::Effort), start));
    ASSERT_TRUE(start.found);
    EXPECT_FALSE(start.exhaustive);
    EXPECT_EQ(idsOf(cat, *roomy.problem, start.set), std::vector<std::string>{"cheap"});
    const auto answer = searchPortfolio(*roomy.problem, specOf(Objective::Effort));
    ASSERT_TRUE(answer && answer->exhaustive);
    EXPECT_EQ(idsOf(cat, *roomy.problem, answer->set), std::vector<std::string>{"quick"});

    const CompileOutcome tooSmall = compiledWith(79);
    ASSERT_TRUE(tooSmall.problem);
    SearchResult none;
    // Below the cheapest money no plan is possible, and the search for the cheapest proved it.
    const auto impossible = settledByTheCheapest(*tooSmall.problem, specOf(Objective::Effort), none);
    ASSERT_TRUE(impossible);
    EXPECT_FALSE(impossible->found);
    EXPECT_TRUE(impossible->exhaustive);
    EXPECT_FALSE(none.found);
}

// Three credentials that only enable each other (a cycle through their grants) pass every
// closure row, yet cannot be ordered: the search must add landmark rows until its optimum is a
// plan, here the dearer way in.
TEST(MipSearch, CyclesNeedLandmarkRows) {
    Catalog cat;
    cat.name = "cycle";
    for (const char* s : {"a", "b", "c", "g"})
        cat.skills.push_back({s, s, {}, {}, {}, {}});
    cat.credentials.push_back(credential("ca", 1, 1, {{"a", 1}, {"g", 1}}, Requirement::skill("c", 1)));
    cat.credentials.push_back(credential("cb", 1, 1, {{"b", 1}}, Requirement::skill("a", 1)));
    cat.credentials.push_back(credential("cc", 1, 1, {{"c", 1}}, Requirement::skill("b", 1)));
    cat.credentials.push_back(credential("way-in", 50, 5, {{"c", 1}}));
    cat.credentials.push_back(credential("direct", 80, 5, {{"g", 1}}));
    addGoal(cat, Requirement::skill("g", 1));
    const auto r = mipPlan(cat, learner(), Objective::Cost);
    ASSERT_TRUE(r && r->found && r->exhaustive);
    EXPECT_EQ(r->primary, 5100); // way-in, then ca
}

// A credits goal whose cheapest credits break a cap: the general-education cap of 3 credits
// leaves room for one cheap course, the core minimum of 6 needs two core courses.
TEST(MipSearch, CreditsWithCategoryCapsAndMinimums) {
    DegreeCatalog degree(12, {{"core", 6.0, std::nullopt}, {"gen", std::nullopt, 3.0}});
    degree.course("gen1", 10, 3, {"gen"});
    degree.course("gen2", 11, 3, {"gen"});
    degree.course("gen3", 12, 3, {"gen"});
    degree.course("core1", 100, 3, {"core"});
    degree.course("core2", 101, 3, {"core"});
    degree.course("core3", 300, 3, {"core"});
    degree.course("either", 150, 3, {"core", "gen"});
    const Catalog& cat = degree.cat;
    PlanRequest request;
    request.goal = "goal";
    const CompileOutcome compiled = compileProblem(cat, learner(), request);
    ASSERT_TRUE(compiled.problem);
    const auto r = searchWithMip(*compiled.problem, specOf(Objective::Cost));
    ASSERT_TRUE(r && r->found && r->exhaustive);
    // gen1 (gen, capped at 3) + core1 + core2 + either (as core) = 12 credits for 361.
    EXPECT_EQ(idsOf(cat, *compiled.problem, r->set), (std::vector<std::string>{"gen1", "core1", "core2", "either"}));
    EXPECT_EQ(r->primary, 36100);
}

TEST(MipSolver, SolvesASmallKnapsackExactly) {
    MipModel m;
    const int a = m.addColumn(0, 1, true), b = m.addColumn(0, 1, true), c = m.addColumn(0, 1, true);
    m.addRow({{a, 3}, {b, 4}, {c, 5}}, 7, MipModel::kUnbounded); // cover at least 7
    m.setObjective(a, 4);
    m.setObjective(b, 5);
    m.setObjective(c, 6);
    const MipOutcome out = solveMip(m, {});
    ASSERT_EQ(out.status, MipOutcome::Status::Optimal);
    EXPECT_DOUBLE_EQ(out.objective, 9); // a + b
    EXPECT_GT(out.values[static_cast<std::size_t>(a)], 0.5);
    EXPECT_GT(out.values[static_cast<std::size_t>(b)], 0.5);
    EXPECT_LT(out.values[static_cast<std::size_t>(c)], 0.5);
}

// The same knapsack relaxed: c whole and half of b (8.5). Taking a instead costs at least its
// reduced cost more (a + b = 9 >= 8.75): what lets the tie-break leave out what no optimum takes.
TEST(MipSolver, TheRelaxationGivesItsOptimumAndEachColumnsReducedCost) {
    MipModel m;
    const int a = m.addColumn(0, 1, true), b = m.addColumn(0, 1, true), c = m.addColumn(0, 1, true);
    m.addRow({{a, 3}, {b, 4}, {c, 5}}, 7, MipModel::kUnbounded);
    m.setObjective(a, 4);
    m.setObjective(b, 5);
    m.setObjective(c, 6);
    const LpOutcome lp = solveLp(m, {});
    ASSERT_TRUE(lp.optimal);
    EXPECT_NEAR(lp.objective, 8.5, 1e-9);
    EXPECT_TRUE(lp.atLower[static_cast<std::size_t>(a)]);
    EXPECT_NEAR(lp.values[static_cast<std::size_t>(a)], 0, 1e-9);
    EXPECT_NEAR(lp.values[static_cast<std::size_t>(b)], 0.5, 1e-9);
    EXPECT_NEAR(lp.values[static_cast<std::size_t>(c)], 1, 1e-9);
    EXPECT_NEAR(lp.reducedCost[static_cast<std::size_t>(a)], 0.25, 1e-9); // 4 − 3 × 5/4
    EXPECT_FALSE(lp.atLower[static_cast<std::size_t>(b)]);                // basic, at one half
    EXPECT_FALSE(lp.atLower[static_cast<std::size_t>(c)]);                // at its upper bound

    MipModel infeasible;
    const int x = infeasible.addColumn(0, 1, true);
    infeasible.addRow({{x, 1}}, 2, MipModel::kUnbounded);
    const LpOutcome none = solveLp(infeasible, {});
    EXPECT_FALSE(none.optimal);
    EXPECT_TRUE(none.infeasible); // a proof: the MIP search answers "no plan" from it
    EXPECT_FALSE(lp.infeasible);
    MipLimits past;
    past.deadline = std::chrono::steady_clock::now() - std::chrono::seconds(1);
    EXPECT_FALSE(solveLp(infeasible, past).infeasible); // stopped before it proved anything
}

TEST(MipSolver, ReportsInfeasibleStoppedAndMalformedModels) {
    MipModel infeasible;
    const int x = infeasible.addColumn(0, 1, true);
    infeasible.addRow({{x, 1}}, 2, MipModel::kUnbounded);
    EXPECT_EQ(solveMip(infeasible, {}).status, MipOutcome::Status::Infeasible);

    const std::atomic<bool> cancelled{true};
    MipModel any;
    any.addColumn(0, 1, true);
    MipLimits cancelledLimits;
    cancelledLimits.cancel = &cancelled;
    EXPECT_EQ(solveMip(any, cancelledLimits).status, MipOutcome::Status::Stopped);

    MipModel malformed;
    const int y = malformed.addColumn(0, 1, true);
    malformed.addRow({{y + 5, 1}}, 0, 1); // no such column
    EXPECT_EQ(solveMip(malformed, {}).status, MipOutcome::Status::Failed);
    MipModel reversed;
    reversed.addColumn(1, 0, true); // empty range
    EXPECT_EQ(solveMip(reversed, {}).status, MipOutcome::Status::Failed);
}

// Credits already earned meet the goal: the empty plan is optimal, and a tie on hours (a
// course of no hours) must not keep a paid course in it.
TEST(MipSearch, TheEmptyPlanCanBeTheOptimum) {
    DegreeCatalog degree(3, {});
    degree.course("earned", 100, 3, {"core"});
    degree.course("paid", 15, 3, {"core"}, 0);
    const Catalog& cat = degree.cat;
    Profile profile = learner();
    profile.completed.push_back("earned");
    PlanRequest request;
    request.goal = "goal";
    request.objective = Objective::Effort;
    const CompileOutcome compiled = compileProblem(cat, profile, request);
    ASSERT_TRUE(compiled.problem);
    const auto r = searchWithMip(*compiled.problem, specOf(Objective::Effort));
    ASSERT_TRUE(r && r->found && r->exhaustive);
    EXPECT_TRUE(r->set.empty());
    EXPECT_EQ(r->secondary, 0);

    // The met goal needs no solver: it is proven even when the search is cancelled before it
    // starts, where a solve would stop with nothing.
    const std::atomic<bool> cancelled{true};
    SearchSpec cancelledSpec = specOf(Objective::Effort);
    cancelledSpec.stop = StopClock(std::chrono::milliseconds(0), &cancelled);
    const auto unasked = searchWithMip(*compiled.problem, cancelledSpec);
    ASSERT_TRUE(unasked && unasked->found && unasked->exhaustive);
    EXPECT_TRUE(unasked->set.empty());

    // A pinned course joins the earned credits: the pinned set alone is the optimum.
    profile.pinned.push_back("paid");
    const CompileOutcome withPin = compileProblem(cat, profile, request);
    ASSERT_TRUE(withPin.problem);
    const auto pinnedPlan = searchWithMip(*withPin.problem, cancelledSpec);
    ASSERT_TRUE(pinnedPlan && pinnedPlan->found && pinnedPlan->exhaustive);
    ASSERT_EQ(pinnedPlan->set.size(), 1u);
    EXPECT_EQ(pinnedPlan->primary, 0);
    EXPECT_EQ(pinnedPlan->secondary, 1500);
}

// A credits goal's bound before any search: what every plan must take and the lightest
// fractional cover of the credits missing. It never exceeds the optimum, it is above zero when
// credits are still needed, and a portfolio search cut short before the MIP ran carries it.
TEST(MipSearch, ACreditsGoalHasABoundBeforeAnySearch) {
    int positive = 0, compared = 0;
    forEachSmallQuestion(120, true, [&](const PlanningProblem& problem, Objective objective) {
        ASSERT_TRUE(problem.creditsGoal);
        SearchSpec spec = specOf(objective);
        spec.useBudget = false;
        const Amount floor = creditsGoalBound(problem, metricWeights(problem, spec.primary));
        SearchSpec exact = spec;
        exact.mipSearch = false;
        const SearchResult optimum = searchPlan(problem, exact);
        ASSERT_TRUE(optimum.exhaustive);
        if (!optimum.found)
            return;
        ++compared;
        EXPECT_LE(floor, optimum.primary);
        positive += floor > 0;
        std::atomic<bool> cancel{true};
        SearchSpec cancelled = spec;
        cancelled.stop = StopClock(std::chrono::milliseconds(0), &cancel);
        const auto stopped = searchPortfolio(problem, cancelled);
        ASSERT_TRUE(stopped);
        EXPECT_FALSE(stopped->exhaustive);
        EXPECT_EQ(stopped->rootBound, floor);
    });
    EXPECT_GT(compared, 100);
    EXPECT_GT(positive, compared / 2) << positive << " of " << compared;
}

// Credits the learner earned before count toward a credits goal, and the plan says how many:
// 30 earned core credits leave 6 to add, so the plan's 6 are not all the goal sees ("6 of 36"
// was shown, as if the plan fell 30 short). By category, in the plan's assignment.
TEST(MipSearch, ThePlanSaysWhatEarnedCreditsCount) {
    DegreeCatalog degree(36, {{"core", 30.0, std::nullopt}});
    degree.course("earned-core", 500, 24, {"core"});
    degree.course("earned-gen", 100, 6, {"gen"});
    degree.course("core-more", 120, 6, {"core"});
    degree.course("core-dear", 400, 6, {"core"});
    const Catalog& cat = degree.cat;
    Profile profile = learner();
    profile.completed = {"earned-core", "earned-gen"};
    PlanRequest request;
    request.goal = "goal";
    const Plan plan = cairn::plan(cat, profile, request);
    ASSERT_EQ(plan.status, PlanStatus::Optimal);
    ASSERT_EQ(plan.credentials.size(), 1u);
    EXPECT_EQ(plan.credentials[0].id, "core-more");
    EXPECT_DOUBLE_EQ(plan.totals.credits, 6);
    EXPECT_DOUBLE_EQ(plan.totals.creditsEarned, 30);
    const std::vector<EarnedCredits> byCategory{{"core", 24}, {"gen", 6}};
    EXPECT_EQ(plan.earnedCredits, byCategory);
    // A learner with no credits earned: nothing to say.
    profile.completed.clear();
    const Plan fresh = cairn::plan(cat, profile, request);
    ASSERT_EQ(fresh.status, PlanStatus::Optimal);
    EXPECT_DOUBLE_EQ(fresh.totals.creditsEarned, 0);
    EXPECT_TRUE(fresh.earnedCredits.empty());
}
