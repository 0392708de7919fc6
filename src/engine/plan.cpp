#include "cairn/engine/plan.h"

namespace cairn {

const char* toString(Objective objective) {
    switch (objective) {
    case Objective::Cost:
        return "cost";
    case Objective::Effort:
        return "effort";
    case Objective::Balanced:
        return "balanced";
    case Objective::Time:
        return "time";
    case Objective::CostToHold:
        return "cost-to-hold";
    case Objective::OutOfPocket:
        return "out-of-pocket";
    }
    return "cost";
}

const char* toString(PlanStatus status) {
    switch (status) {
    case PlanStatus::Optimal:
        return "optimal";
    case PlanStatus::Feasible:
        return "feasible";
    case PlanStatus::Infeasible:
        return "infeasible";
    case PlanStatus::Unknown:
        return "unknown";
    }
    return "unknown";
}

std::optional<Objective> objectiveFromString(const std::string& text) {
    for (Objective o : {Objective::Cost, Objective::Effort, Objective::Balanced, Objective::Time, Objective::CostToHold,
                        Objective::OutOfPocket})
        if (text == toString(o))
            return o;
    return std::nullopt;
}

} // namespace cairn
