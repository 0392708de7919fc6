#pragma once

// Money as credentials are sold (docs/planning-model.md, "Money"): each credential of a plan is
// paid through one of its options — its own cost or an offer that covers it — and a
// subscription costs its price for every billing period its credentials are studied in.
// Private to the engine.

#include "detail/planning_problem.h"

#include <vector>

namespace cairn::detail {

/// A credential's own `cost`, as a payment option.
inline constexpr int kOwnCost = -1;

/// An offer of the catalog restricted to the credentials of one question.
struct OfferLocal {
    int catalogIndex = -1;
    Offer::Kind kind = Offer::Kind::OneTime;
    Amount price = 0;        ///< cents
    int periodDays = 0;      ///< subscriptions: 30 or 365
    std::vector<int> covers; ///< local credentials, ascending
};

struct OfferModel {
    std::vector<OfferLocal> offers;
    /// Per local credential: kOwnCost (when it has a cost) and the offers covering it.
    std::vector<std::vector<int>> options;
    /// Some subscription or bundle covers two or more credentials of the question: money is then
    /// not a sum over credentials, and only the offer MIP (offer_search.h) minimises it exactly.
    bool shared = false;
};

/// The offers of `p`'s credentials; sets each credential's `cost` to its cheapest option bought
/// on its own, which is its exact money whenever the model is not `shared`.
void attachOffers(PlanningProblem& p);

/// How each credential of `set` (ascending local indices) is paid: `option[k]` for `set[k]`.
struct Payment {
    std::vector<int> set;
    std::vector<int> option;
};

/// Billing periods a subscription needs for the credentials paid through it, at full pace and
/// each cohort from its own start: at least one, the periods its self-paced hours fill at the
/// learner's hours per week, and each cohort's weeks. A lower bound for every schedule; exact
/// when its credentials are studied one after another with nothing between (schedule.h).
/// `hoursPerWeek` (hundredths) overrides the learner's, to show how money depends on pace.
Amount modelPeriods(const PlanningProblem& p, const OfferLocal& offer, const std::vector<int>& credentials,
                    Amount hoursPerWeek = 0);

/// Money of `payment` under the model (each subscription at modelPeriods()).
Amount modelMoney(const PlanningProblem& p, const Payment& payment, Amount hoursPerWeek = 0);

/// Each credential of `set` through its cheapest option bought on its own: the exact cheapest
/// payment when the model is not shared.
Payment standalonePayment(const PlanningProblem& p, const std::vector<int>& set);

/// The money of `credential` bought through `option` on its own.
Amount standaloneMoney(const PlanningProblem& p, int credential, int option);

} // namespace cairn::detail
