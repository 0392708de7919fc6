#include "cairn/app/charts/credits_chart.h"

#include "cairn/app/charts/chart_legend.h"
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
#include <cairn/text/plan_words.h>
#include <map>

namespace cairn::app {

CreditsChart::CreditsChart(QWidget* parent)
    : QWidget(parent), chart_(new QChart), series_(new QHorizontalBarSeries), planned_(new QBarSet(tr("Planned"))),
      minimum_(new QBarSet(tr("Minimum"))), maximum_(new QBarSet(tr("Maximum"))), categoryAxis_(new QBarCategoryAxis),
      creditsAxis_(new QValueAxis) {
    chart_->setTitle(tr("Credits by category"));
    chart_->legend()->setAlignment(Qt::AlignBottom);
    chart_->setBackgroundRoundness(0);
    series_->append(planned_);
    series_->append(minimum_);
    series_->append(maximum_);
    chart_->addSeries(series_);
    creditsAxis_->setTitleText(tr("Credits"));
    creditsAxis_->setLabelFormat(QStringLiteral("%.0f"));
    // Bars run sideways so long category names read in full on the left.
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
    for (auto* set : {planned_, minimum_, maximum_})
        set->remove(0, set->count());
    categoryAxis_->clear();
    if (!goal || !plan || !hasPlan(plan->status)) {
        creditsAxis_->setRange(0, 1);
        return;
    }
    std::map<std::string, double> counted;
    for (const auto& pc : plan->credentials)
        if (!pc.creditCategory.empty())
            counted[pc.creditCategory] += pc.creditsCounted;
    std::vector<std::string> order;
    for (const auto& rule : goal->categories)
        order.push_back(rule.category);
    for (const auto& [category, credits] : counted)
        if (std::find(order.begin(), order.end(), category) == order.end())
            order.push_back(category);
    double top = 1;
    QStringList labels;
    for (const auto& category : order) {
        const auto rule = std::find_if(goal->categories.begin(), goal->categories.end(),
                                       [&](const CategoryRule& r) { return r.category == category; });
        const double inPlan = counted.count(category) ? counted.at(category) : 0.0;
        const double least = rule != goal->categories.end() ? rule->min.value_or(0) : 0.0;
        const double most = rule != goal->categories.end() ? rule->max.value_or(0) : 0.0;
        planned_->append(inPlan);
        minimum_->append(least);
        maximum_->append(most);
        top = std::max({top, inPlan, least, most});
        labels << qs(category);
    }
    categoryAxis_->append(labels);
    creditsAxis_->setRange(0, top * 1.15);
    creditsAxis_->applyNiceNumbers();
    chart_->setTitle(tr("Credits: %1").arg(text::PlanWords({}, text::Format::user()).credits(*plan, goal->minCredits)));
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
    if (legend_)
        legend_->refresh();
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
}

} // namespace cairn::app
