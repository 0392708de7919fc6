#pragma once

// Questions where dates matter (the `time` objective, a deadline, the Pareto front) and a
// subscription or bundle shared by credentials meets cohorts (docs/planning-model.md, "Money").
// The offer MIP cannot tell when a cohort plan finishes, since cohorts' dates decide that, not
// hours; but by a given day no schedule studies more hours than the learner's weeks hold, so the
// MIP with that many hours bounds every plan that finishes by then. Private to the engine.

#include "detail/offer_money.h"
#include "detail/plan_search.h"

#include <optional>

namespace cairn::detail {

struct CohortOffersAnswer {
    SearchResult result;              ///< `found`, or proven that no plan exists; `exhaustive` in either case
    Payment payment;                  ///< how `result.set` is paid
    bool proven = false;              ///< the plan is the optimum, money through the offers included
    std::optional<Amount> leastMoney; ///< when not proven and money is the first objective: no plan costs less
};

/// The fast searches' answer (`alone`, each credential priced on its own through
/// `alonePayment`), with money counted through the shared offers:
/// - `time`: the soonest day stays theirs when it is proven and, under a budget, no sooner plan
///   fits it through the offers either; the money is the least of every plan finishing by then;
/// - a deadline: the best plan by the objectives among those whose hours fit by the deadline,
///   when one is found whose schedule finishes by it;
/// - a step of the Pareto front (money, then the date): the least money by the step's day, then
///   the soonest plan of that money.
/// A plan is proven when it finishes in time and weighs what the MIP proved least; "no plan" is
/// proven when the MIP finds none. Empty when it cannot add to `alone`: another question, a
/// soonest day not proven, or a search stopped.
std::optional<CohortOffersAnswer> searchCohortsWithOffers(const PlanningProblem& problem, const SearchSpec& spec,
                                                          const SearchResult& alone, const Payment& alonePayment);

} // namespace cairn::detail
