#pragma once

#include "cairn/engine/planner.h"

namespace cairn::detail {

/// The `cost-to-hold` objective (docs/planning-model.md, "Keeping a credential"): the searches of
/// the `cost` objective on catalogs whose credentials weigh their money plus their fees to hold.
Plan planToHold(const Catalog& catalog, const Profile& profile, const PlanRequest& request);

} // namespace cairn::detail
