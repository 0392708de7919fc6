#pragma once

#include "detail/planning_problem.h"

#include <vector>

namespace cairn::detail {

/// How a set of credentials' credits count toward a credits goal.
struct CreditAssignment {
    bool feasible = false;
    Amount counted = 0;              ///< total credits counted (hundredths), category caps applied
    std::vector<int> category;       ///< per input credential: category index, or -1 when it carries none
    std::vector<int> earnedCategory; ///< per PlanningProblem::completedCredits entry: its category, or -1
};

/// Finds an assignment of credits to categories: each credential's credits count wholly in one
/// of its categories or not at all, no category holds more than its maximum, and every
/// category minimum and the goal's minimum hold. `set` holds local credential indices; credits
/// already earned (PlanningProblem::completedCredits) take part too. Exact (a memoised search).
CreditAssignment assignCredits(const PlanningProblem& problem, const std::vector<int>& set);

/// The credits of a set with those earned before, ignoring caps: in total and per category.
struct CreditSums {
    Amount total = 0;
    std::vector<Amount> perCategory;

    /// They reach the goal's total and every category's minimum.
    [[nodiscard]] bool reachMinimums(const PlanningProblem& problem) const;
    /// `credit` adds to what is still short: the total, or a category below its minimum.
    [[nodiscard]] bool lack(const PlanningProblem& problem, const CreditOfferLocal& credit) const;
};
CreditSums creditSums(const PlanningProblem& problem, const std::vector<int>& set);

/// Cheap necessary condition: the credits of `set`, ignoring caps, reach every minimum.
bool creditsMayHold(const PlanningProblem& problem, const std::vector<int>& set);

} // namespace cairn::detail
