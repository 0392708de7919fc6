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

} // namespace cairn::detail
