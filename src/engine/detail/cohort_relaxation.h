#pragma once

// Proofs where the searches chose cohort start dates greedily (see docs/planning-model.md, "How
// plans are found"): that no plan exists, or that the plan found is the optimum. Private to the
// engine.

#include "detail/plan_search.h"

#include <optional>

namespace cairn::detail {

/// True when no plan exists even with the cohorts' dates relaxed: a cohort that cannot start on
/// any of its dates even alone, or alone already ends after the deadline, is left out (no plan
/// can take it: other credentials only make it start later and leave its weeks less room), and
/// every other cohort is treated as self-paced,
/// whose completion, from its hours alone, is never later than any schedule's. The relaxed
/// question has every plan of the real one, so when an exhaustive search of it finds none, the
/// real one has none either. False when that search finds a plan or is stopped.
bool noPlanEvenWithoutCohortDates(const PlanningProblem& problem, const SearchSpec& spec);

/// The optimum, when the searches found `found` but could not prove it because cohort dates
/// were chosen greedily. The relaxed question above has every plan of the real one, each
/// finishing no later, so its optimum bounds them all: the real plan that reaches it in its own
/// schedule (`found`, or the relaxed optimum's set), finishing by the deadline, is the optimum.
/// For the `time` objective whose relaxed soonest day is sooner than any real schedule's, the
/// relaxed question is asked by the day before the plan's (where cohorts that cannot end by then
/// leave it): when it has no plan, the plan's day is the soonest, and the relaxed question's least
/// money by that day bounds the money. Empty when neither reaches it, or the relaxed search is
/// stopped. Money is each credential's own: not for questions where a shared offer prices the plan.
std::optional<SearchResult> provenWithoutCohortDates(const PlanningProblem& problem, const SearchSpec& spec,
                                                     const SearchResult& found);

} // namespace cairn::detail
