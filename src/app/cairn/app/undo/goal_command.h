#pragma once

#include <QUndoCommand>
#include <cairn/engine/planner.h>
#include <string>

namespace cairn::app {

class PlanningSession;

/// Chooses the goal and what to optimise for. They are the session's, not the profile's
/// limits, but a person changes them the same way and expects Undo to bring the last ones back.
class GoalCommand : public QUndoCommand {
public:
    GoalCommand(PlanningSession* session, std::string goal, Objective objective);
    void undo() override;
    void redo() override;

    /// Pushes the goal `goalId` with the session's objective, unless it is already chosen.
    static void pushGoal(PlanningSession* session, const std::string& goalId);
    /// Pushes `objective` with the session's goal, unless it is already chosen.
    static void pushObjective(PlanningSession* session, Objective objective);

private:
    PlanningSession* session_;
    std::string goalBefore_, goalAfter_;
    Objective objectiveBefore_, objectiveAfter_;
};

} // namespace cairn::app
