#pragma once

#include "detail/planning_problem.h"

#include <algorithm>
#include <limits>
#include <vector>

namespace cairn::detail {

/// Days are counted from the profile's start date (day 0); week w covers days 7w … 7w+6.
struct ScheduledCredential {
    int local = -1;
    int startDay = 0;
    int endDay = 0; ///< last day of work, inclusive
};

struct Schedule {
    bool feasible = true;                   ///< false when a cohort has no start date the learner can make,
                                            ///< or the plan runs past horizonDay()
    bool exact = true;                      ///< true when the completion is the earliest possible for this set
    std::vector<ScheduledCredential> items; ///< in the order given
    int completionDay = -1;                 ///< -1 for an empty plan
    std::vector<Amount> weekLoad;           ///< hundredths of an hour per week
    Message problem;                        ///< why it is not feasible
};

/// Schedules credentials given in an order where each comes after those it relies on.
/// `reliesOn[i]` lists positions (< i) in `order`. Self-paced work is done one credential at a
/// time in that order, filling the learner's free hours; a cohort takes its fixed weekly share
/// from the first start date after what it relies on is complete and where its weeks have room.
/// With self-paced credentials only, this finishes at the earliest possible day (the hours are
/// the bottleneck); with cohorts the choice of start dates is greedy (see docs/planning-model.md).
Schedule schedule(const PlanningProblem& problem, const std::vector<int>& order,
                  const std::vector<std::vector<int>>& reliesOn);

/// Whether a plan can hold credential `local` and finish by `day`. Only a cohort can rule it
/// out: alone it starts on its first date whose weeks have room, and with other study to fit
/// around it never sooner.
bool canFinishBy(const PlanningProblem& problem, int local, int day);

/// The last day (counted from the plan's start) a schedule may book: the end of the last year
/// Cairn plans in (cairn/engine/limits.h). A plan that would run longer is not scheduled, so a
/// schedule never books weeks in proportion to an absurd number of hours.
int horizonDay(const PlanningProblem& problem);

/// Far beyond any horizon, and far from overflow when a few days are added to it.
inline constexpr int kNeverDay = std::numeric_limits<int>::max() / 4;

/// The earliest day on which `hours` (hundredths) of work can be finished at `perWeek`
/// (kNeverDay when that is beyond any date).
inline int completionDayForHours(Amount hours, Amount perWeek) {
    if (hours <= 0)
        return -1;
    return static_cast<int>(std::min<Amount>((7 * hours + perWeek - 1) / perWeek, kNeverDay)) - 1;
}

} // namespace cairn::detail
