#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace cairn {

/// A calendar day (proleptic Gregorian), stored as days since 1970-01-01.
/// The engine plans in whole days and weeks, so it needs nothing finer.
class Date {
public:
    constexpr Date() = default;
    static constexpr Date fromDays(std::int32_t daysSinceEpoch) {
        Date d;
        d.days_ = daysSinceEpoch;
        return d;
    }
    static Date fromYmd(int year, unsigned month, unsigned day);
    /// Parses "YYYY-MM-DD"; nullopt when the text is not a real calendar date.
    static std::optional<Date> fromIso(std::string_view text);
    /// Today in UTC.
    static Date today();

    [[nodiscard]] std::string toIso() const;
    [[nodiscard]] constexpr std::int32_t days() const { return days_; }
    [[nodiscard]] int year() const;
    [[nodiscard]] unsigned month() const;
    [[nodiscard]] unsigned day() const;
    /// 0 = Monday … 6 = Sunday.
    [[nodiscard]] int weekday() const;

    [[nodiscard]] constexpr Date plusDays(std::int32_t n) const { return fromDays(days_ + n); }
    constexpr auto operator<=>(const Date&) const = default;

private:
    std::int32_t days_ = 0;
};

} // namespace cairn
