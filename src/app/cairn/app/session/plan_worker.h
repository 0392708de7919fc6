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
#include <memory>

Q_DECLARE_METATYPE(cairn::Plan)

namespace cairn::app {

/// Everything one planner run needs, copied so the GUI may change its own state meanwhile.
struct PlanJob {
    quint64 generation = 0;
    std::shared_ptr<const Catalog> catalog;
    Profile profile;
    PlanRequest request; ///< without cancel and progress: the worker sets those
    std::shared_ptr<std::atomic<bool>> cancel;
};

/// Runs the planner on its own thread. Jobs queue up in the thread's event loop; a job that is
/// no longer the newest when its turn comes is skipped, so only the newest request is planned.
class PlanWorker : public QObject {
    Q_OBJECT

public:
    explicit PlanWorker(std::shared_ptr<std::atomic<quint64>> newest) : newest_(std::move(newest)) {}

    /// Called on the worker thread.
    void run(const PlanJob& job);

signals:
    void progress(quint64 generation, qint64 nodes);
    void finished(quint64 generation, const cairn::Plan& plan, qint64 milliseconds, bool cancelled);

private:
    std::shared_ptr<std::atomic<quint64>> newest_;
};

} // namespace cairn::app
