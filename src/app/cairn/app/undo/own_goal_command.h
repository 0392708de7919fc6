#pragma once

#include "cairn/app/goals/own_goal.h"

#include <QString>
#include <QUndoCommand>
#include <string>

namespace cairn::app {

class ClientController;
class PlanningSession;

/// A goal made from an occupation or a job ad becomes one of the client's own goals, kept where
/// the client is kept, and the goal they plan for, as one undo step. Undo chooses the goal
/// before again and removes the own goal; redo keeps it again under the same id.
class OwnGoalCommand : public QUndoCommand {
public:
    /// Keeps `goal` as the client's own and pushes the step; its id ("own:N"), or empty with
    /// `error` set when it could not be kept (nothing changes then).
    static std::string push(PlanningSession* session, ClientController* clients, SkillGoal goal, QString* error);

    void undo() override;
    void redo() override;

private:
    OwnGoalCommand(PlanningSession* session, ClientController* clients, OwnGoal goal, std::string goalBefore);

    PlanningSession* session_;
    ClientController* clients_;
    OwnGoal goal_;
    std::string goalBefore_;
    bool kept_ = true; ///< push() kept it before the first redo
};

} // namespace cairn::app
