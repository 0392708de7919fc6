#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QThread>
#include <QTimer>
#include <atomic>
#include <functional>
#include <memory>

namespace cairn {
struct Catalog;
struct Plan;
struct PlanRequest;
struct Profile;
} // namespace cairn

namespace cairn::app {

class BestSoFar;
class PlanningSession;
class PlanWorker;

/// Re-plans in the background whenever the session's plan inputs change: waits for a short
/// pause in editing, cancels the run in progress, and hands only the newest result to the
/// session. The GUI thread never waits for the planner. A run that takes longer than a moment
/// shows its best plan so far, with its bound and gap, as it improves.
class PlanScheduler : public QObject {
    Q_OBJECT

public:
    explicit PlanScheduler(PlanningSession* session, QObject* parent = nullptr);
    ~PlanScheduler() override;

    void setDelay(int milliseconds) { debounce_.setInterval(milliseconds); }
    [[nodiscard]] bool isBusy() const { return busy_; }
    /// Neither planning nor waiting to plan.
    [[nodiscard]] bool isIdle() const { return !busy_ && !debounce_.isActive(); }
    /// The run in progress proved that no plan exists and is working out why.
    [[nodiscard]] bool isExplaining() const { return explainingShown_; }
    /// Gives up on runs slower than this and keeps their best plan so far.
    void setTimeLimit(int milliseconds) { timeLimitMs_ = milliseconds; }
    /// A run's best plan so far is shown once the run has taken this long: quicker runs would
    /// only flicker.
    void setBestSoFarDelay(int milliseconds) { bestSoFarDelayMs_ = milliseconds; }
    /// Replaces cairn::plan (tests of what the window does while a search runs). Call before
    /// the first run.
    void setPlanner(
        std::function<cairn::Plan(const cairn::Catalog&, const cairn::Profile&, const cairn::PlanRequest&)> planner);

public slots:
    /// Plans after the debounce delay; repeated calls push the plan further out.
    void schedule();
    /// Plans at once (F5).
    void planNow();
    /// Stops the run in progress; its best plan so far is shown.
    void cancel();

signals:
    void started();
    void progress(qint64 nodes);
    /// The session now shows the run's best plan so far (status feasible, with its bound).
    void bestSoFarShown();
    /// The run proved that no plan exists; finding the reason may take a while yet.
    void explaining();
    /// A result reached the session.
    void finished(qint64 milliseconds, bool cancelled);
    void busyChanged(bool busy);

private:
    void onFinished(quint64 generation, const cairn::Plan& plan, qint64 milliseconds, bool cancelled);
    void setBusy(bool busy);
    void showBestSoFar();

    PlanningSession* session_;
    QThread thread_;
    PlanWorker* worker_ = nullptr;
    QTimer debounce_;
    std::shared_ptr<std::atomic<quint64>> newest_;
    std::shared_ptr<std::atomic<bool>> cancel_;
    std::shared_ptr<BestSoFar> best_;
    QTimer bestSoFarPoll_;
    QElapsedTimer runClock_;
    int bestSoFarDelayMs_ = 500;
    bool explainingShown_ = false;
    quint64 generation_ = 0;
    bool busy_ = false;
    int timeLimitMs_ = 60000;
};

} // namespace cairn::app
