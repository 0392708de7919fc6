#pragma once

#include <optional>
#include <string>
#include <vector>

namespace cairn {

/// A low and a high around a typical figure (catalog format version 3, `cost_range` and
/// `hours_range`). The typical figure stays the credential's `cost` or `hours`, which the planner
/// optimises; the range is what a total may turn out to be.
struct FigureRange {
    double low = 0;
    double high = 0;

    bool operator==(const FigureRange&) const = default;
};

/// What keeping a credential valid takes (format version 3, `renewal`; docs/planning-model.md,
/// "Keeping a credential").
struct Renewal {
    int periodMonths = 0;               ///< how long each renewal keeps it valid; 0: the credential's validMonths
    std::optional<double> fee;          ///< money per renewal; unset: 0, or the credential's cost when `retake`
    double yearlyFee = 0;               ///< money on every anniversary of earning it
    double hours = 0;                   ///< continuing-education or study hours per renewal
    bool retake = false;                ///< renewing means passing the exam again
    std::vector<std::string> renewedBy; ///< credentials whose earning renews this one
    std::string source;                 ///< where the terms were published
    std::string asOf;                   ///< "YYYY-MM-DD" they were read, empty when unknown
    std::vector<std::string> estimated; ///< "fee", "yearly_fee", "hours", "period_months"

    bool operator==(const Renewal&) const = default;
};

} // namespace cairn
