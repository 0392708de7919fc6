#pragma once

#include "detail/planning_problem.h"

#include <vector>

namespace cairn::detail {

/// For ordering the search's branches only (not a bound): what taking each credential costs
/// once the cheapest way to its unmet prerequisites is added, summed per prerequisite (h_add).
/// Good first choices find a good plan early, and a good plan early prunes most of the tree.
std::vector<Amount> closureCostEstimates(const PlanningProblem& problem, const std::vector<Amount>& weights);

} // namespace cairn::detail
