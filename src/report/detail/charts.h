#pragma once

#include "cairn/report/report_input.h"
#include "detail/pdf_style.h"
#include "detail/text_section.h"

#include <QPainter>
#include <QRectF>

namespace cairn::report::detail {

/// Cumulative spending by month, as a stepped area over the plan's months.
void paintSpendingChart(QPainter& painter, const QRectF& rect, const ReportInput& input, const PdfStyle& style);

/// Money against completion date for each plan of the Pareto front, this plan marked.
void paintFrontChart(QPainter& painter, const QRectF& rect, const ReportInput& input, const PdfStyle& style);

/// Puts the charts under the summary text (on page 1 when they fit).
void addCharts(TextSection& summary, const ReportInput& input, const PdfStyle& style, double width);

/// First days of the months from the month of `first` through the month of `last`.
std::vector<QDate> monthsBetween(const QDate& first, const QDate& last);

} // namespace cairn::report::detail
