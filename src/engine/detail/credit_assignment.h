#pragma once

#include "detail/planning_problem.h"

#include <vector>

namespace cairn::detail {

/// How a set of credentials' credits count toward a credits goal.
struct CreditAssignment {
    bool feasible = false;
    Amount counted = 0;              ///< total credits counted (hundredths), category caps applied
    std::vector<int> category;       ///< per input credential: category index, or -1 when it carries none
    std::vector<int> earnedCategory; ///< per PlanningProblem::completedCredits entry: its category
};

/// Finds an assignment of each credential's credits to one of its categories such that every
/// category minimum and the goal's minimum hold, counting at most each category's maximum.
/// `set` holds local credential indices. Exact (a memoised search over capped category sums).
CreditAssignment assignCredits(const PlanningProblem& problem, const std::vector<int>& set);

/// Cheap necessary condition: the credits of `set`, ignoring caps, reach every minimum.
bool creditsMayHold(const PlanningProblem& problem, const std::vector<int>& set);

} // namespace cairn::detail
