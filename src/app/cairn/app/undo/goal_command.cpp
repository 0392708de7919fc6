#include "cairn/app/undo/goal_command.h"

#include "cairn/app/common/qt_convert.h"
#include "cairn/app/session/planning_session.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace cairn::app {

namespace {

QString objectiveName(Objective objective) {
    switch (objective) {
    case Objective::Cost:
        return QCoreApplication::translate("cairn::app::GoalCommand", "Cheapest");
    case Objective::Effort:
        return QCoreApplication::translate("cairn::app::GoalCommand", "Fewest hours");
    case Objective::Balanced:
        return QCoreApplication::translate("cairn::app::GoalCommand", "Balanced");
    case Objective::CostToHold:
        return QCoreApplication::translate("cairn::app::GoalCommand", "Cheapest to hold");
    case Objective::OutOfPocket:
        return QCoreApplication::translate("cairn::app::GoalCommand", "Least out of pocket");
    case Objective::Time:
        break;
    }
    return QCoreApplication::translate("cairn::app::GoalCommand", "Soonest");
}

QString undoText(const PlanningSession& session, const std::string& goal, Objective objective) {
    if (goal != session.goal()) {
        if (goal.empty())
            return QCoreApplication::translate("cairn::app::GoalCommand", "Clear the goal");
        const Goal* g = session.catalog().findGoal(goal);
        return QCoreApplication::translate("cairn::app::GoalCommand", "Choose goal %1")
            .arg(g ? shown(g->title) : qs(goal));
    }
    return QCoreApplication::translate("cairn::app::GoalCommand", "Objective “%1”").arg(objectiveName(objective));
}

} // namespace

GoalCommand::GoalCommand(PlanningSession* session, std::string goal, Objective objective)
    : QUndoCommand(undoText(*session, goal, objective)), session_(session), goalBefore_(session->goal()),
      goalAfter_(std::move(goal)), objectiveBefore_(session->objective()), objectiveAfter_(objective) {}

void GoalCommand::undo() {
    session_->setObjective(objectiveBefore_);
    session_->setGoal(goalBefore_);
}

void GoalCommand::redo() {
    session_->setObjective(objectiveAfter_);
    session_->setGoal(goalAfter_);
}

void GoalCommand::pushGoal(PlanningSession* session, const std::string& goalId) {
    if (goalId != session->goal())
        session->undoStack()->push(new GoalCommand(session, goalId, session->objective()));
}

void GoalCommand::pushObjective(PlanningSession* session, Objective objective) {
    if (objective != session->objective())
        session->undoStack()->push(new GoalCommand(session, session->goal(), objective));
}

} // namespace cairn::app
