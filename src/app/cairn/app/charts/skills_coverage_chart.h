#pragma once

// moc (Qt 6.4) cannot parse libstdc++'s <compare>, which the engine's date.h includes;
// moc needs none of these declarations, so it does not read them.
#ifndef Q_MOC_RUN
#include "cairn/app/session/skill_coverage.h"

#include <cairn/engine/catalog.h>
#include <cairn/engine/plan.h>
#include <cairn/engine/profile.h>
#endif

#include <QStringList>
#include <QWidget>
#include <string>
#include <vector>

class QBarCategoryAxis;
class QBarSet;
class QChart;
class QChartView;
class QHorizontalStackedBarSeries;
class QValueAxis;

namespace cairn::app {

class ChartLegend;

/// The skills the goal names, counted by taxonomy area: held now, gained by the plan, not needed
/// because the plan reaches the goal through an alternative, and still missing. One stacked bar
/// per area; hovering a part of a bar names its skills.
class SkillsCoverageChart : public QWidget {
    Q_OBJECT

public:
    explicit SkillsCoverageChart(QWidget* parent = nullptr);

    /// Shows the goal's skills against the profile and the plan (null while there is none yet).
    void setPlan(const Catalog& catalog, const Profile& profile, const std::string& goalId, const Plan* plan);

    /// One label per area, in the order of the bars from bottom to top.
    [[nodiscard]] QStringList areas() const;
    [[nodiscard]] QBarSet* held() const { return held_; }
    [[nodiscard]] QBarSet* gained() const { return gained_; }
    [[nodiscard]] QBarSet* notNeeded() const { return notNeeded_; }
    [[nodiscard]] QBarSet* missing() const { return missing_; }
    [[nodiscard]] QChartView* view() const { return view_; }
    /// The chart's title as plain text.
    [[nodiscard]] QString title() const;
    /// The sentence shown when hovering `set` in the bar at `index`: which skills it counts.
    [[nodiscard]] QString describe(const QBarSet* set, int index) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void clear(const QString& message);
    void applyPalette();
    [[nodiscard]] SkillCoverageItem::State stateOf(const QBarSet* set) const;

    QChart* chart_;
    ChartLegend* legend_ = nullptr;
    QChartView* view_;
    QHorizontalStackedBarSeries* series_;
    QBarSet* held_;
    QBarSet* gained_;
    QBarSet* notNeeded_;
    QBarSet* missing_;
    QBarCategoryAxis* areaAxis_;
    QValueAxis* countAxis_;
    std::vector<SkillCoverageItem> items_;
    QStringList areaKeys_; ///< the area of each bar as the catalog spells it ("" for none)
};

} // namespace cairn::app
