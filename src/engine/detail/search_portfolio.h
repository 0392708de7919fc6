#pragma once

// The portfolio: the combinatorial searches within a fixed amount of work, then the MIP (see
// docs/planning-model.md, "How plans are found"). Private to the engine.

#include "detail/plan_search.h"

#include <optional>

namespace cairn::detail {

/// The landmark search and the branch and bound within a fixed amount of work (deterministic,
/// unlike time); what they cannot settle in it goes to the MIP; what the MIP cannot answer goes
/// back to them for the time left. Empty when the MIP does not apply to the question.
std::optional<SearchResult> searchPortfolio(const PlanningProblem& problem, const SearchSpec& spec);

/// For a question that weighs hours (`effort`, `balanced`) under a budget, on which the quick
/// searches found no plan (`first`): the cheapest plan (money, then hours), from a fixed amount
/// of work. Within the budget it is a plan for the question, and replaces `first`. When it costs
/// exactly the budget and is proven the cheapest, every plan the budget allows costs that much,
/// so the fewest hours among them, its own tie-break, is the question's optimum: it is returned,
/// proven. When no plan is within the budget, that is proven and returned too. Empty otherwise.
std::optional<SearchResult> settledByTheCheapest(const PlanningProblem& problem, const SearchSpec& spec,
                                                 SearchResult& first);

} // namespace cairn::detail
