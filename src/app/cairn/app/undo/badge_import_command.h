#pragma once

#include "cairn/app/undo/profile_command.h"

#include <cairn/io/badge_match.h>

namespace cairn::app {

/// Adds the credentials of imported Open Badges and CLR achievements to the completed ones, with
/// their dates (io::badges::addToProfile): the whole import is one undo step.
class BadgeImportCommand : public ProfileCommand {
public:
    BadgeImportCommand(PlanningSession* session, const std::vector<io::badges::Match>& matches,
                       const std::vector<io::badges::Achievement>& achievements);

    /// Pushes the import onto the session's undo stack unless it changes nothing; returns how
    /// many credentials it adds to the completed ones.
    static int push(PlanningSession* session, const std::vector<io::badges::Match>& matches,
                    const std::vector<io::badges::Achievement>& achievements);
};

} // namespace cairn::app
