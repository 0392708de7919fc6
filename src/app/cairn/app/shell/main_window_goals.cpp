// MainWindow: the Goal menu, goals of the client's own from an ESCO occupation or a job ad.
#include "cairn/app/goals/esco_loader.h"
#include "cairn/app/goals/job_ad_goal_dialog.h"
#include "cairn/app/goals/occupation_goal_dialog.h"
#include "cairn/app/session/client_controller.h"
#include "cairn/app/session/planning_session.h"
#include "cairn/app/shell/main_window.h"
#include "cairn/app/undo/own_goal_command.h"
#include "ui_main_window.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <cairn/text/goal_words.h>

namespace cairn::app {

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
    menu->addActions({fromOccupation, fromJobAd});
    menuBar()->insertMenu(ui_->menuHelp->menuAction(), menu);
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

} // namespace cairn::app
