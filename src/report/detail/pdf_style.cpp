#include "detail/pdf_style.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <cmath>

namespace cairn::report::detail {

namespace {

/// The symbol for an ISO 4217 code, from the first locale that uses that currency.
QString symbolFor(const QString& code, const QLocale& preferred) {
    if (preferred.currencySymbol(QLocale::CurrencyIsoCode) == code)
        return preferred.currencySymbol(QLocale::CurrencySymbol);
    static const QHash<QString, QString> symbols = [] {
        QHash<QString, QString> map;
        for (const QLocale& l :
             QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory)) {
            const QString iso = l.currencySymbol(QLocale::CurrencyIsoCode);
            if (!iso.isEmpty() && !map.contains(iso))
                map.insert(iso, l.currencySymbol(QLocale::CurrencySymbol));
        }
        // Prefer the unambiguous forms for the most common codes.
        map.insert(QStringLiteral("USD"), QStringLiteral("$"));
        map.insert(QStringLiteral("EUR"), QStringLiteral("€"));
        map.insert(QStringLiteral("GBP"), QStringLiteral("£"));
        return map;
    }();
    return symbols.value(code, code + u' ');
}

} // namespace

QDate toQDate(const Date& date) {
    return QDate(date.year(), static_cast<int>(date.month()), static_cast<int>(date.day()));
}

PdfStyle::PdfStyle(QPaintDevice* device, const ReportInput& input)
    : device_(device), unit_(device->logicalDpiY() / 72.0),
      // The C locale writes money as "1,325$"; people reading a report expect a real locale's forms.
      locale_(input.locale.language() == QLocale::C ? QLocale(QLocale::English, QLocale::UnitedStates) : input.locale),
      currencySymbol_(symbolFor(QString::fromStdString(input.catalog.currency), input.locale)) {}

QFont PdfStyle::font(double pointSize, bool bold) const {
    QFont f;
    // Families the package depends on; other scripts (Devanagari, Thai …) fall back through
    // fontconfig to whatever font covers them, such as the recommended Noto.
    f.setFamilies(
        {QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Droid Sans Fallback")});
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    f.setKerning(true);
    f.setHintingPreference(QFont::PreferNoHinting); // exact outlines scale correctly in a PDF
    return f;
}

QString PdfStyle::money(double amount) const {
    const bool whole = std::abs(amount - std::round(amount)) < 0.005;
    return locale_.toCurrencyString(amount, currencySymbol_, whole ? 0 : 2);
}

QString PdfStyle::number(double value, int decimals) const {
    if (std::abs(value - std::round(value)) < 1e-9)
        return locale_.toString(static_cast<qlonglong>(std::llround(value)));
    return locale_.toString(value, 'f', decimals);
}

QString PdfStyle::date(const Date& d) const {
    return date(toQDate(d));
}

QString PdfStyle::date(const QDate& d) const {
    // The pattern is translated with the report's other text: German writes "17. Juli 2027".
    return locale_.toString(d, QCoreApplication::translate("cairn::report", "d MMM yyyy", "date pattern: 17 Jul 2027"));
}

QString PdfStyle::monthLabel(const QDate& month) const {
    return locale_.toString(month, QStringLiteral("MMM"));
}

} // namespace cairn::report::detail
