#include "detail/cohort_relaxation.h"

#include "detail/schedule.h"

namespace cairn::detail {

bool noPlanEvenWithoutCohortDates(const PlanningProblem& problem, const SearchSpec& spec) {
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
    const SearchResult r = searchPlan(relaxed, quiet);
    return !r.found && r.exhaustive && !r.cohortRejected && r.completionExact;
}

} // namespace cairn::detail
