#include "detail/cohort_relaxation.h"

#include "detail/offer_money.h"
#include "detail/plan_builder.h"
#include "detail/plan_weights.h"
#include "detail/schedule.h"

namespace cairn::detail {

namespace {

/// The question with the cohorts' dates relaxed (cohort_relaxation.h), and its exhaustive answer.
SearchResult searchWithoutCohortDates(const PlanningProblem& problem, const SearchSpec& spec) {
    PlanningProblem relaxed = problem;
    int never = -1; // a False node, made once
    for (std::size_t i = 0; i < relaxed.credentials.size(); ++i) {
        CredentialLocal& c = relaxed.credentials[i];
        if (!c.cohort)
            continue;
        c.cohort = false;
        if (canFinishBy(problem, static_cast<int>(i), spec.maxCompletionDay.value_or(horizonDay(problem))))
            continue;
        if (never < 0) {
            never = static_cast<int>(relaxed.formulas.nodes.size());
            relaxed.formulas.nodes.push_back({FormulaArena::False, 0, -1, 0, 0});
        }
        c.root = never; // its prerequisites can never hold
    }
    SearchSpec quiet = spec;
    quiet.news = nullptr; // plans of the relaxed problem are no plans of the question
    return searchPlan(relaxed, quiet);
}

bool settled(const SearchResult& r) {
    return r.exhaustive && !r.cohortRejected && r.completionExact;
}

/// `set` as the real question weighs it, in the schedule the plan is laid out in; empty when
/// that cannot be scheduled or misses the deadline.
std::optional<SearchResult> inItsSchedule(const PlanningProblem& p, const SearchSpec& spec,
                                          const std::vector<int>& set) {
    const auto totals = scheduledTotals(p, set, standalonePayment(p, set));
    if (!totals || (spec.maxCompletionDay && totals->completionDay > *spec.maxCompletionDay))
        return std::nullopt;
    const auto value = [&](Metric m) {
        return m == Metric::Completion ? static_cast<Amount>(totals->completionDay) : sumOf(metricWeights(p, m), set);
    };
    SearchResult r;
    r.found = r.exhaustive = true;
    r.set = set;
    r.primary = r.rootBound = value(spec.primary);
    r.secondary = value(spec.secondary);
    return r;
}

/// The `time` objective's proof when the relaxed soonest day is below the plan's own: no plan
/// finishes the day before when the relaxed question by then has none (the cohorts that cannot
/// end by that day leave it), and the relaxed question's least money by the plan's day bounds
/// every plan of that day. The plan, or the relaxed optimum's set, that reaches both is the optimum.
std::optional<SearchResult> soonestByTheDayBefore(const PlanningProblem& p, const SearchSpec& spec,
                                                  const SearchResult& found) {
    const auto real = inItsSchedule(p, spec, found.set);
    if (!real || spec.secondary != Metric::Cost)
        return std::nullopt;
    const int day = static_cast<int>(real->primary);
    SearchSpec before = spec;
    before.maxCompletionDay = day - 1;
    const SearchResult sooner = searchWithoutCohortDates(p, before);
    if (sooner.found || !settled(sooner))
        return std::nullopt;
    SearchSpec cheapest = spec;
    cheapest.maxCompletionDay = day;
    cheapest.primary = Metric::Cost;
    cheapest.secondary = Metric::Cost; // only the money is read
    const SearchResult money = searchWithoutCohortDates(p, cheapest);
    if (!money.found || !settled(money))
        return std::nullopt;
    for (const auto* set : {&found.set, &money.set}) {
        auto r = inItsSchedule(p, spec, *set);
        if (r && r->primary == day && r->secondary == money.primary)
            return r;
    }
    return std::nullopt;
}

} // namespace

bool noPlanEvenWithoutCohortDates(const PlanningProblem& problem, const SearchSpec& spec) {
    const SearchResult r = searchWithoutCohortDates(problem, spec);
    return !r.found && settled(r);
}

std::optional<SearchResult> provenWithoutCohortDates(const PlanningProblem& problem, const SearchSpec& spec,
                                                     const SearchResult& found) {
    const SearchResult bound = searchWithoutCohortDates(problem, spec);
    if (!bound.found || !settled(bound))
        return std::nullopt;
    for (const auto* set : {&found.set, &bound.set}) {
        auto real = inItsSchedule(problem, spec, *set);
        if (real && real->primary == bound.primary && real->secondary == bound.secondary)
            return real;
    }
    if (spec.primary == Metric::Completion)
        return soonestByTheDayBefore(problem, spec, found);
    return std::nullopt;
}

} // namespace cairn::detail
