#include "detail/plan_heuristics.h"

#include "detail/credit_assignment.h"
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
    if (closure.problem().creditsGoal && !creditsMayHold(closure.problem(), taken))
        return std::nullopt;
    return taken;
}

/// For a credits goal: whether `plan` (with the credits earned before) has the credits the goal
/// counts in total and in each category's minimum, by sums alone (creditsMayHold); false for a
/// career goal, which counts none.
bool creditsShort(const PlanningProblem& p, const std::vector<int>& plan) {
    return p.creditsGoal && !creditsMayHold(p, plan);
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

/// How far down the prerequisites nextForCredits looks for a way to a credential with credits.
constexpr int kUnlockDepth = 4;

/// For a credits goal short of credits: the credential to take next, or -1. The first of
/// `preference` that can be taken now and has credits the plan still lacks (in total, or in a
/// category below its minimum); else a takeable provider of what the first such credential
/// still needs, looked for down its prerequisites up to kUnlockDepth levels. (Taking whatever
/// adds something instead took hundreds of credentials on a 10,000-credential catalog, and a
/// second to trim them off again.) Work: a pass over `preference` per level.
int nextForCredits(const RelaxedClosure& closure, const std::vector<int>& preference, const std::vector<int>& plan) {
    const PlanningProblem& p = closure.problem();
    const CreditSums sums = creditSums(p, plan);
    int target = -1;
    for (int c : preference) {
        const auto& credit = p.credentials[static_cast<std::size_t>(c)].credit;
        if (!credit || closure.taken(c) || !sums.lack(p, *credit))
            continue;
        if (closure.takeable(c))
            return c;
        if (target < 0)
            target = c;
    }
    const auto held = [&closure](int a) { return closure.held(a); };
    for (int depth = 0; depth < kUnlockDepth && target >= 0; ++depth) {
        std::vector<int> needed;
        p.formulas.collectUnmet(p.credentials[static_cast<std::size_t>(target)].root, held, true, nullptr, &needed);
        std::sort(needed.begin(), needed.end());
        const auto providesNeeded = [&](int c) {
            const auto& provides = p.credentials[static_cast<std::size_t>(c)].provides;
            return std::any_of(provides.begin(), provides.end(),
                               [&](int a) { return std::binary_search(needed.begin(), needed.end(), a); });
        };
        target = -1;
        for (int c : preference) {
            if (closure.taken(c) || !providesNeeded(c))
                continue;
            if (closure.takeable(c))
                return c;
            if (target < 0)
                target = c;
        }
    }
    return -1;
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
    while (!closure.goalMet(pinned) || creditsShort(p, plan)) {
        if (stopped())
            return std::nullopt;
        // The goal's requirement first; then credits, or else whatever opens the way to them.
        int chosen = -1;
        if (closure.goalMet(pinned))
            chosen = nextForCredits(closure, preference, plan);
        if (chosen < 0)
            chosen = firstTakeable(closure, open);
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
