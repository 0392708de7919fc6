#pragma once

#include "cairn/store/saved_plan.h"

#include <string>
#include <vector>

namespace cairn::store {

/// What changed from one saved plan version to another.
struct PlanComparison {
    qint64 fromId = 0;
    qint64 toId = 0;
    std::vector<std::string> added;       ///< credential ids only in the newer plan, in its order
    std::vector<std::string> removed;     ///< credential ids only in the older plan, in its order
    std::vector<std::string> kept;        ///< in both, in the newer plan's order
    std::vector<std::string> rescheduled; ///< kept but starting on another day
    double costChange = 0;                ///< newer − older
    double hoursChange = 0;
    double creditsChange = 0;
    int weeksChange = 0;
    Date fromCompletion;
    Date toCompletion;
    bool statusChanged = false;
    bool goalChanged = false;
    bool objectiveChanged = false;

    [[nodiscard]] bool sameCredentials() const { return added.empty() && removed.empty(); }
};

/// Compares two saved plans; `from` is normally the older version.
PlanComparison compare(const SavedPlan& from, const SavedPlan& to);

} // namespace cairn::store
