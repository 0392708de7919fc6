#pragma once

#include <QString>
#include <QUndoCommand>
#include <optional>
#include <string>

#ifndef Q_MOC_RUN
#include <cairn/engine/skill_goal.h>
#endif

namespace cairn::app {

class ClientController;
class PlanningSession;

/// One of the client's own goals edited (its title, skills, levels, how many optional skills)
/// or deleted, where the client is kept, as one undo step. Undo keeps the goal as it was again
/// under the same id, so the profile and the saved plans that name it find it; a deleted goal
/// that was the one planned for is chosen again.
class OwnGoalEditCommand : public QUndoCommand {
public:
    /// Keeps `edited` under `goalId` and pushes the step; false with `error` set when it could
    /// not be kept or `goalId` is not one of the client's own goals (nothing changes then).
    static bool pushEdit(PlanningSession* session, ClientController* clients, const std::string& goalId,
                         SkillGoal edited, QString* error);
    /// Deletes the own goal `goalId` and pushes the step; when it was the goal planned for, no
    /// goal is chosen. False with `error` set when it could not be deleted.
    static bool pushDelete(PlanningSession* session, ClientController* clients, const std::string& goalId,
                           QString* error);

    void undo() override;
    void redo() override;

private:
    OwnGoalEditCommand(PlanningSession* session, ClientController* clients, std::string goalId, SkillGoal before,
                       std::optional<SkillGoal> after);
    /// Makes the goal `goal` (nullopt: gone); an error sentence, empty on success.
    QString keep(const std::optional<SkillGoal>& goal);

    PlanningSession* session_;
    ClientController* clients_;
    std::string goalId_;
    SkillGoal before_;
    std::optional<SkillGoal> after_; ///< nullopt: deleted
    std::string goalBefore_;         ///< the goal planned for before the step
    bool done_ = true;               ///< the push did the first redo's work
};

} // namespace cairn::app
