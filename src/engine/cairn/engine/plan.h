#pragma once

#include "cairn/engine/date.h"
#include "cairn/engine/funding.h"
#include "cairn/engine/message.h"
#include "cairn/engine/offer.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cairn {

enum class Objective {
    Cost,     ///< least money, ties by fewer hours
    Effort,   ///< fewest hours, ties by less money
    Balanced, ///< least money + hourly value × hours, ties by fewer hours
    Time,     ///< earliest completion, ties by less money
    /// Least money plus fees to hold each credential for PlanRequest::holdYears, ties by fewer hours
    /// (docs/planning-model.md, "Keeping a credential").
    CostToHold,
    /// least money the learner pays after funding, ties by less money, then fewer hours
    OutOfPocket,
};

/// The four answers a question can get; they are never conflated.
enum class PlanStatus {
    Optimal,    ///< a plan, proven the best
    Feasible,   ///< a plan, not proven the best (the search stopped early); see Plan::bound
    Infeasible, ///< proven: no plan exists (Plan::reason says why)
    Unknown,    ///< the search stopped (time limit or cancel) before it found any plan
};

/// A plan to show: optimal or feasible.
inline bool hasPlan(PlanStatus status) {
    return status == PlanStatus::Optimal || status == PlanStatus::Feasible;
}

const char* toString(Objective objective);
const char* toString(PlanStatus status);
std::optional<Objective> objectiveFromString(const std::string& text);

/// Why a credential is in a plan: one line per thing it serves. The engine gives the facts;
/// cairn_text (text::ReasonWords) writes the sentence.
struct Reason {
    enum class Kind {
        Goal,         ///< satisfies an item of the goal's requirement
        Prerequisite, ///< satisfies an item of another planned credential's prerequisites
        Credits,      ///< supplies credits toward the degree goal
        Pinned,       ///< the learner pinned it
    };
    Kind kind = Kind::Goal;
    std::string item;   ///< the requirement item served, e.g. "skill:sql@2"; or the credit category
    std::string target; ///< the credential served (Prerequisite) or the goal id
    double credits = 0; ///< for Credits

    bool operator==(const Reason&) const = default;
};

/// One credential of a plan, with its place in the schedule.
struct PlannedCredential {
    std::string id;
    std::string title;
    double cost = 0;
    double hours = 0;
    bool cohort = false;
    Date start;
    Date end;
    std::vector<std::string> reliesOn; ///< planned credentials whose grants it needs, completed before it starts
    std::string creditCategory;        ///< for credits goals: the category its credits count toward
    double creditsCounted = 0;
    std::vector<Reason> why;
    /// The offer it is bought through (docs/planning-model.md, "Money"); empty: its own cost.
    /// `cost` is what it costs on its own: its price, or what its offer costs when nothing
    /// else in the plan shares it; 0 when it shares a subscription or bundle (see Plan::payments).
    std::string offer;

    bool operator==(const PlannedCredential&) const = default;
};

struct PlanTotals {
    double cost = 0;
    double hours = 0;
    double credits = 0; ///< a credits goal's credits counted from the plan's credentials
    Date completion;
    int weeks = 0;
    double creditsEarned = 0; ///< and from credentials the learner had earned before it

    bool operator==(const PlanTotals&) const = default;
};

/// One offer a plan pays for, and what it costs in this plan.
struct OfferPayment {
    std::string offer; ///< offer id
    std::string title;
    Offer::Kind kind = Offer::Kind::OneTime;
    Offer::Period period = Offer::Period::None;
    double price = 0;                     ///< per credential (one-time), per period (subscription), once (bundle)
    int periods = 0;                      ///< subscriptions: billing periods paid
    double amount = 0;                    ///< what this plan pays for it
    Date start;                           ///< subscriptions: the day the first period starts
    Date end;                             ///< subscriptions: the last day of the last period paid
    std::vector<std::string> credentials; ///< bought through it, in schedule order
    std::vector<Date> periodStarts;       ///< subscriptions: the first day of each period paid
    /// A subscription or bundle shared by two or more credentials: what they would cost bought one
    /// by one, each through its cheapest way on its own (0 otherwise). The reason the plan shares.
    double separately = 0;

    bool operator==(const OfferPayment&) const = default;
};

/// What the same plan (same credentials, same offers) would cost at another pace.
struct PaceCost {
    double hoursPerWeek = 0;
    double cost = 0;
    bool operator==(const PaceCost&) const = default;
};

/// The hours the schedule uses in one week (week 0 starts on the profile's start date).
struct WeekLoad {
    int week = 0;
    double hours = 0;
    bool operator==(const WeekLoad&) const = default;
};

/// What one funding source pays in one calendar year of a plan.
struct FundingPaid {
    std::string source; ///< FundingSource::name
    FundingSource::Kind kind = FundingSource::Kind::Employer;
    int year = 0;
    double amount = 0;
    bool operator==(const FundingPaid&) const = default;
};

/// A plan's money in one calendar year, by the date each payment falls on.
struct YearMoney {
    int year = 0;
    double paid = 0;        ///< all money due that year
    double funded = 0;      ///< what funding sources pay of it
    double outOfPocket = 0; ///< what the learner pays
    bool operator==(const YearMoney&) const = default;
};

/// A pathway: which credentials, in what order, when, and why — or why there is none.
/// Credits earned before the plan that count toward a credits goal's category.
struct EarnedCredits {
    std::string category;
    double credits = 0;

    bool operator==(const EarnedCredits&) const = default;
};

struct Plan {
    PlanStatus status = PlanStatus::Infeasible;
    Objective objective = Objective::Cost;
    std::string goal;
    PlanTotals totals;
    std::vector<PlannedCredential> credentials; ///< in schedule order
    /// For a credits goal: what the learner's earned credits count toward, by category, in the
    /// categories' order; their sum is totals.creditsEarned.
    std::vector<EarnedCredits> earnedCredits;
    std::vector<WeekLoad> load;
    /// Why infeasible or unknown, or what is not proven for a feasible plan, as sentences that
    /// text::MessageWords writes; empty when there is nothing to say.
    Sentences reason;
    /// For a feasible plan: no plan scores below this, in the objective's unit (money for cost,
    /// hours for effort, money plus valued hours for balanced, days from the start for time).
    /// text::PlanWords::bound words it with the gap.
    std::optional<double> bound;
    /// For a feasible plan with a positive bound: (value - bound) / bound, so the plan is at most
    /// this fraction above the best possible.
    std::optional<double> gap;
    double hoursPerWeek = 0;
    Date start;
    /// The offers paid for (every credential bought other than through its own cost), in
    /// order of first use; empty when every credential is bought at its own cost.
    std::vector<OfferPayment> payments;
    /// When a subscription is paid: the money at half and twice the learner's hours per week
    /// and at their own, for the same credentials and offers, by pace.
    std::vector<PaceCost> paceCosts;
    /// What the learner pays after funding (applyFunding); equal to totals.cost without it.
    double outOfPocket = 0;
    /// Per calendar year with a payment; empty when the plan pays nothing.
    std::vector<YearMoney> years;
    /// Per funding source and year it pays in, sources in the profile's order.
    std::vector<FundingPaid> funding;

    bool operator==(const Plan&) const = default;
};

/// The plan's payment for `offer`, or nullptr when the plan pays nothing through it.
const OfferPayment* paymentOf(const Plan& plan, std::string_view offer);
/// True when `credential` is paid for by a subscription or bundle it shares with other
/// credentials of the plan: its own cost is 0, but it is not free (the payment carries the money).
bool sharesItsOffer(const Plan& plan, const PlannedCredential& credential);

} // namespace cairn
