#include "cairn/engine/plan_diff.h"

#include <algorithm>
#include <map>

namespace cairn {

namespace {

/// The offers of `plan`'s payments that `other` does not pay through, in `plan`'s order.
std::vector<std::string> offersOnlyIn(const Plan& plan, const Plan& other) {
    std::vector<std::string> out;
    for (const OfferPayment& p : plan.payments)
        if (std::none_of(other.payments.begin(), other.payments.end(),
                         [&](const OfferPayment& q) { return q.offer == p.offer; }))
            out.push_back(p.offer);
    return out;
}

} // namespace

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
    d.offersAdded = offersOnlyIn(to, from);
    d.offersDropped = offersOnlyIn(from, to);
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
