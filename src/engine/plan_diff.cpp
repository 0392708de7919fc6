#include "cairn/engine/plan_diff.h"

#include <map>

namespace cairn {

PlanDiff diffPlans(const Plan& from, const Plan& to) {
    PlanDiff d;
    std::map<std::string, const PlannedCredential*, std::less<>> before;
    for (const auto& pc : from.credentials)
        before.emplace(pc.id, &pc);
    std::map<std::string, const PlannedCredential*, std::less<>> after;
    for (const auto& pc : to.credentials)
        after.emplace(pc.id, &pc);
    for (const auto& pc : to.credentials) {
        const auto it = before.find(pc.id);
        if (it == before.end()) {
            d.added.push_back(pc.id);
            continue;
        }
        d.kept.push_back(pc.id);
        if (it->second->start != pc.start)
            d.rescheduled.push_back(pc.id);
    }
    for (const auto& pc : from.credentials)
        if (!after.contains(pc.id))
            d.removed.push_back(pc.id);
    d.costChange = to.totals.cost - from.totals.cost;
    d.hoursChange = to.totals.hours - from.totals.hours;
    d.creditsChange = to.totals.credits - from.totals.credits;
    d.weeksChange = to.totals.weeks - from.totals.weeks;
    d.daysChange = to.totals.completion.days() - from.totals.completion.days();
    d.statusChanged = from.status != to.status;
    d.goalChanged = from.goal != to.goal;
    d.objectiveChanged = from.objective != to.objective;
    d.reachesGoal = hasPlan(to.status);
    d.otherReachesGoal = hasPlan(from.status);
    return d;
}

} // namespace cairn
