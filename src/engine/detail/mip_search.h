#pragma once

// Exact planning with a MIP solver (see docs/planning-model.md, "The MIP"); the portfolio
// that decides when to use it is search_portfolio.h. Private to the engine.

#include "detail/plan_search.h"

#include <optional>

namespace cairn::detail {

/// Plans the question as a MIP (mip_formulation.h) with landmark rows added until its optimum
/// can be ordered; the primary objective first, then the tie-break with the primary fixed.
/// Every plan it returns has been checked exactly: ordered, goal and credits met, budget and
/// deadline kept, totals summed in integers.
///
/// Answers questions whose objective and tie-break are sums (money, hours, balanced), with a
/// budget, credits and, without cohorts, a deadline. Empty when the question is not of that
/// kind, when the solver fails, or when a plan it found has cohorts the learner's weeks cannot
/// fit: then the combinatorial searches decide.
/// `incumbent`, a plan the searches found, is where the solver starts.
std::optional<SearchResult> searchWithMip(const PlanningProblem& problem, const SearchSpec& spec,
                                          const SearchResult* incumbent = nullptr);

/// Whether searchWithMip can state the question: not the earliest completion, and no deadline
/// together with cohorts.
bool mipSearchApplies(const PlanningProblem& problem, const SearchSpec& spec);

} // namespace cairn::detail
