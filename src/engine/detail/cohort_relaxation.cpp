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
        const Schedule alone = schedule(problem, {static_cast<int>(i)}, {{}});
        if (alone.feasible && (!spec.maxCompletionDay || alone.completionDay <= *spec.maxCompletionDay))
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
    return std::nullopt;
}

} // namespace cairn::detail
