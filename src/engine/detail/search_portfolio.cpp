#include "detail/search_portfolio.h"

#include "detail/credit_bound.h"
#include "detail/landmark_search.h"
#include "detail/mip_search.h"
#include "detail/plan_weights.h"

#include <algorithm>
#include <chrono>

namespace cairn::detail {

namespace {

using Clock = std::chrono::steady_clock;

/// Work the combinatorial searches get before the MIP takes over, in checks of their stop
/// condition; a count, not a time, so that the answer does not depend on the machine's load.
/// A check of the landmark search comes every landmark or few hundred hitting-set nodes. The
/// count is a trade-off (docs/performance.md, "Planner"): 300 checks cost 25-330 ms on the
/// plancheck questions the landmark search cannot settle, which then go to the MIP; 2,000 would
/// settle the slowest `effort` goal of the 10,000-credential benchmark in 73 ms instead of 10.5 s
/// by the MIP, but make those questions wait seven times as long. A check of the branch and
/// bound comes every 256 nodes, whose cost grows with the catalog: 64 at 1,000 credentials,
/// fewer above.
constexpr long long kLandmarkChecks = 300;
/// The landmark search's share on a catalog of this size: kLandmarkChecks up to 10,000
/// credentials, where plancheck's questions were measured, and in proportion above. A check
/// there costs more (closures are linear in the catalog) but the MIP it hands over to costs far
/// more again: on the benchmark's 100,000-credential catalog, 300 checks sent every `cost` goal
/// to the MIP (median 7.5 s, slowest 77 s), where 3,000 let the landmark search settle each
/// (median 0.37 s, slowest 0.67 s; docs/performance.md, "Planner").
long long landmarkChecks(const PlanningProblem& p) {
    const auto n = static_cast<long long>(p.credentials.size());
    return std::max(kLandmarkChecks, kLandmarkChecks * n / 10'000);
}
long long branchingChecks(const PlanningProblem& p) {
    const auto n = static_cast<long long>(std::max<std::size_t>(p.credentials.size(), 1));
    return std::clamp(64'000 / n, 4LL, 64LL);
}
bool stoppedFromOutside(const SearchSpec& spec) {
    return spec.stop.stop() || Clock::now() >= spec.stop.deadline();
}

/// The spec, when the question has time left; empty when none is.
std::optional<SearchSpec> withTimeLeft(const SearchSpec& spec) {
    // The clock is the question's own, so the time left needs no new limit, only a look.
    if (Clock::now() >= spec.stop.deadline())
        return std::nullopt;
    return spec;
}

/// Of two unfinished searches, the better plan and the higher bound.
SearchResult better(SearchResult a, const SearchResult& b) {
    const Amount bound = std::max(a.rootBound, b.rootBound);
    if (b.found && (!a.found || b.primary < a.primary || (b.primary == a.primary && b.secondary < a.secondary)))
        a = b;
    a.rootBound = a.found ? std::min(bound, a.primary) : bound;
    return a;
}

/// Work the cheapest-plan question below gets: counts, so that every run stops at the same
/// point (as the explanation of an infeasible budget, planner.cpp).
constexpr long long kCheapestChecks = kLandmarkChecks;
constexpr long long kCheapestNodes = 200;

} // namespace

// (search_portfolio.h) plancheck's "tight" budgets are the exact case: at 10,000 credentials one
// took CBC 64 s and stopped Cairn at 30 s without a plan.
std::optional<SearchResult> settledByTheCheapest(const PlanningProblem& p, const SearchSpec& spec,
                                                 SearchResult& first) {
    if (spec.primary == Metric::Cost || !spec.useBudget || !p.budget || first.found)
        return std::nullopt;
    SearchSpec cheapest = spec;
    cheapest.primary = Metric::Cost;
    cheapest.secondary = Metric::Hours; // with money fixed, fewest hours is also the best balance
    cheapest.news = nullptr;            // another question than the one asked
    cheapest.progress = nullptr;
    cheapest.landmarkSearch = true; // the whole portfolio, whatever the caller's search is
    cheapest.mipSearch = true;
    cheapest.stopChecks = kCheapestChecks;
    cheapest.mipNodes = kCheapestNodes;
    const SearchResult found = searchPlan(p, cheapest);
    if (found.exhaustive && !found.found)
        return found; // no plan within the budget (and the deadline): the question's answer too
    if (!found.found || found.primary > *p.budget)
        return std::nullopt;
    SearchResult plan;
    plan.found = true;
    plan.completionExact = found.completionExact;
    plan.set = found.set;
    plan.primary = sumOf(metricWeights(p, spec.primary), plan.set);
    plan.secondary = sumOf(metricWeights(p, spec.secondary), plan.set);
    if (found.exhaustive && found.primary == *p.budget) {
        plan.exhaustive = true;
        plan.rootBound = plan.primary;
        return plan;
    }
    plan.rootBound = std::min(first.rootBound, plan.primary);
    first = std::move(plan);
    return std::nullopt;
}

std::optional<SearchResult> searchPortfolio(const PlanningProblem& problem, const SearchSpec& spec) {
    if (!mipSearchApplies(problem, spec))
        return std::nullopt;
    SearchSpec quick = spec;
    quick.mipSearch = false;
    quick.stopChecks = landmarkChecks(problem);
    SearchResult first;
    if (auto byLandmarks = searchWithLandmarks(problem, quick)) {
        first = std::move(*byLandmarks);
    } else if (!problem.creditsGoal) {
        // (The branch and bound checks credits exactly at every leaf, which is slow on large
        // catalogs: credits goals go to the MIP at once.)
        quick.stopChecks = branchingChecks(problem);
        quick.landmarkSearch = false;
        first = searchPlan(problem, quick);
    } else {
        // No search has run, and the MIP's first bound comes after its relaxation (up to a
        // second at 10,000 credentials): until then, and if the time runs out first, the bound
        // is this one, not zero.
        const Amount floor = creditsGoalBound(problem, metricWeights(problem, spec.primary));
        if (floor < kInfiniteAmount) {
            first.rootBound = floor;
            if (spec.news && floor > 0)
                spec.news({nullptr, floor});
        }
    }
    if (first.exhaustive || stoppedFromOutside(spec))
        return first;
    auto rest = withTimeLeft(spec);
    if (!rest)
        return first;
    rest->mipSearch = false;
    if (auto mip = searchWithMip(problem, *rest, &first)) {
        if (mip->exhaustive)
            return mip;
        return better(first, *mip);
    }
    // The solver could not answer: the combinatorial searches, for the time left.
    rest = withTimeLeft(spec);
    if (!rest)
        return first;
    rest->mipSearch = false;
    SearchResult tail = searchPlan(problem, *rest);
    return tail.exhaustive ? tail : better(first, tail);
}

} // namespace cairn::detail
