#include "cairn/app/undo/badge_import_command.h"

#include "cairn/app/session/planning_session.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace cairn::app {

namespace {

Profile withBadges(Profile profile, const std::vector<io::badges::Match>& matches,
                   const std::vector<io::badges::Achievement>& achievements, int* added) {
    const int n = io::badges::addToProfile(matches, achievements, profile);
    if (added)
        *added = n;
    return profile;
}

} // namespace

BadgeImportCommand::BadgeImportCommand(PlanningSession* session, const std::vector<io::badges::Match>& matches,
                                       const std::vector<io::badges::Achievement>& achievements)
    : ProfileCommand(session, withBadges(session->profile(), matches, achievements, nullptr),
                     QCoreApplication::translate("cairn::app::BadgeImportCommand", "Import badges")) {}

int BadgeImportCommand::push(PlanningSession* session, const std::vector<io::badges::Match>& matches,
                             const std::vector<io::badges::Achievement>& achievements) {
    int added = 0;
    if (withBadges(session->profile(), matches, achievements, &added) == session->profile())
        return 0;
    session->undoStack()->push(new BadgeImportCommand(session, matches, achievements));
    return added;
}

} // namespace cairn::app
