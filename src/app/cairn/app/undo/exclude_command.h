#pragma once

#include "cairn/app/undo/profile_command.h"

#include <string>

namespace cairn::app {

/// Keeps a credential out of every plan, or lets it back in. Excluding lifts a pin.
class ExcludeCommand : public ProfileCommand {
public:
    ExcludeCommand(PlanningSession* session, const std::string& credentialId, bool excluded);
};

} // namespace cairn::app
