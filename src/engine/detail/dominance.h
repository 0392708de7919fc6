#pragma once

#include "detail/planning_problem.h"

namespace cairn::detail {

/// Drops credentials that another credential makes pointless: one that provides at least the
/// same, costs no more money and no more hours, is no harder to start, and is self-paced.
/// Any plan with the dominated credential stays valid, and no worse, with the other instead,
/// so the optimum is unchanged while the search has less to consider.
/// Returns how many were dropped.
int removeDominated(PlanningProblem& problem);

} // namespace cairn::detail
