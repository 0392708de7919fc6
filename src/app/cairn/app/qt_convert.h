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

inline QDate toQDate(Date date) {
    return QDate(date.year(), static_cast<int>(date.month()), static_cast<int>(date.day()));
}

inline Date fromQDate(const QDate& date) {
    return Date::fromYmd(date.year(), static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
}

} // namespace cairn::app

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

/// A date as people read it anywhere: "17 Jul 2027", in the user's language.
inline QString dateText(Date date) {
    return QLocale().toString(toQDate(date), QStringLiteral("d MMM yyyy"));
}

} // namespace cairn::app
