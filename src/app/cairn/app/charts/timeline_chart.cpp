#include "cairn/app/charts/timeline_chart.h"

#include "cairn/app/common/qt_convert.h"
#include "cairn/app/common/reason_words.h"
#include "cairn/app/common/status_style.h"
#include "cairn/app/session/planning_session.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>
#include <cairn/text/offer_words.h>
#include <cmath>

namespace cairn::app {

namespace {
constexpr int kLabelWidth = 210;
constexpr int kHeaderHeight = 44;
constexpr int kRowHeight = 26;
constexpr int kLoadHeight = 110;
constexpr int kMinPxPerWeek = 12;
constexpr int kMargin = 12;

bool hasSchedule(const PlanningSession* s) {
    return s->plan() && hasPlan(s->plan()->status) && !s->plan()->credentials.empty();
}
} // namespace

std::vector<SubscriptionBand> subscriptionBands(const Plan& plan) {
    std::vector<SubscriptionBand> out;
    for (const OfferPayment& pay : plan.payments) {
        if (pay.kind != Offer::Kind::Subscription)
            continue;
        std::vector<int> rows;
        for (std::size_t i = 0; i < plan.credentials.size(); ++i)
            if (plan.credentials[i].offer == pay.offer)
                rows.push_back(static_cast<int>(i));
        const int days = periodDays(pay.period);
        // The periods follow one another from the payment's first day, as its end date counts them.
        for (int k = 0; k < pay.periods; ++k)
            out.push_back(SubscriptionBand{pay.offer, k + 1, pay.start.plusDays(k * days),
                                           pay.start.plusDays((k + 1) * days - 1), rows});
    }
    return out;
}

TimelineChart::TimelineChart(PlanningSession* session, QWidget* parent) : QWidget(parent), session_(session) {
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setMouseTracking(true);
    connect(session_, &PlanningSession::planChanged, this, [this] {
        updateGeometry();
        update();
    });
}

QSize TimelineChart::sizeHint() const {
    if (!hasSchedule(session_))
        return {600, 300};
    const Plan& plan = *session_->plan();
    const int weeks = std::max(plan.totals.weeks, 1) + 2;
    const int rows = static_cast<int>(plan.credentials.size());
    return {kLabelWidth + weeks * kMinPxPerWeek + 2 * kMargin,
            kHeaderHeight + rows * kRowHeight + kLoadHeight + 3 * kMargin + 20};
}

QSize TimelineChart::minimumSizeHint() const {
    return sizeHint();
}

TimelineChart::Geometry TimelineChart::geometry() const {
    Geometry g;
    const Plan& plan = *session_->plan();
    const Date start = plan.start;
    const Date end = std::max(plan.totals.completion, plan.credentials.empty() ? start : plan.credentials.back().end);
    // Two spare weeks after completion leave room for the completion label.
    g.days = std::max(7, end.days() - start.days() + 14);
    g.left = kLabelWidth + kMargin;
    g.pxPerDay = std::max((width() - g.left - kMargin) / g.days, kMinPxPerWeek / 7.0);
    g.rowsTop = kHeaderHeight;
    g.rowHeight = kRowHeight;
    g.loadTop = kHeaderHeight + static_cast<double>(plan.credentials.size()) * kRowHeight + 2 * kMargin;
    g.loadHeight = kLoadHeight;
    return g;
}

void TimelineChart::paintEmpty(QPainter& p) {
    p.setPen(palette().color(QPalette::PlaceholderText));
    QFont font = p.font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    p.setFont(font);
    QString text = tr("Choose a goal to see a schedule");
    if (session_->plan() && session_->plan()->status == PlanStatus::Unknown)
        text = tr("There is no schedule yet: the time limit ran out before a plan was found.");
    else if (session_->plan() && !hasPlan(session_->plan()->status))
        text = tr("There is no schedule: no plan reaches this goal under the current limits.");
    else if (session_->plan())
        text = tr("Nothing to schedule: the goal is already met.");
    p.drawText(rect().adjusted(40, 40, -40, -40), Qt::AlignCenter | Qt::TextWordWrap, text);
}

void TimelineChart::paintEvent(QPaintEvent* /*event*/) {
    QPainter p(this);
    if (!hasSchedule(session_)) {
        paintEmpty(p);
        return;
    }
    p.setRenderHint(QPainter::Antialiasing);
    const Plan& plan = *session_->plan();
    const Geometry g = geometry();
    const QLocale locale;
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::Text);
    QColor grid = text;
    grid.setAlphaF(0.12);
    QColor faint = text;
    faint.setAlphaF(0.6);
    const double right = g.left + g.days * g.pxPerDay;
    const double bottom = g.loadTop + g.loadHeight;
    auto xOf = [&](Date d) { return g.left + (d.days() - plan.start.days()) * g.pxPerDay; };

    // Week grid, with a date label on the first week of each month (or every few weeks).
    const QFontMetrics fm(font());
    // Room for the widest day label in the user's language ("28. Sept." in German), with a gap.
    const QString dayPattern = datePattern(DateStyle::DayMonth);
    double dayLabelWidth = fm.horizontalAdvance(QStringLiteral("00 MMM"));
    for (int month = 1; month <= 12; ++month) {
        const QString label = locale.toString(QDate(2027, month, 28), dayPattern);
        dayLabelWidth = std::max<double>(dayLabelWidth, fm.horizontalAdvance(label) + fm.averageCharWidth());
    }
    const int labelEvery = std::max(1, static_cast<int>(std::ceil(dayLabelWidth / (7 * g.pxPerDay))));
    double monthLabelEnd = -1e9; // month names never overlap: a crowded one is left out
    for (int week = 0; week * 7 <= g.days; ++week) {
        const Date d = plan.start.plusDays(week * 7);
        const double x = xOf(d);
        p.setPen(QPen(grid, 1));
        p.drawLine(QPointF(x, kHeaderHeight - 6), QPointF(x, bottom));
        if (week % labelEvery == 0) {
            p.setPen(faint);
            p.drawText(QRectF(x - 2, kHeaderHeight - 22, 7 * g.pxPerDay * labelEvery, 16),
                       Qt::AlignLeft | Qt::AlignVCenter, locale.toString(toQDate(d), datePattern(DateStyle::DayMonth)));
        }
        // Month names on each month's first week; on week 0 too when the next month is far.
        const QDate q = toQDate(d);
        const bool monthStart = q.day() <= 7;
        const bool roomAtStart = week == 0 && q.daysTo(QDate(q.year(), q.month(), 1).addMonths(1)) * g.pxPerDay > 120;
        if ((monthStart && week > 0) || (week == 0 && (monthStart || roomAtStart))) {
            p.setPen(text);
            QFont bold = font();
            bold.setBold(true);
            p.setFont(bold);
            const QString label =
                locale.toString(q, datePattern(g.pxPerDay * 28 > 110 ? DateStyle::MonthYear : DateStyle::ShortMonth));
            const double labelWidth = QFontMetrics(bold).horizontalAdvance(label);
            if (x - 2 >= monthLabelEnd + 8) {
                p.drawText(QRectF(x - 2, 4, labelWidth + 4, 16), Qt::AlignLeft | Qt::AlignVCenter, label);
                monthLabelEnd = x - 2 + labelWidth;
            }
            p.setFont(font());
        }
    }

    // One row per planned credential.
    const QColor planned = StatusStyle::fill(CredentialStatus::Planned);
    for (std::size_t i = 0; i < plan.credentials.size(); ++i)
        if (i % 2 == 1)
            p.fillRect(QRectF(0, g.rowsTop + static_cast<double>(i) * g.rowHeight, right + kMargin, g.rowHeight),
                       pal.color(QPalette::AlternateBase));
    // Subscription periods behind the rows they pay for, every other one a shade darker so
    // each period paid can be counted.
    for (const SubscriptionBand& band : subscriptionBands(plan)) {
        QColor shade = pal.color(QPalette::Highlight);
        shade.setAlphaF(band.period % 2 == 1 ? 0.22 : 0.40);
        const double x0 = std::max(g.left, xOf(band.first));
        const double x1 = std::min(right, xOf(band.last.plusDays(1)));
        for (int row : band.rows) {
            const double y = g.rowsTop + row * g.rowHeight;
            p.fillRect(QRectF(x0, y + 1, std::max(0.0, x1 - x0), g.rowHeight - 2), shade);
            // Where a period starts, as a tick above and below the bar.
            p.setPen(QPen(pal.color(QPalette::Highlight), 1.5));
            p.drawLine(QPointF(x0, y + 1), QPointF(x0, y + 5));
            p.drawLine(QPointF(x0, y + g.rowHeight - 5), QPointF(x0, y + g.rowHeight - 1));
        }
    }
    for (std::size_t i = 0; i < plan.credentials.size(); ++i) {
        const PlannedCredential& pc = plan.credentials[i];
        const double y = g.rowsTop + static_cast<double>(i) * g.rowHeight;
        p.setPen(text);
        p.drawText(QRectF(kMargin, y, kLabelWidth - 8, g.rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(shown(pc.title), Qt::ElideRight, kLabelWidth - 8));
        const double x0 = xOf(pc.start);
        const double x1 = std::max(xOf(pc.end), x0 + 4);
        const QRectF bar(x0, y + 5, x1 - x0, g.rowHeight - 10);
        p.setPen(QPen(planned.darker(140), 1));
        p.setBrush(planned);
        p.drawRoundedRect(bar, 3, 3);
        if (pc.cohort) {
            p.setBrush(QBrush(planned.lighter(150), Qt::BDiagPattern));
            p.drawRoundedRect(bar, 3, 3);
        }
        // Every cohort start of this credential inside the chart, as a small diamond.
        if (const Credential* c = session_->catalog().findCredential(pc.id); c && c->pace.isCohort()) {
            for (const Date& s : c->pace.starts) {
                const double x = xOf(s);
                if (x < g.left || x > right)
                    continue;
                const double cy = y + g.rowHeight / 2;
                const QPolygonF diamond{{x, cy - 5}, {x + 5, cy}, {x, cy + 5}, {x - 5, cy}};
                p.setPen(QPen(text, 1));
                p.setBrush(s == pc.start ? StatusStyle::fill(CredentialStatus::Open) : pal.color(QPalette::Base));
                p.drawPolygon(diamond);
            }
        }
    }

    // Weekly hours load against the weekly hours available.
    p.setPen(faint);
    p.drawText(QRectF(kMargin, g.loadTop, kLabelWidth - 8, 18), Qt::AlignLeft | Qt::AlignVCenter, tr("Hours per week"));
    const double capacity = std::max(plan.hoursPerWeek, 1.0);
    double maxLoad = capacity;
    for (const auto& w : plan.load)
        maxLoad = std::max(maxLoad, w.hours);
    const double scale = (g.loadHeight - 18) / maxLoad;
    const double base = bottom;
    p.setPen(QPen(grid, 1));
    p.drawLine(QPointF(g.left, base), QPointF(right, base));
    for (const auto& w : plan.load) {
        const double x = g.left + w.week * 7 * g.pxPerDay;
        const QRectF bar(x + 1, base - w.hours * scale, 7 * g.pxPerDay - 2, w.hours * scale);
        p.setPen(Qt::NoPen);
        p.setBrush(w.hours > capacity + 1e-6 ? StatusStyle::fill(CredentialStatus::Open) : planned.lighter(130));
        p.drawRect(bar);
    }
    const double capY = base - capacity * scale;
    p.setPen(QPen(faint, 1, Qt::DashLine));
    p.drawLine(QPointF(g.left, capY), QPointF(right, capY));
    p.drawText(QRectF(kMargin, capY - 9, kLabelWidth - 8, 18), Qt::AlignRight | Qt::AlignVCenter,
               tr("%1 h available").arg(locale.toString(plan.hoursPerWeek, 'f', 0)));

    // Today and completion.
    const double todayX = xOf(Date::today());
    if (todayX >= g.left && todayX <= right) {
        p.setPen(QPen(QColor(0xd9, 0x48, 0x3b), 1.5));
        p.drawLine(QPointF(todayX, kHeaderHeight - 8), QPointF(todayX, bottom));
        p.drawText(QRectF(todayX + 3, kHeaderHeight - 8, 80, 14), Qt::AlignLeft | Qt::AlignVCenter, tr("today"));
    }
    const double doneX = xOf(plan.totals.completion);
    p.setPen(QPen(StatusStyle::goalFill(), 2));
    p.drawLine(QPointF(doneX, kHeaderHeight - 8), QPointF(doneX, bottom));
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    const QString doneText = tr("Done %1").arg(dateText(plan.totals.completion));
    const double doneWidth = QFontMetrics(bold).horizontalAdvance(doneText) + 4;
    // Left of the line when the right would run off the chart.
    const double doneLeft = doneX + 4 + doneWidth > width() - 2 ? doneX - 4 - doneWidth : doneX + 4;
    p.drawText(QRectF(doneLeft, g.loadTop - kMargin - 4, doneWidth, 16), Qt::AlignLeft | Qt::AlignVCenter, doneText);
}

int TimelineChart::rowAt(const QPoint& pos) const {
    if (!hasSchedule(session_))
        return -1;
    const Geometry g = geometry();
    const int row = static_cast<int>(std::floor((pos.y() - g.rowsTop) / g.rowHeight));
    return row >= 0 && row < static_cast<int>(session_->plan()->credentials.size()) ? row : -1;
}

bool TimelineChart::event(QEvent* event) {
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int row = rowAt(help->pos());
        if (row < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const PlannedCredential& pc = session_->plan()->credentials[static_cast<std::size_t>(row)];
        const QLocale locale;
        QString tip = QStringLiteral("<b>%1</b><br>%2 – %3<br>%4")
                          .arg(shown(pc.title).toHtmlEscaped(), dateText(pc.start), dateText(pc.end),
                               pc.cohort ? tr("Cohort: fixed dates") : tr("Self-paced"));
        for (const OfferPayment& pay : session_->plan()->payments)
            if (pay.offer == pc.offer)
                tip += QStringLiteral("<br>%1").arg(
                    tr("Through %1: %2")
                        .arg(qs(pay.title),
                             text::OfferWords(session_->catalog().currency, text::Format::user()).paidFor(pay))
                        .toHtmlEscaped());
        const ReasonWords reasons(session_->catalog());
        for (const auto& r : pc.why)
            tip += QStringLiteral("<br>• %1").arg(reasons.sentence(r).toHtmlEscaped());
        QToolTip::showText(help->globalPos(), tip, this);
        return true;
    }
    return QWidget::event(event);
}

void TimelineChart::mousePressEvent(QMouseEvent* event) {
    const int row = rowAt(event->pos());
    if (row >= 0)
        emit credentialClicked(qs(session_->plan()->credentials[static_cast<std::size_t>(row)].id));
    QWidget::mousePressEvent(event);
}

} // namespace cairn::app
