#include "cairn/app/charts/credits_chart.h"

#include "cairn/app/charts/chart_legend.h"
#include "cairn/app/charts/whole_ticks.h"
#include "cairn/app/common/qt_convert.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <map>

namespace cairn::app {

CreditsChart::CreditsChart(QWidget* parent)
    : QWidget(parent), chart_(new QChart), series_(new QHorizontalBarSeries), planned_(new QBarSet(tr("Planned"))),
      earned_(new QBarSet(tr("Earned before"), this)), minimum_(new QBarSet(tr("Minimum"))),
      maximum_(new QBarSet(tr("Maximum"))), categoryAxis_(new QBarCategoryAxis), creditsAxis_(new QValueAxis) {
    chart_->setTitle(tr("Credits by category"));
    chart_->legend()->setAlignment(Qt::AlignBottom);
    chart_->setBackgroundRoundness(0);
    series_->append(planned_);
    series_->append(minimum_);
    series_->append(maximum_);
    chart_->addSeries(series_);
    creditsAxis_->setTitleText(tr("Credits"));
    creditsAxis_->setLabelFormat(QStringLiteral("%.0f"));
    // Bars run sideways so long category names ("general-elective") read in full on the left,
    // never cut short: the bars narrow instead.
    categoryAxis_->setTruncateLabels(false);
    chart_->addAxis(categoryAxis_, Qt::AlignLeft);
    chart_->addAxis(creditsAxis_, Qt::AlignBottom);
    series_->attachAxis(categoryAxis_);
    series_->attachAxis(creditsAxis_);
    // Axis numbers in the user's locale ("1.000" in German), like every other number.
    chart_->setLocalizeNumbers(true);
    view_ = new QChartView(chart_, this);
    view_->setObjectName(QStringLiteral("creditsChartView"));
    view_->setRenderHint(QPainter::Antialiasing);
    view_->setMinimumSize(240, 220);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view_);
    legend_ = new ChartLegend(chart_);
    applyPalette();
}

void CreditsChart::setPlan(const Goal* goal, const Plan* plan) {
    for (auto* set : {planned_, earned_, minimum_, maximum_})
        set->remove(0, set->count());
    categoryAxis_->clear();
    if (!goal || !plan || !hasPlan(plan->status)) {
        creditsAxis_->setRange(0, 1);
        applyWholeNiceNumbers(creditsAxis_);
        return;
    }
    std::map<std::string, double> counted;
    for (const auto& pc : plan->credentials)
        if (!pc.creditCategory.empty())
            counted[pc.creditCategory] += pc.creditsCounted;
    std::vector<std::string> order;
    for (const auto& rule : goal->categories)
        order.push_back(rule.category);
    std::map<std::string, double> earned;
    for (const auto& e : plan->earnedCredits)
        earned[e.category] += e.credits;
    for (const auto* byCategory : {&counted, &earned})
        for (const auto& [category, credits] : *byCategory)
            if (std::find(order.begin(), order.end(), category) == order.end())
                order.push_back(category);
    showEarned(!earned.empty());
    double top = 1;
    QStringList labels;
    for (const auto& category : order) {
        const auto rule = std::find_if(goal->categories.begin(), goal->categories.end(),
                                       [&](const CategoryRule& r) { return r.category == category; });
        const double inPlan = counted.count(category) ? counted.at(category) : 0.0;
        const double least = rule != goal->categories.end() ? rule->min.value_or(0) : 0.0;
        const double most = rule != goal->categories.end() ? rule->max.value_or(0) : 0.0;
        const double before = earned.count(category) ? earned.at(category) : 0.0;
        planned_->append(inPlan);
        earned_->append(before);
        minimum_->append(least);
        maximum_->append(most);
        top = std::max({top, inPlan, before, least, most});
        labels << qs(category);
    }
    categoryAxis_->append(labels);
    creditsAxis_->setRange(0, top * 1.15);
    applyWholeNiceNumbers(creditsAxis_);
    // The bars show both, so the title counts both ("Credits: 81 of 36" where 81 were earned before).
    chart_->setTitle(tr("Credits: %L1 of %L2")
                         .arg(plan->totals.credits + plan->totals.creditsEarned, 0, 'f', 0)
                         .arg(goal->minCredits, 0, 'f', 0));
}

bool CreditsChart::showsEarned() const {
    return series_->barSets().contains(earned_);
}

void CreditsChart::showEarned(bool show) {
    if (showsEarned() == show)
        return;
    if (show) {
        series_->insert(1, earned_); // beside the plan's own
    } else {
        series_->take(earned_);
        earned_->setParent(this); // the series gave it back
    }
    applyPalette(); // its colour, and the legend's entries
}

QStringList CreditsChart::categories() const {
    return categoryAxis_->categories();
}

void CreditsChart::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QWidget::changeEvent(event);
}

void CreditsChart::applyPalette() {
    // Text and axes follow the widget palette so the chart reads in dark mode too.
    const QPalette pal = palette();
    chart_->setBackgroundBrush(pal.base());
    chart_->setTitleBrush(pal.text());
    chart_->legend()->setLabelColor(pal.color(QPalette::Text));
    QColor grid = pal.color(QPalette::Text);
    grid.setAlpha(40);
    categoryAxis_->setLabelsColor(pal.color(QPalette::Text));
    categoryAxis_->setTitleBrush(pal.text());
    categoryAxis_->setGridLineVisible(false);
    creditsAxis_->setLabelsColor(pal.color(QPalette::Text));
    creditsAxis_->setTitleBrush(pal.text());
    creditsAxis_->setGridLineColor(grid);
    planned_->setColor(pal.color(QPalette::Highlight));
    planned_->setBorderColor(pal.color(QPalette::Highlight));
    minimum_->setColor(QColor(0x27, 0xae, 0x60));
    minimum_->setBorderColor(QColor(0x27, 0xae, 0x60));
    maximum_->setColor(QColor(0x95, 0xa5, 0xa6));
    maximum_->setBorderColor(QColor(0x95, 0xa5, 0xa6));
    QColor before = pal.color(QPalette::Highlight); // the plan's colour, paler: counted as well
    before.setAlpha(110);
    earned_->setColor(before);
    earned_->setBorderColor(pal.color(QPalette::Highlight));
    if (legend_) // after the colours: its swatches are the bars' colours
        legend_->refresh();
}

} // namespace cairn::app
