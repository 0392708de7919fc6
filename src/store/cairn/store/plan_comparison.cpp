#include "cairn/store/plan_comparison.h"

namespace cairn::store {

PlanComparison compare(const SavedPlan& from, const SavedPlan& to) {
    PlanComparison c;
    static_cast<PlanDiff&>(c) = diffPlans(from.plan, to.plan);
    c.fromId = from.summary.id;
    c.toId = to.summary.id;
    c.fromCompletion = from.plan.totals.completion;
    c.toCompletion = to.plan.totals.completion;
    return c;
}

} // namespace cairn::store
