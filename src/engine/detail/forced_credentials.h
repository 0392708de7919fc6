#pragma once

#include "detail/planning_problem.h"
#include "detail/stop_clock.h"

namespace cairn::detail {

/// Marks the credentials every plan must take (CredentialLocal::forced): the only provider of
/// an item that the goal, a pinned credential or another such credential cannot do without.
/// A prerequisite chain is forced from end to start in one backward pass, so the searches
/// start with it taken instead of discovering it one landmark at a time. Stops early, marking
/// fewer, when the clock says so. Returns how many were marked.
int markForcedCredentials(PlanningProblem& problem, const StopClock& clock);

/// Items every plan must hold, found backwards: the goal's items that must hold, and each item
/// that every provider of such an item needs before it can be taken. The providers of each such
/// item form a landmark (every plan takes one of them); they join `learnedLandmarks`, so the
/// landmark search starts from them. A chain with several ways to take each step is then one
/// landmark per step from the start, not one warm-up round per step. Returns how many.
int addItemLandmarks(PlanningProblem& problem, const StopClock& clock);

} // namespace cairn::detail
