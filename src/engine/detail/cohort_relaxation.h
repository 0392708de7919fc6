#pragma once

// A proof that no plan exists when the searches only found that cohort start dates, chosen
// greedily, never fitted (see docs/planning-model.md, "How plans are found"). Private to the
// engine.

#include "detail/plan_search.h"

namespace cairn::detail {

/// True when no plan exists even with the cohorts' dates relaxed: a cohort that cannot start on
/// any of its dates even alone, or alone already ends after the deadline, is left out (no plan
/// can take it: other credentials only make it start later and leave its weeks less room), and
/// every other cohort is treated as self-paced,
/// whose completion, from its hours alone, is never later than any schedule's. The relaxed
/// question has every plan of the real one, so when an exhaustive search of it finds none, the
/// real one has none either. False when that search finds a plan or is stopped.
bool noPlanEvenWithoutCohortDates(const PlanningProblem& problem, const SearchSpec& spec);

} // namespace cairn::detail
