#include "cairn/engine/keeping.h"

#include "cairn/engine/limits.h"

#include <algorithm>
#include <cmath>
#include <set>

namespace cairn {

namespace {

bool marked(const std::vector<std::string>& estimated, const char* field) {
    return std::find(estimated.begin(), estimated.end(), field) != estimated.end();
}

int clampYears(int years) {
    return std::clamp(years, limits::kMinHoldYears, limits::kMaxHoldYears);
}

int periodOf(const Credential& c) {
    return c.renewal && c.renewal->periodMonths > 0 ? c.renewal->periodMonths : c.validMonths;
}

double renewalFee(const Credential& c) {
    if (c.renewal->fee)
        return *c.renewal->fee;
    return c.renewal->retake && c.hasCost ? c.cost : 0.0;
}

/// Months after earning on which a renewal falls due, up to `months` inclusive.
std::vector<int> renewalMonths(const Credential& c, int months) {
    std::vector<int> due;
    const int period = periodOf(c);
    if (!c.renewal || c.validMonths <= 0 || period <= 0)
        return due;
    for (int m = c.validMonths; m <= months; m += period)
        due.push_back(m);
    return due;
}

/// Everything the learner holds after the plan: completed credentials and the planned ones.
std::set<std::string> heldAfter(const Profile& profile, const Plan& plan) {
    std::set<std::string> held(profile.completed.begin(), profile.completed.end());
    for (const auto& pc : plan.credentials)
        held.insert(pc.id);
    return held;
}

bool renewedByAnother(const Credential& c, const std::set<std::string>& held) {
    if (!c.renewal)
        return false;
    return std::any_of(c.renewal->renewedBy.begin(), c.renewal->renewedBy.end(),
                       [&](const std::string& id) { return id != c.id && held.count(id) > 0; });
}

void addEvents(const Credential& c, Date earned, int years, Holding& out) {
    const int months = 12 * years;
    if (!c.renewal) {
        if (c.validMonths > 0)
            out.events.push_back({KeepingEvent::Kind::Expiry, c.id, addMonths(earned, c.validMonths), 0, 0, false});
        return;
    }
    const Renewal& r = *c.renewal;
    if (r.yearlyFee > 0)
        for (int y = 1; y <= years; ++y) {
            out.events.push_back(
                {KeepingEvent::Kind::YearlyFee, c.id, addMonths(earned, 12 * y), r.yearlyFee, 0, false});
            out.keepMoney += r.yearlyFee;
            out.estimated = out.estimated || marked(r.estimated, "yearly_fee");
        }
    const double fee = renewalFee(c);
    for (int m : renewalMonths(c, months)) {
        out.events.push_back({KeepingEvent::Kind::Renewal, c.id, addMonths(earned, m), fee, r.hours, r.retake});
        out.keepMoney += fee;
        out.keepHours += r.hours;
        const bool feeEstimated = r.fee ? marked(r.estimated, "fee") : (r.retake && marked(c.estimated, "cost"));
        out.estimated = out.estimated || feeEstimated || (r.hours > 0 && marked(r.estimated, "hours"));
    }
}

} // namespace

Date addMonths(Date from, int months) {
    const int total = from.year() * 12 + static_cast<int>(from.month()) - 1 + months;
    const int year = total / 12;
    const auto month = static_cast<unsigned>(total % 12 + 1);
    unsigned day = from.day();
    // The last day of the target month: the day before the first of the next one.
    const int nextTotal = total + 1;
    const Date firstOfNext = Date::fromYmd(nextTotal / 12, static_cast<unsigned>(nextTotal % 12 + 1), 1);
    const unsigned lastDay = firstOfNext.plusDays(-1).day();
    day = std::min(day, lastDay);
    return Date::fromYmd(year, month, day);
}

double keepingMoney(const Credential& c, int years) {
    years = clampYears(years);
    if (!c.renewal)
        return 0;
    const double fees = c.renewal->yearlyFee * years;
    return fees + renewalFee(c) * static_cast<double>(renewalMonths(c, 12 * years).size());
}

double keepingHours(const Credential& c, int years) {
    years = clampYears(years);
    if (!c.renewal)
        return 0;
    return c.renewal->hours * static_cast<double>(renewalMonths(c, 12 * years).size());
}

Holding holding(const Catalog& catalog, const Profile& given, const Plan& plan, int years) {
    // Credentials that lapsed before the plan starts are no longer held (profile.h).
    const Profile profile = heldOnStart(given);
    Holding out;
    out.years = clampYears(years);
    out.earn = plan.totals.cost;
    if (!hasPlan(plan.status))
        return out;
    const std::set<std::string> held = heldAfter(profile, plan);
    for (const auto& pc : plan.credentials) {
        const Credential* c = catalog.findCredential(pc.id);
        if (!c)
            continue;
        if (renewedByAnother(*c, held)) {
            out.renewedByOthers.push_back(c->id);
            continue;
        }
        addEvents(*c, pc.end, out.years, out);
    }
    std::stable_sort(out.events.begin(), out.events.end(),
                     [](const KeepingEvent& a, const KeepingEvent& b) { return a.date < b.date; });
    return out;
}

PlanRanges planRanges(const Catalog& catalog, const Plan& plan) {
    PlanRanges out;
    out.cost = {plan.totals.cost, plan.totals.cost, plan.totals.cost, false};
    out.hours = {plan.totals.hours, plan.totals.hours, plan.totals.hours, false};
    if (!hasPlan(plan.status))
        return out;
    for (const auto& pc : plan.credentials) {
        out.hasCohort = out.hasCohort || pc.cohort;
        const Credential* c = catalog.findCredential(pc.id);
        if (!c)
            continue;
        if (pc.offer.empty()) {
            out.cost.estimated = out.cost.estimated || marked(c->estimated, "cost");
            if (c->costRange) {
                out.cost.low -= c->cost - c->costRange->low;
                out.cost.high += c->costRange->high - c->cost;
            }
        }
        out.hours.estimated = out.hours.estimated || marked(c->estimated, "hours");
        if (c->hoursRange) {
            out.hours.low -= c->hours - c->hoursRange->low;
            out.hours.high += c->hoursRange->high - c->hours;
        }
    }
    for (const auto& payment : plan.payments)
        if (const Offer* offer = catalog.findOffer(payment.offer))
            out.cost.estimated = out.cost.estimated || offer->estimated;
    if (!out.hasCohort && plan.hoursPerWeek > 0 && !plan.credentials.empty()) {
        // Hundredths of an hour, as the schedule counts them (docs/planning-model.md, "The schedule").
        const double high = std::llround(out.hours.high * 100.0);
        const double perWeek = std::llround(plan.hoursPerWeek * 100.0);
        const double days = std::ceil(7.0 * high / perWeek);
        const Date end = plan.start.plusDays(static_cast<std::int32_t>(std::max(0.0, days - 1)));
        if (limits::contains(end))
            out.highCompletion = end;
    }
    return out;
}

} // namespace cairn
