#pragma once

// Exact planning when money is not a sum over credentials: a subscription or bundle shared by
// several credentials of the question (docs/planning-model.md, "Money"). Private to the engine.

#include "detail/offer_money.h"
#include "detail/plan_search.h"

#include <optional>

namespace cairn::detail {

/// The question as a MIP over the credentials (mip_formulation.h) and, for each, the option it
/// is paid through: a binary per (credential, option), a binary per bundle, and an integer
/// count of billing periods per subscription, at least what the hours and cohorts paid through
/// it need (modelPeriods()). Sets that cannot be ordered are cut off by ordering cuts and the
/// landmarks they miss, as in the MIP search (mip_search.h). The primary objective first, then
/// the tie-break with the primary held at its optimum; every plan is checked in integers and its
/// money summed from its payment.
///
/// Answers money, hours and balanced objectives with a budget, credits and, without cohorts,
/// the completion date (as the hours it allows). Empty when the question is of another kind or
/// the solver fails: then the caller cannot prove the money minimal.
/// `payment` receives how the plan found is paid. `incumbent`, a plan the searches found, is
/// where the solver starts, paid as cheaply as the offers allow.
std::optional<SearchResult> searchWithOffers(const PlanningProblem& problem, const SearchSpec& spec, Payment& payment,
                                             const SearchResult* incumbent = nullptr);

/// The same question with its date limit (`maxCompletionDay`) taken as the hours it allows, also
/// when cohorts are in play. No schedule studies more hours by a day than the learner's weeks
/// hold (cohorts take their share of those weeks), so every plan that finishes by the limit is
/// among the plans this answers for: its money is a lower bound, and "no plan" is a proof. Its
/// plan may finish later in its schedule: the caller checks it. Empty when `spec` ranks by the
/// completion date, or the solver fails.
std::optional<SearchResult> searchWithOffersByHours(const PlanningProblem& problem, const SearchSpec& spec,
                                                    Payment& payment, const SearchResult* incumbent = nullptr);

/// The hundredths of an hour a self-paced plan may hold and still finish by `day`.
Amount hoursForDay(const PlanningProblem& problem, int day);

} // namespace cairn::detail
