#include "detail/timeline_drawing.h"

#include "detail/charts.h"
#include "detail/wording.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace cairn::report::detail {

namespace {

// The context is the one lupdate gives the tr() calls in this file, so translations are found.
QString tr(const char* text) {
    return QCoreApplication::translate("cairn::report::detail::TimelineDrawing", text);
}

constexpr int kMinimumRows = 4; // fewer rows than this at a page bottom start a new page instead

} // namespace

TimelineDrawing::TimelineDrawing(const ReportInput& input, const PdfStyle& style) : input_(input), style_(style) {
    Date last = input.plan.totals.completion;
    for (const auto& pc : input.plan.credentials)
        last = std::max(last, pc.end);
    months_ = monthsBetween(toQDate(input.plan.start), toQDate(last));
    rowHeight_ = style.pt(15);
    axisHeight_ = 2 * style.metrics(style.font(6.5)).height() + style.pt(8);
    legendHeight_ = style.pt(22);
}

void TimelineDrawing::addTo(FlowSection& flow) const {
    const int rows = static_cast<int>(input_.plan.credentials.size());
    if (rows == 0 || months_.empty())
        return;
    const QFont title = style_.font(13, true);
    flow.addHeading(style_.metrics(title).height() + style_.pt(6), [title](QPainter& painter, const QRectF& rect) {
        painter.setFont(title);
        painter.setPen(PdfStyle::accent());
        painter.drawText(rect, Qt::AlignLeft | Qt::AlignTop, tr("Timeline"));
    });
    const QFont continued = style_.font(8, true);
    const double continuedHeight = style_.metrics(continued).height() + style_.pt(4);
    int first = 0;
    while (first < rows) {
        const int left = rows - first;
        const double room = flow.remaining() - axisHeight_;
        int take = static_cast<int>(std::floor(room / rowHeight_));
        if (left * rowHeight_ + legendHeight_ <= room)
            take = left; // the rest and the legend fit here
        else if (take >= left)
            take = left - 1; // the legend must not be alone on the next page: carry a row with it
        if (take < std::min(kMinimumRows, left) && !flow.atPageTop()) {
            flow.newPage();
            continue;
        }
        const int last = first + std::clamp(take, 1, left);
        const bool end = last == rows;
        const double height = axisHeight_ + (last - first) * rowHeight_ + (end ? legendHeight_ : 0);
        flow.addBlock(height, [this, first, last, end](QPainter& painter, const QRectF& rect) {
            paintRows(painter, rect, first, last, end);
        });
        first = last;
        flow.setContinuation(continuedHeight, [continued](QPainter& painter, const QRectF& rect) {
            painter.setFont(continued);
            painter.setPen(PdfStyle::accent());
            painter.drawText(rect, Qt::AlignLeft | Qt::AlignTop, tr("Timeline, continued"));
        });
    }
    flow.clearContinuation();
}

void TimelineDrawing::paintRows(QPainter& painter, const QRectF& rect, int first, int last, bool withLegend) const {
    const auto& credentials = input_.plan.credentials;
    painter.setRenderHint(QPainter::Antialiasing);
    const double labelWidth = rect.width() * 0.36;
    const QRectF bars(rect.left() + labelWidth + style_.pt(8), rect.top() + axisHeight_,
                      rect.width() - labelWidth - style_.pt(8), (last - first) * rowHeight_);
    const QDate start = months_.front();
    const double days = std::max<qint64>(1, start.daysTo(months_.back().addMonths(1)));
    auto xAt = [&](const QDate& d) { return bars.left() + start.daysTo(d) / days * bars.width(); };

    // Zebra background first, so the gridlines stay visible on every row.
    for (int r = first + 1; r < last; r += 2)
        painter.fillRect(QRectF(rect.left(), bars.top() + (r - first) * rowHeight_, rect.width(), rowHeight_),
                         PdfStyle::faint());

    // Month axis: years above months. When months are too narrow for their names, only the years
    // are named and only quarter lines are drawn.
    const QFont axis = style_.font(6.5);
    const double axisLine = style_.metrics(axis).height();
    painter.setFont(axis);
    const double monthWidth = bars.width() / static_cast<double>(months_.size());
    const double labelNeeds = style_.metrics(axis).horizontalAdvance(QStringLiteral("Mmm")) + style_.pt(3);
    const bool nameMonths = monthWidth >= labelNeeds;
    const bool everyMonth = monthWidth >= style_.pt(4);
    const double monthRow = bars.top() - axisLine - style_.pt(2);
    const double yearRow = monthRow - axisLine;
    for (std::size_t i = 0; i < months_.size(); ++i) {
        const QDate& m = months_[i];
        const double x0 = xAt(m);
        const double x1 = xAt(m.addMonths(1));
        const bool yearStart = m.month() == 1 || i == 0;
        if (!yearStart && !everyMonth && (m.month() - 1) % 3 != 0)
            continue;
        painter.setPen(QPen(yearStart ? PdfStyle::muted() : PdfStyle::rule(), style_.pt(yearStart ? 0.6 : 0.3)));
        painter.drawLine(QPointF(x0, yearStart ? yearRow : monthRow), QPointF(x0, bars.bottom()));
        painter.setPen(PdfStyle::muted());
        if (nameMonths)
            painter.drawText(QRectF(x0, monthRow, x1 - x0, axisLine), Qt::AlignHCenter | Qt::AlignVCenter,
                             style_.monthLabel(m));
        const double yearWidth = style_.metrics(axis).horizontalAdvance(QStringLiteral("0000")) + style_.pt(2);
        if (yearStart && x0 + yearWidth <= bars.right() + 1) {
            painter.setPen(PdfStyle::ink());
            painter.drawText(QRectF(x0 + style_.pt(1.5), yearRow, yearWidth, axisLine),
                             Qt::AlignLeft | Qt::AlignVCenter, QString::number(m.year()));
        }
    }
    painter.setPen(QPen(PdfStyle::rule(), style_.pt(0.3)));
    painter.drawLine(QPointF(bars.right(), monthRow), QPointF(bars.right(), bars.bottom()));

    // Rows: "n. title" at the left, the bar at its dates.
    const QFont label = style_.font(7);
    const QFont number = style_.font(7, true);
    const double numWidth = style_.metrics(number).horizontalAdvance(QStringLiteral("000."));
    for (int r = first; r < last; ++r) {
        const auto& pc = credentials[r];
        const double top = bars.top() + (r - first) * rowHeight_;
        painter.setPen(PdfStyle::muted());
        painter.setFont(number);
        painter.drawText(QRectF(rect.left(), top, numWidth, rowHeight_), Qt::AlignRight | Qt::AlignVCenter,
                         QString::number(r + 1) + u'.');
        painter.setFont(label);
        painter.setPen(PdfStyle::ink());
        const double textLeft = rect.left() + numWidth + style_.pt(4);
        const double textWidth = labelWidth - numWidth - style_.pt(4);
        painter.drawText(QRectF(textLeft, top, textWidth, rowHeight_), Qt::AlignLeft | Qt::AlignVCenter,
                         style_.metrics(label).elidedText(q(pc.title), Qt::ElideRight, textWidth));
        const Credential* c = input_.catalog.findCredential(pc.id);
        const bool cohort = pc.cohort || (c && c->pace.isCohort());
        const double x0 = xAt(toQDate(pc.start));
        const double x1 = std::max(x0 + style_.pt(2), xAt(toQDate(pc.end).addDays(1)));
        const QRectF bar(x0, top + rowHeight_ * 0.22, x1 - x0, rowHeight_ * 0.56);
        painter.setPen(Qt::NoPen);
        painter.setBrush(cohort ? PdfStyle::goal() : PdfStyle::accent());
        painter.drawRoundedRect(bar, style_.pt(1.5), style_.pt(1.5));
    }
    if (!withLegend)
        return;

    // Completion marker and legend after the last row.
    const double x = xAt(toQDate(input_.plan.totals.completion).addDays(1));
    painter.setPen(QPen(PdfStyle::completed(), style_.pt(0.9), Qt::DashLine));
    painter.drawLine(QPointF(x, bars.top()), QPointF(x, bars.bottom()));
    const double legendTop = bars.bottom() + style_.pt(8);
    painter.setFont(axis);
    double lx = bars.left();
    auto legend = [&](const QColor& colour, const QString& text, bool dashed) {
        if (dashed) {
            painter.setPen(QPen(colour, style_.pt(0.9), Qt::DashLine));
            painter.drawLine(QPointF(lx + style_.pt(5), legendTop), QPointF(lx + style_.pt(5), legendTop + axisLine));
        } else {
            painter.setPen(Qt::NoPen);
            painter.setBrush(colour);
            painter.drawRoundedRect(QRectF(lx, legendTop + axisLine * 0.2, style_.pt(10), axisLine * 0.6), style_.pt(1),
                                    style_.pt(1));
        }
        painter.setPen(PdfStyle::muted());
        const double w = style_.metrics(axis).horizontalAdvance(text);
        painter.drawText(QRectF(lx + style_.pt(14), legendTop, w, axisLine), Qt::AlignLeft | Qt::AlignVCenter, text);
        lx += style_.pt(14) + w + style_.pt(14);
    };
    legend(PdfStyle::accent(), tr("self-paced"), false);
    legend(PdfStyle::goal(), tr("cohort (fixed dates)"), false);
    legend(PdfStyle::completed(), tr("plan complete"), true);
}

} // namespace cairn::report::detail
