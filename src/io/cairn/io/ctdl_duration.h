#pragma once

#include <QString>
#include <optional>

// ISO 8601 durations as CTDL's DurationProfile writes them ("P9M", "PT40H", "P4W3DT2H"), read
// tolerantly where the meaning stays unambiguous.
namespace cairn::io::ctdl {

/// The parts of a duration, each 0 when not written.
struct IsoDuration {
    double years = 0, months = 0, weeks = 0, days = 0; ///< the calendar part
    double hours = 0, minutes = 0, seconds = 0;        ///< the time part

    /// True when it gives calendar time (years to days), which says how long, not how much effort.
    [[nodiscard]] bool calendar() const { return years > 0 || months > 0 || weeks > 0 || days > 0; }
};

/// Reads an ISO 8601 duration. Beyond the strict form it accepts what strict parsers reject but
/// means one thing only: lower-case letters, spaces, a missing leading "P", weeks combined with
/// other parts ("P4W3D"), a decimal comma, and hours or seconds without the "T" ("P40H"; an "M"
/// after them is minutes). Refused: an empty duration, a part written twice or out of order,
/// negative or absurd figures, anything else.
std::optional<IsoDuration> parseDuration(const QString& text);

/// Full-time study, the rate at which calendar time becomes hours of effort: 8 hours a day,
/// 40 a week, 52 weeks a year.
inline constexpr double kHoursPerDay = 8;
inline constexpr double kHoursPerWeek = 40;
inline constexpr double kWeeksPerYear = 52;

/// The hours of effort a duration stands for: its time part as written, its calendar part at
/// full-time study (see the constants above).
double effortHours(const IsoDuration& duration);

} // namespace cairn::io::ctdl
