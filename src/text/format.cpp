#include "cairn/text/format.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <cmath>

namespace cairn::text {

namespace {

QLocale readable(const QLocale& locale) {
    return locale.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : locale;
}

/// Beyond 1e15 a double holds no fraction worth showing, and rounding to cents could overflow;
/// such figures (far outside every range Cairn accepts) are written in exponent form.
bool outsideExactRange(double value) {
    return !std::isfinite(value) || std::fabs(value) >= 1e15;
}

/// A currency symbol a locale uses, from the first locale that uses the code.
QString symbolFromLocales(const QString& code) {
    static const QHash<QString, QString> symbols = [] {
        QHash<QString, QString> map;
        for (const QLocale& l :
             QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory)) {
            const QString iso = l.currencySymbol(QLocale::CurrencyIsoCode);
            if (!iso.isEmpty() && !map.contains(iso))
                map.insert(iso, l.currencySymbol(QLocale::CurrencySymbol));
        }
        return map;
    }();
    return symbols.value(code);
}

bool isLetter(QChar c) {
    return c.isLetter();
}

} // namespace

Format::Format(const QLocale& locale) : locale_(readable(locale)) {}

Format Format::english() {
    Format format(QLocale(QLocale::English, QLocale::UnitedStates));
    format.isoDates_ = true;
    return format;
}

Format Format::user() {
    return Format(QLocale());
}

QString Format::currencySymbol(const std::string& code) const {
    // The unambiguous forms of the most common codes, whatever the locale.
    if (code == "USD" || code.empty())
        return QStringLiteral("$");
    if (code == "EUR")
        return QStringLiteral("€");
    if (code == "GBP")
        return QStringLiteral("£");
    const QString iso = QString::fromStdString(code);
    if (locale_.currencySymbol(QLocale::CurrencyIsoCode) == iso)
        return locale_.currencySymbol(QLocale::CurrencySymbol);
    const QString symbol = symbolFromLocales(iso);
    return symbol.isEmpty() ? iso : symbol;
}

QString Format::money(double amount, const std::string& currency) const {
    const QString symbol = currencySymbol(currency);
    QString figure;
    if (outsideExactRange(amount)) {
        figure = QString::number(std::fabs(amount), 'g', 15);
    } else {
        const long long cents = std::llabs(std::llround(amount * 100.0));
        figure = cents % 100 == 0 ? locale_.toString(cents / 100)
                                  : locale_.toString(static_cast<double>(cents) / 100.0, 'f', 2);
    }
    // The locale places the symbol ("$1,294", "1.294 $"); a placeholder keeps its pattern
    // apart from the figure, which is formatted above with the locale's own digits.
    const QChar placeholder(0x00A4);
    QString text = locale_.toCurrencyString(1.0, QString(placeholder), 0);
    const QString one = locale_.toString(1);
    text.replace(text.indexOf(one), one.size(), figure);
    // A code written as letters ("CHF") needs a space where a symbol would touch the figure.
    const qsizetype at = text.indexOf(placeholder);
    QString spaced = symbol;
    if (isLetter(symbol.back()) && at + 1 < text.size() && !text.at(at + 1).isSpace())
        spaced += QChar(0x00A0);
    if (isLetter(symbol.front()) && at > 0 && !text.at(at - 1).isSpace())
        spaced.prepend(QChar(0x00A0));
    text.replace(at, 1, spaced);
    const bool negative = outsideExactRange(amount) ? amount < 0 : std::llround(amount * 100.0) < 0;
    return negative ? locale_.negativeSign() + text : text;
}

QString Format::number(double value, int maxDecimals) const {
    if (outsideExactRange(value))
        return QString::number(value, 'g', 15);
    if (std::fabs(value - std::round(value)) < 1e-9)
        return locale_.toString(static_cast<qlonglong>(std::llround(value)));
    QString text = locale_.toString(value, 'f', maxDecimals);
    const QString point = locale_.decimalPoint();
    if (text.contains(point)) {
        while (text.endsWith(locale_.zeroDigit()))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(point.size());
    }
    return text;
}

QString Format::credits(double value) const {
    // Credits may be fractional, which Qt's plural forms (%n, an integer) cannot say: one credit
    // is the only singular, in the languages Cairn speaks.
    if (value == 1)
        return QCoreApplication::translate("cairn::text::Credits", "%1 credit", "exactly one credit")
            .arg(number(value));
    return QCoreApplication::translate("cairn::text::Credits", "%1 credits", "0, 2, 1.5 credits").arg(number(value));
}

QString Format::percent(double fraction) const {
    return locale_.toString(fraction * 100.0, 'f', 1) + locale_.percent();
}

QString Format::date(Date date, DateStyle style) const {
    if (isoDates_)
        return QString::fromStdString(date.toIso());
    const QDate d(date.year(), static_cast<int>(date.month()), static_cast<int>(date.day()));
    return locale_.toString(d, datePattern(style));
}

QString datePattern(DateStyle style) {
    switch (style) {
    case DateStyle::Full:
        break;
    case DateStyle::Short:
        return QCoreApplication::translate("cairn::text::Dates", "d MMM yy", "date pattern: 17 Jul 27");
    case DateStyle::DayMonth:
        return QCoreApplication::translate("cairn::text::Dates", "d MMM", "date pattern: 17 Jul");
    case DateStyle::MonthYear:
        return QCoreApplication::translate("cairn::text::Dates", "MMMM yyyy", "date pattern: July 2027");
    case DateStyle::ShortMonth:
        // The whole year: "Jul 27" reads as the 27th of July.
        return QCoreApplication::translate("cairn::text::Dates", "MMM yyyy", "date pattern: Jul 2027");
    case DateStyle::Month:
        return QStringLiteral("MMM");
    }
    return QCoreApplication::translate("cairn::text::Dates", "d MMM yyyy", "date pattern: 17 Jul 2027");
}

} // namespace cairn::text
