#pragma once

#include "cairn/engine/date.h"
#include "cairn/engine/plan.h"

#include <string>
#include <vector>

namespace cairn {

/// One amount a plan pays on one day (docs/planning-model.md, "Money").
struct Charge {
    Date day;
    double amount = 0;
    std::string offer;      ///< the offer paid; empty for a credential's own price
    std::string credential; ///< the credential bought; empty for a bundle or a billing period
    int period = 0;         ///< subscriptions: 1 for the first billing period paid, 2 for the next, …

    bool operator==(const Charge&) const = default;
};

/// When the plan's money is paid: a credential's own price, and a one-time offer's price, on
/// the day the credential starts; a bundle's price on the day its first credential starts; a
/// subscription's price at the start of each billing period it pays, the periods one after
/// another from its first day, as its payment counts them (OfferPayment::start, ::end). In day
/// order (ties in schedule order); the amounts add up to the plan's total money.
std::vector<Charge> charges(const Plan& plan);

} // namespace cairn
