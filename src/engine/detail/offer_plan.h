#pragma once

// How a plan's money is laid out over its schedule: which offer each credential is bought
// through, and the billing periods each subscription is paid for. Private to the engine.

#include "detail/offer_money.h"
#include "detail/schedule.h"

#include <vector>

namespace cairn::detail {

/// A valid order of the same credentials in which those paid through one subscription follow
/// one another where their prerequisites allow, so that no period is paid for other study.
std::vector<int> groupBySubscription(const PlanningProblem& problem, const std::vector<int>& order,
                                     const Payment& payment);

/// Fills the plan's payments, each credential's offer and cost, the total money and, when a
/// subscription is paid, the money at other paces. Returns the money of the schedule in cents,
/// which is more than modelMoney() when the schedule could not study a subscription's
/// credentials at full pace one after another.
Amount describePayments(Plan& plan, const PlanningProblem& problem, const std::vector<int>& order,
                        const Schedule& schedule, const Payment& payment);

} // namespace cairn::detail
