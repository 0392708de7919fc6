#pragma once

// moc (Qt 6.4) cannot parse libstdc++'s <compare>, which the engine's date.h includes;
// moc needs none of these declarations, so it does not read them.
#ifndef Q_MOC_RUN
#include <cairn/engine/catalog.h>
#include <cairn/engine/plan.h>
#include <cairn/engine/planner.h>
#include <cairn/engine/profile.h>
#endif

#include <QMetaType>
#include <QObject>
#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>

Q_DECLARE_METATYPE(cairn::Plan)

namespace cairn::app {

/// The planner a worker runs: cairn::plan, or a stand-in in tests of the window's behaviour.
using Planner = std::function<Plan(const Catalog&, const Profile&, const PlanRequest&)>;

/// The best plan of one run so far, handed from the planning thread to the window, which looks
/// at it a few times a second rather than redrawing at every improvement the search makes.
class BestSoFar {
public:
    /// Planning thread: keeps the report's plan, marked with the bound and gap proven so far.
    void offer(const PlanProgress& progress);
    /// Window: the best plan, when it changed since the last call.
    [[nodiscard]] std::optional<Plan> takeNewer();
    /// Window: no plan exists (proven) and the planner is working out why.
    [[nodiscard]] bool explaining() const { return explaining_.load(); }

private:
    std::atomic<bool> explaining_{false};
    std::mutex mutex_;
    std::optional<Plan> plan_;
    bool fresh_ = false;
};

/// Everything one planner run needs, copied so the GUI may change its own state meanwhile.
struct PlanJob {
    quint64 generation = 0;
    std::shared_ptr<const Catalog> catalog;
    Profile profile;
    PlanRequest request; ///< without cancel and progress: the worker sets those
    std::shared_ptr<std::atomic<bool>> cancel;
    std::shared_ptr<BestSoFar> best;
};

/// Runs the planner on its own thread. Jobs queue up in the thread's event loop; a job that is
/// no longer the newest when its turn comes is skipped, so only the newest request is planned.
class PlanWorker : public QObject {
    Q_OBJECT

public:
    PlanWorker(std::shared_ptr<std::atomic<quint64>> newest, Planner planner)
        : newest_(std::move(newest)), planner_(std::move(planner)) {}

    /// Called on the worker thread.
    void run(const PlanJob& job);
    /// Called on the worker thread, between runs.
    void setPlanner(Planner planner) { planner_ = std::move(planner); }

signals:
    void progress(quint64 generation, qint64 nodes);
    void finished(quint64 generation, const cairn::Plan& plan, qint64 milliseconds, bool cancelled);

private:
    std::shared_ptr<std::atomic<quint64>> newest_;
    Planner planner_;
};

} // namespace cairn::app
