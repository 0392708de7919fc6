#include "detail/plan_builder.h"

#include "detail/credit_assignment.h"
#include "detail/offer_plan.h"
#include "detail/offer_schedule.h"
#include "detail/schedule.h"

#include <cmath>
#include <cstdio>

namespace cairn::detail {

namespace {

/// What the learner's earned credits count toward, by category (the categories' order): a
/// plan may add few credits, or none, where earned ones already meet the rules.
void addEarnedCredits(const PlanningProblem& p, const CreditAssignment& credits, Plan& plan) {
    std::vector<Amount> perCategory(p.categories.size(), 0);
    for (std::size_t j = 0; j < credits.earnedCategory.size() && j < p.completedCredits.size(); ++j)
        if (const int category = credits.earnedCategory[j]; category >= 0)
            perCategory[static_cast<std::size_t>(category)] += p.completedCredits[j].credits;
    for (std::size_t c = 0; c < perCategory.size(); ++c) {
        if (perCategory[c] == 0)
            continue;
        const double earned = static_cast<double>(perCategory[c]) / 100.0;
        plan.earnedCredits.push_back({p.categories[c].name, earned});
        plan.totals.creditsEarned += earned;
    }
}

/// The order a plan is laid out in: the one that pays the subscriptions least, when it can be
/// found exactly (with that money); else one that keeps each subscription's credentials together
/// where prerequisites allow.
std::pair<std::vector<int>, std::optional<Amount>> layoutOrder(const PlanningProblem& p, const std::vector<int>& set,
                                                               const Payment& paid) {
    if (const auto cheapest = cheapestSchedule(p, paid))
        return {cheapest->order, cheapest->money};
    return {groupBySubscription(p, orderPlan(p, set).value_or(set), paid), std::nullopt};
}

} // namespace

Plan buildPlan(const PlanningProblem& p, const Profile& profile, const std::string& goalId, const std::vector<int>& set,
               PlanStatus status, Objective objective, const Payment* payment) {
    const Payment paid = payment ? *payment : standalonePayment(p, set);
    const auto [order, leastMoney] = layoutOrder(p, set, paid);
    return buildPlanInOrder(p, profile, goalId, order, status, objective, paid, leastMoney);
}

std::optional<ScheduledTotals> scheduledTotals(const PlanningProblem& p, const std::vector<int>& set,
                                               const Payment& payment) {
    const std::vector<int> order = layoutOrder(p, set, payment).first;
    const Schedule sched = schedule(p, order, supportOf(p, order).reliesOn);
    if (!sched.feasible)
        return std::nullopt;
    Plan scratch; // describePayments() counts the money; nothing else of the plan is needed
    ScheduledTotals totals;
    totals.completionDay = sched.completionDay;
    if (p.offers) {
        totals.money = describePayments(scratch, p, order, sched, payment);
        return totals;
    }
    for (int c : set)
        totals.money += p.credentials[static_cast<std::size_t>(c)].cost;
    return totals;
}

Plan buildPlanInOrder(const PlanningProblem& p, const Profile& profile, const std::string& goalId,
                      const std::vector<int>& order, PlanStatus status, Objective objective, const Payment& paid,
                      std::optional<Amount> leastMoney) {
    const Catalog& catalog = *p.catalog;
    Plan plan;
    plan.status = status;
    plan.objective = objective;
    plan.goal = goalId;
    plan.hoursPerWeek = profile.hoursPerWeek;
    plan.start = p.start;

    const Support support = supportOf(p, order);
    const Schedule sched = schedule(p, order, support.reliesOn);
    if (!sched.feasible) {
        // The set is right but cannot be placed in time (it would run past the last date Cairn
        // schedules): no dates to show, so no plan.
        plan.status = PlanStatus::Infeasible;
        plan.reason = {sched.problem};
        plan.totals.completion = p.start;
        return plan;
    }
    CreditAssignment credits;
    if (p.creditsGoal)
        credits = assignCredits(p, order);

    // Present the plan in the order it is taken: by start day, then by the valid order.
    std::vector<std::size_t> byStart(order.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        byStart[i] = i;
    std::stable_sort(byStart.begin(), byStart.end(),
                     [&](std::size_t a, std::size_t b) { return sched.items[a].startDay < sched.items[b].startDay; });

    Amount cost = 0, hours = 0;
    std::vector<PlannedCredential> planned(order.size());
    for (std::size_t pos = 0; pos < order.size(); ++pos) {
        const CredentialLocal& local = p.credentials[static_cast<std::size_t>(order[pos])];
        const Credential& c = catalog.credentials[static_cast<std::size_t>(local.catalogIndex)];
        PlannedCredential& pc = planned[pos];
        pc.id = c.id;
        pc.title = c.title;
        pc.cost = c.cost;
        pc.hours = c.hours;
        pc.cohort = c.pace.isCohort();
        pc.start = p.start.plusDays(sched.items[pos].startDay);
        pc.end = p.start.plusDays(sched.items[pos].endDay);
        cost += local.cost;
        hours += local.hours;
        for (int dep : support.reliesOn[pos])
            pc.reliesOn.push_back(
                catalog
                    .credentials[static_cast<std::size_t>(
                        p.credentials[static_cast<std::size_t>(order[static_cast<std::size_t>(dep)])].catalogIndex)]
                    .id);

        if (local.pinned)
            pc.why.push_back({Reason::Kind::Pinned, {}, {}, 0});
        for (int a : support.goalAtoms[pos]) {
            const AtomInfo& atom = p.atoms[static_cast<std::size_t>(a)];
            const std::string item =
                atom.isCredential ? "cred:" + atom.id : "skill:" + atom.id + "@" + std::to_string(atom.level);
            pc.why.push_back({Reason::Kind::Goal, item, goalId, 0});
        }
        for (const auto& [dependent, a] : support.suppliesTo[pos]) {
            const AtomInfo& atom = p.atoms[static_cast<std::size_t>(a)];
            const Credential& d = catalog.credentials[static_cast<std::size_t>(
                p.credentials[static_cast<std::size_t>(order[static_cast<std::size_t>(dependent)])].catalogIndex)];
            const std::string item =
                atom.isCredential ? "cred:" + atom.id : "skill:" + atom.id + "@" + std::to_string(atom.level);
            pc.why.push_back({Reason::Kind::Prerequisite, item, d.id, 0});
        }
        if (p.creditsGoal && credits.feasible && credits.category[pos] >= 0) {
            const auto cat = static_cast<std::size_t>(credits.category[pos]);
            const Amount counted = local.credit->credits;
            pc.creditCategory = p.categories[cat].name;
            pc.creditsCounted = static_cast<double>(counted) / 100.0;
            pc.why.push_back({Reason::Kind::Credits, pc.creditCategory, goalId, pc.creditsCounted});
            plan.totals.credits += pc.creditsCounted;
        }
        if (pc.why.empty())
            // Needed only as part of the cheapest combination, not for one item of its own.
            pc.why.push_back({Reason::Kind::Goal, {}, goalId, 0});
    }
    for (std::size_t k : byStart)
        plan.credentials.push_back(std::move(planned[k]));
    if (p.creditsGoal && credits.feasible)
        addEarnedCredits(p, credits, plan);

    plan.totals.cost = static_cast<double>(cost) / 100.0;
    if (p.offers) {
        const Amount scheduled = describePayments(plan, p, order, sched, paid);
        const Amount model = leastMoney.value_or(modelMoney(p, paid));
        if (scheduled > model && plan.status == PlanStatus::Optimal) {
            plan.status = PlanStatus::Feasible;
            plan.reason = {{Message::Code::SubscriptionsCostMore,
                            {arg::money(static_cast<double>(scheduled) / 100.0, catalog.currency),
                             arg::money(static_cast<double>(model) / 100.0, catalog.currency)}}};
        }
    }
    plan.totals.hours = static_cast<double>(hours) / 100.0;
    plan.totals.completion = p.start.plusDays(std::max(0, sched.completionDay));
    plan.totals.weeks = sched.completionDay < 0 ? 0 : sched.completionDay / 7 + 1;
    for (std::size_t w = 0; w < sched.weekLoad.size(); ++w)
        plan.load.push_back({static_cast<int>(w), static_cast<double>(sched.weekLoad[w]) / 100.0});
    applyFunding(plan, catalog, profile.funding);
    return plan;
}

} // namespace cairn::detail
