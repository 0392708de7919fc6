#pragma once

#include "detail/planning_problem.h"
#include "detail/stop_clock.h"

#include <vector>

namespace cairn::detail {

/// Disjunctive action landmarks with a cost partition, from the LM-cut method of optimal
/// planning (Helmert & Domshlak 2009) applied to the catalog with its ordering rule relaxed:
/// every plan contains at least one credential of each landmark, and the values never charge a
/// credential more than its weight, so the values of the landmarks a partial plan has not
/// hit yet bound what the rest of the plan must weigh.
struct Landmarks {
    std::vector<std::vector<int>> sets; ///< local credential indices
    std::vector<Amount> values;
    Amount total = 0;
    bool unreachable = false; ///< the relaxed goal cannot be reached at all
};

/// Computes landmarks for reaching the goal (and the prerequisites of pinned credentials) from
/// the profile, with credential weights `weights` (credentials every plan takes weigh nothing).
/// When `clock` stops it, the landmarks found so far still bound.
Landmarks computeLandmarks(const PlanningProblem& problem, const std::vector<Amount>& weights,
                           const StopClock& clock = StopClock());

/// A landmark (a set of credentials every plan takes one of) that `set`, not a plan, misses.
/// Grows what `set` reaches by every credential that does not complete the goal; the ones that
/// would complete it form the landmark, since the first step of any plan beyond the grown
/// closure is one of them. Empty when no plan exists at all. Credits are judged by the quick
/// necessary condition: calling a set complete that is not only adds members to the landmark,
/// and a set is grown only when the goal truly fails, so the landmark stays valid.
/// `pinned`: the credentials every plan takes.
std::vector<int> landmarkMissedBy(const PlanningProblem& problem, const std::vector<int>& set,
                                  const std::vector<int>& pinned);

} // namespace cairn::detail
