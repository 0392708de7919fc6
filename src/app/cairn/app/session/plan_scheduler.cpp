#include "cairn/app/session/plan_scheduler.h"

#include "cairn/app/session/plan_worker.h"
#include "cairn/app/session/planning_session.h"

namespace cairn::app {

PlanScheduler::PlanScheduler(PlanningSession* session, QObject* parent)
    : QObject(parent), session_(session), newest_(std::make_shared<std::atomic<quint64>>(0)) {
    qRegisterMetaType<cairn::Plan>();
    debounce_.setSingleShot(true);
    debounce_.setInterval(300);
    connect(&debounce_, &QTimer::timeout, this, &PlanScheduler::planNow);
    worker_ = new PlanWorker(newest_, &cairn::plan);
    worker_->moveToThread(&thread_);
    connect(&thread_, &QThread::finished, worker_, &QObject::deleteLater);
    connect(worker_, &PlanWorker::finished, this, &PlanScheduler::onFinished);
    connect(worker_, &PlanWorker::progress, this, [this](quint64 generation, qint64 nodes) {
        if (generation == generation_)
            emit progress(nodes);
    });
    connect(session_, &PlanningSession::planInputsChanged, this, &PlanScheduler::schedule);
    bestSoFarPoll_.setInterval(250);
    connect(&bestSoFarPoll_, &QTimer::timeout, this, &PlanScheduler::showBestSoFar);
    thread_.setObjectName(QStringLiteral("planner"));
    thread_.start();
}

PlanScheduler::~PlanScheduler() {
    if (cancel_)
        cancel_->store(true);
    newest_->store(~quint64{0}); // skip anything still queued
    thread_.quit();
    thread_.wait();
}

void PlanScheduler::setPlanner(
    std::function<cairn::Plan(const cairn::Catalog&, const cairn::Profile&, const cairn::PlanRequest&)> planner) {
    QMetaObject::invokeMethod(
        worker_, [worker = worker_, planner = std::move(planner)] { worker->setPlanner(planner); },
        Qt::BlockingQueuedConnection);
}

void PlanScheduler::schedule() {
    debounce_.start();
}

void PlanScheduler::planNow() {
    debounce_.stop();
    if (cancel_)
        cancel_->store(true); // the run in progress is outdated now
    ++generation_;
    newest_->store(generation_);
    if (session_->goal().empty() || session_->catalog().credentials.empty()) {
        cancel_.reset();
        best_.reset();
        bestSoFarPoll_.stop();
        setBusy(false);
        return;
    }
    PlanJob job;
    job.generation = generation_;
    job.catalog = session_->catalogPtr();
    job.profile = session_->profile();
    job.request.goal = session_->goal();
    job.request.objective = session_->objective();
    job.request.holdYears = session_->holdYears();
    job.request.timeLimit = std::chrono::milliseconds(timeLimitMs_);
    job.cancel = std::make_shared<std::atomic<bool>>(false);
    job.best = std::make_shared<BestSoFar>();
    cancel_ = job.cancel;
    best_ = job.best;
    explainingShown_ = false;
    runClock_.start();
    bestSoFarPoll_.start();
    QMetaObject::invokeMethod(
        worker_, [worker = worker_, job] { worker->run(job); }, Qt::QueuedConnection);
    setBusy(true);
    emit started();
}

void PlanScheduler::cancel() {
    debounce_.stop();
    if (cancel_ && busy_)
        cancel_->store(true);
}

void PlanScheduler::onFinished(quint64 generation, const cairn::Plan& plan, qint64 milliseconds, bool cancelled) {
    if (generation != generation_)
        return; // an older request: a newer one is on its way
    cancel_.reset();
    best_.reset();
    explainingShown_ = false;
    bestSoFarPoll_.stop();
    session_->setPlan(plan, cancelled);
    setBusy(false);
    emit finished(milliseconds, cancelled);
}

void PlanScheduler::showBestSoFar() {
    if (!best_ || runClock_.elapsed() < bestSoFarDelayMs_)
        return;
    if (auto plan = best_->takeNewer()) {
        session_->setBestSoFar(std::move(*plan));
        emit bestSoFarShown();
    }
    if (!explainingShown_ && best_->explaining()) {
        explainingShown_ = true;
        emit explaining();
    }
}

void PlanScheduler::setBusy(bool busy) {
    if (busy == busy_)
        return;
    busy_ = busy;
    emit busyChanged(busy);
}

} // namespace cairn::app
