#include "detail/plan_builder.h"

#include "detail/credit_assignment.h"
#include "detail/offer_plan.h"
#include "detail/schedule.h"

#include <cmath>
#include <cstdio>

namespace cairn::detail {

std::string moneyText(double amount, const std::string& currency) {
    std::string s;
    // Cents are exact in a long long far beyond any valid amount; anything larger (or not a
    // number at all) is written plainly rather than rounded into an overflow.
    if (!std::isfinite(amount) || std::fabs(amount) >= 1e15) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%g", amount);
        s = buf;
    } else {
        const long long cents = std::llround(amount * 100.0);
        std::string whole = std::to_string(std::llabs(cents) / 100);
        for (int i = static_cast<int>(whole.size()) - 3; i > 0; i -= 3)
            whole.insert(static_cast<std::size_t>(i), 1, ',');
        s = (cents < 0 ? "-" : "") + whole;
        if (cents % 100 != 0) {
            char buf[8];
            std::snprintf(buf, sizeof buf, ".%02lld", std::llabs(cents) % 100);
            s += buf;
        }
    }
    if (currency == "USD")
        return "$" + s;
    if (currency == "EUR")
        return "€" + s;
    if (currency == "GBP")
        return "£" + s;
    return s + " " + currency;
}

namespace {
std::string creditsText(Amount hundredths) {
    char buf[32];
    if (hundredths % 100 == 0)
        std::snprintf(buf, sizeof buf, "%lld", static_cast<long long>(hundredths / 100));
    else
        std::snprintf(buf, sizeof buf, "%.2f", static_cast<double>(hundredths) / 100.0);
    return buf;
}
} // namespace

Plan buildPlan(const PlanningProblem& p, const Profile& profile, const std::string& goalId, const std::vector<int>& set,
               PlanStatus status, Objective objective, const Payment* payment) {
    const Catalog& catalog = *p.catalog;
    const Goal* goal = catalog.findGoal(goalId);
    Plan plan;
    plan.status = status;
    plan.objective = objective;
    plan.goal = goalId;
    plan.hoursPerWeek = profile.hoursPerWeek;
    plan.start = p.start;

    const Payment paid = payment ? *payment : standalonePayment(p, set);
    const std::vector<int> order = groupBySubscription(p, orderPlan(p, set).value_or(set), paid);
    const Support support = supportOf(p, order);
    const Schedule sched = schedule(p, order, support.reliesOn);
    if (!sched.feasible) {
        // The set is right but cannot be placed in time (it would run past the last date Cairn
        // schedules): no dates to show, so no plan.
        plan.status = PlanStatus::Infeasible;
        plan.reason = sched.problem;
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
            pc.why.push_back({Reason::Kind::Pinned, {}, {}, 0, "You pinned it to the plan."});
        for (int a : support.goalAtoms[pos]) {
            const AtomInfo& atom = p.atoms[static_cast<std::size_t>(a)];
            const std::string item =
                atom.isCredential ? "cred:" + atom.id : "skill:" + atom.id + "@" + std::to_string(atom.level);
            pc.why.push_back({Reason::Kind::Goal, item, goalId, 0,
                              "Gives " + atomInWords(catalog, atom) + ", which the goal " +
                                  (goal ? "'" + goal->title + "' " : std::string()) + "needs."});
        }
        for (const auto& [dependent, a] : support.suppliesTo[pos]) {
            const AtomInfo& atom = p.atoms[static_cast<std::size_t>(a)];
            const Credential& d = catalog.credentials[static_cast<std::size_t>(
                p.credentials[static_cast<std::size_t>(order[static_cast<std::size_t>(dependent)])].catalogIndex)];
            const std::string item =
                atom.isCredential ? "cred:" + atom.id : "skill:" + atom.id + "@" + std::to_string(atom.level);
            const std::string text =
                atom.isCredential ? "A prerequisite of '" + d.title + "'."
                                  : "Gives " + atomInWords(catalog, atom) + ", a prerequisite of '" + d.title + "'.";
            pc.why.push_back({Reason::Kind::Prerequisite, item, d.id, 0, text});
        }
        if (p.creditsGoal && credits.feasible && credits.category[pos] >= 0) {
            const auto cat = static_cast<std::size_t>(credits.category[pos]);
            const Amount counted = local.credit->credits;
            pc.creditCategory = p.categories[cat].name;
            pc.creditsCounted = static_cast<double>(counted) / 100.0;
            const Program* program = goal ? catalog.findProgram(goal->program) : nullptr;
            std::string text = "Counts " + creditsText(counted) + " credits";
            if (!pc.creditCategory.empty())
                text += " toward " + pc.creditCategory;
            if (program)
                text += " in " + program->title;
            pc.why.push_back({Reason::Kind::Credits, pc.creditCategory, goalId, pc.creditsCounted, text + "."});
            plan.totals.credits += pc.creditsCounted;
        }
        if (pc.why.empty())
            pc.why.push_back({Reason::Kind::Goal,
                              {},
                              goalId,
                              0,
                              "Completes a combination that meets the goal's requirements at the least cost."});
    }
    for (std::size_t k : byStart)
        plan.credentials.push_back(std::move(planned[k]));

    plan.totals.cost = static_cast<double>(cost) / 100.0;
    if (p.offers) {
        const Amount scheduled = describePayments(plan, p, order, sched, paid);
        const Amount model = modelMoney(p, paid);
        if (scheduled > model && plan.status == PlanStatus::Optimal) {
            plan.status = PlanStatus::Feasible;
            plan.reason = "Its subscriptions are paid for " +
                          moneyText(static_cast<double>(scheduled) / 100.0, catalog.currency) +
                          " in this schedule, more than the " +
                          moneyText(static_cast<double>(model) / 100.0, catalog.currency) +
                          " their hours alone need, because their credentials cannot be studied one after another "
                          "at full pace; a cheaper plan is not ruled out.";
        }
    }
    plan.totals.hours = static_cast<double>(hours) / 100.0;
    plan.totals.completion = p.start.plusDays(std::max(0, sched.completionDay));
    plan.totals.weeks = sched.completionDay < 0 ? 0 : sched.completionDay / 7 + 1;
    for (std::size_t w = 0; w < sched.weekLoad.size(); ++w)
        plan.load.push_back({static_cast<int>(w), static_cast<double>(sched.weekLoad[w]) / 100.0});
    return plan;
}

} // namespace cairn::detail
