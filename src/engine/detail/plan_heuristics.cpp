#include "detail/plan_heuristics.h"

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

} // namespace cairn::detail
