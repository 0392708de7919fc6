#include "cairn/app/charts/spending_chart.h"

#include "cairn/app/charts/chart_legend.h"
#include "cairn/app/charts/whole_ticks.h"
#include "cairn/app/common/qt_convert.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHBoxLayout>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>
#include <algorithm>
#include <cairn/engine/plan_spending.h>
#include <map>

namespace cairn::app {

namespace {

/// Months since the plan start's month: 0 for the start month itself.
int monthsBetween(Date start, Date date) {
    return (date.year() - start.year()) * 12 + static_cast<int>(date.month()) - static_cast<int>(start.month());
}

QChartView* makeView(QChart* chart, const QString& name, QWidget* parent) {
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setBackgroundRoundness(0);
    // Axis numbers in the user's locale ("1.000" in German), like every other number.
    chart->setLocalizeNumbers(true);
    auto* view = new QChartView(chart, parent);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(240, 220);
    return view;
}

} // namespace

SpendingChart::SpendingChart(QWidget* parent)
    : QWidget(parent), spendingChart_(new QChart), hoursChart_(new QChart), spending_(new QLineSeries),
      hours_(new QLineSeries), capacity_(new QLineSeries), monthAxis_(new QValueAxis), moneyAxis_(new QValueAxis),
      weekAxis_(new QValueAxis), hoursAxis_(new QValueAxis) {
    spendingChart_->setTitle(tr("Money spent"));
    spending_->setName(tr("Spent by the end of the month"));
    spending_->setPointsVisible(true);
    spendingChart_->addSeries(spending_);
    monthAxis_->setTitleText(tr("Months from the start"));
    monthAxis_->setLabelFormat(QStringLiteral("%.0f")); // localized labels take only %f, %e and %g
    spendingChart_->addAxis(monthAxis_, Qt::AlignBottom);
    spendingChart_->addAxis(moneyAxis_, Qt::AlignLeft);
    spending_->attachAxis(monthAxis_);
    spending_->attachAxis(moneyAxis_);

    hoursChart_->setTitle(tr("Study hours"));
    hours_->setName(tr("Planned hours"));
    capacity_->setName(tr("Hours available"));
    // The capacity goes first so the planned hours are drawn over it where they meet.
    hoursChart_->addSeries(capacity_);
    hoursChart_->addSeries(hours_);
    weekAxis_->setTitleText(tr("Weeks from the start"));
    weekAxis_->setLabelFormat(QStringLiteral("%.0f"));
    hoursAxis_->setTitleText(tr("Hours a week"));
    hoursAxis_->setLabelFormat(QStringLiteral("%.0f"));
    hoursChart_->addAxis(weekAxis_, Qt::AlignBottom);
    hoursChart_->addAxis(hoursAxis_, Qt::AlignLeft);
    for (auto* s : {hours_, capacity_}) {
        s->attachAxis(weekAxis_);
        s->attachAxis(hoursAxis_);
    }

    spendingView_ = makeView(spendingChart_, QStringLiteral("spendingChartView"), this);
    hoursView_ = makeView(hoursChart_, QStringLiteral("hoursChartView"), this);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(spendingView_);
    layout->addWidget(hoursView_);
    spendingLegend_ = new ChartLegend(spendingChart_);
    hoursLegend_ = new ChartLegend(hoursChart_);
    applyPalette();
    setPlan(nullptr, "USD", 0);
}

void SpendingChart::setPlan(const Plan* plan, const std::string& currency, double capacityHoursPerWeek) {
    spending_->clear();
    hours_->clear();
    capacity_->clear();
    moneyAxis_->setTitleText(tr("Money (%1)").arg(qs(currency)));
    moneyAxis_->setLabelFormat(QStringLiteral("%.0f"));
    const bool show = plan && hasPlan(plan->status);
    double maxMoney = 1;
    double maxHours = std::max(1.0, capacityHoursPerWeek);
    int months = 1;
    int weeks = 1;
    if (show) {
        // Money by billing period: a subscription in the month each of its periods starts, a
        // bundle when its first credential starts, any other price when its credential starts.
        std::map<int, double> paid;
        for (const Charge& c : charges(*plan)) {
            paid[std::max(0, monthsBetween(plan->start, c.day))] += c.amount;
            months = std::max(months, monthsBetween(plan->start, c.day) + 1);
        }
        for (const auto& pc : plan->credentials)
            months = std::max(months, monthsBetween(plan->start, pc.end) + 1);
        months = std::max(months, monthsBetween(plan->start, plan->totals.completion) + 1);
        double total = 0;
        spending_->append(0, 0);
        for (int m = 0; m < months; ++m) {
            if (const auto it = paid.find(m); it != paid.end())
                total += it->second;
            spending_->append(m + 1, total);
        }
        maxMoney = std::max(maxMoney, total);
        // Hours as steps: each week holds its load from its start to the next week's.
        for (const auto& week : plan->load) {
            hours_->append(week.week, week.hours);
            hours_->append(week.week + 1, week.hours);
            maxHours = std::max(maxHours, week.hours);
            weeks = std::max(weeks, week.week + 1);
        }
        weeks = std::max(weeks, plan->totals.weeks);
        spendingChart_->setTitle(tr("Money spent: %1 in all").arg(money(total, currency)));
        hoursChart_->setTitle(tr("Study hours: %L1 h over %L2 weeks").arg(plan->totals.hours, 0, 'f', 0).arg(weeks));
    } else {
        spendingChart_->setTitle(tr("Money spent"));
        hoursChart_->setTitle(tr("Study hours"));
    }
    if (capacityHoursPerWeek > 0) {
        capacity_->append(0, capacityHoursPerWeek);
        capacity_->append(weeks, capacityHoursPerWeek);
    }
    monthAxis_->setRange(0, months);
    applyWholeNiceNumbers(monthAxis_); // a tick a month read "9 … …" in a narrow chart
    moneyAxis_->setRange(0, maxMoney * 1.1);
    applyWholeNiceNumbers(moneyAxis_);
    weekAxis_->setRange(0, weeks);
    applyWholeNiceNumbers(weekAxis_);
    hoursAxis_->setRange(0, maxHours * 1.2);
    applyWholeNiceNumbers(hoursAxis_);
}

void SpendingChart::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QWidget::changeEvent(event);
}

void SpendingChart::applyPalette() {
    // Text and axes follow the widget palette so the charts read in dark mode too.
    const QPalette pal = palette();
    for (auto* chart : {spendingChart_, hoursChart_}) {
        chart->setBackgroundBrush(pal.base());
        chart->setTitleBrush(pal.text());
        chart->legend()->setLabelColor(pal.color(QPalette::Text));
    }
    for (auto* axis : {monthAxis_, moneyAxis_, weekAxis_, hoursAxis_}) {
        axis->setLabelsColor(pal.color(QPalette::Text));
        axis->setTitleBrush(pal.text());
        axis->setLinePenColor(pal.color(QPalette::Mid));
        // Faint grid lines in the text colour stay quiet on light and dark backgrounds alike.
        QColor grid = pal.color(QPalette::Text);
        grid.setAlpha(40);
        axis->setGridLineColor(grid);
        axis->setMinorGridLineColor(grid);
    }
    spending_->setPen(QPen(pal.color(QPalette::Highlight), 2));
    hours_->setPen(QPen(QColor(0x27, 0xae, 0x60), 2));
    capacity_->setPen(QPen(pal.color(QPalette::PlaceholderText), 1.5, Qt::DashLine));
    for (auto* legend : {spendingLegend_, hoursLegend_})
        if (legend)
            legend->refresh();
}

} // namespace cairn::app
