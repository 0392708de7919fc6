// MainWindow: the Goal menu, goals of the client's own from an ESCO occupation or a job ad.
#include "cairn/app/common/qt_convert.h"
#include "cairn/app/data/data_source.h"
#include "cairn/app/goals/esco_loader.h"
#include "cairn/app/goals/job_ad_goal_dialog.h"
#include "cairn/app/goals/occupation_goal_dialog.h"
#include "cairn/app/goals/own_goal_dialog.h"
#include "cairn/app/session/client_controller.h"
#include "cairn/app/session/planning_session.h"
#include "cairn/app/shell/main_window.h"
#include "cairn/app/undo/own_goal_command.h"
#include "cairn/app/undo/own_goal_edit_command.h"
#include "ui_main_window.h"

#include <QAction>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <algorithm>
#include <cairn/text/goal_words.h>

namespace cairn::app {

namespace {

/// The client's own goal `goalId`, or null.
const OwnGoal* findOwnGoal(const PlanningSession& session, const std::string& goalId) {
    const auto& goals = session.ownGoals();
    const auto it = std::find_if(goals.begin(), goals.end(), [&](const OwnGoal& g) { return g.id == goalId; });
    return goalId.empty() || it == goals.end() ? nullptr : &*it;
}

} // namespace

void MainWindow::createGoalActions() {
    esco_ = new EscoLoader(this);
    auto* menu = new QMenu(tr("Go&al"), menuBar());
    menu->setObjectName(QStringLiteral("menuGoal"));
    auto* fromOccupation = new QAction(tr("From an &occupation…"), this);
    fromOccupation->setObjectName(QStringLiteral("actionGoalFromOccupation"));
    fromOccupation->setToolTip(tr("Make the client's goal from an ESCO occupation's skills"));
    auto* fromJobAd = new QAction(tr("From a &job ad…"), this);
    fromJobAd->setObjectName(QStringLiteral("actionGoalFromJobAd"));
    fromJobAd->setToolTip(tr("Make the client's goal from the skills a job ad names"));
    auto* edit = new QAction(tr("&Edit own goal…"), this);
    edit->setObjectName(QStringLiteral("actionEditOwnGoal"));
    edit->setToolTip(tr("Rename the client's own goal chosen, or change its skills and levels"));
    auto* remove = new QAction(tr("&Delete own goal…"), this);
    remove->setObjectName(QStringLiteral("actionDeleteOwnGoal"));
    remove->setToolTip(tr("Delete the client's own goal chosen; the saved plans for it keep it"));
    menu->addActions({fromOccupation, fromJobAd});
    menu->addSeparator();
    menu->addActions({edit, remove});
    menuBar()->insertMenu(ui_->menuHelp->menuAction(), menu);
    connect(edit, &QAction::triggered, this, &MainWindow::editOwnGoal);
    connect(remove, &QAction::triggered, this, &MainWindow::deleteOwnGoal);
    // Both work on the goal planned for, and only on one of the client's own.
    const auto update = [this, edit, remove] {
        const bool own = findOwnGoal(*session_, session_->goal()) != nullptr;
        edit->setEnabled(own);
        remove->setEnabled(own);
    };
    connect(session_, &PlanningSession::goalChanged, this, update);
    connect(session_, &PlanningSession::catalogChanged, this, update);
    update();
    connect(fromOccupation, &QAction::triggered, this, [this] {
        auto* dialog = new OccupationGoalDialog(esco_, this);
        dialog->setObjectName(QStringLiteral("occupationGoalDialog"));
        openGoalDialog(dialog, [dialog] { return dialog->goal(); });
    });
    connect(fromJobAd, &QAction::triggered, this, [this] {
        auto* dialog = new JobAdGoalDialog(esco_, this);
        dialog->setObjectName(QStringLiteral("jobAdGoalDialog"));
        openGoalDialog(dialog, [dialog] { return dialog->goal(); });
    });
}

void MainWindow::openGoalDialog(QDialog* dialog, std::function<SkillGoal()> goal) {
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, goal = std::move(goal)] { useOwnGoal(goal()); });
    dialog->open();
}

void MainWindow::useOwnGoal(const SkillGoal& goal) {
    QString error;
    const std::string id = OwnGoalCommand::push(session_, controller_, goal, &error);
    if (id.empty()) {
        showMessage(error, 0);
        return;
    }
    // Said at once, so nobody waits for the plan to learn what it cannot cover.
    const CatalogGoal* built = session_->ownGoal(id);
    const QString untaught =
        built ? text::GoalWords::summary(built->untaught, static_cast<int>(goal.skills.size())) : QString();
    showMessage(untaught.isEmpty()
                    ? tr("The goal “%1” is the client's own now.").arg(QString::fromStdString(goal.title))
                    : untaught,
                kNoticeMs);
}

void MainWindow::editOwnGoal() {
    const OwnGoal* own = findOwnGoal(*session_, session_->goal());
    if (!own)
        return;
    auto* dialog = new OwnGoalDialog(own->goal, esco_, this);
    dialog->setObjectName(QStringLiteral("ownGoalDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, id = own->id] {
        QString error;
        if (!OwnGoalEditCommand::pushEdit(session_, controller_, id, dialog->goal(), &error))
            showMessage(error, 0);
    });
    dialog->open();
}

QString MainWindow::deleteOwnGoalQuestion(const std::string& goalId) const {
    const OwnGoal* own = findOwnGoal(*session_, goalId);
    if (!own)
        return {};
    QString question = tr("Delete the goal “%1” from the client's own goals?").arg(qs(own->goal.title));
    QStringList versions;
    for (const PlanVersionEntry& v : controller_->source()->plansForGoal(session_->clientId(), goalId))
        versions << (v.title.isEmpty() ? tr("version %1").arg(v.version)
                                       : tr("version %1 (%2)").arg(v.version).arg(shown(v.title)));
    if (!versions.isEmpty())
        question +=
            QStringLiteral("\n\n") + tr("The saved plans made for it keep the goal as it was when they were saved: %1.")
                                         .arg(QLocale().createSeparatedList(versions));
    if (session_->goal() == goalId)
        question += QStringLiteral("\n\n") + tr("It is the goal planned for now; no goal will be chosen.");
    return question + QStringLiteral("\n\n") + tr("Undo brings it back.");
}

void MainWindow::deleteOwnGoal() {
    const std::string id = session_->goal();
    const QString question = deleteOwnGoalQuestion(id);
    if (question.isEmpty())
        return;
    if (QMessageBox::question(this, tr("Delete own goal"), question, QMessageBox::Yes | QMessageBox::Cancel,
                              QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    removeOwnGoal(id);
}

bool MainWindow::removeOwnGoal(const std::string& goalId) {
    const OwnGoal* own = findOwnGoal(*session_, goalId);
    const QString title = own ? qs(own->goal.title) : QString();
    QString error;
    if (!OwnGoalEditCommand::pushDelete(session_, controller_, goalId, &error)) {
        showMessage(error, 0);
        return false;
    }
    showMessage(tr("The goal “%1” was deleted.").arg(title), kNoticeMs);
    return true;
}

} // namespace cairn::app
