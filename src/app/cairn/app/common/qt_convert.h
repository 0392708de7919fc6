#pragma once

#include <QDate>
#include <QString>
#include <cairn/engine/date.h>
#include <string>

// Conversions between engine values and Qt values, used throughout the app.
namespace cairn::app {

inline QString qs(const std::string& text) {
    return QString::fromStdString(text);
}

/// A title or name from a catalog, a profile or the workspace as a view shows it on one line:
/// the line and paragraph separators U+2028 and U+2029, which Qt lays out as line breaks (one
/// credential of the plan list would take two lines, the rest of its row cut off), and control
/// characters become spaces. For display only; the data keeps its characters.
inline QString shown(QString text) {
    for (QChar& c : text)
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            c = QLatin1Char(' ');
    return text;
}

inline QString shown(const std::string& text) {
    return shown(qs(text));
}

inline QDate toQDate(Date date) {
    return QDate(date.year(), static_cast<int>(date.month()), static_cast<int>(date.day()));
}

inline Date fromQDate(const QDate& date) {
    return Date::fromYmd(date.year(), static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
}

} // namespace cairn::app

#include <cairn/text/format.h>

// Money and dates are written by cairn_text, in the user's language; these names keep the
// app's many call sites short.
namespace cairn::app {

using text::DateStyle;

/// Money in the catalog's currency, in the user's locale: "$1,294" for USD.
inline QString money(double amount, const std::string& currency) {
    return text::Format::user().money(amount, currency);
}

using text::datePattern;

/// A date in one of text::DateStyle's styles, in the user's language.
inline QString dateText(Date date, DateStyle style = DateStyle::Full) {
    return text::Format::user().date(date, style);
}

} // namespace cairn::app
