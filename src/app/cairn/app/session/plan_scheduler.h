#pragma once

#include <QObject>
#include <QThread>
#include <QTimer>
#include <atomic>
#include <memory>

namespace cairn {
struct Plan;
}

namespace cairn::app {

class PlanningSession;
class PlanWorker;

/// Re-plans in the background whenever the session's plan inputs change: waits for a short
/// pause in editing, cancels the run in progress, and hands only the newest result to the
/// session. The GUI thread never waits for the planner.
class PlanScheduler : public QObject {
    Q_OBJECT

public:
    explicit PlanScheduler(PlanningSession* session, QObject* parent = nullptr);
    ~PlanScheduler() override;

    void setDelay(int milliseconds) { debounce_.setInterval(milliseconds); }
    [[nodiscard]] bool isBusy() const { return busy_; }
    /// Neither planning nor waiting to plan.
    [[nodiscard]] bool isIdle() const { return !busy_ && !debounce_.isActive(); }
    /// Gives up on runs slower than this and keeps their best plan so far.
    void setTimeLimit(int milliseconds) { timeLimitMs_ = milliseconds; }

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
    /// A result reached the session.
    void finished(qint64 milliseconds, bool cancelled);
    void busyChanged(bool busy);

private:
    void onFinished(quint64 generation, const cairn::Plan& plan, qint64 milliseconds, bool cancelled);
    void setBusy(bool busy);

    PlanningSession* session_;
    QThread thread_;
    PlanWorker* worker_ = nullptr;
    QTimer debounce_;
    std::shared_ptr<std::atomic<quint64>> newest_;
    std::shared_ptr<std::atomic<bool>> cancel_;
    quint64 generation_ = 0;
    bool busy_ = false;
    int timeLimitMs_ = 60000;
};

} // namespace cairn::app
