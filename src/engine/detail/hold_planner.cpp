#include "detail/hold_planner.h"

#include "cairn/engine/funding.h"
#include "cairn/engine/keeping.h"
#include "cairn/engine/limits.h"
#include "detail/keeping_checks.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <string>

namespace cairn::detail {

namespace {

long long cents(double v) {
    return std::llround(v * 100.0);
}

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

Weighted weighted(const Catalog& catalog, const Profile& profile, int years, bool exactOnly,
                  const std::set<std::string>& assumedHeld = {}) {
    Weighted w{catalog, std::vector<double>(catalog.credentials.size(), 0.0), true};
    std::set<std::string> completed(profile.completed.begin(), profile.completed.end());
    completed.insert(assumedHeld.begin(), assumedHeld.end());
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

/// The plan as the real catalog prices it: the fees added to own costs taken out again, and
/// what funding pays worked out again on the real prices.
void restoreMoney(Plan& plan, const Weighted& w, const Catalog& catalog, const Profile& profile) {
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
    applyFunding(plan, catalog, profile.funding);
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
std::optional<Message> weightOutOfRange(const Weighted& w) {
    for (const auto& c : w.catalog.credentials)
        if (!limits::kCost.contains(c.cost))
            return Message{Message::Code::HoldCostOutOfRange,
                           {arg::text(c.id), arg::money(limits::kCost.max, w.catalog.currency)}};
    return std::nullopt;
}

Plan refused(const Profile& profile, const PlanRequest& request, Message reason) {
    Plan p;
    p.status = PlanStatus::Infeasible;
    p.objective = Objective::CostToHold;
    p.goal = request.goal;
    p.reason = {std::move(reason)};
    p.hoursPerWeek = profile.hoursPerWeek;
    p.start = profile.start;
    return p;
}

/// Credentials that can be in an optimal plan: those named by, or granting a skill at a level asked
/// by, the goal, a pinned credential or the prerequisites of another such credential, and those with
/// credit toward the goal's program. No weight is negative, so nothing else is ever worth taking
/// except to renew one of these.
std::set<std::string> relevantCredentials(const Catalog& catalog, const Profile& profile, const PlanRequest& request) {
    std::map<std::string, int> skills; // the lowest level asked of each skill
    std::set<std::string> named(request.pinned.begin(), request.pinned.end());
    named.insert(profile.pinned.begin(), profile.pinned.end());
    const auto ask = [&](const Requirement& r) {
        forEachItem(r, [&](const Requirement& item) {
            if (item.kind == Requirement::Kind::Credential)
                named.insert(item.id);
            else if (auto [it, fresh] = skills.try_emplace(item.id, item.level); !fresh)
                it->second = std::min(it->second, item.level);
        });
    };
    const Goal* goal = catalog.findGoal(request.goal);
    if (goal)
        ask(goal->requirement);
    std::set<std::string> relevant;
    for (bool grew = true; grew;) {
        grew = false;
        for (const auto& c : catalog.credentials) {
            if (relevant.count(c.id))
                continue;
            const bool credits = goal && goal->kind == Goal::Kind::Credits &&
                                 std::any_of(c.credits.begin(), c.credits.end(),
                                             [&](const CreditOffer& o) { return o.program == goal->program; });
            const bool grants = std::any_of(c.grants.begin(), c.grants.end(), [&](const SkillLevel& g) {
                const auto it = skills.find(g.skill);
                return it != skills.end() && g.level >= it->second;
            });
            if (credits || grants || named.count(c.id)) {
                relevant.insert(c.id);
                ask(c.prerequisites);
                grew = true;
            }
        }
    }
    return relevant;
}

/// Credentials that renew a credential with fees to hold that a plan may take (not completed).
std::set<std::string> renewersOf(const Catalog& catalog, const Profile& profile, const PlanRequest& request,
                                 int years) {
    const std::set<std::string> completed(profile.completed.begin(), profile.completed.end());
    const std::set<std::string> relevant = relevantCredentials(catalog, profile, request);
    std::set<std::string> renewers;
    for (const auto& c : catalog.credentials)
        if (c.renewal && relevant.count(c.id) && !renewedByCompleted(c, completed) && keepingMoney(c, years) > 0)
            for (const auto& id : c.renewal->renewedBy)
                if (id != c.id && !completed.count(id) && catalog.findCredential(id))
                    renewers.insert(id);
    return renewers;
}

/// Whether every relevant credential with fees to hold is bought at its own cost only, so that its
/// fees can be added to its weight.
bool feesAreOwnWeights(const Catalog& catalog, const std::set<std::string>& relevant, int years) {
    return std::none_of(catalog.credentials.begin(), catalog.credentials.end(), [&](const Credential& c) {
        return relevant.count(c.id) && keepingMoney(c, years) > 0 && (!c.hasCost || !catalog.offersFor(c).empty());
    });
}

/// At most this many renewers are split on: 2^n questions, each exact.
constexpr std::size_t kMaxRenewerSplit = 6;

/// Exact with renewers: for every subset T of them, the plans that take exactly T (T pinned, the
/// other renewers excluded) weigh each credential's fees exactly — those T renews weigh none — so
/// the best over all subsets is the cheapest to hold. Empty when the split does not apply.
std::optional<Plan> splitOnRenewers(const Catalog& catalog, const Profile& profile, const PlanRequest& request,
                                    const std::set<std::string>& renewers) {
    const std::vector<std::string> ids(renewers.begin(), renewers.end());
    const auto listed = [](const std::vector<std::string>& list, const std::string& id) {
        return std::find(list.begin(), list.end(), id) != list.end();
    };
    Plan best;
    best.status = PlanStatus::Infeasible;
    long long bestValue = 0;
    bool proven = true;
    for (unsigned mask = 0; mask < (1u << ids.size()); ++mask) {
        PlanRequest inner = request;
        inner.objective = Objective::Cost;
        std::set<std::string> taken;
        bool consistent = true;
        for (std::size_t i = 0; i < ids.size(); ++i) {
            const bool take = (mask >> i) & 1u;
            const bool pinned = listed(request.pinned, ids[i]) || listed(profile.pinned, ids[i]);
            const bool excluded = listed(request.excluded, ids[i]) || listed(profile.excluded, ids[i]);
            consistent = consistent && !(take && excluded) && !(!take && pinned);
            (take ? inner.pinned : inner.excluded).push_back(ids[i]);
            if (take)
                taken.insert(ids[i]);
        }
        if (!consistent)
            continue;
        const Weighted w = weighted(catalog, profile, request.holdYears, false, taken);
        if (weightOutOfRange(w))
            return std::nullopt;
        Plan p = plan(w.catalog, profile, inner);
        if (!hasPlan(p.status)) {
            proven = proven && p.status == PlanStatus::Infeasible;
            continue;
        }
        proven = proven && p.status == PlanStatus::Optimal;
        restoreMoney(p, w, catalog, profile);
        // The renewers were pinned only to split the search: they are in the plan for what they renew.
        for (auto& pc : p.credentials)
            if (!listed(request.pinned, pc.id) && !listed(profile.pinned, pc.id))
                std::erase_if(pc.why, [](const Reason& r) { return r.kind == Reason::Kind::Pinned; });
        const long long value = holdValue(catalog, profile, p, request.holdYears);
        if (better(value, p, bestValue, best)) {
            best = std::move(p);
            bestValue = value;
        }
    }
    if (!hasPlan(best.status))
        return std::nullopt; // the general search below says why, in the learner's terms
    best.objective = Objective::CostToHold;
    best.status = proven ? PlanStatus::Optimal : PlanStatus::Feasible;
    best.bound.reset();
    best.gap.reset();
    if (!proven)
        best.reason = {Message{Message::Code::HoldStoppedEarly, {}}};
    return best;
}

} // namespace

Plan planToHold(const Catalog& catalog, const Profile& profile, const PlanRequest& request) {
    const int years = request.holdYears;
    if (years < limits::kMinHoldYears || years > limits::kMaxHoldYears)
        return refused(profile, request,
                       {Message::Code::HoldYearsOutOfRange,
                        {arg::count(years), arg::count(limits::kMinHoldYears), arg::count(limits::kMaxHoldYears)}});
    std::vector<Problem> problems;
    checkKeeping(catalog, problems);
    if (!problems.empty())
        return refused(profile, request, problems.front().message);

    // Renewed credentials make the fees no sum; a few renewers are split on exactly. With a budget
    // or offers paying for credentials with fees, the general search below answers instead.
    const std::set<std::string> renewers = renewersOf(catalog, profile, request, years);
    const bool budgeted = request.budget || profile.budget;
    if (!budgeted && !renewers.empty() && renewers.size() <= kMaxRenewerSplit &&
        feesAreOwnWeights(catalog, relevantCredentials(catalog, profile, request), years))
        if (auto split = splitOnRenewers(catalog, profile, request, renewers))
            return *split;

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
    restoreMoney(best, upper, catalog, profile);
    long long bestValue = holdValue(catalog, profile, best, years);
    bool proven = best.status == PlanStatus::Optimal && upper.exact;
    std::optional<double> bound;
    if (!upper.exact) {
        // Lower weights bound every plan from below; their optimum may also be the better plan.
        const Weighted lower = weighted(catalog, profile, years, true);
        Plan low = plan(lower.catalog, unbudgeted, inner);
        if (hasPlan(low.status)) {
            const long long lowBound = cents(low.totals.cost);
            restoreMoney(low, lower, catalog, profile);
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
        fitting.reason = {Message{Message::Code::HoldCheapestOverBudget, {}}};
        fitting.bound = static_cast<double>(bestValue) / 100.0;
        const double value = holding(catalog, profile, fitting, years).total();
        fitting.gap =
            bestValue > 0 ? (value * 100.0 - static_cast<double>(bestValue)) / static_cast<double>(bestValue) : 0.0;
        return asCostToHold(fitting);
    }
    best.objective = Objective::CostToHold;
    if (!proven && best.status == PlanStatus::Optimal) {
        best.status = PlanStatus::Feasible;
        best.reason = {Message{Message::Code::HoldFeesShared, {}}};
    }
    if (best.status == PlanStatus::Feasible && bound) {
        best.bound = *bound;
        const double value = static_cast<double>(bestValue) / 100.0;
        best.gap = value <= *bound ? 0.0 : *bound > 0 ? (value - *bound) / *bound : std::optional<double>();
    }
    return best;
}

} // namespace cairn::detail
