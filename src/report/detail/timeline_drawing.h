#pragma once

#include "cairn/report/report_input.h"
#include "detail/flow_section.h"
#include "detail/pdf_style.h"

#include <QDate>
#include <vector>

namespace cairn::report::detail {

/// The schedule as a Gantt chart: one bar per credential against month gridlines, continued over
/// as many pages as the rows need, with the month axis repeated on each part.
class TimelineDrawing {
public:
    TimelineDrawing(const ReportInput& input, const PdfStyle& style);

    /// Adds the heading and the rows to the flow, in parts that fill the pages.
    void addTo(FlowSection& flow) const;

private:
    void paintRows(QPainter& painter, const QRectF& rect, int first, int last, bool withLegend) const;

    const ReportInput& input_;
    const PdfStyle& style_;
    std::vector<QDate> months_;
    double rowHeight_ = 0;
    double axisHeight_ = 0;
    double legendHeight_ = 0;
};

} // namespace cairn::report::detail
