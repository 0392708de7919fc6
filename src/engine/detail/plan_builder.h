#pragma once

#include "detail/offer_money.h"
#include "detail/plan_search.h"

namespace cairn::detail {

/// Turns a chosen set into a Plan: order, schedule, credit categories and the reasons for
/// each credential. `status` and `objective` are copied into the plan. `payment` says how each
/// credential is paid (each through its cheapest option on its own when not given); when the
/// schedule costs more than the money `payment` was chosen by, an optimal plan is downgraded
/// to feasible, with the reason.
Plan buildPlan(const PlanningProblem& problem, const Profile& profile, const std::string& goalId,
               const std::vector<int>& set, PlanStatus status, Objective objective, const Payment* payment = nullptr);

/// The same, for credentials already in a valid order (`order`, local indices), paid as
/// `payment` says (its credentials in any order). The out-of-pocket search tries orders this way.
Plan buildPlanInOrder(const PlanningProblem& problem, const Profile& profile, const std::string& goalId,
                      const std::vector<int>& order, PlanStatus status, Objective objective, const Payment& payment);

} // namespace cairn::detail
