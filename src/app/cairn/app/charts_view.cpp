#include "cairn/app/charts_view.h"

#include "cairn/app/credits_chart.h"
#include "cairn/app/pareto_chart.h"
#include "cairn/app/planning_session.h"
#include "cairn/app/spending_chart.h"

#include <QChartView>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPixmap>
#include <QPromise>
#include <QPushButton>
#include <QThreadPool>
#include <QVBoxLayout>
#include <chrono>

namespace cairn::app {

ChartsView::ChartsView(PlanningSession* session, QWidget* parent)
    : QWidget(parent), session_(session), pareto_(new ParetoChart(this)), spending_(new SpendingChart(this)),
      credits_(new CreditsChart(this)) {
    credits_->setObjectName(QStringLiteral("creditsChart"));
    pareto_->setObjectName(QStringLiteral("paretoChart"));
    spending_->setObjectName(QStringLiteral("spendingChart"));
    auto* buttons = new QHBoxLayout;
    auto button = [this, buttons](const QString& text, const QString& name, QChartView* view, const QString& file) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(name);
        connect(b, &QPushButton::clicked, this, [this, view, file] { saveImage(view, file); });
        buttons->addWidget(b);
        return b;
    };
    auto* hint = new QLabel(tr("Click a plan on the trade-off to show it."), this);
    hint->setObjectName(QStringLiteral("chartsHint"));
    buttons->addWidget(hint, 1);
    button(tr("Save trade-off image…"), QStringLiteral("saveParetoImage"), pareto_->view(),
           QStringLiteral("cost-vs-time.png"));
    button(tr("Save spending image…"), QStringLiteral("saveSpendingImage"), spending_->spendingView(),
           QStringLiteral("spending.png"));
    button(tr("Save hours image…"), QStringLiteral("saveHoursImage"), spending_->hoursView(),
           QStringLiteral("hours.png"));
    saveCredits_ = button(tr("Save credits image…"), QStringLiteral("saveCreditsImage"), credits_->view(),
                          QStringLiteral("credits.png"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(buttons);
    auto* top = new QHBoxLayout;
    top->addWidget(pareto_, 3);
    top->addWidget(credits_, 2);
    layout->addLayout(top, 1);
    layout->addWidget(spending_, 1);

    debounce_.setSingleShot(true);
    debounce_.setInterval(300);
    connect(&debounce_, &QTimer::timeout, this, [this] {
        if (isVisible())
            refresh();
    });
    connect(&watcher_, &QFutureWatcherBase::finished, this, [this] {
        busy_ = false;
        const QFuture<std::vector<Plan>> future = watcher_.future();
        if (future.isCanceled() || future.resultCount() == 0)
            return;
        const auto& p = session_->profile();
        std::optional<double> deadlineWeeks;
        if (p.deadline)
            deadlineWeeks = (p.deadline->days() - p.start.days()) / 7.0;
        pareto_->setFront(future.result(), session_->catalog().currency, p.budget, deadlineWeeks);
        showPlan();
        emit frontReady();
    });
    connect(pareto_, &ParetoChart::planChosen, this, &ChartsView::adoptPlan);
    connect(session_, &PlanningSession::planInputsChanged, this, &ChartsView::inputsChanged);
    connect(session_, &PlanningSession::catalogChanged, this, &ChartsView::inputsChanged);
    connect(session_, &PlanningSession::planChanged, this, &ChartsView::showPlan);
    pareto_->setMessage(tr("Choose a goal to see its trade-off"));
    showPlan();
}

ChartsView::~ChartsView() {
    // The run keeps its own copies of the catalog and profile; it only needs to stop early.
    stopRunning();
}

void ChartsView::stopRunning() {
    if (cancel_)
        cancel_->store(true);
    cancel_.reset();
}

void ChartsView::inputsChanged() {
    stale_ = true;
    stopRunning();
    debounce_.start();
}

void ChartsView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (stale_ && !debounce_.isActive())
        debounce_.start(0);
}

void ChartsView::refresh() {
    debounce_.stop();
    stopRunning();
    stale_ = false;
    if (session_->goal().empty() || session_->catalog().credentials.empty()) {
        busy_ = false;
        pareto_->setMessage(tr("Choose a goal to see its trade-off"));
        showPlan();
        return;
    }
    PlanRequest request;
    request.goal = session_->goal();
    request.objective = session_->objective();
    request.timeLimit = std::chrono::seconds(30);
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    cancel_ = cancel;
    auto promise = std::make_shared<QPromise<std::vector<Plan>>>();
    watcher_.setFuture(promise->future());
    promise->start();
    busy_ = true;
    pareto_->setMessage(tr("Working out the trade-off…"));
    showPlan();
    // Everything the run reads is copied or shared, so edits meanwhile cannot touch it.
    QThreadPool::globalInstance()->start(
        [promise, cancel, catalog = session_->catalogPtr(), profile = session_->profile(), request]() mutable {
            request.cancel = cancel.get();
            std::vector<Plan> front = paretoFront(*catalog, profile, request);
            if (cancel->load())
                promise->future().cancel();
            else
                promise->addResult(std::move(front));
            promise->finish();
        });
}

void ChartsView::adoptPlan(int index) {
    const auto& front = pareto_->front();
    if (index < 0 || index >= static_cast<int>(front.size()))
        return;
    // The chosen plan replaces the shown one until the plan inputs change again.
    session_->setPlan(front[static_cast<std::size_t>(index)]);
    emit planAdopted(index);
}

void ChartsView::showPlan() {
    const auto& plan = session_->plan();
    pareto_->setCurrentPlan(plan ? &*plan : nullptr);
    spending_->setPlan(plan ? &*plan : nullptr, session_->catalog().currency, session_->profile().hoursPerWeek);
    const Goal* goal = session_->catalog().findGoal(session_->goal());
    const bool degree = goal && goal->kind == Goal::Kind::Credits;
    credits_->setPlan(degree ? goal : nullptr, plan ? &*plan : nullptr);
    // isHidden, not isVisible: the tab itself may be out of sight.
    credits_->setHidden(!degree);
    saveCredits_->setHidden(!degree);
}

void ChartsView::saveImage(QChartView* view, const QString& name) {
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Chart Image"), name, tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!view->grab().save(path, "PNG"))
        QMessageBox::warning(this, tr("Cairn"), tr("The image could not be written to %1.").arg(path));
}

} // namespace cairn::app
