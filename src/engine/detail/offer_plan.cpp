#include "detail/offer_plan.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace cairn::detail {

namespace {

/// The option each local credential of `payment` is paid through.
std::map<int, int> optionByCredential(const Payment& payment) {
    std::map<int, int> out;
    for (std::size_t k = 0; k < payment.set.size(); ++k)
        out[payment.set[k]] = payment.option[k];
    return out;
}

const OfferLocal* offerOf(const PlanningProblem& p, int option) {
    return option == kOwnCost ? nullptr : &p.offers->offers[static_cast<std::size_t>(option)];
}

/// Periods paid for study intervals [from, to) given in ascending order, `period` long each: a
/// subscription starts with the first interval and runs while study continues; when nothing is
/// studied for a whole period it lapses, and starts again with the next interval (continuing
/// would cost as much or more).
/// `runs` receives each run's start and periods, so that each period can be dated.
Amount periodsForIntervals(const std::vector<std::pair<Amount, Amount>>& intervals, Amount period,
                           std::vector<std::pair<Amount, Amount>>& runs) {
    Amount total = 0, runStart = -1, runPeriods = 0;
    for (const auto& [from, to] : intervals) {
        if (runStart < 0 || from >= runStart + runPeriods * period) {
            if (runStart >= 0)
                runs.emplace_back(runStart, runPeriods);
            total += runPeriods;
            runStart = from;
            runPeriods = 0;
        }
        runPeriods = std::max({runPeriods, Amount{1}, (to - runStart + period - 1) / period});
    }
    if (runStart >= 0)
        runs.emplace_back(runStart, runPeriods);
    return total + runPeriods;
}

/// Billing periods a subscription is paid for in this schedule (positions in order); the day
/// (from the plan's start) each period begins goes to `periodStartDays`.
Amount scheduledPeriods(const PlanningProblem& p, const OfferLocal& offer, const std::vector<int>& order,
                        const std::vector<std::size_t>& positions, const Schedule& sched,
                        std::vector<int>& periodStartDays) {
    std::vector<std::pair<Amount, Amount>> runs;
    auto dateRuns = [&](Amount unitsPerDay) {
        for (const auto& [start, periods] : runs)
            for (Amount k = 0; k < periods; ++k)
                periodStartDays.push_back(static_cast<int>(start / unitsPerDay + k * offer.periodDays));
    };
    const bool anyCohort = std::any_of(order.begin(), order.end(),
                                       [&](int c) { return p.credentials[static_cast<std::size_t>(c)].cohort; });
    std::vector<std::pair<Amount, Amount>> intervals;
    if (!anyCohort) {
        // Study runs at full pace, one credential after another: in sevenths of hundredths of an
        // hour, a credential of H hours after S hours of study spans [7S, 7(S + H)), and a
        // period holds period days × hours per week of them. Exact.
        std::vector<Amount> before(order.size() + 1, 0);
        for (std::size_t k = 0; k < order.size(); ++k)
            before[k + 1] = before[k] + p.credentials[static_cast<std::size_t>(order[k])].hours;
        for (std::size_t pos : positions)
            intervals.emplace_back(7 * before[pos], 7 * before[pos + 1]);
        const Amount periods = periodsForIntervals(intervals, p.hoursPerWeek * offer.periodDays, runs);
        dateRuns(p.hoursPerWeek); // a day holds hours-per-week of these units
        return periods;
    }
    // With cohorts, whole days from the schedule: never less than the study needs.
    for (std::size_t pos : positions)
        intervals.emplace_back(sched.items[pos].startDay, static_cast<Amount>(sched.items[pos].endDay) + 1);
    std::sort(intervals.begin(), intervals.end());
    std::vector<int> credentials;
    for (std::size_t pos : positions)
        credentials.push_back(order[pos]);
    const Amount counted = periodsForIntervals(intervals, offer.periodDays, runs);
    const Amount model = modelPeriods(p, offer, credentials);
    if (model > counted && !runs.empty())
        runs.back().second += model - counted; // a cohort's own weeks run on in the last run
    dateRuns(1);
    return std::max(model, counted);
}

double money(Amount cents) {
    return static_cast<double>(cents) / 100.0;
}

/// The credentials at `positions` of `order`, each bought on its own through its cheapest option:
/// attachOffers() left that money in each credential's `cost`.
Amount boughtOneByOne(const PlanningProblem& p, const std::vector<int>& order,
                      const std::vector<std::size_t>& positions) {
    Amount total = 0;
    for (std::size_t pos : positions)
        total += p.credentials[static_cast<std::size_t>(order[pos])].cost;
    return total;
}

} // namespace

std::vector<int> groupBySubscription(const PlanningProblem& p, const std::vector<int>& order, const Payment& payment) {
    const std::map<int, int> option = optionByCredential(payment);
    auto groupOf = [&](int c) {
        const auto it = option.find(c);
        const OfferLocal* offer = it == option.end() ? nullptr : offerOf(p, it->second);
        return offer && offer->kind == Offer::Kind::Subscription ? it->second : -1;
    };
    std::vector<char> held(p.atoms.size(), 0);
    for (std::size_t a = 0; a < p.atoms.size(); ++a)
        held[a] = p.atoms[a].initiallyHeld ? 1 : 0;
    auto ready = [&](int c) {
        return p.formulas.eval(p.credentials[static_cast<std::size_t>(c)].root,
                               [&](int a) { return held[static_cast<std::size_t>(a)] != 0; });
    };
    std::vector<int> left = order, out;
    int current = -1;
    while (!left.empty()) {
        // The open subscription's next credential; else one outside every subscription; else
        // the first that can start, which opens its subscription.
        auto pick = std::find_if(left.begin(), left.end(),
                                 [&](int c) { return current >= 0 && groupOf(c) == current && ready(c); });
        if (pick == left.end())
            pick = std::find_if(left.begin(), left.end(), [&](int c) { return groupOf(c) < 0 && ready(c); });
        if (pick == left.end())
            pick = std::find_if(left.begin(), left.end(), ready);
        if (pick == left.end())
            return order; // not orderable after all: keep the order given
        current = groupOf(*pick);
        for (int a : p.credentials[static_cast<std::size_t>(*pick)].provides)
            held[static_cast<std::size_t>(a)] = 1;
        out.push_back(*pick);
        left.erase(pick);
    }
    return out;
}

Amount describePayments(Plan& plan, const PlanningProblem& p, const std::vector<int>& order, const Schedule& sched,
                        const Payment& payment) {
    const Catalog& catalog = *p.catalog;
    const std::map<int, int> option = optionByCredential(payment);
    std::map<int, std::vector<std::size_t>> positionsOf; // option -> positions in order
    for (std::size_t pos = 0; pos < order.size(); ++pos)
        positionsOf[option.at(order[pos])].push_back(pos);
    Amount total = 0;
    bool subscription = false;
    std::vector<std::pair<int, OfferPayment>> payments;           // (first start day, payment)
    std::map<std::string, std::pair<std::string, double>> bought; // credential -> (offer, its own share)
    for (const auto& [opt, positions] : positionsOf) {
        const OfferLocal* offer = offerOf(p, opt);
        if (!offer) {
            for (std::size_t pos : positions)
                total += standaloneMoney(p, order[pos], kOwnCost);
            continue;
        }
        const Offer& source = catalog.offers[static_cast<std::size_t>(offer->catalogIndex)];
        OfferPayment pay;
        pay.offer = source.id;
        pay.title = source.title;
        pay.kind = source.kind;
        pay.period = source.period;
        pay.price = source.price;
        Amount cents = offer->price;
        int firstDay = sched.items[positions.front()].startDay;
        for (std::size_t pos : positions)
            firstDay = std::min(firstDay, sched.items[pos].startDay);
        if (offer->kind == Offer::Kind::OneTime)
            cents = offer->price * static_cast<Amount>(positions.size());
        if (offer->kind == Offer::Kind::Subscription) {
            subscription = true;
            std::vector<int> periodStartDays;
            const Amount periods = scheduledPeriods(p, *offer, order, positions, sched, periodStartDays);
            for (int day : periodStartDays)
                pay.periodStarts.push_back(p.start.plusDays(day));
            pay.periods = static_cast<int>(periods);
            cents = offer->price * periods;
            pay.start = p.start.plusDays(firstDay);
            pay.end = pay.start.plusDays(static_cast<int>(periods * offer->periodDays - 1));
        }
        pay.amount = money(cents);
        total += cents;
        const bool alone = offer->kind == Offer::Kind::OneTime || positions.size() == 1;
        if (!alone)
            pay.separately = money(boughtOneByOne(p, order, positions));
        for (std::size_t pos : positions) {
            const auto& id = catalog
                                 .credentials[static_cast<std::size_t>(
                                     p.credentials[static_cast<std::size_t>(order[pos])].catalogIndex)]
                                 .id;
            pay.credentials.push_back(id);
            bought[id] = {source.id, alone ? money(offer->kind == Offer::Kind::OneTime ? offer->price : cents) : 0.0};
        }
        payments.emplace_back(firstDay, std::move(pay));
    }
    std::stable_sort(payments.begin(), payments.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (auto& [day, pay] : payments)
        plan.payments.push_back(std::move(pay));
    // Each credential: its offer, and its cost when nothing else shares it.
    for (auto& pc : plan.credentials)
        if (const auto it = bought.find(pc.id); it != bought.end())
            std::tie(pc.offer, pc.cost) = it->second;
    plan.totals.cost = money(total);
    if (subscription) {
        const double perWeek = plan.hoursPerWeek;
        for (double pace : {perWeek / 2, perWeek, perWeek * 2})
            if (pace >= 1 && pace <= 168)
                plan.paceCosts.push_back({pace, money(modelMoney(p, payment, toCents(pace)))});
    }
    return total;
}

} // namespace cairn::detail
