#pragma once

#include "cairn/report/report_input.h"

#include <QColor>
#include <QDate>
#include <QFont>
#include <QFontMetricsF>
#include <QPaintDevice>
#include <QString>
#include <cairn/engine/date.h>
#include <cairn/text/format.h>
#include <string>

namespace cairn::report::detail {

/// The report's typography and palette, and the conversions between typographic points and the
/// PDF writer's device units (the writer works at a high resolution; everything is given in points).
class PdfStyle {
public:
    PdfStyle(QPaintDevice* device, const ReportInput& input);

    [[nodiscard]] double pt(double points) const { return points * unit_; }
    [[nodiscard]] double unit() const { return unit_; }
    [[nodiscard]] QPaintDevice* device() const { return device_; }

    /// DejaVu Sans with Noto Sans CJK as the fallback, so names like 张伟, 김민준 or محمد render.
    [[nodiscard]] QFont font(double pointSize, bool bold = false) const;
    [[nodiscard]] QFontMetricsF metrics(const QFont& font) const { return QFontMetricsF(font, device_); }

    [[nodiscard]] QString money(double amount) const;
    [[nodiscard]] QString number(double value, int decimals = 1) const;
    [[nodiscard]] QString date(const Date& date) const;
    [[nodiscard]] QString date(const QDate& date) const;
    [[nodiscard]] QString monthLabel(const QDate& month) const;
    [[nodiscard]] const QLocale& locale() const { return format_.locale(); }
    [[nodiscard]] const text::Format& format() const { return format_; }

    // Palette: quiet, print-friendly, distinguishable in grey scale.
    static QColor ink() { return {0x1f, 0x29, 0x33}; }
    static QColor muted() { return {0x5f, 0x6b, 0x76}; }
    static QColor rule() { return {0xc9, 0xd1, 0xd9}; }
    static QColor faint() { return {0xf1, 0xf4, 0xf7}; }
    static QColor accent() { return {0x1d, 0x5f, 0x8c}; }
    static QColor accentLight() { return {0xdc, 0xea, 0xf5}; }
    static QColor completed() { return {0x2e, 0x7d, 0x4f}; }
    static QColor completedLight() { return {0xdf, 0xf1, 0xe5}; }
    static QColor goal() { return {0xa8, 0x6a, 0x0c}; }
    static QColor goalLight() { return {0xfb, 0xef, 0xd5}; }
    static QColor warning() { return {0xa3, 0x2d, 0x2d}; }

private:
    QPaintDevice* device_;
    double unit_;
    /// The report's locale; the C locale writes like US English (see text::Format).
    text::Format format_;
    std::string currency_;
};

QDate toQDate(const Date& date);

} // namespace cairn::report::detail
