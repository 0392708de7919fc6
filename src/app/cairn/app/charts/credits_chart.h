#pragma once

// moc (Qt 6.4) cannot parse libstdc++'s <compare>, which the engine's date.h includes;
// moc needs none of these declarations, so it does not read them.
#ifndef Q_MOC_RUN
#include <cairn/engine/goal.h>
#include <cairn/engine/plan.h>
#endif

#include <QWidget>

class QBarCategoryAxis;
class QHorizontalBarSeries;
class QBarSet;
class QChart;
class QChartView;
class QValueAxis;

namespace cairn::app {

class ChartLegend;

/// For a degree goal: the credits the plan counts in each category, beside the least and the
/// most the program's rules allow there.
class CreditsChart : public QWidget {
    Q_OBJECT

public:
    explicit CreditsChart(QWidget* parent = nullptr);

    /// Shows the plan against the goal's category rules; null clears the chart.
    void setPlan(const Goal* goal, const Plan* plan);

    /// One label per category, in the goal's order, then any category only the plan uses.
    [[nodiscard]] QStringList categories() const;
    [[nodiscard]] QBarSet* planned() const { return planned_; }
    /// Credits earned before the plan that count in each category; in the chart only when any do.
    [[nodiscard]] QBarSet* earned() const { return earned_; }
    [[nodiscard]] bool showsEarned() const;
    [[nodiscard]] QBarSet* minimum() const { return minimum_; }
    [[nodiscard]] QBarSet* maximum() const { return maximum_; }
    [[nodiscard]] QChartView* view() const { return view_; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyPalette();
    void showEarned(bool show);

    QChart* chart_;
    QChartView* view_;
    QHorizontalBarSeries* series_;
    QBarSet* planned_;
    QBarSet* earned_;
    QBarSet* minimum_;
    QBarSet* maximum_;
    QBarCategoryAxis* categoryAxis_;
    QValueAxis* creditsAxis_;
    ChartLegend* legend_ = nullptr;
};

} // namespace cairn::app
