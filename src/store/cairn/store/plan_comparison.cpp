#include "cairn/store/plan_comparison.h"

#include <map>

namespace cairn::store {

PlanComparison compare(const SavedPlan& from, const SavedPlan& to) {
    PlanComparison c;
    c.fromId = from.summary.id;
    c.toId = to.summary.id;
    std::map<std::string, const PlannedCredential*> before;
    for (const auto& pc : from.plan.credentials)
        before.emplace(pc.id, &pc);
    std::map<std::string, const PlannedCredential*> after;
    for (const auto& pc : to.plan.credentials)
        after.emplace(pc.id, &pc);

    for (const auto& pc : to.plan.credentials) {
        const auto it = before.find(pc.id);
        if (it == before.end()) {
            c.added.push_back(pc.id);
            continue;
        }
        c.kept.push_back(pc.id);
        if (it->second->start != pc.start)
            c.rescheduled.push_back(pc.id);
    }
    for (const auto& pc : from.plan.credentials)
        if (!after.contains(pc.id))
            c.removed.push_back(pc.id);

    c.costChange = to.plan.totals.cost - from.plan.totals.cost;
    c.hoursChange = to.plan.totals.hours - from.plan.totals.hours;
    c.creditsChange = to.plan.totals.credits - from.plan.totals.credits;
    c.weeksChange = to.plan.totals.weeks - from.plan.totals.weeks;
    c.fromCompletion = from.plan.totals.completion;
    c.toCompletion = to.plan.totals.completion;
    c.statusChanged = from.plan.status != to.plan.status;
    c.goalChanged = from.plan.goal != to.plan.goal;
    c.objectiveChanged = from.plan.objective != to.plan.objective;
    return c;
}

} // namespace cairn::store
