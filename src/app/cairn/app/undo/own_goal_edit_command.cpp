#include "cairn/app/undo/own_goal_edit_command.h"

#include "cairn/app/goals/own_goal.h"
#include "cairn/app/session/client_controller.h"
#include "cairn/app/session/planning_session.h"

#include <QCoreApplication>
#include <QUndoStack>
#include <algorithm>

namespace cairn::app {

namespace {

const OwnGoal* findOwn(const PlanningSession* session, const std::string& goalId) {
    const auto& goals = session->ownGoals();
    const auto it = std::find_if(goals.begin(), goals.end(), [&](const OwnGoal& g) { return g.id == goalId; });
    return it == goals.end() ? nullptr : &*it;
}

QString noSuchGoal(const std::string& goalId) {
    return QCoreApplication::translate("cairn::app::OwnGoalEditCommand", "The client has no goal “%1” of their own.")
        .arg(QString::fromStdString(goalId));
}

} // namespace

OwnGoalEditCommand::OwnGoalEditCommand(PlanningSession* session, ClientController* clients, std::string goalId,
                                       SkillGoal before, std::optional<SkillGoal> after)
    : QUndoCommand(after ? QCoreApplication::translate("cairn::app::OwnGoalEditCommand", "Edit goal “%1”")
                               .arg(QString::fromStdString(after->title))
                         : QCoreApplication::translate("cairn::app::OwnGoalEditCommand", "Delete goal “%1”")
                               .arg(QString::fromStdString(before.title))),
      session_(session), clients_(clients), goalId_(std::move(goalId)), before_(std::move(before)),
      after_(std::move(after)), goalBefore_(session->goal()) {}

bool OwnGoalEditCommand::pushEdit(PlanningSession* session, ClientController* clients, const std::string& goalId,
                                  SkillGoal edited, QString* error) {
    const OwnGoal* own = findOwn(session, goalId);
    QString e = own ? QString() : noSuchGoal(goalId);
    if (own && own->goal == edited)
        return true; // nothing changed: no step to undo
    std::unique_ptr<OwnGoalEditCommand> step;
    if (own) {
        step.reset(new OwnGoalEditCommand(session, clients, goalId, own->goal, std::move(edited)));
        e = step->keep(step->after_);
    }
    if (!e.isEmpty()) {
        if (error)
            *error = e;
        return false;
    }
    session->undoStack()->push(step.release());
    return true;
}

bool OwnGoalEditCommand::pushDelete(PlanningSession* session, ClientController* clients, const std::string& goalId,
                                    QString* error) {
    const OwnGoal* own = findOwn(session, goalId);
    std::unique_ptr<OwnGoalEditCommand> step;
    QString e = own ? QString() : noSuchGoal(goalId);
    if (own) {
        step.reset(new OwnGoalEditCommand(session, clients, goalId, own->goal, std::nullopt));
        e = step->keep(std::nullopt);
    }
    if (!e.isEmpty()) {
        if (error)
            *error = e;
        return false;
    }
    session->undoStack()->push(step.release());
    return true;
}

QString OwnGoalEditCommand::keep(const std::optional<SkillGoal>& goal) {
    if (!goal) {
        // The goal first, so that nothing is planned for a goal that is about to go.
        const bool planned = session_->goal() == goalId_;
        if (planned)
            session_->setGoal({});
        QString e = clients_->deleteOwnGoal(goalId_);
        if (!e.isEmpty() && planned)
            session_->setGoal(goalId_);
        return e;
    }
    OwnGoal own{goalId_, *goal};
    return clients_->saveOwnGoal(own);
}

void OwnGoalEditCommand::redo() {
    if (!done_)
        if (QString e = keep(after_); !e.isEmpty())
            emit clients_->saveFailed(e);
    done_ = false;
}

void OwnGoalEditCommand::undo() {
    if (QString e = keep(before_); !e.isEmpty()) {
        emit clients_->saveFailed(e);
        return;
    }
    session_->setGoal(goalBefore_);
}

} // namespace cairn::app
