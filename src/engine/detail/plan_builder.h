#pragma once

#include "detail/plan_search.h"

namespace cairn::detail {

/// Turns a chosen set into a Plan: order, schedule, credit categories and the reasons for
/// each credential. `status` and `objective` are copied into the plan.
Plan buildPlan(const PlanningProblem& problem, const Profile& profile, const std::string& goalId,
               const std::vector<int>& set, PlanStatus status, Objective objective);

/// "$1,234" or "1,234.50 EUR": money for sentences.
std::string moneyText(double amount, const std::string& currency);

} // namespace cairn::detail
