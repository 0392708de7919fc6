#include "cairn/app/session/plan_worker.h"

#include <QElapsedTimer>

namespace cairn::app {

void BestSoFar::offer(const PlanProgress& progress) {
    if (progress.explaining)
        explaining_.store(true);
    if (!progress.best)
        return; // a bound before any plan: nothing to show yet
    Plan plan = *progress.best;
    plan.bound = progress.bound;
    plan.gap = progress.gap;
    const std::lock_guard lock(mutex_);
    plan_ = std::move(plan);
    fresh_ = true;
}

std::optional<Plan> BestSoFar::takeNewer() {
    const std::lock_guard lock(mutex_);
    if (!fresh_)
        return std::nullopt;
    fresh_ = false;
    return plan_;
}

void PlanWorker::run(const PlanJob& job) {
    if (job.generation != newest_->load())
        return; // a newer request is waiting behind this one
    PlanRequest request = job.request;
    request.cancel = job.cancel.get();
    QElapsedTimer sinceLastReport;
    sinceLastReport.start();
    const quint64 generation = job.generation;
    request.progress = [this, generation, &sinceLastReport](long long nodes) {
        // The engine reports often; the status bar needs a few updates a second at most.
        if (sinceLastReport.elapsed() >= 100) {
            sinceLastReport.restart();
            emit progress(generation, nodes);
        }
    };
    if (job.best)
        request.onProgress = [best = job.best](const PlanProgress& news) { best->offer(news); };
    QElapsedTimer timer;
    timer.start();
    Plan result = planner_(*job.catalog, job.profile, request);
    emit finished(generation, result, timer.elapsed(), job.cancel->load());
}

} // namespace cairn::app
