#pragma once

#include "detail/planning_problem.h"
#include "detail/stop_clock.h"

namespace cairn::detail {

/// Drops credentials that another credential makes pointless: one that provides at least the
/// same, costs no more money and no more hours, is no harder to start, and is self-paced.
/// Any plan with the dominated credential stays valid, and no worse, with the other instead,
/// so the optimum is unchanged while the search has less to consider.
///
/// Each credential is compared with at most kMaxRivals others, so that the cost stays linear
/// on catalogs where thousands of credentials share every skill; and the work stops when
/// `clock` says so. Either way fewer are dropped and the optimum is still unchanged.
/// Returns how many were dropped.
int removeDominated(PlanningProblem& problem, const StopClock& clock = StopClock());

inline constexpr int kMaxRivals = 512;

} // namespace cairn::detail
