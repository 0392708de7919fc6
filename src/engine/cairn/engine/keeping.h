#pragma once

// What a plan costs to keep, and how sure its totals are (docs/planning-model.md, "Keeping a
// credential" and "Ranges"). The engine gives dates, amounts and ids; cairn_text words them.

#include "cairn/engine/catalog.h"
#include "cairn/engine/plan.h"
#include "cairn/engine/profile.h"

#include <optional>
#include <string>
#include <vector>

namespace cairn {

/// A date on which keeping a planned credential asks for something.
struct KeepingEvent {
    enum class Kind {
        Renewal,   ///< renew it: `fee` and `hours` (a retake when `retake`)
        YearlyFee, ///< the yearly fee falls due
        Expiry,    ///< it expires and the catalog names no renewal
    };
    Kind kind = Kind::Renewal;
    std::string credential; ///< credential id
    Date date;
    double fee = 0;
    double hours = 0;
    bool retake = false;

    bool operator==(const KeepingEvent&) const = default;
};

/// A plan's cost to hold for `years` years: its money plus each planned credential's fees due from
/// its completion up to and including the day `years` years later.
struct Holding {
    int years = 0;
    double earn = 0;        ///< the plan's money (totals.cost)
    double keepMoney = 0;   ///< fees due within the years
    double keepHours = 0;   ///< renewal hours due within the years
    bool estimated = false; ///< a counted fee or hours figure is marked estimated, or a renewal is a retake priced by
                            ///< an estimated cost
    std::vector<KeepingEvent> events; ///< by date, then plan order
    /// Planned credentials counted without fees: another credential held after the plan renews them.
    std::vector<std::string> renewedByOthers;

    [[nodiscard]] double total() const { return earn + keepMoney; }
    bool operator==(const Holding&) const = default;
};

/// The cost to hold `plan` for `years` (limits::kMinHoldYears to kMaxHoldYears). The profile says
/// which credentials the learner already holds (they may renew planned ones).
Holding holding(const Catalog& catalog, const Profile& profile, const Plan& plan, int years);

/// The fees one credential costs to hold for `years` from the day it is earned, counting its own
/// terms only (not `renewedBy`): the per-credential weight of the `cost-to-hold` objective.
double keepingMoney(const Credential& credential, int years);
/// The renewal hours over the same years.
double keepingHours(const Credential& credential, int years);

/// `from` plus `months` calendar months; a day past the end of the month falls on its last day.
Date addMonths(Date from, int months);

/// A total with its low and high: the sums of each credential's low and high figures (a figure
/// without a range counts its typical value in both).
struct FigureSpan {
    double low = 0;
    double typical = 0;
    double high = 0;
    bool estimated = false; ///< some figure summed is marked estimated

    [[nodiscard]] bool isRange() const { return low != typical || high != typical; }
    bool operator==(const FigureSpan&) const = default;
};

struct PlanRanges {
    FigureSpan cost;
    FigureSpan hours;
    /// The completion date when every credential takes its high hours at the same pace; empty
    /// when the plan has a cohort (see docs/planning-model.md, "Ranges") or no plan.
    std::optional<Date> highCompletion;
    bool hasCohort = false;

    bool operator==(const PlanRanges&) const = default;
};

PlanRanges planRanges(const Catalog& catalog, const Plan& plan);

} // namespace cairn
