#pragma once

// moc (Qt 6.4) cannot parse libstdc++'s <compare>, which the engine's date.h includes;
// moc needs none of these declarations, so it does not read them.
#ifndef Q_MOC_RUN
#include <cairn/engine/plan.h>
#endif

#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>
#include <atomic>
#include <memory>
#include <vector>

class QAction;
class QChartView;
class QMenu;

namespace cairn::app {

class CreditsChart;
class ParetoChart;
class PlanningSession;
class SkillsCoverageChart;
class SpendingChart;

/// The Charts tab: the goal's cost-against-time trade-off, the skills the goal names by area, the
/// money and hours of the current plan, and for degree goals its credits by category. Each chart
/// can be saved as a PNG or SVG file (its context menu, or Save chart). The trade-off is worked
/// out on a pool thread whenever the plan inputs change (and the tab is shown), so the window
/// never waits for it; clicking one of its plans shows that plan everywhere.
class ChartsPanel : public QWidget {
    Q_OBJECT

public:
    explicit ChartsPanel(PlanningSession* session, QWidget* parent = nullptr);
    ~ChartsPanel() override;

    [[nodiscard]] ParetoChart* pareto() const { return pareto_; }
    [[nodiscard]] SpendingChart* spending() const { return spending_; }
    /// Shown for degree goals only.
    [[nodiscard]] CreditsChart* credits() const { return credits_; }
    /// Hidden for degree goals that name no skills.
    [[nodiscard]] SkillsCoverageChart* coverage() const { return coverage_; }
    /// The Save chart menu: one action a chart, each with the chart's view as its data.
    [[nodiscard]] QMenu* saveMenu() const { return saveMenu_; }
    /// Neither working out the trade-off nor waiting to.
    [[nodiscard]] bool isIdle() const { return !busy_ && !debounce_.isActive(); }
    /// Whether the trade-off is out of date and will be worked out once the tab is shown.
    [[nodiscard]] bool isStale() const { return stale_; }

public slots:
    /// Works out the trade-off now, visible or not.
    void refresh();
    /// Shows the front plan at `index` in every view.
    void adoptPlan(int index);

signals:
    /// The trade-off is on screen.
    void frontReady();
    void planAdopted(int index);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void inputsChanged();
    void showPlan();
    void saveImage(QChartView* view, const QString& name);
    void addSaveAction(const QString& text, const QString& name, QChartView* view, const QString& file);
    void stopRunning();

    PlanningSession* session_;
    ParetoChart* pareto_;
    SpendingChart* spending_;
    CreditsChart* credits_;
    SkillsCoverageChart* coverage_;
    QMenu* saveMenu_ = nullptr;
    QAction* saveCredits_ = nullptr;
    QAction* saveCoverage_ = nullptr;
    QTimer debounce_;
    QFutureWatcher<std::vector<Plan>> watcher_;
    std::shared_ptr<std::atomic<bool>> cancel_;
    bool busy_ = false;
    bool stale_ = true;
};

} // namespace cairn::app
