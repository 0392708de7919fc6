#pragma once

// moc (Qt 6.4) cannot parse libstdc++'s <compare>, which the engine's date.h includes;
// moc needs none of these declarations, so it does not read them.
#ifndef Q_MOC_RUN
#include <cairn/engine/plan.h>
#endif

#include <QPointF>
#include <QWidget>
#include <optional>
#include <string>
#include <vector>

class QChart;
class QChartView;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace cairn::app {

class ChartLegend;

/// A candidate plan marked on the chart beside the trade-off, labelled with its name.
struct CandidatePoint {
    QString name;
    double weeks = 0;
    double cost = 0;
};

/// Cost against time: every non-dominated plan of the goal as a point at (weeks, money), joined
/// by a step line, with the current plan highlighted and the budget and deadline as dashed
/// lines. Clicking a point asks for that plan.
class ParetoChart : public QWidget {
    Q_OBJECT

public:
    explicit ParetoChart(QWidget* parent = nullptr);

    /// Shows a front (cheapest to fastest); `deadlineWeeks` counts weeks from the plan start.
    void setFront(std::vector<Plan> front, const std::string& currency, std::optional<double> budget,
                  std::optional<double> deadlineWeeks);
    /// Highlights the plan now shown, on the front or not; null for none.
    void setCurrentPlan(const Plan* plan);
    /// A short sentence in place of the chart: "Working out the trade-offs…".
    void setMessage(const QString& text);

    [[nodiscard]] const std::vector<Plan>& front() const { return front_; }
    [[nodiscard]] int current() const { return current_; }
    [[nodiscard]] QScatterSeries* points() const { return points_; }
    [[nodiscard]] QScatterSeries* currentPoint() const { return currentPoint_; }
    [[nodiscard]] QLineSeries* steps() const { return steps_; }
    [[nodiscard]] QLineSeries* budgetLine() const { return budgetLine_; }
    [[nodiscard]] QLineSeries* deadlineLine() const { return deadlineLine_; }
    [[nodiscard]] QChartView* view() const { return view_; }
    /// The legend, wrapped to the rows the chart's width needs.
    [[nodiscard]] ChartLegend* legend() const { return legend_; }

    /// Marks the candidate plans (one labelled diamond each); an empty list removes them.
    void setCandidates(const std::vector<CandidatePoint>& candidates);
    [[nodiscard]] const std::vector<QScatterSeries*>& candidateSeries() const { return candidateSeries_; }

public slots:
    /// What a click on the point at `index` does: emits planChosen(index).
    void choosePoint(int index);
    /// What a click on a candidate's marker does: emits candidateChosen(index).
    void chooseCandidate(int index);

signals:
    void planChosen(int index);
    void candidateChosen(int index);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void applyPalette();
    int indexOf(const QPointF& point) const;

    QChart* chart_;
    QChartView* view_;
    QScatterSeries* points_;
    QScatterSeries* currentPoint_;
    QLineSeries* steps_;
    QLineSeries* budgetLine_;
    QLineSeries* deadlineLine_;
    QValueAxis* weeksAxis_;
    QValueAxis* moneyAxis_;
    ChartLegend* legend_ = nullptr;
    std::vector<Plan> front_;
    int current_ = -1; ///< index in front_ of the plan now shown, or -1
    std::optional<QPointF> currentAt_;
    std::string currency_;
    std::optional<double> budget_;
    std::optional<double> deadlineWeeks_;
    std::vector<CandidatePoint> candidates_;
    std::vector<QScatterSeries*> candidateSeries_;
};

} // namespace cairn::app
