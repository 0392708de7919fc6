#include "detail/hold_planner.h"

#include "cairn/engine/keeping.h"
#include "cairn/engine/limits.h"
#include "detail/keeping_checks.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <string>

namespace cairn::detail {

namespace {

long long cents(double v) { return std::llround(v * 100.0); }

/// A catalog whose credentials bought at their own cost weigh cost + fees to hold. `exactOnly`
/// leaves out the fees that are not exact per-credential weights — those of a credential another
/// one in the catalog may renew, or that an offer may pay for — so the weights never exceed
/// what a plan costs to hold: the searches on it give a lower bound. Otherwise every fee is
/// counted, and the weights never fall short of it on credentials bought at their own cost.
struct Weighted {
    Catalog catalog;
    std::vector<double> keep; ///< added to each credential's cost, in catalog order
    bool exact = true;        ///< every weight is exactly what the credential adds to the cost to hold
};

bool renewableByOther(const Credential& c, const Catalog& catalog, const std::set<std::string>& completed) {
    if (!c.renewal)
        return false;
    return std::any_of(c.renewal->renewedBy.begin(), c.renewal->renewedBy.end(), [&](const std::string& id) {
        return id != c.id && !completed.count(id) && catalog.findCredential(id);
    });
}

bool renewedByCompleted(const Credential& c, const std::set<std::string>& completed) {
    return c.renewal && std::any_of(c.renewal->renewedBy.begin(), c.renewal->renewedBy.end(),
                                    [&](const std::string& id) { return completed.count(id) > 0; });
}

Weighted weighted(const Catalog& catalog, const Profile& profile, int years, bool exactOnly) {
    Weighted w{catalog, std::vector<double>(catalog.credentials.size(), 0.0), true};
    const std::set<std::string> completed(profile.completed.begin(), profile.completed.end());
    for (std::size_t i = 0; i < catalog.credentials.size(); ++i) {
        const Credential& c = catalog.credentials[i];
        const double keep = renewedByCompleted(c, completed) ? 0.0 : keepingMoney(c, years);
        if (keep <= 0)
            continue;
        const bool inexact = renewableByOther(c, catalog, completed) || !catalog.offersFor(c).empty() || !c.hasCost;
        w.exact = w.exact && !inexact;
        if (inexact && exactOnly)
            continue;
        if (!c.hasCost)
            continue; // sold only through offers: no weight of its own to add to
        w.keep[i] = keep;
        w.catalog.credentials[i].cost = c.cost + keep;
    }
    return w;
}

/// The plan as the real catalog prices it: the fees added to own costs taken out again.
void restoreMoney(Plan& plan, const Weighted& w, const Catalog& catalog) {
    double added = 0;
    for (auto& pc : plan.credentials) {
        if (!pc.offer.empty())
            continue;
        for (std::size_t i = 0; i < catalog.credentials.size(); ++i)
            if (catalog.credentials[i].id == pc.id) {
                pc.cost -= w.keep[i];
                added += w.keep[i];
                break;
            }
    }
    plan.totals.cost -= added;
    for (auto& pace : plan.paceCosts)
        pace.cost -= added;
}

/// Money to hold, in cents: what the plan really costs to hold.
long long holdValue(const Catalog& catalog, const Profile& profile, const Plan& plan, int years) {
    return cents(holding(catalog, profile, plan, years).total());
}

bool better(long long value, const Plan& plan, long long bestValue, const Plan& best) {
    if (!hasPlan(best.status))
        return true;
    return value < bestValue || (value == bestValue && cents(plan.totals.hours) < cents(best.totals.hours));
}

Plan asCostToHold(Plan plan) {
    plan.objective = Objective::CostToHold;
    return plan;
}

/// The fees to hold could push a weight above the range of a cost; such a catalog is refused.
std::optional<std::string> weightOutOfRange(const Weighted& w) {
    for (const auto& c : w.catalog.credentials)
        if (!limits::kCost.contains(c.cost))
            return "Credential '" + c.id + "' costs more than " + limits::kCost.text() +
                   " to hold for the years asked, beyond what Cairn can plan with.";
    return std::nullopt;
}

Plan refused(const Profile& profile, const PlanRequest& request, std::string reason) {
    Plan p;
    p.status = PlanStatus::Infeasible;
    p.objective = Objective::CostToHold;
    p.goal = request.goal;
    p.reason = std::move(reason);
    p.hoursPerWeek = profile.hoursPerWeek;
    p.start = profile.start;
    return p;
}

} // namespace

Plan planToHold(const Catalog& catalog, const Profile& profile, const PlanRequest& request) {
    const int years = request.holdYears;
    if (years < limits::kMinHoldYears || years > limits::kMaxHoldYears)
        return refused(profile, request,
                       "The years to hold must be from " + std::to_string(limits::kMinHoldYears) + " to " +
                           std::to_string(limits::kMaxHoldYears) + ", not " + std::to_string(years) + ".");
    std::vector<Problem> problems;
    checkKeeping(catalog, problems);
    if (!problems.empty())
        return refused(profile, request, problems.front().message);

    PlanRequest inner = request;
    inner.objective = Objective::Cost;
    inner.budget.reset(); // the budget limits the money to earn, checked on the real catalog below
    const std::optional<double> budget = request.budget ? request.budget : profile.budget;
    Profile unbudgeted = profile;
    unbudgeted.budget.reset();

    // Upper weights: every fee counted. When they are exact, their optimum is the answer.
    const Weighted upper = weighted(catalog, profile, years, false);
    if (auto why = weightOutOfRange(upper))
        return refused(profile, request, *why);
    Plan best = plan(upper.catalog, unbudgeted, inner);
    if (!hasPlan(best.status)) {
        if (best.status == PlanStatus::Infeasible && budget)
            return asCostToHold(plan(catalog, profile, [&] {
                PlanRequest r = request;
                r.objective = Objective::Cost;
                return r;
            }()));
        return asCostToHold(best);
    }
    restoreMoney(best, upper, catalog);
    long long bestValue = holdValue(catalog, profile, best, years);
    bool proven = best.status == PlanStatus::Optimal && upper.exact;
    std::optional<double> bound;
    if (!upper.exact) {
        // Lower weights bound every plan from below; their optimum may also be the better plan.
        const Weighted lower = weighted(catalog, profile, years, true);
        Plan low = plan(lower.catalog, unbudgeted, inner);
        if (hasPlan(low.status)) {
            const long long lowBound = cents(low.totals.cost);
            restoreMoney(low, lower, catalog);
            const long long lowValue = holdValue(catalog, profile, low, years);
            if (better(lowValue, low, bestValue, best)) {
                best = std::move(low);
                bestValue = lowValue;
            }
            // Only an exhaustive search of the lower weights bounds every plan; a stopped one has its own bound.
            const bool lowExact = low.status == PlanStatus::Optimal;
            proven = lowExact && best.status == PlanStatus::Optimal && bestValue == lowBound;
            if (lowExact)
                bound = static_cast<double>(lowBound) / 100.0;
            else if (low.bound)
                bound = std::min(*low.bound, static_cast<double>(lowBound) / 100.0);
        }
    }
    if (budget && cents(best.totals.cost) > cents(*budget)) {
        // The cheapest to hold is over the budget; the plan returned fits it but is not proven best.
        PlanRequest r = request;
        r.objective = Objective::Cost;
        Plan fitting = plan(catalog, profile, r);
        if (!hasPlan(fitting.status))
            return asCostToHold(fitting);
        fitting.status = PlanStatus::Feasible;
        fitting.reason = "The plan cheapest to hold costs more than the budget to earn; this is the plan cheapest to "
                         "earn within the budget, not proven the cheapest to hold.";
        fitting.bound = static_cast<double>(bestValue) / 100.0;
        const double value = holding(catalog, profile, fitting, years).total();
        fitting.gap = bestValue > 0 ? (value * 100.0 - static_cast<double>(bestValue)) / static_cast<double>(bestValue)
                                    : 0.0;
        return asCostToHold(fitting);
    }
    best.objective = Objective::CostToHold;
    if (!proven && best.status == PlanStatus::Optimal) {
        best.status = PlanStatus::Feasible;
        best.reason = "A credential of this catalog is renewed by another one or sold through an offer, so its fees to "
                      "hold are not a weight of its own; this plan is not proven the cheapest to hold.";
    }
    if (best.status == PlanStatus::Feasible && bound) {
        best.bound = *bound;
        best.gap = *bound > 0 ? (static_cast<double>(bestValue) / 100.0 - *bound) / *bound : std::optional<double>();
    }
    return best;
}

} // namespace cairn::detail
