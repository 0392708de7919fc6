#include "cairn/engine/plan.h"

#include <algorithm>

namespace cairn {

const char* toString(Objective objective) {
    switch (objective) {
    case Objective::Cost:
        return "cost";
    case Objective::Effort:
        return "effort";
    case Objective::Balanced:
        return "balanced";
    case Objective::Time:
        return "time";
    case Objective::CostToHold:
        return "cost-to-hold";
    case Objective::OutOfPocket:
        return "out-of-pocket";
    }
    return "cost";
}

const char* toString(PlanStatus status) {
    switch (status) {
    case PlanStatus::Optimal:
        return "optimal";
    case PlanStatus::Feasible:
        return "feasible";
    case PlanStatus::Infeasible:
        return "infeasible";
    case PlanStatus::Unknown:
        return "unknown";
    }
    return "unknown";
}

std::optional<Objective> objectiveFromString(const std::string& text) {
    for (Objective o : {Objective::Cost, Objective::Effort, Objective::Balanced, Objective::Time, Objective::CostToHold,
                        Objective::OutOfPocket})
        if (text == toString(o))
            return o;
    return std::nullopt;
}

const OfferPayment* paymentOf(const Plan& plan, std::string_view offer) {
    const auto it = std::find_if(plan.payments.begin(), plan.payments.end(),
                                 [offer](const OfferPayment& p) { return p.offer == offer; });
    return it == plan.payments.end() ? nullptr : &*it;
}

bool sharesItsOffer(const Plan& plan, const PlannedCredential& credential) {
    const OfferPayment* payment = credential.offer.empty() ? nullptr : paymentOf(plan, credential.offer);
    return payment && payment->kind != Offer::Kind::OneTime && payment->credentials.size() > 1;
}

} // namespace cairn
