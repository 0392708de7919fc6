#include "detail/timeline_drawing.h"

#include "detail/charts.h"
#include "detail/wording.h"

#include <QCoreApplication>
#include <algorithm>
#include <cairn/text/keeping_words.h>
#include <cmath>

namespace cairn::report::detail {

namespace {

// The context is the one lupdate gives the tr() calls in this file, so translations are found.
QString tr(const char* text) {
    return QCoreApplication::translate("cairn::report::detail::TimelineDrawing", text);
}

constexpr int kMinimumRows = 4; // fewer rows than this at a page bottom start a new page instead

} // namespace

TimelineDrawing::TimelineDrawing(const ReportInput& input, const PdfStyle& style)
    : input_(input), style_(style),
      keeping_(keepingTimeline(input.catalog, input.profile, input.plan, input.holdYears)) {
    Date last = input.plan.totals.completion;
    for (const auto& pc : input.plan.credentials)
        last = std::max(last, pc.end);
    // The axis runs on to the last renewal or expiry within the years to hold.
    if (keeping_.end)
        last = std::max(last, *keeping_.end);
    months_ = monthsBetween(toQDate(input.plan.start), toQDate(last));
    rowHeight_ = style.pt(15);
    axisHeight_ = 2 * style.metrics(style.font(6.5)).height() + style.pt(8);
    // The marks of keeping take a second line of legend.
    legendHeight_ = style.pt(keeping_.held.empty() && keeping_.marks.empty() ? 22 : 32);
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
    const Axis axis{bars, start, static_cast<double>(std::max<qint64>(1, start.daysTo(months_.back().addMonths(1))))};

    // Zebra background first, so the gridlines stay visible on every row.
    for (int r = first + 1; r < last; r += 2)
        painter.fillRect(QRectF(rect.left(), bars.top() + (r - first) * rowHeight_, rect.width(), rowHeight_),
                         PdfStyle::faint());
    paintMonthAxis(painter, axis);

    // Rows: "n. title" at the left, the bar at its dates, then what keeping it asks for.
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
        paintKeeping(painter, axis, r, top);
        const Credential* c = input_.catalog.findCredential(pc.id);
        const bool cohort = pc.cohort || (c && c->pace.isCohort());
        const double x0 = axis.x(toQDate(pc.start));
        const double x1 = std::max(x0 + style_.pt(2), axis.x(toQDate(pc.end).addDays(1)));
        const QRectF bar(x0, top + rowHeight_ * 0.22, x1 - x0, rowHeight_ * 0.56);
        painter.setPen(Qt::NoPen);
        painter.setBrush(cohort ? PdfStyle::goal() : PdfStyle::accent());
        painter.drawRoundedRect(bar, style_.pt(1.5), style_.pt(1.5));
    }
    if (!withLegend)
        return;

    // Completion marker and legend after the last row.
    const double x = axis.x(toQDate(input_.plan.totals.completion).addDays(1));
    painter.setPen(QPen(PdfStyle::completed(), style_.pt(0.9), Qt::DashLine));
    painter.drawLine(QPointF(x, bars.top()), QPointF(x, bars.bottom()));
    paintLegend(painter, rect, bars.bottom() + style_.pt(8));
}

/// Month axis: years above months. When months are too narrow for their names, only the years
/// are named and only quarter lines are drawn.
void TimelineDrawing::paintMonthAxis(QPainter& painter, const Axis& axis) const {
    const QRectF& bars = axis.bars;
    const QFont font = style_.font(6.5);
    const double axisLine = style_.metrics(font).height();
    painter.setFont(font);
    const double monthWidth = bars.width() / static_cast<double>(months_.size());
    const double labelNeeds = style_.metrics(font).horizontalAdvance(QStringLiteral("Mmm")) + style_.pt(3);
    const bool nameMonths = monthWidth >= labelNeeds;
    const bool everyMonth = monthWidth >= style_.pt(4);
    const double monthRow = bars.top() - axisLine - style_.pt(2);
    const double yearRow = monthRow - axisLine;
    for (std::size_t i = 0; i < months_.size(); ++i) {
        const QDate& m = months_[i];
        const double x0 = axis.x(m);
        const double x1 = axis.x(m.addMonths(1));
        const bool yearStart = m.month() == 1 || i == 0;
        if (!yearStart && !everyMonth && (m.month() - 1) % 3 != 0)
            continue;
        painter.setPen(QPen(yearStart ? PdfStyle::muted() : PdfStyle::rule(), style_.pt(yearStart ? 0.6 : 0.3)));
        painter.drawLine(QPointF(x0, yearStart ? yearRow : monthRow), QPointF(x0, bars.bottom()));
        painter.setPen(PdfStyle::muted());
        if (nameMonths)
            painter.drawText(QRectF(x0, monthRow, x1 - x0, axisLine), Qt::AlignHCenter | Qt::AlignVCenter,
                             style_.monthLabel(m));
        const double yearWidth = style_.metrics(font).horizontalAdvance(QStringLiteral("0000")) + style_.pt(2);
        if (yearStart && x0 + yearWidth <= bars.right() + 1) {
            painter.setPen(PdfStyle::ink());
            painter.drawText(QRectF(x0 + style_.pt(1.5), yearRow, yearWidth, axisLine),
                             Qt::AlignLeft | Qt::AlignVCenter, QString::number(m.year()));
        }
    }
    painter.setPen(QPen(PdfStyle::rule(), style_.pt(0.3)));
    painter.drawLine(QPointF(bars.right(), monthRow), QPointF(bars.right(), bars.bottom()));
}

/// The row's held line, its renewal and yearly-fee marks with the fee where it fits before the
/// next mark, and its expiry.
void TimelineDrawing::paintKeeping(QPainter& painter, const Axis& axis, int row, double top) const {
    const double cy = top + rowHeight_ / 2;
    for (const HeldSpan& span : keeping_.held)
        if (span.row == row) {
            painter.setPen(QPen(PdfStyle::accent(), style_.pt(0.9), Qt::SolidLine, Qt::FlatCap));
            painter.drawLine(QPointF(axis.x(toQDate(span.from).addDays(1)), cy), QPointF(axis.x(toQDate(span.to)), cy));
        }
    const QFont small = style_.font(5.5);
    const double radius = style_.pt(2.6);
    for (std::size_t i = 0; i < keeping_.marks.size(); ++i) {
        const KeepingMark& mark = keeping_.marks[i];
        if (mark.row != row)
            continue;
        const double x = axis.x(toQDate(mark.event.date));
        paintMark(painter, mark.event.kind, QPointF(x, cy), radius);
        if (mark.event.kind == KeepingEvent::Kind::Expiry || mark.event.fee <= 0)
            continue;
        double room = axis.bars.right() - x;
        for (std::size_t j = i + 1; j < keeping_.marks.size(); ++j)
            if (keeping_.marks[j].row == row) {
                room = axis.x(toQDate(keeping_.marks[j].event.date)) - x;
                break;
            }
        const QString fee = style_.money(mark.event.fee);
        const double w = style_.metrics(small).horizontalAdvance(fee);
        if (w + radius + style_.pt(3) > room)
            continue;
        // Above the held line, so that the line does not strike it out.
        painter.setFont(small);
        painter.setPen(PdfStyle::ink());
        painter.drawText(QRectF(x + radius + style_.pt(0.8), top, w + style_.pt(1), rowHeight_ / 2),
                         Qt::AlignLeft | Qt::AlignBottom, fee);
    }
}

/// A ring for a renewal, a square for a yearly fee, a cross for an expiry.
void TimelineDrawing::paintMark(QPainter& painter, KeepingEvent::Kind kind, const QPointF& c, double r) const {
    switch (kind) {
    case KeepingEvent::Kind::Renewal:
        painter.setPen(QPen(PdfStyle::accent(), style_.pt(0.9)));
        painter.setBrush(Qt::white);
        painter.drawEllipse(c, r, r);
        break;
    case KeepingEvent::Kind::YearlyFee:
        painter.setPen(QPen(PdfStyle::accent(), style_.pt(0.8)));
        painter.setBrush(Qt::white);
        painter.drawRect(QRectF(c.x() - r * 0.85, c.y() - r * 0.85, 1.7 * r, 1.7 * r));
        break;
    case KeepingEvent::Kind::Expiry:
        painter.setPen(QPen(PdfStyle::warning(), style_.pt(1.1), Qt::SolidLine, Qt::FlatCap));
        painter.drawLine(QPointF(c.x() - r, c.y() - r), QPointF(c.x() + r, c.y() + r));
        painter.drawLine(QPointF(c.x() - r, c.y() + r), QPointF(c.x() + r, c.y() - r));
        break;
    }
}

/// What the bars, lines and marks mean, wrapped to the width.
void TimelineDrawing::paintLegend(QPainter& painter, const QRectF& rect, double top) const {
    const QFont font = style_.font(6.5);
    const double line = style_.metrics(font).height();
    painter.setFont(font);
    const double swatch = style_.pt(10);
    double lx = rect.left();
    double y = top;
    enum class Kind { Bar, Dashed, Held, Mark };
    auto entry = [&](Kind kind, const QColor& colour, const QString& text, KeepingEvent::Kind mark = {}) {
        const double w = style_.metrics(font).horizontalAdvance(text);
        if (lx > rect.left() && lx + style_.pt(14) + w > rect.right()) {
            lx = rect.left();
            y += line + style_.pt(3);
        }
        switch (kind) {
        case Kind::Bar:
            painter.setPen(Qt::NoPen);
            painter.setBrush(colour);
            painter.drawRoundedRect(QRectF(lx, y + line * 0.2, swatch, line * 0.6), style_.pt(1), style_.pt(1));
            break;
        case Kind::Dashed:
            painter.setPen(QPen(colour, style_.pt(0.9), Qt::DashLine));
            painter.drawLine(QPointF(lx + style_.pt(5), y), QPointF(lx + style_.pt(5), y + line));
            break;
        case Kind::Held:
            painter.setPen(QPen(colour, style_.pt(0.9), Qt::SolidLine, Qt::FlatCap));
            painter.drawLine(QPointF(lx, y + line / 2), QPointF(lx + swatch, y + line / 2));
            break;
        case Kind::Mark:
            paintMark(painter, mark, QPointF(lx + swatch / 2, y + line / 2), style_.pt(2.6));
            break;
        }
        painter.setPen(PdfStyle::muted());
        painter.drawText(QRectF(lx + style_.pt(14), y, w, line), Qt::AlignLeft | Qt::AlignVCenter, text);
        lx += style_.pt(14) + w + style_.pt(14);
    };
    entry(Kind::Bar, PdfStyle::accent(), tr("self-paced"));
    entry(Kind::Bar, PdfStyle::goal(), tr("cohort (fixed dates)"));
    entry(Kind::Dashed, PdfStyle::completed(), tr("plan complete"));
    // In the lower case of the report's other legends.
    if (!keeping_.held.empty())
        entry(Kind::Held, PdfStyle::accent(),
              keeping_.years == 1 ? tr("held (cost to hold: 1 year)")
                                  : tr("held (cost to hold: %1 years)").arg(keeping_.years));
    const std::pair<KeepingEvent::Kind, QString> marks[] = {{KeepingEvent::Kind::Renewal, tr("renewal due")},
                                                            {KeepingEvent::Kind::YearlyFee, tr("yearly fee due")},
                                                            {KeepingEvent::Kind::Expiry, tr("expires")}};
    for (const auto& mark : marks) {
        // Not a structured binding: clang 14 cannot capture one in the lambda.
        const KeepingEvent::Kind kind = mark.first;
        if (std::any_of(keeping_.marks.begin(), keeping_.marks.end(),
                        [kind](const KeepingMark& m) { return m.event.kind == kind; }))
            entry(Kind::Mark, PdfStyle::accent(), mark.second, kind);
    }
}

} // namespace cairn::report::detail
