#pragma once

#include "cairn/store/saved_plan.h"

#include <cairn/engine/plan_diff.h>

namespace cairn::store {

/// What changed from one saved plan version to another: the engine's plan diff, with the two
/// versions' ids and completion dates.
struct PlanComparison : PlanDiff {
    qint64 fromId = 0;
    qint64 toId = 0;
    Date fromCompletion;
    Date toCompletion;
};

/// Compares two saved plans; `from` is normally the older version.
PlanComparison compare(const SavedPlan& from, const SavedPlan& to);

} // namespace cairn::store
