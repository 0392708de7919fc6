#include "detail/plan_heuristics.h"

#include "detail/relaxed_closure.h"

#include <algorithm>
#include <limits>

namespace cairn::detail {

std::vector<Amount> closureCostEstimates(const PlanningProblem& p, const std::vector<Amount>& weights) {
    constexpr Amount kInfinite = std::numeric_limits<Amount>::max() / 4;
    const std::size_t n = p.credentials.size();
    std::vector<Amount> est = weights;
    std::vector<std::vector<int>> needs(n);
    auto initially = [&](int a) { return p.atoms[static_cast<std::size_t>(a)].initiallyHeld; };
    for (std::size_t i = 0; i < n; ++i)
        p.formulas.collectUnmet(p.credentials[i].root, initially, true, &needs[i], nullptr);
    // A few rounds of relaxation settle layered catalogs; cycles just stop improving.
    for (int round = 0; round < 8; ++round) {
        bool changed = false;
        for (std::size_t i = 0; i < n; ++i) {
            Amount total = weights[i];
            for (int a : needs[i]) {
                Amount best = kInfinite;
                for (int q : p.atoms[static_cast<std::size_t>(a)].providers)
                    if (static_cast<std::size_t>(q) != i)
                        best = std::min(best, est[static_cast<std::size_t>(q)]);
                total = best == kInfinite ? kInfinite : std::min(kInfinite, total + best);
            }
            if (total != est[i]) {
                est[i] = total;
                changed = true;
            }
        }
        if (!changed)
            break;
    }
    return est;
}

namespace {

/// What of `set` can be taken in some order, when that meets the goal.
std::optional<std::vector<int>> goalReachedBy(RelaxedClosure& closure, const std::vector<int>& set,
                                              const std::vector<int>& pinned) {
    closure.reset();
    std::vector<int> pending = set;
    closure.takeWhatFits(pending);
    if (!closure.goalMet(pinned))
        return std::nullopt;
    std::vector<int> taken;
    for (int c : set)
        if (closure.taken(c))
            taken.push_back(c);
    return taken;
}

/// The first credential of `open` that can be taken now and adds something, or -1. Taken
/// credentials, and those that add nothing, stay so as the closure grows: they leave `open`
/// for good; one that cannot be taken yet stays for a later step.
int firstTakeable(const RelaxedClosure& closure, std::vector<int>& open) {
    int chosen = -1;
    std::size_t kept = 0, i = 0;
    for (; i < open.size(); ++i) {
        const int c = open[i];
        if (closure.taken(c) || !closure.addsSomething(c))
            continue;
        if (closure.takeable(c)) {
            chosen = c;
            ++i;
            break;
        }
        open[kept++] = c;
    }
    for (; i < open.size(); ++i) // not looked at this time
        open[kept++] = open[i];
    open.resize(kept);
    return chosen;
}

} // namespace

// Dropping one may strand others that relied on it; they go too, when the goal still holds
// without them. One pass is enough: what stays could not go from a larger set, so it cannot go
// from a smaller one. (Credentials not ranked go before all others.)
std::vector<int> withoutWhatItCanSpare(RelaxedClosure& closure, std::vector<int> plan, const std::vector<int>& pinned,
                                       const std::vector<std::size_t>& rank) {
    std::vector<int> order = plan;
    std::stable_sort(order.begin(), order.end(), [&rank](int a, int b) {
        return rank[static_cast<std::size_t>(a)] < rank[static_cast<std::size_t>(b)];
    });
    std::vector<int> inPlan = plan;
    std::sort(inPlan.begin(), inPlan.end());
    for (int drop : order) {
        if (std::find(pinned.begin(), pinned.end(), drop) != pinned.end() ||
            !std::binary_search(inPlan.begin(), inPlan.end(), drop))
            continue;
        std::vector<int> without;
        for (int c : plan)
            if (c != drop)
                without.push_back(c);
        if (auto reached = goalReachedBy(closure, without, pinned)) {
            plan = std::move(*reached);
            inPlan = plan;
            std::sort(inPlan.begin(), inPlan.end());
        }
    }
    return plan;
}

std::optional<std::vector<int>> greedyPlan(const PlanningProblem& p, const std::vector<int>& preference,
                                           const std::vector<int>& start, const std::vector<int>& pinned,
                                           const StopClock& stop) {
    RelaxedClosure closure(p);
    std::vector<int> pending = start;
    closure.takeWhatFits(pending);
    std::vector<int> plan = start;
    std::vector<int> open = preference;
    StopPoll<64> stopped(stop);
    while (!closure.goalMet(pinned)) {
        if (stopped())
            return std::nullopt;
        const int chosen = firstTakeable(closure, open);
        if (chosen < 0)
            return std::nullopt; // nothing left that can be taken and helps
        closure.take(chosen);
        closure.takeWhatFits(pending);
        plan.push_back(chosen);
    }
    // Start credentials that never became takeable are not part of it.
    plan.erase(std::remove_if(plan.begin(), plan.end(), [&closure](int c) { return !closure.taken(c); }), plan.end());
    plan = withoutWhatItCanSpare(closure, std::move(plan), pinned, ranksOf(p, preference));
    std::sort(plan.begin(), plan.end());
    plan.erase(std::unique(plan.begin(), plan.end()), plan.end());
    return plan;
}

std::vector<std::size_t> ranksOf(const PlanningProblem& problem, const std::vector<int>& preference) {
    std::vector<std::size_t> rank(problem.credentials.size(), 0);
    for (std::size_t i = 0; i < preference.size(); ++i)
        rank[static_cast<std::size_t>(preference[i])] = preference.size() - i;
    return rank;
}

} // namespace cairn::detail
