#pragma once

// Exact planning with a MIP solver, and the portfolio that decides when to use it (see
// docs/planning-model.md, "The MIP"). Private to the engine.

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

/// The landmark search and the branch and bound within a fixed amount of work (deterministic,
/// unlike time); what they cannot settle in it goes to the MIP; what the MIP cannot answer goes
/// back to them for the time left. Empty when the MIP does not apply to the question.
std::optional<SearchResult> searchPortfolio(const PlanningProblem& problem, const SearchSpec& spec);

/// For a question that weighs hours (`effort`, `balanced`) under a budget, on which the quick
/// searches found no plan (`first`): the cheapest plan (money, then hours), from a fixed amount
/// of work. Within the budget it is a plan for the question, and replaces `first`. When it costs
/// exactly the budget and is proven the cheapest, every plan the budget allows costs that much,
/// so the fewest hours among them, its own tie-break, is the question's optimum: it is returned,
/// proven. Empty otherwise.
std::optional<SearchResult> settledByTheCheapest(const PlanningProblem& problem, const SearchSpec& spec,
                                                 SearchResult& first);

} // namespace cairn::detail
