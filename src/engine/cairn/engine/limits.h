#pragma once

#include "cairn/engine/date.h"

#include <cmath>
#include <string>

// The range of every number in a catalog, a profile and a plan request (docs/formats.md,
// "Ranges"). They are far beyond any real catalog, and small enough that the planner's exact
// integer arithmetic (money in cents, hours and credits in hundredths) cannot overflow and a
// schedule never runs for centuries. Validation, the file readers and the app's editors all
// take their limits from here.
namespace cairn {

/// A closed range [min, max], or (min, max] when `aboveMin`. NaN and infinities are outside.
struct NumberRange {
    double min = 0;
    double max = 0;
    bool aboveMin = false;

    [[nodiscard]] bool contains(double value) const {
        return std::isfinite(value) && (aboveMin ? value > min : value >= min) && value <= max;
    }
    /// "from 0 to 1,000,000" or "above 0 and at most 10,000", for messages.
    [[nodiscard]] std::string text() const;
};

namespace limits {

/// Money per credential, in the catalog's currency. A billion leaves room for a degree priced
/// in a currency of small units (rupiah, won, yen).
inline constexpr NumberRange kCost{0, 1e9};
/// The price of an offer: above zero (an offer that costs nothing is a credential's `cost` of 0),
/// at most what one credential may cost.
inline constexpr NumberRange kPrice{0, 1e9, true};
/// Money for a whole plan (a budget).
inline constexpr NumberRange kBudget{0, 1e12};
/// Money one hour of the learner's time is worth.
inline constexpr NumberRange kHourlyValue{0, 1e6};
/// Hours of effort per credential: 100,000 hours is fifty years of full-time work.
inline constexpr NumberRange kHours{0, 1e5};
/// Hours a learner studies each week: at least one, at most the 168 hours of a week.
inline constexpr NumberRange kHoursPerWeek{1, 168};
/// Credits a credential offers, and credits a goal asks for.
inline constexpr NumberRange kCredits{0, 1e4, true};
/// The least and most credits a category rule sets.
inline constexpr NumberRange kCategoryCredits{0, 1e4};
/// The share of each payment a funding source pays, in percent.
inline constexpr NumberRange kFundingShare{0, 100, true};
/// The most a funding source pays, a year or in total: what one credential may cost.
inline constexpr NumberRange kFundingCap{0, 1e9};
/// Funding sources on one profile, and the length of a source's name.
inline constexpr int kMaxFundingSources = 100;
inline constexpr std::size_t kMaxFundingNameLength = 200;
/// Weeks one cohort runs: ten years at most.
inline constexpr int kMinCohortWeeks = 1;
inline constexpr int kMaxCohortWeeks = 520;
/// How long a credential stays valid, or a renewal keeps it: a hundred years at most.
inline constexpr int kMinValidMonths = 1;
inline constexpr int kMaxValidMonths = 1200;
/// The years a plan's cost to hold is counted over (docs/planning-model.md, "Keeping a credential").
inline constexpr int kMinHoldYears = 1;
inline constexpr int kMaxHoldYears = 50;
inline constexpr int kDefaultHoldYears = 3;
/// Every date (cohort starts, a profile's start and deadline, as_of) lies in these years, and
/// no plan is scheduled past the end of the last one.
inline constexpr int kFirstYear = 1900;
inline constexpr int kLastYear = 2200;

/// 1900-01-01 and 2200-12-31.
Date firstDate();
Date lastDate();
[[nodiscard]] inline bool contains(const Date& d) {
    return d >= firstDate() && d <= lastDate();
}
/// "from 1900-01-01 to 2200-12-31", for messages.
std::string dateRangeText();

} // namespace limits

} // namespace cairn
