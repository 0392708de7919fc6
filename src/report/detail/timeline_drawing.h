#pragma once

#include "cairn/report/report_input.h"
#include "detail/flow_section.h"
#include "detail/pdf_style.h"

#include <QDate>
#include <cairn/engine/keeping_timeline.h>
#include <vector>

namespace cairn::report::detail {

/// The schedule as a Gantt chart: one bar per credential against month gridlines, continued over
/// as many pages as the rows need, with the month axis repeated on each part. After each bar,
/// what keeping the credential asks for over the years to hold: a line while it is held, a mark
/// on each renewal and yearly fee (with its fee where there is room) and a cross where it lapses.
class TimelineDrawing {
public:
    TimelineDrawing(const ReportInput& input, const PdfStyle& style);

    /// Adds the heading and the rows to the flow, in parts that fill the pages.
    void addTo(FlowSection& flow) const;

private:
    /// Where a date falls on the bars' width.
    struct Axis {
        QRectF bars;
        QDate start;
        double days = 1;
        [[nodiscard]] double x(const QDate& d) const { return bars.left() + start.daysTo(d) / days * bars.width(); }
    };

    void paintRows(QPainter& painter, const QRectF& rect, int first, int last, bool withLegend) const;
    void paintMonthAxis(QPainter& painter, const Axis& axis) const;
    void paintKeeping(QPainter& painter, const Axis& axis, int row, double top) const;
    void paintMark(QPainter& painter, KeepingEvent::Kind kind, const QPointF& centre, double radius) const;
    void paintLegend(QPainter& painter, const QRectF& rect, double top) const;

    const ReportInput& input_;
    const PdfStyle& style_;
    KeepingTimeline keeping_;
    std::vector<QDate> months_;
    double rowHeight_ = 0;
    double axisHeight_ = 0;
    double legendHeight_ = 0;
};

} // namespace cairn::report::detail
