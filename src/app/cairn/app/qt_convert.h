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

#include <QCoreApplication>
#include <QLocale>

namespace cairn::app {

/// Money in the catalog's currency, in the user's locale: "$1,294" for USD.
inline QString money(double amount, const std::string& currency, int decimals = 0) {
    QString symbol;
    if (currency == "USD")
        symbol = QStringLiteral("$");
    else if (currency == "EUR")
        symbol = QStringLiteral("€");
    else if (currency == "GBP")
        symbol = QStringLiteral("£");
    else
        symbol = QString::fromStdString(currency) + QLatin1Char(' ');
    return QLocale().toCurrencyString(amount, symbol, decimals);
}

} // namespace cairn::app

namespace cairn::app {

/// How dates are written, as QDate patterns. The patterns are translated, because the order and
/// punctuation differ by language as much as the month names do: German writes "17. Juli 2027".
enum class DateStyle {
    Full,       ///< "17 Jul 2027"
    Short,      ///< "17 Jul 27"
    DayMonth,   ///< "17 Jul"
    MonthYear,  ///< "July 2027"
    ShortMonth, ///< "Jul 27"
};

inline QString datePattern(DateStyle style) {
    switch (style) {
    case DateStyle::Full:
        break;
    case DateStyle::Short:
        return QCoreApplication::translate("cairn::app::Dates", "d MMM yy", "date pattern: 17 Jul 27");
    case DateStyle::DayMonth:
        return QCoreApplication::translate("cairn::app::Dates", "d MMM", "date pattern: 17 Jul");
    case DateStyle::MonthYear:
        return QCoreApplication::translate("cairn::app::Dates", "MMMM yyyy", "date pattern: July 2027");
    case DateStyle::ShortMonth:
        return QCoreApplication::translate("cairn::app::Dates", "MMM yy", "date pattern: Jul 27");
    }
    return QCoreApplication::translate("cairn::app::Dates", "d MMM yyyy", "date pattern: 17 Jul 2027");
}

/// A date in one of the styles above, in the user's language.
inline QString dateText(Date date, DateStyle style) {
    return QLocale().toString(toQDate(date), datePattern(style));
}

/// A date as people read it anywhere: "17 Jul 2027", in the user's language.
inline QString dateText(Date date) {
    return dateText(date, DateStyle::Full);
}

} // namespace cairn::app
