#include "cairn/app/charts/timeline_chart.h"

#include "cairn/app/common/qt_convert.h"
#include "cairn/app/common/reason_words.h"
#include "cairn/app/common/status_style.h"
#include "cairn/app/common/wrap_rows.h"
#include "cairn/app/session/planning_session.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>
#include <algorithm>
#include <cairn/text/keeping_words.h>
#include <cairn/text/message_words.h>
#include <cairn/text/offer_words.h>
#include <cmath>

namespace cairn::app {

namespace {
// The credentials' titles take this much at most, and less in a narrow view (a third of it,
// down to the least), so that the bars keep most of a laptop's timeline tab.
constexpr int kLabelWidth = 210;
constexpr int kLeastLabelWidth = 120;
constexpr int kHeaderHeight = 44;
constexpr int kRowHeight = 26;
constexpr int kLoadHeight = 110;
constexpr int kMinPxPerWeek = 12;
// How far the study weeks may be narrowed so that the whole plan is in view: at 1024x700 (and
// even at 1600x1000) the last credential's bar and the completion date were past the right
// edge, read only by scrolling. The years of keeping a credential run on to the right.
constexpr int kLeastFittedPxPerWeek = 4;
constexpr int kMargin = 12;
// Years of renewals would make a chart of 12 pixels a week thousands of pixels wide: the plot
// asks for no more than this, unless the study bars alone need more.
constexpr int kMaxMinimumPlotWidth = 1100;
constexpr int kMarkRadius = 5;
constexpr int kSwatchWidth = 22;
constexpr int kSwatchGap = 5;      // between swatch and label
constexpr int kLegendSpacing = 18; // between legend entries
constexpr int kLegendRowHeight = 20;

bool hasSchedule(const PlanningSession* s) {
    return s->plan() && hasPlan(s->plan()->status) && !s->plan()->credentials.empty();
}

Date studyEnd(const Plan& plan) {
    return std::max(plan.totals.completion, plan.credentials.empty() ? plan.start : plan.credentials.back().end);
}

bool darkPalette(const QPalette& pal) {
    return pal.color(QPalette::Base).lightness() < 128;
}

/// The held line and the renewal and fee marks in the planned colour, darker on a light
/// background and lighter on a dark one, so that they stand out on both.
QColor heldInk(const QPalette& pal) {
    const QColor planned = StatusStyle::fill(CredentialStatus::Planned);
    return darkPalette(pal) ? planned.lighter(120) : planned.darker(130);
}

QColor markInk(const QPalette& pal) {
    const QColor planned = StatusStyle::fill(CredentialStatus::Planned);
    return darkPalette(pal) ? planned.lighter(160) : planned.darker(170);
}

QColor expiryColour() {
    return {0xd9, 0x48, 0x3b};
}
} // namespace

/// What every step of painting needs: the plan, where things go and the colours.
struct TimelineChart::Frame {
    const Plan& plan;
    Geometry g;
    QLocale locale;
    QPalette pal;
    QColor text;
    QColor grid;
    QColor faint;
    QColor planned;
    double right = 0;  ///< x of the axis end
    double bottom = 0; ///< y of the hours load's base line
    QFontMetrics fm;

    [[nodiscard]] double x(Date d) const { return g.left + (d.days() - plan.start.days()) * g.pxPerDay; }
    [[nodiscard]] double rowY(int row) const { return g.rowsTop + row * g.rowHeight; }
};

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
    const auto changed = [this] {
        refreshKeeping();
        updateGeometry();
        update();
    };
    connect(session_, &PlanningSession::planChanged, this, changed);
    connect(session_, &PlanningSession::holdYearsChanged, this, changed);
    connect(session_, &PlanningSession::catalogChanged, this, changed);
    refreshKeeping();
}

void TimelineChart::refreshKeeping() {
    keeping_ = hasSchedule(session_)
                   ? keepingTimeline(session_->catalog(), session_->profile(), *session_->plan(), session_->holdYears())
                   : KeepingTimeline{};
}

Date TimelineChart::axisEnd() const {
    const Date end = studyEnd(*session_->plan());
    return keeping_.end ? std::max(end, *keeping_.end) : end;
}

QSize TimelineChart::sizeHint() const {
    if (!hasSchedule(session_))
        return {600, 300};
    const Geometry g = geometry();
    const int width = static_cast<int>(std::ceil(g.left + g.days * g.pxPerDay)) + kMargin;
    // The legend's rows at the narrowest: a wider chart needs no more of them.
    return {width, static_cast<int>(g.legendTop) + legendHeight(width) + kMargin};
}

QSize TimelineChart::minimumSizeHint() const {
    return sizeHint();
}

int TimelineChart::viewWidth() const {
    return parentWidget() ? parentWidget()->width() : width();
}

TimelineChart::Geometry TimelineChart::geometry() const {
    Geometry g;
    const Plan& plan = *session_->plan();
    // In a scroll area the chart is laid out for the part seen; alone, for its own width.
    const bool inView = parentWidget() != nullptr;
    const int view = viewWidth();
    g.labelWidth = inView ? std::clamp(view / 3, kLeastLabelWidth, kLabelWidth) : kLabelWidth;
    g.left = g.labelWidth + kMargin;
    // Two spare weeks after the last date leave room for its label.
    const int studyDays = std::max(7, studyEnd(plan).days() - plan.start.days() + 14);
    g.days = std::max(studyDays, axisEnd().days() - plan.start.days() + 14);
    const double room = std::max(1.0, view - g.left - kMargin);
    // Readable: every study week at kMinPxPerWeek, the years of keeping within
    // kMaxMinimumPlotWidth unless the study needs more; wider when the view has the room.
    const double studyPlot = studyDays * kMinPxPerWeek / 7.0;
    const double readable =
        std::max(studyPlot, std::min(g.days * kMinPxPerWeek / 7.0, double(kMaxMinimumPlotWidth))) / g.days;
    // In a view too narrow for that, the study weeks narrow until the whole plan is in view.
    const double fitted = inView ? std::max(room / studyDays, kLeastFittedPxPerWeek / 7.0) : readable;
    g.pxPerDay = std::max(room / g.days, std::min(readable, fitted));
    g.rowsTop = kHeaderHeight;
    g.rowHeight = kRowHeight;
    g.loadTop = kHeaderHeight + static_cast<double>(plan.credentials.size()) * kRowHeight + 2 * kMargin;
    g.loadHeight = kLoadHeight;
    g.legendTop = g.loadTop + g.loadHeight + kMargin;
    return g;
}

double TimelineChart::xOf(Date date) const {
    const Geometry g = geometry();
    return g.left + (date.days() - session_->plan()->start.days()) * g.pxPerDay;
}

QPointF TimelineChart::markCentre(std::size_t index) const {
    const KeepingMark& mark = keeping_.marks.at(index);
    const Geometry g = geometry();
    return {xOf(mark.event.date), g.rowsTop + (mark.row + 0.5) * g.rowHeight};
}

void TimelineChart::paintEmpty(QPainter& p) {
    p.setPen(palette().color(QPalette::PlaceholderText));
    QFont font = p.font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    p.setFont(font);
    QString text = tr("Choose a goal to see a schedule");
    if (session_->plan() && session_->plan()->status == PlanStatus::Unknown) {
        const QString why =
            text::MessageWords(text::Format::user(), &session_->catalog()).sentences(session_->plan()->reason);
        text = why.isEmpty() ? tr("There is no schedule yet: the time limit ran out before a plan was found.")
                             : tr("There is no schedule yet. %1").arg(why);
    } else if (session_->plan() && !hasPlan(session_->plan()->status))
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
    const QPalette pal = palette();
    QColor grid = pal.color(QPalette::Text);
    grid.setAlphaF(0.12);
    QColor faint = pal.color(QPalette::Text);
    faint.setAlphaF(0.6);
    const Frame f{plan,
                  g,
                  QLocale(),
                  pal,
                  pal.color(QPalette::Text),
                  grid,
                  faint,
                  StatusStyle::fill(CredentialStatus::Planned),
                  g.left + g.days * g.pxPerDay,
                  g.loadTop + g.loadHeight,
                  QFontMetrics(font())};
    paintTimeAxis(p, f);
    paintRowShading(p, f);
    paintSubscriptionBands(p, f);
    paintStudyBars(p, f);
    paintKeeping(p, f);
    paintHoursLoad(p, f);
    paintTodayAndCompletion(p, f);
    paintLegend(p, f);
}

/// Week lines, a date label every few weeks and the month (or, over years, the year) above.
void TimelineChart::paintTimeAxis(QPainter& p, const Frame& f) {
    const Geometry& g = f.g;
    // Room for the widest day label in the user's language ("28. Sept." in German), with a gap.
    const QString dayPattern = datePattern(DateStyle::DayMonth);
    double dayLabelWidth = f.fm.horizontalAdvance(QStringLiteral("00 MMM"));
    for (int month = 1; month <= 12; ++month) {
        const QString label = f.locale.toString(QDate(2027, month, 28), dayPattern);
        dayLabelWidth = std::max<double>(dayLabelWidth, f.fm.horizontalAdvance(label) + f.fm.averageCharWidth());
    }
    const double pxPerWeek = 7 * g.pxPerDay;
    const int labelEvery = std::max(1, static_cast<int>(std::ceil(dayLabelWidth / pxPerWeek)));
    // Over years of renewals the weeks are too close for a line each: only labelled weeks get one.
    const bool everyWeek = pxPerWeek >= 6;
    // Months too narrow to name are left to the years.
    const bool yearsOnly = g.pxPerDay * 30 < 40;
    QFont bold = font();
    bold.setBold(true);
    double monthLabelEnd = -1e9; // month names never overlap: a crowded one is left out
    for (int week = 0; week * 7 <= g.days; ++week) {
        const Date d = f.plan.start.plusDays(week * 7);
        const double x = f.x(d);
        const bool labelled = week % labelEvery == 0;
        if (everyWeek || labelled) {
            p.setPen(QPen(f.grid, 1));
            p.drawLine(QPointF(x, kHeaderHeight - 6), QPointF(x, f.bottom));
        }
        if (labelled) {
            p.setPen(f.faint);
            p.drawText(QRectF(x - 2, kHeaderHeight - 22, pxPerWeek * labelEvery, 16), Qt::AlignLeft | Qt::AlignVCenter,
                       f.locale.toString(toQDate(d), dayPattern));
        }
        // Month names on each month's first week; on week 0 too when the next month is far.
        const QDate q = toQDate(d);
        const bool monthStart = q.day() <= 7 && (!yearsOnly || q.month() == 1);
        const bool roomAtStart = week == 0 && q.daysTo(QDate(q.year(), q.month(), 1).addMonths(1)) * g.pxPerDay > 120;
        if (!((monthStart && week > 0) || (week == 0 && (monthStart || roomAtStart || yearsOnly))))
            continue;
        // Over more than a year "Jan 29" would read as a day: the year stands on its own in January.
        const bool longAxis = g.days > 400;
        QString label;
        if (yearsOnly || (longAxis && (q.month() == 1 || week == 0)))
            label = QString::number(q.year());
        else if (g.pxPerDay * 28 > 110)
            label = f.locale.toString(q, datePattern(DateStyle::MonthYear));
        else
            label = f.locale.toString(q, datePattern(longAxis ? DateStyle::Month : DateStyle::ShortMonth));
        const double labelWidth = QFontMetrics(bold).horizontalAdvance(label);
        if (x - 2 < monthLabelEnd + 8)
            continue;
        p.setPen(f.text);
        p.setFont(bold);
        p.drawText(QRectF(x - 2, 4, labelWidth + 4, 16), Qt::AlignLeft | Qt::AlignVCenter, label);
        monthLabelEnd = x - 2 + labelWidth;
        p.setFont(font());
    }
}

/// Every other credential's row a shade darker, so a row can be followed across the years.
void TimelineChart::paintRowShading(QPainter& p, const Frame& f) {
    for (std::size_t i = 1; i < f.plan.credentials.size(); i += 2)
        p.fillRect(QRectF(0, f.rowY(static_cast<int>(i)), f.right + kMargin, f.g.rowHeight),
                   f.pal.color(QPalette::AlternateBase));
}

/// Subscription periods behind the rows they pay for, every other one a shade darker so each
/// period paid can be counted.
void TimelineChart::paintSubscriptionBands(QPainter& p, const Frame& f) {
    for (const SubscriptionBand& band : subscriptionBands(f.plan)) {
        QColor shade = f.pal.color(QPalette::Highlight);
        shade.setAlphaF(band.period % 2 == 1 ? 0.22 : 0.40);
        const double x0 = std::max(f.g.left, f.x(band.first));
        const double x1 = std::min(f.right, f.x(band.last.plusDays(1)));
        for (int row : band.rows) {
            const double y = f.rowY(row);
            p.fillRect(QRectF(x0, y + 1, std::max(0.0, x1 - x0), f.g.rowHeight - 2), shade);
            // Where a period starts, as a tick above and below the bar.
            p.setPen(QPen(f.pal.color(QPalette::Highlight), 1.5));
            p.drawLine(QPointF(x0, y + 1), QPointF(x0, y + 5));
            p.drawLine(QPointF(x0, y + f.g.rowHeight - 5), QPointF(x0, y + f.g.rowHeight - 1));
        }
    }
}

/// Each credential's title at the left and its bar at its dates, hatched for a cohort.
void TimelineChart::paintStudyBars(QPainter& p, const Frame& f) {
    for (std::size_t i = 0; i < f.plan.credentials.size(); ++i) {
        const PlannedCredential& pc = f.plan.credentials[i];
        const double y = f.rowY(static_cast<int>(i));
        p.setPen(f.text);
        p.drawText(QRectF(kMargin, y, f.g.labelWidth - 8, f.g.rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                   f.fm.elidedText(shown(pc.title), Qt::ElideRight, f.g.labelWidth - 8));
        const double x0 = f.x(pc.start);
        const double x1 = std::max(f.x(pc.end), x0 + 4);
        const QRectF bar(x0, y + 5, x1 - x0, f.g.rowHeight - 10);
        p.setPen(QPen(f.planned.darker(140), 1));
        p.setBrush(f.planned);
        p.drawRoundedRect(bar, 3, 3);
        if (pc.cohort) {
            p.setBrush(QBrush(f.planned.lighter(150), Qt::BDiagPattern));
            p.drawRoundedRect(bar, 3, 3);
        }
        paintCohortStarts(p, f, static_cast<int>(i), y);
    }
}

/// Every cohort start of the row's credential inside the chart, as a small diamond, filled
/// for the one the plan takes.
void TimelineChart::paintCohortStarts(QPainter& p, const Frame& f, int row, double y) {
    const PlannedCredential& pc = f.plan.credentials[static_cast<std::size_t>(row)];
    const Credential* c = session_->catalog().findCredential(pc.id);
    if (!c || !c->pace.isCohort())
        return;
    for (const Date& s : c->pace.starts) {
        const double x = f.x(s);
        if (x < f.g.left || x > f.right)
            continue;
        const double cy = y + f.g.rowHeight / 2;
        const QPolygonF diamond{{x, cy - 5}, {x + 5, cy}, {x, cy + 5}, {x - 5, cy}};
        p.setPen(QPen(f.text, 1));
        p.setBrush(s == pc.start ? StatusStyle::fill(CredentialStatus::Open) : f.pal.color(QPalette::Base));
        p.drawPolygon(diamond);
    }
}

/// After each bar: a thin line while the credential is held, a mark on each date keeping it asks
/// for something, with the fee beside it where there is room, and a stop where it lapses.
void TimelineChart::paintKeeping(QPainter& p, const Frame& f) {
    const QColor held = heldInk(f.pal);
    for (const HeldSpan& span : keeping_.held) {
        const double cy = f.rowY(span.row) + f.g.rowHeight / 2;
        p.setPen(QPen(held, 2, Qt::SolidLine, Qt::FlatCap));
        p.drawLine(QPointF(f.x(span.from), cy), QPointF(f.x(span.to), cy));
    }
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    const QFontMetrics smallFm(small);
    for (std::size_t i = 0; i < keeping_.marks.size(); ++i) {
        const KeepingMark& mark = keeping_.marks[i];
        const double x = f.x(mark.event.date);
        const double y = f.rowY(mark.row);
        const Swatch swatch = mark.event.kind == KeepingEvent::Kind::Renewal     ? Swatch::Renewal
                              : mark.event.kind == KeepingEvent::Kind::YearlyFee ? Swatch::YearlyFee
                                                                                 : Swatch::Expiry;
        paintSwatch(p, f, swatch,
                    QRectF(x - kMarkRadius, y + f.g.rowHeight / 2 - kMarkRadius, 2 * kMarkRadius, 2 * kMarkRadius));
        if (mark.event.kind == KeepingEvent::Kind::Expiry || mark.event.fee <= 0)
            continue;
        // The fee, when it fits before the row's next mark.
        double room = f.right + kMargin - x;
        for (std::size_t j = i + 1; j < keeping_.marks.size(); ++j)
            if (keeping_.marks[j].row == mark.row) {
                room = f.x(keeping_.marks[j].event.date) - x;
                break;
            }
        const QString fee = text::Format::user().money(mark.event.fee, session_->catalog().currency);
        const double w = smallFm.horizontalAdvance(fee);
        if (w + kMarkRadius + 6 > room)
            continue;
        // Above the held line, on the row's own background so that the line does not strike it out.
        const QRectF label(x + kMarkRadius + 2, y + 1, w + 2, f.g.rowHeight / 2 - 1);
        p.fillRect(label, f.pal.color(mark.row % 2 == 1 ? QPalette::AlternateBase : QPalette::Base));
        p.setFont(small);
        p.setPen(f.text);
        p.drawText(label, Qt::AlignLeft | Qt::AlignVCenter, fee);
        p.setFont(font());
    }
}

/// Weekly hours load against the weekly hours available.
void TimelineChart::paintHoursLoad(QPainter& p, const Frame& f) {
    const Geometry& g = f.g;
    p.setPen(f.faint);
    p.drawText(QRectF(kMargin, g.loadTop, g.labelWidth - 8, 18), Qt::AlignLeft | Qt::AlignVCenter,
               tr("Hours per week"));
    const double capacity = std::max(f.plan.hoursPerWeek, 1.0);
    double maxLoad = capacity;
    for (const auto& w : f.plan.load)
        maxLoad = std::max(maxLoad, w.hours);
    const double scale = (g.loadHeight - 18) / maxLoad;
    const double base = f.bottom;
    p.setPen(QPen(f.grid, 1));
    p.drawLine(QPointF(g.left, base), QPointF(f.right, base));
    for (const auto& w : f.plan.load) {
        const double x = g.left + w.week * 7 * g.pxPerDay;
        const QRectF bar(x + 1, base - w.hours * scale, std::max(1.0, 7 * g.pxPerDay - 2), w.hours * scale);
        p.setPen(Qt::NoPen);
        p.setBrush(w.hours > capacity + 1e-6 ? StatusStyle::fill(CredentialStatus::Open) : f.planned.lighter(130));
        p.drawRect(bar);
    }
    const double capY = base - capacity * scale;
    p.setPen(QPen(f.faint, 1, Qt::DashLine));
    p.drawLine(QPointF(g.left, capY), QPointF(f.right, capY));
    const QString available = tr("%1 h available").arg(f.locale.toString(f.plan.hoursPerWeek, 'f', 0));
    // Beside "Hours per week" where both fit in the titles' column, under the line where not.
    const bool sideBySide =
        f.fm.horizontalAdvance(tr("Hours per week")) + f.fm.horizontalAdvance(available) + 12 <= g.labelWidth - 8;
    const double top = sideBySide || capY - 9 >= g.loadTop + 18 ? capY - 9 : capY + 2;
    p.drawText(QRectF(kMargin, top, g.labelWidth - 8, 18), Qt::AlignRight | Qt::AlignVCenter, available);
}

/// Today's line and the completion line with its date.
void TimelineChart::paintTodayAndCompletion(QPainter& p, const Frame& f) {
    const Geometry& g = f.g;
    const double todayX = f.x(Date::today());
    if (todayX >= g.left && todayX <= f.right) {
        p.setPen(QPen(QColor(0xd9, 0x48, 0x3b), 1.5));
        p.drawLine(QPointF(todayX, kHeaderHeight - 8), QPointF(todayX, f.bottom));
        p.drawText(QRectF(todayX + 3, kHeaderHeight - 8, 80, 14), Qt::AlignLeft | Qt::AlignVCenter, tr("today"));
    }
    const double doneX = f.x(f.plan.totals.completion);
    p.setPen(QPen(StatusStyle::goalFill(), 2));
    p.drawLine(QPointF(doneX, kHeaderHeight - 8), QPointF(doneX, f.bottom));
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    const QString doneText = tr("Done %1").arg(dateText(f.plan.totals.completion));
    const double doneWidth = QFontMetrics(bold).horizontalAdvance(doneText) + 4;
    // Left of the line when the right would run off the chart.
    const double doneLeft = doneX + 4 + doneWidth > width() - 2 ? doneX - 4 - doneWidth : doneX + 4;
    p.drawText(QRectF(doneLeft, g.loadTop - kMargin - 4, doneWidth, 16), Qt::AlignLeft | Qt::AlignVCenter, doneText);
    p.setFont(font());
}

std::vector<TimelineChart::LegendEntry> TimelineChart::legendEntries() const {
    std::vector<LegendEntry> out;
    if (!hasSchedule(session_))
        return out;
    const Plan& plan = *session_->plan();
    const bool cohort = std::any_of(plan.credentials.begin(), plan.credentials.end(),
                                    [](const PlannedCredential& pc) { return pc.cohort; });
    out.push_back({Swatch::Bar, tr("Study")});
    if (cohort) {
        out.push_back({Swatch::CohortBar, tr("Cohort: fixed dates")});
        out.push_back({Swatch::CohortStart, tr("Cohort start")});
    }
    if (!subscriptionBands(plan).empty())
        out.push_back({Swatch::Subscription, tr("Subscription period")});
    const double capacity = std::max(plan.hoursPerWeek, 1.0);
    if (std::any_of(plan.load.begin(), plan.load.end(), [&](const auto& w) { return w.hours > capacity + 1e-6; }))
        out.push_back({Swatch::Overload, tr("Over the hours available")});
    const text::KeepingWords words(session_->catalog().currency, text::Format::user());
    if (!keeping_.held.empty())
        out.push_back({Swatch::Held, words.heldName(keeping_.years)});
    for (const auto kind : {KeepingEvent::Kind::Renewal, KeepingEvent::Kind::YearlyFee, KeepingEvent::Kind::Expiry})
        if (std::any_of(keeping_.marks.begin(), keeping_.marks.end(),
                        [kind](const KeepingMark& m) { return m.event.kind == kind; }))
            out.push_back({kind == KeepingEvent::Kind::Renewal     ? Swatch::Renewal
                           : kind == KeepingEvent::Kind::YearlyFee ? Swatch::YearlyFee
                                                                   : Swatch::Expiry,
                           words.markName(kind)});
    return out;
}

QStringList TimelineChart::legendLabels() const {
    QStringList out;
    for (const LegendEntry& e : legendEntries())
        out << e.label;
    return out;
}

std::vector<int> TimelineChart::legendWidths(const std::vector<LegendEntry>& entries) const {
    const QFontMetrics fm(font());
    std::vector<int> widths;
    for (const LegendEntry& e : entries)
        widths.push_back(kSwatchWidth + kSwatchGap + fm.horizontalAdvance(e.label) + 1);
    return widths;
}

int TimelineChart::legendWidth(int width) const {
    // In a scroll area the legend wraps to the part seen, so that it is read without scrolling.
    const int seen = parentWidget() ? std::min(width, parentWidget()->width()) : width;
    return std::max(1, seen - 2 * kMargin);
}

int TimelineChart::legendHeight(int width) const {
    const auto entries = legendEntries();
    if (entries.empty())
        return 0;
    const int available = legendWidth(width);
    return static_cast<int>(wrapRows(legendWidths(entries), kLegendSpacing, available).size()) * kLegendRowHeight;
}

/// The legend at the foot, under the plot and wrapped to its width.
void TimelineChart::paintLegend(QPainter& p, const Frame& f) {
    const auto entries = legendEntries();
    const auto widths = legendWidths(entries);
    double y = f.g.legendTop;
    for (const auto& row : wrapRows(widths, kLegendSpacing, legendWidth(width()))) {
        double x = kMargin;
        for (int i : row) {
            const LegendEntry& e = entries[static_cast<std::size_t>(i)];
            paintSwatch(p, f, e.swatch, QRectF(x, y + 4, kSwatchWidth, kLegendRowHeight - 8));
            p.setPen(f.text);
            p.drawText(QRectF(x + kSwatchWidth + kSwatchGap, y, widths[static_cast<std::size_t>(i)], kLegendRowHeight),
                       Qt::AlignLeft | Qt::AlignVCenter, e.label);
            x += widths[static_cast<std::size_t>(i)] + kLegendSpacing;
        }
        y += kLegendRowHeight;
    }
}

/// One kind of mark in `box`: on the chart at its date, in the legend as its swatch.
void TimelineChart::paintSwatch(QPainter& p, const Frame& f, Swatch swatch, const QRectF& box) {
    const QPointF c = box.center();
    const double r = std::min(box.width(), box.height()) / 2;
    const QRectF mark(c.x() - r, c.y() - r, 2 * r, 2 * r);
    switch (swatch) {
    case Swatch::Bar:
    case Swatch::CohortBar:
        p.setPen(QPen(f.planned.darker(140), 1));
        p.setBrush(f.planned);
        p.drawRoundedRect(box, 3, 3);
        if (swatch == Swatch::CohortBar) {
            p.setBrush(QBrush(f.planned.lighter(150), Qt::BDiagPattern));
            p.drawRoundedRect(box, 3, 3);
        }
        break;
    case Swatch::CohortStart:
        p.setPen(QPen(f.text, 1));
        p.setBrush(StatusStyle::fill(CredentialStatus::Open));
        p.drawPolygon(QPolygonF{{c.x(), c.y() - r}, {c.x() + r, c.y()}, {c.x(), c.y() + r}, {c.x() - r, c.y()}});
        break;
    case Swatch::Subscription: {
        QColor shade = f.pal.color(QPalette::Highlight);
        shade.setAlphaF(0.3);
        p.fillRect(box, shade);
        break;
    }
    case Swatch::Overload:
        p.fillRect(box, StatusStyle::fill(CredentialStatus::Open));
        break;
    case Swatch::Held:
        p.setPen(QPen(heldInk(f.pal), 2, Qt::SolidLine, Qt::FlatCap));
        p.drawLine(QPointF(box.left(), c.y()), QPointF(box.right(), c.y()));
        break;
    case Swatch::Renewal:
        // A ring: the credential goes round again.
        p.setPen(QPen(markInk(f.pal), 2));
        p.setBrush(f.pal.color(QPalette::Base));
        p.drawEllipse(mark.adjusted(1, 1, -1, -1));
        break;
    case Swatch::YearlyFee:
        p.setPen(QPen(markInk(f.pal), 1.5));
        p.setBrush(f.pal.color(QPalette::Base));
        p.drawRect(mark.adjusted(1.5, 1.5, -1.5, -1.5));
        break;
    case Swatch::Expiry:
        // A stop across the row with a cross: held no longer.
        p.setPen(QPen(expiryColour(), 2, Qt::SolidLine, Qt::FlatCap));
        p.drawLine(QPointF(c.x() - r, c.y() - r), QPointF(c.x() + r, c.y() + r));
        p.drawLine(QPointF(c.x() - r, c.y() + r), QPointF(c.x() + r, c.y() - r));
        break;
    }
}

int TimelineChart::rowAt(const QPoint& pos) const {
    if (!hasSchedule(session_))
        return -1;
    const Geometry g = geometry();
    const int row = static_cast<int>(std::floor((pos.y() - g.rowsTop) / g.rowHeight));
    return row >= 0 && row < static_cast<int>(session_->plan()->credentials.size()) ? row : -1;
}

int TimelineChart::markAt(const QPoint& pos) const {
    const int row = rowAt(pos);
    if (row < 0)
        return -1;
    for (std::size_t i = 0; i < keeping_.marks.size(); ++i)
        if (keeping_.marks[i].row == row && std::abs(xOf(keeping_.marks[i].event.date) - pos.x()) <= kMarkRadius + 2)
            return static_cast<int>(i);
    return -1;
}

QString TimelineChart::markTip(const KeepingMark& mark) const {
    const Catalog& catalog = session_->catalog();
    const Credential* c = catalog.findCredential(mark.event.credential);
    const text::KeepingWords words(catalog.currency, text::Format::user());
    return QStringLiteral("<b>%1</b><br>%2")
        .arg(dateText(mark.event.date),
             words.event(mark.event, qs(c ? c->title : mark.event.credential)).toHtmlEscaped());
}

bool TimelineChart::eventFilter(QObject* watched, QEvent* event) {
    // The legend wraps to the scroll area's width: its rows change with it.
    if (watched == parentWidget() && event->type() == QEvent::Resize) {
        updateGeometry();
        update();
    }
    return QWidget::eventFilter(watched, event);
}

bool TimelineChart::event(QEvent* event) {
    if (event->type() == QEvent::ParentAboutToChange && parentWidget())
        parentWidget()->removeEventFilter(this);
    if (event->type() == QEvent::ParentChange && parentWidget())
        parentWidget()->installEventFilter(this);
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int row = rowAt(help->pos());
        if (row < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        if (const int mark = markAt(help->pos()); mark >= 0) {
            QToolTip::showText(help->globalPos(), markTip(keeping_.marks[static_cast<std::size_t>(mark)]), this);
            return true;
        }
        const PlannedCredential& pc = session_->plan()->credentials[static_cast<std::size_t>(row)];
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
