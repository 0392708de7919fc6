#include "cairn/app/session/plan_inputs.h"

#include "cairn/app/session/planning_session.h"
#include "cairn/app/undo/goal_command.h"
#include "cairn/app/undo/profile_command.h"

#include <QUndoStack>

namespace cairn::app {

namespace {

/// The profile's limits replaced in one step, so undo brings all of them back together.
class SetInputsCommand : public ProfileCommand {
public:
    SetInputsCommand(PlanningSession* session, Profile after, const QString& text)
        : ProfileCommand(session, std::move(after), text) {}
};

} // namespace

PlanInputs captureInputs(const PlanningSession& session) {
    const Profile& p = session.profile();
    return {session.goal(), session.objective(), p.budget, p.deadline, p.pinned, p.excluded};
}

void applyInputs(PlanningSession& session, const PlanInputs& inputs, const QString& undoText) {
    Profile profile = session.profile();
    profile.budget = inputs.budget;
    profile.deadline = inputs.deadline;
    profile.pinned = inputs.pinned;
    profile.excluded = inputs.excluded;
    // The credentials the client has completed stay theirs: a pin or exclude of one means nothing.
    std::string goal = session.goal();
    if (inputs.goal.empty() || session.catalog().findGoal(inputs.goal))
        goal = inputs.goal;
    const bool goalChanges = goal != session.goal() || inputs.objective != session.objective();
    if (profile == session.profile() && !goalChanges)
        return;
    // One undo step brings back the limits, the goal and the objective together.
    session.undoStack()->beginMacro(undoText);
    if (profile != session.profile())
        session.undoStack()->push(new SetInputsCommand(&session, std::move(profile), undoText));
    if (goalChanges)
        session.undoStack()->push(new GoalCommand(&session, goal, inputs.objective));
    session.undoStack()->endMacro();
}

} // namespace cairn::app
