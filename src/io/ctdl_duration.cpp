#include "cairn/io/ctdl_duration.h"

#include <array>

namespace cairn::io::ctdl {

namespace {

/// No figure of a real duration comes near this (a million years or hours); it keeps the
/// products below finite and exact enough.
constexpr double kMaxFigure = 1e6;

/// The designators in the order ISO 8601 writes them; minutes are 'M' after the time starts.
enum Part { Years, Months, Weeks, Days, Hours, Minutes, Seconds, kParts };

} // namespace

std::optional<IsoDuration> parseDuration(const QString& text) {
    QString s = text.simplified().remove(QLatin1Char(' ')).toUpper();
    if (s.startsWith(QLatin1Char('P')))
        s.remove(0, 1);
    if (s.isEmpty())
        return std::nullopt;
    std::array<std::optional<double>, kParts> parts{};
    bool inTime = false;
    int last = -1;
    QString figure;
    for (QChar c : s) {
        if (c.isDigit() || c == QLatin1Char('.') || c == QLatin1Char(',')) {
            figure += c == QLatin1Char(',') ? QLatin1Char('.') : c;
            continue;
        }
        if (c == QLatin1Char('T')) {
            if (inTime || !figure.isEmpty())
                return std::nullopt;
            inTime = true;
            continue;
        }
        int part = -1;
        switch (c.unicode()) {
        case 'Y':
            part = inTime ? -1 : Years;
            break;
        case 'W':
            part = inTime ? -1 : Weeks;
            break;
        case 'D':
            part = inTime ? -1 : Days;
            break;
        case 'H':
            part = Hours;
            inTime = true;
            break;
        case 'S':
            part = Seconds;
            inTime = true;
            break;
        case 'M':
            part = inTime ? Minutes : Months;
            break;
        default:
            return std::nullopt;
        }
        bool ok = false;
        const double value = figure.toDouble(&ok);
        if (part < 0 || figure.isEmpty() || !ok || value < 0 || value > kMaxFigure || part <= last)
            return std::nullopt;
        parts[part] = value;
        last = part;
        figure.clear();
    }
    if (!figure.isEmpty() || last < 0)
        return std::nullopt;
    IsoDuration d;
    d.years = parts[Years].value_or(0);
    d.months = parts[Months].value_or(0);
    d.weeks = parts[Weeks].value_or(0);
    d.days = parts[Days].value_or(0);
    d.hours = parts[Hours].value_or(0);
    d.minutes = parts[Minutes].value_or(0);
    d.seconds = parts[Seconds].value_or(0);
    return d;
}

double effortHours(const IsoDuration& d) {
    const double weeks = d.years * kWeeksPerYear + d.months * kWeeksPerYear / 12 + d.weeks;
    return weeks * kHoursPerWeek + d.days * kHoursPerDay + d.hours + d.minutes / 60 + d.seconds / 3600;
}

} // namespace cairn::io::ctdl
