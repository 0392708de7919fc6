#pragma once

#include "cairn/app/undo/profile_command.h"

#include <string>

namespace cairn::app {

/// Sets the level the client holds a skill at; level 0 removes the skill. Repeated changes to
/// the same skill merge into one undo step.
class SetSkillLevelCommand : public ProfileCommand {
public:
    SetSkillLevelCommand(PlanningSession* session, const std::string& skillId, int level);

    [[nodiscard]] int id() const override { return 2000; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    std::string skill_;
};

} // namespace cairn::app
