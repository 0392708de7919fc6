#include "detail/pdf_style.h"

namespace cairn::report::detail {

QDate toQDate(const Date& date) {
    return QDate(date.year(), static_cast<int>(date.month()), static_cast<int>(date.day()));
}

PdfStyle::PdfStyle(QPaintDevice* device, const ReportInput& input)
    : device_(device), unit_(device->logicalDpiY() / 72.0), format_(input.locale), currency_(input.catalog.currency) {}

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
    return format_.money(amount, currency_);
}

QString PdfStyle::number(double value, int decimals) const {
    return format_.number(value, decimals);
}

QString PdfStyle::date(const Date& d) const {
    return format_.date(d);
}

QString PdfStyle::date(const QDate& d) const {
    return date(Date::fromYmd(d.year(), static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day())));
}

QString PdfStyle::monthLabel(const QDate& month) const {
    return format_.locale().toString(month, text::datePattern(text::DateStyle::Month));
}

} // namespace cairn::report::detail
