#pragma once

#include "cairn/engine/plan.h"

#include <string>
#include <vector>

namespace cairn {

/// How one plan differs from another: the credentials only in one of them, those in both and
/// those of them that moved, and each total's change (`to` − `from`). The store compares saved
/// versions of a plan with it, the app a plan with the one it replaced or a goal with another.
struct PlanDiff {
    std::vector<std::string> added;         ///< credential ids only in `to`, in its order
    std::vector<std::string> removed;       ///< credential ids only in `from`, in its order
    std::vector<std::string> kept;          ///< in both, in `to`'s order
    std::vector<std::string> rescheduled;   ///< kept but starting on another day
    std::vector<std::string> offersAdded;   ///< offer ids `to` pays through and `from` does not
    std::vector<std::string> offersDropped; ///< offer ids `from` paid through and `to` does not
    double costChange = 0;
    double hoursChange = 0;
    double creditsChange = 0;
    int weeksChange = 0;
    int daysChange = 0; ///< completion date, later is positive
    bool statusChanged = false;
    bool goalChanged = false;
    bool objectiveChanged = false;
    bool reachesGoal = true;      ///< `to` has a plan
    bool otherReachesGoal = true; ///< `from` has a plan

    bool operator==(const PlanDiff&) const = default;
    [[nodiscard]] bool sameCredentials() const { return added.empty() && removed.empty(); }
    [[nodiscard]] bool sameOffers() const { return offersAdded.empty() && offersDropped.empty(); }
};

/// `to` compared with `from`.
PlanDiff diffPlans(const Plan& from, const Plan& to);

} // namespace cairn
