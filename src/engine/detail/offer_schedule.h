#pragma once

// The order that pays a plan's subscriptions the least (docs/planning-model.md, "Money"): when
// prerequisites put other study between a subscription's credentials, the order decides how many
// billing periods are paid. Private to the engine.

#include "detail/offer_money.h"

#include <optional>
#include <vector>

namespace cairn::detail {

struct CheapestSchedule {
    std::vector<int> order; ///< local credentials, a valid order
    Amount money = 0;       ///< cents, as describePayments() counts them for this order
};

/// The valid order of `payment.set` whose schedule pays the least, and that money: exact, over
/// every order. Empty when a subscription pays two or more of its credentials and the set has a
/// cohort (its dates, not hours studied, decide when study happens), when it cannot be ordered,
/// has more than 64 credentials, or needs more than 200,000 partial orders. Each answer is kept
/// with the problem (PlanningProblem::cheapestOrders), so asking again costs a lookup.
std::optional<CheapestSchedule> cheapestSchedule(const PlanningProblem& problem, const Payment& payment);

} // namespace cairn::detail
