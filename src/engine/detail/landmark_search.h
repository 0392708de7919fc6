#pragma once

// Exact planning by landmarks and hitting sets, for objectives that are sums over credentials
// (see docs/planning-model.md, "How plans are found"). Private to the engine.

#include "detail/plan_search.h"

#include <optional>

namespace cairn::detail {

/// Plans by the implicit hitting-set method: the lightest set of credentials that hits every
/// landmark known so far is a lower bound on any plan; when that set is itself a plan it is
/// optimal, and when it is not, what it fails to reach yields a new landmark.
///
/// Answers questions whose objective and tie-break are both sums (money, hours, balanced)
/// with no deadline and no credits goal, and a budget only on a money objective. Empty when
/// the question is not of that kind, or when the plan found has cohorts whose dates the
/// learner's weeks cannot fit (the branch and bound handles those).
std::optional<SearchResult> searchWithLandmarks(const PlanningProblem& problem, const SearchSpec& spec);

} // namespace cairn::detail
