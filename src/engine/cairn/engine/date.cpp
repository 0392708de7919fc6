#include "cairn/engine/date.h"

#include <chrono>
#include <cstdio>

namespace cairn {

namespace chr = std::chrono;

Date Date::fromYmd(int year, unsigned month, unsigned day) {
    const chr::sys_days d{chr::year{year} / chr::month{month} / chr::day{day}};
    return fromDays(static_cast<std::int32_t>(d.time_since_epoch().count()));
}

std::optional<Date> Date::fromIso(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    auto number = [&](std::size_t from, std::size_t len) -> int {
        int v = 0;
        for (std::size_t i = from; i < from + len; ++i) {
            if (text[i] < '0' || text[i] > '9')
                return -1;
            v = v * 10 + (text[i] - '0');
        }
        return v;
    };
    const int y = number(0, 4), m = number(5, 2), d = number(8, 2);
    if (y < 0 || m < 0 || d < 0)
        return std::nullopt;
    const chr::year_month_day ymd{chr::year{y}, chr::month{static_cast<unsigned>(m)},
                                  chr::day{static_cast<unsigned>(d)}};
    if (!ymd.ok())
        return std::nullopt;
    return fromYmd(y, static_cast<unsigned>(m), static_cast<unsigned>(d));
}

Date Date::today() {
    const auto now = chr::floor<chr::days>(chr::system_clock::now());
    return fromDays(static_cast<std::int32_t>(now.time_since_epoch().count()));
}

static chr::year_month_day toYmd(std::int32_t days) { return chr::year_month_day{chr::sys_days{chr::days{days}}}; }

std::string Date::toIso() const {
    const auto ymd = toYmd(days_);
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                  static_cast<unsigned>(ymd.day()));
    return buf;
}

int Date::year() const { return static_cast<int>(toYmd(days_).year()); }
unsigned Date::month() const { return static_cast<unsigned>(toYmd(days_).month()); }
unsigned Date::day() const { return static_cast<unsigned>(toYmd(days_).day()); }
int Date::weekday() const {
    const chr::weekday wd{chr::sys_days{chr::days{days_}}};
    return static_cast<int>(wd.iso_encoding()) - 1;
}

} // namespace cairn
