#include "detail/wording.h"

namespace cairn::report::detail {

const char* statusKey(PlanStatus status) {
    switch (status) {
    case PlanStatus::Optimal:
        return "optimal";
    case PlanStatus::Feasible:
        return "feasible";
    case PlanStatus::Infeasible:
        return "infeasible";
    }
    return "infeasible";
}

const char* objectiveKey(Objective objective) {
    switch (objective) {
    case Objective::Cost:
        return "cost";
    case Objective::Effort:
        return "effort";
    case Objective::Balanced:
        return "balanced";
    case Objective::Time:
        return "time";
    }
    return "cost";
}

} // namespace cairn::report::detail
