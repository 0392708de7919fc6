#include "cairn/app/charts/skills_coverage_chart.h"

#include "cairn/app/charts/chart_legend.h"
#include "cairn/app/charts/whole_ticks.h"
#include "cairn/app/common/qt_convert.h"

#include <QBarCategoryAxis>
#include <QBarLegendMarker>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QEvent>
#include <QGraphicsLayout>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLocale>
#include <QTextDocumentFragment>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <map>

namespace cairn::app {

SkillsCoverageChart::SkillsCoverageChart(QWidget* parent)
    : QWidget(parent), chart_(new QChart), series_(new QHorizontalStackedBarSeries), held_(new QBarSet(tr("Held"))),
      gained_(new QBarSet(tr("Planned"))), notNeeded_(new QBarSet(tr("Not needed"))),
      missing_(new QBarSet(tr("Missing"))), areaAxis_(new QBarCategoryAxis), countAxis_(new QValueAxis) {
    chart_->legend()->setAlignment(Qt::AlignBottom);
    chart_->setBackgroundRoundness(0);
    // Tight margins: the chart often shares a row with the trade-off and has little room.
    chart_->setMargins(QMargins(4, 4, 8, 4));
    chart_->layout()->setContentsMargins(0, 0, 0, 0);
    for (auto* set : {held_, gained_, notNeeded_, missing_}) {
        series_->append(set);
        connect(set, &QBarSet::hovered, this, [this, set](bool inside, int index) {
            if (inside)
                QToolTip::showText(QCursor::pos(), describe(set, index), view_);
            else
                QToolTip::hideText();
        });
    }
    // The count sits inside each part of a bar, so the numbers read without the axis.
    series_->setLabelsVisible(true);
    series_->setLabelsFormat(QStringLiteral("@value"));
    series_->setLabelsPosition(QAbstractBarSeries::LabelsCenter);
    chart_->addSeries(series_);
    countAxis_->setTitleText(tr("Skills (count)"));
    countAxis_->setLabelFormat(QStringLiteral("%d"));
    // Bars run sideways so the area names read in full on the left.
    chart_->addAxis(areaAxis_, Qt::AlignLeft);
    chart_->addAxis(countAxis_, Qt::AlignBottom);
    series_->attachAxis(areaAxis_);
    series_->attachAxis(countAxis_);
    view_ = new QChartView(chart_, this);
    view_->setObjectName(QStringLiteral("skillsCoverageChartView"));
    view_->setRenderHint(QPainter::Antialiasing);
    view_->setMinimumSize(240, 220);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view_);
    legend_ = new ChartLegend(chart_);
    applyPalette();
    clear(tr("Choose a goal to see its skills"));
}

void SkillsCoverageChart::clear(const QString& message) {
    for (auto* set : {held_, gained_, notNeeded_, missing_})
        set->remove(0, set->count());
    areaAxis_->clear();
    areaKeys_.clear();
    items_.clear();
    countAxis_->setRange(0, 1);
    areaAxis_->setVisible(false);
    countAxis_->setVisible(false);
    legend_->setVisible(false);
    chart_->setTitle(message);
}

void SkillsCoverageChart::setPlan(const Catalog& catalog, const Profile& profile, const std::string& goalId,
                                  const Plan* plan) {
    const Goal* goal = catalog.findGoal(goalId);
    if (!goal) {
        clear(tr("Choose a goal to see its skills"));
        return;
    }
    auto items = skillCoverage(catalog, profile, goalId, plan);
    if (items.empty()) {
        clear(goal->kind == Goal::Kind::Credits
                  ? tr("%1 asks for credits and credentials, not skills").arg(qs(goal->title).toHtmlEscaped())
                  : tr("%1 names no skills").arg(qs(goal->title).toHtmlEscaped()));
        return;
    }
    clear({});
    items_ = std::move(items);
    // The area with the most skills goes on top; bars are added from the bottom up.
    std::map<std::string, int> perArea;
    for (const auto& item : items_)
        ++perArea[item.area];
    std::vector<std::pair<std::string, int>> order(perArea.begin(), perArea.end());
    std::stable_sort(order.begin(), order.end(), [](const auto& a, const auto& b) {
        // Skills without an area come last, whatever their number.
        if (a.first.empty() != b.first.empty())
            return b.first.empty();
        return a.second > b.second;
    });
    std::reverse(order.begin(), order.end());
    QStringList labels;
    int widest = 1;
    for (const auto& [area, count] : order) {
        int counts[4] = {0, 0, 0, 0};
        for (const auto& item : items_)
            if (item.area == area)
                ++counts[static_cast<int>(item.state)];
        held_->append(counts[static_cast<int>(SkillCoverageItem::State::Held)]);
        gained_->append(counts[static_cast<int>(SkillCoverageItem::State::Gained)]);
        notNeeded_->append(counts[static_cast<int>(SkillCoverageItem::State::NotNeeded)]);
        missing_->append(counts[static_cast<int>(SkillCoverageItem::State::Missing)]);
        labels << (area.empty() ? tr("Other") : qs(area));
        areaKeys_ << qs(area);
        widest = std::max(widest, count);
    }
    areaAxis_->append(labels);
    areaAxis_->setVisible(true);
    countAxis_->setVisible(true);
    // The legend names only what the bars show, which leaves room for it beside the trade-off.
    for (auto* marker : chart_->legend()->markers(series_))
        if (auto* bar = qobject_cast<QBarLegendMarker*>(marker))
            bar->setVisible(bar->barset()->sum() > 0);
    legend_->setVisible(true);
    legend_->refresh();
    countAxis_->setRange(0, widest);
    // Whole, round steps: a tick a skill cut the last of ten labels to "…" in a narrow chart.
    applyWholeNiceNumbers(countAxis_);
    // A lone area would otherwise fill the chart with one slab of a bar.
    series_->setBarWidth(std::min(0.7, 0.3 * static_cast<double>(order.size())));

    const auto count = [this](SkillCoverageItem::State state) {
        return static_cast<int>(std::count_if(items_.begin(), items_.end(),
                                              [state](const SkillCoverageItem& i) { return i.state == state; }));
    };
    const int heldCount = count(SkillCoverageItem::State::Held);
    const int total = static_cast<int>(items_.size());
    // Two lines: the goal, then the counts, so the title fits beside the trade-off.
    const QString title = qs(goal->title).toHtmlEscaped();
    const bool planned = plan && plan->goal == goalId;
    if (!planned)
        chart_->setTitle(tr("Skills for %1<br>%L2 of %L3 held, no plan yet").arg(title).arg(heldCount).arg(total));
    else if (plan->status == PlanStatus::Unknown)
        chart_->setTitle(
            tr("Skills for %1<br>%L2 of %L3 held, no plan found in time").arg(title).arg(heldCount).arg(total));
    else if (!hasPlan(plan->status))
        chart_->setTitle(
            tr("Skills for %1<br>%L2 of %L3 held, no plan reaches the goal").arg(title).arg(heldCount).arg(total));
    else
        chart_->setTitle(tr("Skills for %1<br>%L2 of %L3 held, %L4 planned")
                             .arg(title)
                             .arg(heldCount)
                             .arg(total)
                             .arg(count(SkillCoverageItem::State::Gained)));
}

QStringList SkillsCoverageChart::areas() const {
    return areaAxis_->categories();
}

QString SkillsCoverageChart::title() const {
    return QTextDocumentFragment::fromHtml(chart_->title()).toPlainText();
}

SkillCoverageItem::State SkillsCoverageChart::stateOf(const QBarSet* set) const {
    if (set == held_)
        return SkillCoverageItem::State::Held;
    if (set == gained_)
        return SkillCoverageItem::State::Gained;
    if (set == notNeeded_)
        return SkillCoverageItem::State::NotNeeded;
    return SkillCoverageItem::State::Missing;
}

QString SkillsCoverageChart::describe(const QBarSet* set, int index) const {
    if (index < 0 || index >= areaKeys_.size())
        return {};
    const std::string area = areaKeys_[index].toStdString();
    const SkillCoverageItem::State state = stateOf(set);
    QStringList names;
    for (const auto& item : items_)
        if (item.area == area && item.state == state)
            names << tr("%1 (level %2)").arg(qs(item.name)).arg(item.required);
    if (names.isEmpty())
        return {};
    const QString where = area.empty() ? tr("Other") : qs(area);
    const QString list = QLocale().createSeparatedList(names);
    switch (state) {
    case SkillCoverageItem::State::Held:
        return tr("Held now in %1: %2").arg(where, list);
    case SkillCoverageItem::State::Gained:
        return tr("Gained by the plan in %1: %2").arg(where, list);
    case SkillCoverageItem::State::NotNeeded:
        return tr("Not needed in %1, the plan meets an alternative: %2").arg(where, list);
    case SkillCoverageItem::State::Missing:
        break;
    }
    return tr("Still missing in %1: %2").arg(where, list);
}

void SkillsCoverageChart::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QWidget::changeEvent(event);
}

void SkillsCoverageChart::applyPalette() {
    // Text and axes follow the widget palette so the chart reads in dark mode too.
    const QPalette pal = palette();
    chart_->setBackgroundBrush(pal.base());
    chart_->setTitleBrush(pal.text());
    chart_->legend()->setLabelColor(pal.color(QPalette::Text));
    if (legend_)
        legend_->refresh();
    QColor grid = pal.color(QPalette::Text);
    grid.setAlpha(40);
    areaAxis_->setLabelsColor(pal.color(QPalette::Text));
    areaAxis_->setTitleBrush(pal.text());
    areaAxis_->setGridLineVisible(false);
    areaAxis_->setLinePenColor(pal.color(QPalette::Mid));
    countAxis_->setLabelsColor(pal.color(QPalette::Text));
    countAxis_->setTitleBrush(pal.text());
    countAxis_->setLinePenColor(pal.color(QPalette::Mid));
    countAxis_->setGridLineColor(grid);
    // The pathway's colours: green for what is held, the accent for what the plan brings.
    const struct {
        QBarSet* set;
        QColor color;
    } colours[] = {{held_, QColor(0x27, 0xae, 0x60)},
                   {gained_, pal.color(QPalette::Highlight)},
                   {notNeeded_, QColor(0x95, 0xa5, 0xa6)},
                   {missing_, QColor(0xc0, 0x39, 0x2b)}};
    for (const auto& [set, color] : colours) {
        set->setColor(color);
        set->setBorderColor(pal.color(QPalette::Base));
        set->setLabelColor(Qt::white);
    }
}

} // namespace cairn::app
