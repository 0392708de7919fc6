#pragma once

#include "cairn/app/undo/profile_command.h"

#include <string>

namespace cairn::app {

/// Marks a credential completed, or not completed any more. A completed credential is no
/// longer pinned or excluded: it is simply held.
class MarkCompletedCommand : public ProfileCommand {
public:
    MarkCompletedCommand(PlanningSession* session, const std::string& credentialId, bool completed);
};

} // namespace cairn::app
