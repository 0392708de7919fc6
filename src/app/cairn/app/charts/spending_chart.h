#pragma once

// moc (Qt 6.4) cannot parse libstdc++'s <compare>, which the engine's date.h includes;
// moc needs none of these declarations, so it does not read them.
#ifndef Q_MOC_RUN
#include <cairn/engine/plan.h>
#endif

#include <QWidget>
#include <string>

class QChart;
class QChartView;
class QLineSeries;
class QValueAxis;

namespace cairn::app {

class ChartLegend;

/// Where the money and the hours go over a plan: the money spent so far at the end of each
/// month (by billing period: a subscription each period, anything else when its credential
/// starts; see cairn/engine/plan_spending.h), and the hours each week against the learner's
/// weekly capacity.
class SpendingChart : public QWidget {
    Q_OBJECT

public:
    explicit SpendingChart(QWidget* parent = nullptr);

    /// Shows a plan; null (or an infeasible plan) clears the charts.
    void setPlan(const Plan* plan, const std::string& currency, double capacityHoursPerWeek);

    /// Points at (month number from the plan start, money spent by the end of that month).
    [[nodiscard]] QLineSeries* spending() const { return spending_; }
    /// Points at (week number, hours planned that week).
    [[nodiscard]] QLineSeries* hours() const { return hours_; }
    [[nodiscard]] QLineSeries* capacity() const { return capacity_; }
    [[nodiscard]] QChartView* spendingView() const { return spendingView_; }
    [[nodiscard]] QChartView* hoursView() const { return hoursView_; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyPalette();

    QChart* spendingChart_;
    QChart* hoursChart_;
    ChartLegend* spendingLegend_ = nullptr;
    ChartLegend* hoursLegend_ = nullptr;
    QChartView* spendingView_;
    QChartView* hoursView_;
    QLineSeries* spending_;
    QLineSeries* hours_;
    QLineSeries* capacity_;
    QValueAxis* monthAxis_;
    QValueAxis* moneyAxis_;
    QValueAxis* weekAxis_;
    QValueAxis* hoursAxis_;
};

} // namespace cairn::app
