#pragma once

// Rows for the offer MIP (offer_search.cpp) that say a plan pays more in its cheapest schedule
// than the model counts: prerequisites put other study between a subscription's credentials.
// Private to the engine.

#include "detail/lp_solver.h"
#include "detail/offer_money.h"

#include <utility>
#include <vector>

namespace cairn::detail {

/// The offer MIP's columns that money is made of.
struct PaymentColumns {
    const std::vector<int>& take;                             ///< per credential: taken
    const std::vector<std::vector<std::pair<int, int>>>& pay; ///< per credential: (option, column)
    const std::vector<int>& periods;                          ///< per offer: periods, or -1
    const std::vector<std::pair<int, double>>& money;         ///< the money expression
};

/// Rows for a plan, paid as `payment`, whose cheapest schedule pays `scheduledMoney`, more than
/// the solver's `values` count. Each has the form "these credentials, paid this way, pay at least
/// E, unless something they could use is added": money + E·(credentials outside them that grant
/// what their prerequisites name + their options not taken) >= E. Valid for every plan that holds
/// them: in that plan's order, leave out the other credentials; the order of these still fits
/// (nothing outside them grants what they use), closing the gaps adds no period, and more
/// credentials on a subscription never pay it for fewer periods. One row is for the whole plan,
/// with E its money; the other for the small part of it that is already dearer, with E what that
/// part's subscriptions pay and the money counted only over those subscriptions: it holds in the
/// many plans that share the part.
std::vector<MipModel::Row> dearerRows(const PlanningProblem& p, const PaymentColumns& columns, const Payment& payment,
                                      Amount scheduledMoney, const std::vector<double>& values);

} // namespace cairn::detail
