#include "detail/cohort_offers.h"

#include "detail/offer_search.h"
#include "detail/plan_builder.h"
#include "detail/plan_weights.h"
#include "detail/schedule.h"

namespace cairn::detail {

namespace {

/// The question with its date limit at `day` (none when empty). Its plans and bounds are not the
/// question's progress: its objectives may be others.
SearchSpec byDay(SearchSpec spec, std::optional<int> day) {
    spec.maxCompletionDay = day;
    spec.news = nullptr;
    return spec;
}

SearchSpec moneyOnly(SearchSpec spec) {
    spec.primary = Metric::Cost;
    spec.secondary = Metric::Cost; // only the money is read: no tie-break to settle
    return spec;
}

/// A plan and how it is paid, as the fast searches or the MIP found it.
struct Known {
    std::vector<int> set;
    Payment payment;
};

/// A known plan laid out in its schedule.
struct Candidate {
    Known plan;
    int day = -1; ///< its completion
    Amount money = 0, hours = 0;
};

Amount valueOf(const PlanningProblem& p, Metric m, const Candidate& c) {
    return m == Metric::Completion ? c.day : valueOfTotals(p, m, c.money, c.hours);
}

bool better(const PlanningProblem& p, const SearchSpec& spec, const Candidate& a, const Candidate& b) {
    const Amount pa = valueOf(p, spec.primary, a), pb = valueOf(p, spec.primary, b);
    return pa != pb ? pa < pb : valueOf(p, spec.secondary, a) < valueOf(p, spec.secondary, b);
}

/// The known plan in the schedule it is laid out in, when that finishes by `day` within the
/// budget.
std::optional<Candidate> finishingBy(const PlanningProblem& p, const SearchSpec& spec, const Known& plan, int day) {
    const auto totals = scheduledTotals(p, plan.set, plan.payment);
    if (!totals || totals->completionDay > day || (spec.useBudget && p.budget && totals->money > *p.budget))
        return std::nullopt;
    Candidate c{plan, totals->completionDay, totals->money, 0};
    for (int i : plan.set)
        c.hours += p.credentials[static_cast<std::size_t>(i)].hours;
    return c;
}

/// The best of the known plans by `spec`'s objectives among those finishing by `day`.
std::optional<Candidate> bestOf(const PlanningProblem& p, const SearchSpec& spec, const std::vector<Known>& known,
                                int day) {
    std::optional<Candidate> best;
    for (const Known& plan : known) {
        auto c = finishingBy(p, spec, plan, day);
        if (c && (!best || better(p, spec, *c, *best)))
            best = std::move(c);
    }
    return best;
}

SearchResult noPlan() {
    SearchResult r;
    r.exhaustive = true;
    return r;
}

CohortOffersAnswer provenNoPlan() {
    return CohortOffersAnswer{noPlan(), {}, true, std::nullopt};
}

/// The best plan by `spec`'s objectives (neither of them the date) among those finishing by
/// `day`: of the known plans and the MIP's, whichever finishes by then and weighs least.
/// `start`, a plan that finishes by then, is where the MIP starts.
std::optional<CohortOffersAnswer> bestFinishingBy(const PlanningProblem& p, const SearchSpec& spec, int day,
                                                  std::vector<Known> known, const SearchResult* start) {
    Payment viaOffers;
    const auto mip = searchWithOffersByHours(p, byDay(spec, day), viaOffers, start);
    if (!mip)
        return std::nullopt;
    if (mip->exhaustive && !mip->found)
        return known.empty() ? std::optional(provenNoPlan())
                             : std::nullopt; // a known plan fits the MIP's question: numerical trouble
    if (mip->found)
        known.push_back({mip->set, viaOffers});
    const auto best = bestOf(p, spec, known, day);
    if (!best)
        return std::nullopt;
    CohortOffersAnswer answer;
    SearchResult& r = answer.result;
    r.found = r.exhaustive = true;
    r.set = best->plan.set;
    r.primary = r.rootBound = valueOf(p, spec.primary, *best);
    r.secondary = valueOf(p, spec.secondary, *best);
    answer.payment = best->plan.payment;
    // Every plan finishing by `day` is among the MIP's (its hours fit): what it proved least on
    // both objectives, a plan finishing in time reaches only as the optimum. (Below it would
    // contradict the proof: then nothing is claimed.)
    answer.proven = mip->exhaustive && mip->found && r.primary == mip->primary && r.secondary == mip->secondary;
    if (!answer.proven && spec.primary == Metric::Cost)
        answer.leastMoney = mip->exhaustive ? mip->primary : mip->rootBound;
    return answer;
}

/// Whether no plan can finish by `day`, proven by the MIP's hours with the cohorts that cannot end
/// by then left out: the hours alone allow sooner, but cohort dates may not.
bool noPlanBy(const PlanningProblem& p, const SearchSpec& fewest, int day) {
    Payment unused;
    const auto mip = searchWithOffersByHours(p, byDay(fewest, day), unused, nullptr);
    return mip && mip->exhaustive && !mip->found;
}

/// The soonest day a plan can finish, with the known plans that may finish then (`known` gets
/// the MIP's): the searches' day when they proved it and money played no part; else the soonest
/// of the known plans when no plan's hours (within the budget through the offers) allow sooner,
/// or no plan can finish the day before (noPlanBy).
/// That holds whatever cohort dates the searches compared. Empty when not proven; `noPlan` is
/// set when no plan fits at all.
std::optional<int> soonestDay(const PlanningProblem& p, const SearchSpec& spec, const SearchResult& alone,
                              std::vector<Known>& known, bool& noPlanAtAll) {
    const bool budget = spec.useBudget && p.budget.has_value();
    if (alone.found && alone.completionExact && !alone.cohortRejected && !budget)
        return static_cast<int>(alone.primary);
    SearchSpec fewest = byDay(spec, spec.maxCompletionDay);
    fewest.primary = fewest.secondary = Metric::Hours; // only the hours are read
    Payment viaOffers;
    const auto mip = searchWithOffersByHours(p, fewest, viaOffers, alone.found ? &alone : nullptr);
    if (!mip || !mip->exhaustive)
        return std::nullopt;
    if (!mip->found) {
        noPlanAtAll = !alone.found; // (else a plan fits the MIP's question: numerical trouble)
        return std::nullopt;
    }
    known.push_back({mip->set, viaOffers});
    const auto first = bestOf(p, byDay(spec, std::nullopt), known, kNeverDay);
    if (!first)
        return std::nullopt;
    if (first->day > completionDayForHours(mip->primary, p.hoursPerWeek) && !noPlanBy(p, fewest, first->day - 1))
        return std::nullopt;
    return first->day;
}

/// The `time` objective: the soonest day, then the least money by that day.
std::optional<CohortOffersAnswer> soonest(const PlanningProblem& p, const SearchSpec& spec, const SearchResult& alone,
                                          const Payment& alonePayment) {
    if (spec.secondary != Metric::Cost)
        return std::nullopt;
    std::vector<Known> known;
    if (alone.found)
        known.push_back({alone.set, alonePayment});
    bool noPlanAtAll = false;
    const auto day = soonestDay(p, spec, alone, known, noPlanAtAll);
    if (!day)
        return noPlanAtAll ? std::optional(provenNoPlan()) : std::nullopt;
    auto answer = bestFinishingBy(p, moneyOnly(spec), *day, known, alone.found ? &alone : nullptr);
    if (!answer || !answer->result.found)
        return std::nullopt; // (a known plan finishes by then: a MIP without one is in trouble)
    answer->result.secondary = answer->result.primary;
    answer->result.primary = answer->result.rootBound = *day;
    return answer;
}

/// A step of the Pareto front: the least money of a plan finishing by the step's day, then the
/// soonest plan of that money (the question again with that money as its budget).
std::optional<CohortOffersAnswer> cheapestThenSoonest(const PlanningProblem& p, const SearchSpec& spec,
                                                      const SearchResult& alone, const Payment& alonePayment) {
    std::vector<Known> known;
    if (alone.found)
        known.push_back({alone.set, alonePayment});
    const int last = spec.maxCompletionDay.value_or(horizonDay(p));
    const auto cheapest = bestFinishingBy(p, moneyOnly(spec), last, known, alone.found ? &alone : nullptr);
    if (!cheapest || !cheapest->proven || !cheapest->result.found)
        return cheapest && cheapest->proven ? cheapest : std::nullopt;
    PlanningProblem within = p;
    within.budget = cheapest->result.primary;
    SearchSpec soon = spec;
    soon.primary = Metric::Completion;
    soon.secondary = Metric::Cost;
    soon.useBudget = true;
    std::vector<Known> ofThatMoney{{cheapest->result.set, cheapest->payment}};
    bool noPlanAtAll = false;
    const auto day = soonestDay(within, soon, SearchResult{}, ofThatMoney, noPlanAtAll);
    if (!day)
        return std::nullopt;
    auto answer = bestFinishingBy(within, moneyOnly(soon), *day, ofThatMoney, nullptr);
    if (!answer || !answer->proven || !answer->result.found || answer->result.primary != cheapest->result.primary)
        return std::nullopt;
    answer->result.secondary = *day;
    return answer;
}

} // namespace

std::optional<CohortOffersAnswer> searchCohortsWithOffers(const PlanningProblem& p, const SearchSpec& spec,
                                                          const SearchResult& alone, const Payment& alonePayment) {
    if (!alone.exhaustive)
        return std::nullopt;
    // Without a budget money plays no part: when the searches proved that no plan exists, none does.
    if (!alone.found && !(spec.useBudget && p.budget) && alone.completionExact && !alone.cohortRejected)
        return provenNoPlan();
    if (spec.primary == Metric::Completion)
        return soonest(p, spec, alone, alonePayment);
    if (spec.primary == Metric::Cost && spec.secondary == Metric::Completion)
        return cheapestThenSoonest(p, spec, alone, alonePayment);
    if (spec.maxCompletionDay && spec.secondary != Metric::Completion) {
        std::vector<Known> known;
        if (alone.found)
            known.push_back({alone.set, alonePayment});
        return bestFinishingBy(p, spec, *spec.maxCompletionDay, known, alone.found ? &alone : nullptr);
    }
    return std::nullopt;
}

} // namespace cairn::detail
