#include "cairn/app/session/plan_worker.h"

#include <QElapsedTimer>

namespace cairn::app {

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
    QElapsedTimer timer;
    timer.start();
    Plan result = plan(*job.catalog, job.profile, request);
    emit finished(generation, result, timer.elapsed(), job.cancel->load());
}

} // namespace cairn::app
