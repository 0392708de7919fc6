#include "cairn/app/undo/own_goal_command.h"

#include "cairn/app/session/client_controller.h"
#include "cairn/app/session/planning_session.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace cairn::app {

OwnGoalCommand::OwnGoalCommand(PlanningSession* session, ClientController* clients, OwnGoal goal,
                               std::string goalBefore)
    : QUndoCommand(QCoreApplication::translate("cairn::app::OwnGoalCommand", "Goal “%1”")
                       .arg(QString::fromStdString(goal.goal.title))),
      session_(session), clients_(clients), goal_(std::move(goal)), goalBefore_(std::move(goalBefore)) {}

std::string OwnGoalCommand::push(PlanningSession* session, ClientController* clients, SkillGoal goal, QString* error) {
    OwnGoal own{{}, std::move(goal)};
    if (QString e = clients->saveOwnGoal(own); !e.isEmpty()) {
        if (error)
            *error = e;
        return {};
    }
    const std::string id = own.id;
    session->undoStack()->push(new OwnGoalCommand(session, clients, std::move(own), session->goal()));
    return id;
}

void OwnGoalCommand::redo() {
    if (!kept_)
        if (QString e = clients_->saveOwnGoal(goal_); !e.isEmpty())
            emit clients_->saveFailed(e);
    kept_ = false;
    session_->setGoal(goal_.id);
}

void OwnGoalCommand::undo() {
    // The goal first, so that nothing is planned for a goal that is about to go.
    session_->setGoal(goalBefore_);
    if (QString e = clients_->deleteOwnGoal(goal_.id); !e.isEmpty())
        emit clients_->saveFailed(e);
}

} // namespace cairn::app
