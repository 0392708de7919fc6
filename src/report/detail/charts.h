#pragma once

#include "cairn/report/report_input.h"
#include "detail/pdf_style.h"
#include "detail/text_section.h"

#include <QPainter>
#include <QRectF>
#include <functional>

namespace cairn::report::detail {

/// Cumulative spending by month, as a stepped area over the plan's months.
void paintSpendingChart(QPainter& painter, const QRectF& rect, const ReportInput& input, const PdfStyle& style);

/// Money against completion date for each plan of the Pareto front, this plan marked.
void paintFrontChart(QPainter& painter, const QRectF& rect, const ReportInput& input, const PdfStyle& style);

/// The charts side by side, as one block `width` wide: its height and how to paint it; a zero
/// height and no painter for a plan without credentials.
struct ChartsBlock {
    double height = 0;
    std::function<void(QPainter&, const QRectF&)> paint;
};
ChartsBlock chartsBlock(const ReportInput& input, const PdfStyle& style, double width);

/// First days of the months from the month of `first` through the month of `last`.
std::vector<QDate> monthsBetween(const QDate& first, const QDate& last);

} // namespace cairn::report::detail
