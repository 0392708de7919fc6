#include "detail/charts.h"

#include "detail/wording.h"

#include <QCoreApplication>
#include <QPainterPath>
#include <algorithm>
#include <cairn/engine/plan_spending.h>
#include <cmath>
#include <numeric>

namespace cairn::report::detail {

namespace {

// The context is the one lupdate gives the tr() calls in this file, so translations are found.
QString tr(const char* text) {
    return QCoreApplication::translate("cairn::report::detail", text);
}

/// A round step giving about `count` intervals over `range` (1, 2 or 5 times a power of ten).
double niceStep(double range, int count) {
    if (range <= 0)
        return 1;
    const double raw = range / count;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (raw <= m * power)
            return m * power;
    return 10 * power;
}

struct Frame {
    QRectF plot;
    double yMax = 1;
    double step = 1;
};

/// Title, y gridlines with money labels; returns the plotting area.
Frame paintFrame(QPainter& painter, const QRectF& rect, const QString& title, double yMax, const PdfStyle& style) {
    Frame frame;
    frame.step = niceStep(yMax > 0 ? yMax : 1, 4);
    frame.yMax = std::max(frame.step, std::ceil((yMax > 0 ? yMax : 1) / frame.step) * frame.step);
    const QFont titleFont = style.font(9, true);
    const QFont label = style.font(6.5);
    painter.setFont(titleFont);
    painter.setPen(PdfStyle::ink());
    const double titleHeight = style.metrics(titleFont).height();
    painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), titleHeight), Qt::AlignLeft | Qt::AlignVCenter,
                     title);
    double labelWidth = 0;
    for (double v = 0; v <= frame.yMax + 1e-9; v += frame.step)
        labelWidth = std::max(labelWidth, style.metrics(label).horizontalAdvance(style.money(v)));
    const double labelHeight = style.metrics(label).height();
    frame.plot = QRectF(rect.left() + labelWidth + style.pt(6), rect.top() + titleHeight + style.pt(8),
                        rect.width() - labelWidth - style.pt(10),
                        rect.height() - titleHeight - style.pt(8) - 2 * labelHeight - style.pt(4));
    painter.setFont(label);
    for (double v = 0; v <= frame.yMax + 1e-9; v += frame.step) {
        const double y = frame.plot.bottom() - v / frame.yMax * frame.plot.height();
        painter.setPen(QPen(v == 0 ? PdfStyle::muted() : PdfStyle::rule(), style.pt(v == 0 ? 0.6 : 0.4)));
        painter.drawLine(QPointF(frame.plot.left(), y), QPointF(frame.plot.right(), y));
        painter.setPen(PdfStyle::muted());
        painter.drawText(QRectF(rect.left(), y - labelHeight / 2, labelWidth, labelHeight),
                         Qt::AlignRight | Qt::AlignVCenter, style.money(v));
    }
    return frame;
}

/// Date labels under the x axis, thinned so they do not collide.
void paintMonthAxis(QPainter& painter, const Frame& frame, const std::vector<QDate>& months, double firstDay,
                    double days, const PdfStyle& style) {
    const QFont label = style.font(6.5);
    painter.setFont(label);
    const double labelHeight = style.metrics(label).height();
    const double width = style.metrics(label).horizontalAdvance(QStringLiteral("Mmm 0000")) + style.pt(6);
    const int every = std::max(
        1, static_cast<int>(std::ceil(width / (frame.plot.width() / std::max<std::size_t>(1, months.size())))));
    for (std::size_t i = 0; i < months.size(); i += every) {
        const double x =
            frame.plot.left() + (QDate(1970, 1, 1).daysTo(months[i]) - firstDay) / days * frame.plot.width();
        if (x < frame.plot.left() - 1 || x > frame.plot.right() + 1)
            continue;
        painter.setPen(QPen(PdfStyle::muted(), style.pt(0.4)));
        painter.drawLine(QPointF(x, frame.plot.bottom()), QPointF(x, frame.plot.bottom() + style.pt(3)));
        const QString text =
            style.monthLabel(months[i]) +
            (i == 0 || months[i].month() == 1 ? QStringLiteral(" ") + QString::number(months[i].year()) : QString());
        painter.drawText(QRectF(x - width / 2, frame.plot.bottom() + style.pt(4), width, labelHeight), Qt::AlignCenter,
                         text);
    }
}

double epochDay(const Date& d) {
    return d.days();
}

} // namespace

std::vector<QDate> monthsBetween(const QDate& first, const QDate& last) {
    std::vector<QDate> months;
    for (QDate m(first.year(), first.month(), 1); m <= last; m = m.addMonths(1))
        months.push_back(m);
    return months;
}

void paintSpendingChart(QPainter& painter, const QRectF& rect, const ReportInput& input, const PdfStyle& style) {
    const Plan& plan = input.plan;
    Date last = plan.totals.completion;
    for (const auto& pc : plan.credentials)
        last = std::max(last, pc.end);
    // Money is spent when it is paid: a subscription at the start of each billing period, a
    // bundle when its first credential starts, any other price when its credential starts.
    const std::vector<Charge> paid = charges(plan);
    for (const Charge& c : paid)
        last = std::max(last, c.day);
    const std::vector<QDate> months = monthsBetween(toQDate(plan.start), toQDate(last));
    if (months.empty())
        return;
    std::vector<double> spent(months.size(), 0);
    for (const Charge& c : paid) {
        const QDate day = toQDate(c.day);
        for (std::size_t i = 0; i < months.size(); ++i)
            if (months[i].year() == day.year() && months[i].month() == day.month())
                spent[i] += c.amount;
    }
    std::partial_sum(spent.begin(), spent.end(), spent.begin());
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const Frame frame = paintFrame(painter, rect, tr("Spending, cumulative by month"), spent.back(), style);
    const double firstDay = QDate(1970, 1, 1).daysTo(months.front());
    const double days = std::max<qint64>(1, months.front().daysTo(months.back().addMonths(1)));
    auto xAt = [&](const QDate& d) {
        return frame.plot.left() + (QDate(1970, 1, 1).daysTo(d) - firstDay) / days * frame.plot.width();
    };
    auto yAt = [&](double v) { return frame.plot.bottom() - v / frame.yMax * frame.plot.height(); };
    QPainterPath area;
    area.moveTo(frame.plot.left(), frame.plot.bottom());
    QPainterPath line;
    line.moveTo(frame.plot.left(), yAt(0));
    double previous = 0;
    for (std::size_t i = 0; i < months.size(); ++i) {
        const double x0 = xAt(months[i]);
        const double x1 = xAt(months[i].addMonths(1));
        area.lineTo(x0, yAt(previous));
        area.lineTo(x0, yAt(spent[i]));
        area.lineTo(x1, yAt(spent[i]));
        line.lineTo(x0, yAt(spent[i]));
        line.lineTo(x1, yAt(spent[i]));
        previous = spent[i];
    }
    area.lineTo(frame.plot.right(), frame.plot.bottom());
    area.closeSubpath();
    painter.fillPath(area, PdfStyle::accentLight());
    painter.strokePath(line, QPen(PdfStyle::accent(), style.pt(1.2)));
    paintMonthAxis(painter, frame, months, firstDay, days, style);
    painter.restore();
}

void paintFrontChart(QPainter& painter, const QRectF& rect, const ReportInput& input, const PdfStyle& style) {
    std::vector<const Plan*> points;
    for (const Plan& p : input.front)
        if (hasPlan(p.status))
            points.push_back(&p);
    if (points.empty())
        return;
    double maxCost = input.plan.totals.cost;
    double maxDay = epochDay(input.plan.totals.completion);
    for (const Plan* p : points) {
        maxCost = std::max(maxCost, p->totals.cost);
        maxDay = std::max(maxDay, epochDay(p->totals.completion));
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const Frame frame = paintFrame(painter, rect, tr("Cost against completion date"), maxCost, style);
    const std::vector<QDate> months =
        monthsBetween(toQDate(input.plan.start), toQDate(Date::fromDays(static_cast<int>(maxDay))));
    const double firstDay = QDate(1970, 1, 1).daysTo(months.front());
    const double days = std::max<qint64>(1, months.front().daysTo(months.back().addMonths(1)));
    auto at = [&](const Plan& p) {
        return QPointF(frame.plot.left() + (epochDay(p.totals.completion) - firstDay) / days * frame.plot.width(),
                       frame.plot.bottom() - p.totals.cost / frame.yMax * frame.plot.height());
    };
    std::sort(points.begin(), points.end(),
              [](const Plan* a, const Plan* b) { return a->totals.completion < b->totals.completion; });
    QPainterPath stairs;
    for (std::size_t i = 0; i < points.size(); ++i) {
        const QPointF p = at(*points[i]);
        if (i == 0)
            stairs.moveTo(p);
        else
            stairs.lineTo(p);
    }
    painter.strokePath(stairs, QPen(PdfStyle::rule(), style.pt(0.8), Qt::DashLine));
    const double radius = style.pt(2.6);
    for (const Plan* p : points) {
        painter.setPen(QPen(PdfStyle::accent(), style.pt(0.8)));
        painter.setBrush(Qt::white);
        painter.drawEllipse(at(*p), radius, radius);
    }
    const QPointF mine = at(input.plan);
    painter.setPen(QPen(PdfStyle::goal(), style.pt(0.8)));
    painter.setBrush(PdfStyle::goal());
    painter.drawEllipse(mine, radius * 1.4, radius * 1.4);
    const QFont label = style.font(7, true);
    painter.setFont(label);
    const QString text = tr("This plan");
    const double w = style.metrics(label).horizontalAdvance(text);
    const double h = style.metrics(label).height();
    const double x = mine.x() + w + radius * 3 < frame.plot.right() ? mine.x() + radius * 2 : mine.x() - radius * 2 - w;
    const double y = mine.y() - h - radius > frame.plot.top() ? mine.y() - h - radius : mine.y() + radius;
    painter.drawText(QRectF(x, y, w, h), Qt::AlignLeft | Qt::AlignVCenter, text);
    paintMonthAxis(painter, frame, months, firstDay, days, style);
    painter.restore();
}

ChartsBlock chartsBlock(const ReportInput& input, const PdfStyle& style, double width) {
    if (input.plan.credentials.empty())
        return {};
    const bool withFront =
        std::any_of(input.front.begin(), input.front.end(), [](const Plan& p) { return hasPlan(p.status); });
    return {style.pt(175), [&input, &style, width, withFront](QPainter& painter, const QRectF& rect) {
                const double gap = style.pt(24);
                const QRectF area = rect.adjusted(0, style.pt(16), 0, 0);
                if (withFront) {
                    const double half = (width - gap) / 2;
                    paintSpendingChart(painter, QRectF(area.left(), area.top(), half, area.height()), input, style);
                    paintFrontChart(painter, QRectF(area.left() + half + gap, area.top(), half, area.height()), input,
                                    style);
                } else {
                    paintSpendingChart(painter, area, input, style);
                }
            }};
}

} // namespace cairn::report::detail
