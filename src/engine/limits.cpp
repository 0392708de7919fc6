#include "cairn/engine/limits.h"

#include <cstdio>

namespace cairn {

namespace {

/// A bound as people write it: whole numbers grouped by thousands ("1,000,000"), others as is.
std::string boundText(double value) {
    char buf[64];
    if (value != std::floor(value) || std::fabs(value) >= 1e15) {
        std::snprintf(buf, sizeof buf, "%g", value);
        return buf;
    }
    std::snprintf(buf, sizeof buf, "%.0f", std::fabs(value));
    std::string digits = buf;
    for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3)
        digits.insert(static_cast<std::size_t>(i), 1, ',');
    return (value < 0 ? "-" : "") + digits;
}

} // namespace

std::string NumberRange::text() const {
    if (aboveMin)
        return "above " + boundText(min) + " and at most " + boundText(max);
    return "from " + boundText(min) + " to " + boundText(max);
}

namespace limits {

Date firstDate() {
    return Date::fromYmd(kFirstYear, 1, 1);
}

Date lastDate() {
    return Date::fromYmd(kLastYear, 12, 31);
}

std::string dateRangeText() {
    return "from " + firstDate().toIso() + " to " + lastDate().toIso();
}

} // namespace limits

} // namespace cairn
