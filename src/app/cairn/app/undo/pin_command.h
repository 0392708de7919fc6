#pragma once

#include "cairn/app/undo/profile_command.h"

#include <string>

namespace cairn::app {

/// Pins a credential into every plan, or unpins it. Pinning lifts an exclusion.
class PinCommand : public ProfileCommand {
public:
    PinCommand(PlanningSession* session, const std::string& credentialId, bool pinned);
};

} // namespace cairn::app
