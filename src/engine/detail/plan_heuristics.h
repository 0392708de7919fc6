#pragma once

#include "detail/planning_problem.h"
#include "detail/relaxed_closure.h"
#include "detail/stop_clock.h"

#include <optional>
#include <vector>

namespace cairn::detail {

/// For ordering the search's branches only (not a bound): what taking each credential costs
/// once the cheapest way to its unmet prerequisites is added, summed per prerequisite (h_add).
/// Good first choices find a good plan early, and a good plan early prunes most of the tree.
std::vector<Amount> closureCostEstimates(const PlanningProblem& problem, const std::vector<Amount>& weights);

/// A plan built greedily, for when a search must hand on some plan rather than none: from
/// `start`, each step takes the first credential in `preference` that can be taken and adds
/// something, until the goal holds and every credential of `pinned` is taken; for a credits goal,
/// then the first that has credits still lacking, in total or in a category's minimum, until the
/// sums are there (creditsMayHold; the exact assignment is the caller's to check). Then it drops,
/// least preferred first, every credential the rest can do without. Empty when even all of
/// `preference` cannot reach the goal, or when `stop` says so. Work: a pass over `preference`
/// per credential taken; no bound on how good the plan is.
std::optional<std::vector<int>> greedyPlan(const PlanningProblem& problem, const std::vector<int>& preference,
                                           const std::vector<int>& start, const std::vector<int>& pinned,
                                           const StopClock& stop);

/// `plan` without what it can do without, least preferred first: lowest `rank` (indexed by
/// credential) first. A credential the goal (and a credits goal's sums) still holds without
/// goes, and so do the ones that relied on it; pinned credentials stay. One pass leaves nothing more to drop.
/// `closure` is only working space (reset here), kept by callers that trim many plans.
std::vector<int> withoutWhatItCanSpare(RelaxedClosure& closure, std::vector<int> plan, const std::vector<int>& pinned,
                                       const std::vector<std::size_t>& rank);

/// The ranks for withoutWhatItCanSpare that keep `preference`'s first credentials longest.
std::vector<std::size_t> ranksOf(const PlanningProblem& problem, const std::vector<int>& preference);

} // namespace cairn::detail
