#pragma once

// The out-of-pocket objective (docs/planning-model.md, "Funding and out-of-pocket money"): plans
// by increasing money, each tried in every valid order and with every payment option, until no
// plan left can cost the learner less. Private to the engine.

#include "cairn/engine/planner.h"

namespace cairn::detail {

Plan planOutOfPocket(const Catalog& catalog, const Profile& profile, const PlanRequest& request);

} // namespace cairn::detail
