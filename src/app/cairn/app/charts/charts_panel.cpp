#include "cairn/app/charts/charts_panel.h"

#include "cairn/app/charts/chart_export.h"
#include "cairn/app/charts/credits_chart.h"
#include "cairn/app/charts/pareto_chart.h"
#include "cairn/app/charts/skills_coverage_chart.h"
#include "cairn/app/charts/spending_chart.h"
#include "cairn/app/session/planning_session.h"

#include <QChartView>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPixmap>
#include <QPromise>
#include <QShortcut>
#include <QThreadPool>
#include <QToolButton>
#include <QVBoxLayout>
#include <chrono>

namespace cairn::app {

ChartsPanel::ChartsPanel(PlanningSession* session, QWidget* parent)
    : QWidget(parent), session_(session), pareto_(new ParetoChart(this)), spending_(new SpendingChart(this)),
      credits_(new CreditsChart(this)), coverage_(new SkillsCoverageChart(this)) {
    credits_->setObjectName(QStringLiteral("creditsChart"));
    pareto_->setObjectName(QStringLiteral("paretoChart"));
    spending_->setObjectName(QStringLiteral("spendingChart"));
    coverage_->setObjectName(QStringLiteral("skillsCoverageChart"));
    auto* buttons = new QHBoxLayout;
    auto* hint = new QLabel(tr("Click a plan on the trade-off to show it."), this);
    hint->setObjectName(QStringLiteral("chartsHint"));
    buttons->addWidget(hint, 1);
    // One menu saves any chart; each chart's context menu offers the same action for itself.
    saveMenu_ = new QMenu(this);
    saveMenu_->setObjectName(QStringLiteral("saveChartMenu"));
    addSaveAction(tr("Cost against time…"), QStringLiteral("saveParetoImage"), pareto_->view(),
                  QStringLiteral("cost-vs-time"));
    addSaveAction(tr("Skills by area…"), QStringLiteral("saveCoverageImage"), coverage_->view(),
                  QStringLiteral("skills"));
    addSaveAction(tr("Money spent…"), QStringLiteral("saveSpendingImage"), spending_->spendingView(),
                  QStringLiteral("spending"));
    addSaveAction(tr("Study hours…"), QStringLiteral("saveHoursImage"), spending_->hoursView(),
                  QStringLiteral("hours"));
    addSaveAction(tr("Credits by category…"), QStringLiteral("saveCreditsImage"), credits_->view(),
                  QStringLiteral("credits"));
    saveCoverage_ = saveMenu_->actions().at(1);
    saveCredits_ = saveMenu_->actions().last();
    auto* save = new QToolButton(this);
    save->setObjectName(QStringLiteral("saveChartButton"));
    save->setText(tr("Save chart"));
    save->setToolTip(tr("Save a chart as a PNG image or an SVG drawing (%1)")
                         .arg(QKeySequence(tr("Ctrl+Alt+S")).toString(QKeySequence::NativeText)));
    save->setMenu(saveMenu_);
    save->setPopupMode(QToolButton::InstantPopup);
    save->setToolButtonStyle(Qt::ToolButtonTextOnly);
    buttons->addWidget(save);
    auto* shortcut = new QShortcut(QKeySequence(tr("Ctrl+Alt+S")), this);
    shortcut->setWhatsThis(tr("Save chart")); // names it in the user guide's keyboard table
    // Anywhere in the window while the tab is shown: a hidden widget's shortcut does not fire.
    shortcut->setContext(Qt::WindowShortcut);
    connect(shortcut, &QShortcut::activated, this,
            [this, save] { saveMenu_->popup(save->mapToGlobal(QPoint(0, save->height()))); });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(buttons);
    auto* top = new QHBoxLayout;
    // The trade-off is the chart people act on (a click adopts a plan): it gets the most room,
    // which also keeps its legend readable beside the skills or credits chart.
    top->addWidget(pareto_, 3);
    top->addWidget(coverage_, 2);
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
    connect(pareto_, &ParetoChart::planChosen, this, &ChartsPanel::adoptPlan);
    connect(session_, &PlanningSession::planInputsChanged, this, &ChartsPanel::inputsChanged);
    connect(session_, &PlanningSession::catalogChanged, this, &ChartsPanel::inputsChanged);
    connect(session_, &PlanningSession::planChanged, this, &ChartsPanel::showPlan);
    // Held skills and the goal's skills change at once; what the plan gains follows with the plan.
    const auto showCoverage = [this] {
        const auto& plan = session_->plan();
        coverage_->setPlan(session_->catalog(), session_->profile(), session_->goal(), plan ? &*plan : nullptr);
    };
    connect(session_, &PlanningSession::profileChanged, this, showCoverage);
    connect(session_, &PlanningSession::goalChanged, this, showCoverage);
    pareto_->setMessage(tr("Choose a goal to see its trade-off"));
    showPlan();
}

ChartsPanel::~ChartsPanel() {
    // The run keeps its own copies of the catalog and profile; it only needs to stop early.
    stopRunning();
}

void ChartsPanel::stopRunning() {
    if (cancel_)
        cancel_->store(true);
    cancel_.reset();
}

void ChartsPanel::inputsChanged() {
    stale_ = true;
    stopRunning();
    debounce_.start();
}

void ChartsPanel::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (stale_ && !debounce_.isActive())
        debounce_.start(0);
}

void ChartsPanel::refresh() {
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

void ChartsPanel::adoptPlan(int index) {
    const auto& front = pareto_->front();
    if (index < 0 || index >= static_cast<int>(front.size()))
        return;
    // The chosen plan replaces the shown one until the plan inputs change again.
    session_->setPlan(front[static_cast<std::size_t>(index)]);
    emit planAdopted(index);
}

void ChartsPanel::showPlan() {
    const auto& plan = session_->plan();
    pareto_->setCurrentPlan(plan ? &*plan : nullptr);
    spending_->setPlan(plan ? &*plan : nullptr, session_->catalog().currency, session_->profile().hoursPerWeek);
    const Goal* goal = session_->catalog().findGoal(session_->goal());
    const bool degree = goal && goal->kind == Goal::Kind::Credits;
    credits_->setPlan(degree ? goal : nullptr, plan ? &*plan : nullptr);
    // isHidden, not isVisible: the tab itself may be out of sight.
    credits_->setHidden(!degree);
    saveCredits_->setVisible(degree);
    coverage_->setPlan(session_->catalog(), session_->profile(), session_->goal(), plan ? &*plan : nullptr);
    // A degree goal that names no skills has nothing to show there; its credits take the room.
    coverage_->setHidden(degree && coverage_->areas().isEmpty());
    saveCoverage_->setVisible(!coverage_->isHidden());
}

void ChartsPanel::addSaveAction(const QString& text, const QString& name, QChartView* view, const QString& file) {
    auto* action = saveMenu_->addAction(text);
    action->setObjectName(name);
    action->setData(QVariant::fromValue(static_cast<QObject*>(view)));
    connect(action, &QAction::triggered, this, [this, view, file] { saveImage(view, file); });
    // The same action in the chart's own context menu, so the chart under the mouse is the one saved.
    auto* own = new QAction(tr("Save chart…"), view);
    connect(own, &QAction::triggered, action, &QAction::trigger);
    view->addAction(own);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
}

void ChartsPanel::saveImage(QChartView* view, const QString& name) {
    const QString png = tr("PNG images (*.png)");
    const QString svg = tr("SVG drawings (*.svg)");
    QString filter = png;
    QString path = QFileDialog::getSaveFileName(this, tr("Save Chart"), name + QStringLiteral(".png"),
                                                png + QStringLiteral(";;") + svg, &filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += filter == svg ? QStringLiteral(".svg") : QStringLiteral(".png");
    if (const QString error = saveChartImage(view, path); !error.isEmpty())
        QMessageBox::warning(this, tr("Save Chart"), error);
}

} // namespace cairn::app
