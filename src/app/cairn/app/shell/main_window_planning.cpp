// MainWindow: the planner running in the background, and what the status bar says of its plan.
#include "cairn/app/common/qt_convert.h"
#include "cairn/app/panels/summary_panel.h"
#include "cairn/app/pathway/pathway_view.h"
#include "cairn/app/session/plan_scheduler.h"
#include "cairn/app/session/planning_session.h"
#include "cairn/app/shell/app_settings.h"
#include "cairn/app/shell/main_window.h"
#include "ui_main_window.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QToolButton>
#include <cairn/text/message_words.h>
#include <cairn/text/offer_words.h>
#include <cairn/text/plan_words.h>

namespace cairn::app {

void MainWindow::connectPlanning() {
    connect(scheduler_, &PlanScheduler::busyChanged, this, [this](bool busy) {
        busy_->setVisible(busy);
        cancelButton_->setVisible(busy);
        ui_->actionCancelPlan->setEnabled(busy);
        summary_->setPlanning(busy);
        if (busy)
            showPlanStatus(tr("Planning…"));
    });
    connect(scheduler_, &PlanScheduler::progress, this, [this](qint64 nodes) {
        if (scheduler_->isExplaining())
            showPlanStatus(tr("No plan meets the limits; working out why… %L1 combinations explored").arg(nodes));
        else if (!session_->planIsBestSoFar())
            showPlanStatus(tr("Planning… %L1 combinations explored").arg(nodes));
    });
    connect(scheduler_, &PlanScheduler::bestSoFarShown, this, &MainWindow::showBestSoFarStatus);
    // Finding why no plan exists (the cheapest plan without the budget, say) can take longer
    // than the proof did: the status says the answer is known meanwhile.
    connect(scheduler_, &PlanScheduler::explaining, this,
            [this] { showPlanStatus(tr("No plan meets the limits; working out why…")); });
    connect(scheduler_, &PlanScheduler::finished, this, [this](qint64 ms, bool) {
        planTime_->setText(tr("planned in %L1 ms").arg(ms));
        updatePlanStatus();
    });
    // Also when the plan goes away (another client, no goal): the status bar never speaks of a
    // plan the window no longer shows.
    connect(session_, &PlanningSession::planChanged, this, [this] {
        if (!scheduler_->isBusy())
            updatePlanStatus();
    });
    // An edit (more hours a week, a budget) that moves the plan to other offers says so, since
    // the money changes for a reason the pathway does not show; the summary keeps the whole why.
    connect(session_, &PlanningSession::offersSwitched, this, [this] {
        const QStringList why = text::OfferWords(session_->catalog().currency, text::Format::user())
                                    .switched(*session_->planSwitchedFrom(), *session_->plan());
        if (!why.isEmpty())
            ui_->statusBar->showMessage(why.front(), kNoticeMs);
    });
    connect(session_, &PlanningSession::goalChanged, this, [this] {
        settings_.setLastGoal(qs(session_->goal()));
        pathway_->setEmptyText(session_->goal().empty() ? tr("Choose a goal to see a pathway") : tr("Planning…"));
    });
    // The objective is the client's: switching clients brings back theirs.
    connect(session_, &PlanningSession::clientChanged, this, [this] {
        const auto objective = objectiveFromString(settings_.objective(session_->clientId()).toStdString());
        session_->setObjective(objective.value_or(Objective::Cost));
    });
    connect(session_, &PlanningSession::objectiveChanged, this, [this] {
        if (!session_->clientId().isEmpty())
            settings_.setObjective(session_->clientId(), QString::fromLatin1(toString(session_->objective())));
    });
}

void MainWindow::announceCatalog() {
    const Catalog& catalog = session_->catalog();
    const QString name = catalog.name.empty() ? tr("unnamed catalog") : qs(catalog.name);
    const QString count = catalog.credentials.size() == 1
                              ? tr("1 credential")
                              : tr("%L1 credentials").arg(static_cast<qlonglong>(catalog.credentials.size()));
    // The catalog in use is always named at the right of the status bar.
    catalogLabel_->setText(tr("Catalog: %1").arg(name));
    catalogLabel_->setToolTip(tr("Plans are made from the catalog %1, %2.").arg(name, count));
    // A client whose profile was written for another catalog switches it: say so, never silently.
    // The switch is news for a moment only: a temporary message over the plan's status, which
    // shows again once it has gone (the label above keeps naming the catalog).
    const bool switched = !shownCatalog_.isEmpty() && shownCatalog_ != name;
    shownCatalog_ = name;
    if (switched)
        ui_->statusBar->showMessage(
            tr("Now planning with the catalog %1 (%2), the one this client uses.").arg(name, count), kNoticeMs);
}

void MainWindow::showBestSoFarStatus() {
    const Plan& plan = *session_->plan();
    const QString bound = text::PlanWords(session_->catalog().currency, text::Format::user()).bound(plan);
    const QString best =
        tr("Searching… best plan so far: %1, done by %2.")
            .arg(money(plan.totals.cost, session_->catalog().currency), dateText(plan.totals.completion));
    showPlanStatus(bound.isEmpty() ? best : best + QLatin1Char(' ') + bound);
}

void MainWindow::updatePlanStatus() {
    const auto& plan = session_->plan();
    const QString name = qs(session_->profile().name);
    if (!plan) {
        planTime_->clear();
        showPlanStatus(session_->goal().empty() ? tr("Choose a goal for %1.").arg(name)
                                                : tr("No plan yet for %1.").arg(name));
    } else if (session_->planWasCancelled()) {
        showPlanStatus(tr("Planning stopped; showing the best plan found so far."));
    } else if (plan->status == PlanStatus::Unknown) {
        // Not only the time limit: a budget on what the client pays with another objective, say.
        const QString why = text::MessageWords(text::Format::user(), &session_->catalog()).sentences(plan->reason);
        showPlanStatus(why.isEmpty() ? tr("The time limit ran out before a plan was found.")
                                     : tr("No plan yet: %1").arg(why));
    } else if (!hasPlan(plan->status)) {
        showPlanStatus(tr("No plan reaches this goal under the current limits."));
    } else {
        showPlanStatus(
            (plan->credentials.size() == 1 ? tr("1 credential, %1, done by %2.")
                                           : tr("%L3 credentials, %1, done by %2."))
                .arg(money(plan->totals.cost, session_->catalog().currency), dateText(plan->totals.completion))
                .replace(QStringLiteral("%L3"), QLocale().toString(static_cast<int>(plan->credentials.size()))));
    }
}

} // namespace cairn::app
