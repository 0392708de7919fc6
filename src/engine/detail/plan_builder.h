#pragma once

#include "detail/offer_money.h"
#include "detail/plan_search.h"

#include <optional>

namespace cairn::detail {

/// Turns a chosen set into a Plan: order, schedule, credit categories and the reasons for
/// each credential. `status` and `objective` are copied into the plan. `payment` says how each
/// credential is paid (each through its cheapest option on its own when not given). The order
/// is the one that pays the subscriptions least (offer_schedule.h); when that cannot be found
/// exactly and the schedule costs more than the model's money, by which `payment` was then
/// chosen, an optimal plan is downgraded to feasible, with the reason.
Plan buildPlan(const PlanningProblem& problem, const Profile& profile, const std::string& goalId,
               const std::vector<int>& set, PlanStatus status, Objective objective, const Payment* payment = nullptr);

/// When buildPlan()'s schedule of `set`, paid as `payment` says, finishes (days from the start)
/// and the money it pays, without the rest of the plan. Empty when it cannot be scheduled.
struct ScheduledTotals {
    int completionDay = -1;
    Amount money = 0;
};
std::optional<ScheduledTotals> scheduledTotals(const PlanningProblem& problem, const std::vector<int>& set,
                                               const Payment& payment);

/// The same, for credentials already in a valid order (`order`, local indices), paid as
/// `payment` says (its credentials in any order). The out-of-pocket search tries orders this way.
/// `leastMoney`, the least any order pays for `payment` when it is known (offer_schedule.h), else
/// the model's money: a schedule paying more is not proven optimal.
Plan buildPlanInOrder(const PlanningProblem& problem, const Profile& profile, const std::string& goalId,
                      const std::vector<int>& order, PlanStatus status, Objective objective, const Payment& payment,
                      std::optional<Amount> leastMoney = std::nullopt);

} // namespace cairn::detail
