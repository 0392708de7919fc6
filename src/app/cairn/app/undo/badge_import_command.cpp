#include "cairn/app/undo/badge_import_command.h"

#include "cairn/app/session/client_controller.h"
#include "cairn/app/session/planning_session.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace cairn::app {

namespace {

Profile withBadges(Profile profile, const BadgeImport& import, const std::vector<io::badges::Achievement>& achievements,
                   int* added) {
    const int n = io::badges::addToProfile(import.matches, achievements, profile);
    io::badges::addSkillsToProfile(import.skills, profile);
    if (added)
        *added = n;
    return profile;
}

} // namespace

BadgeImportCommand::BadgeImportCommand(PlanningSession* session, ClientController* catalog,
                                       std::vector<Credential> added, Profile after)
    : ProfileCommand(session, std::move(after),
                     QCoreApplication::translate("cairn::app::BadgeImportCommand", "Import badges")),
      catalog_(catalog), added_(std::move(added)) {}

int BadgeImportCommand::push(PlanningSession* session, ClientController* catalog, const BadgeImport& import,
                             const std::vector<io::badges::Achievement>& achievements, QString* error) {
    if (!import.newCredentials.empty() && !catalog) {
        if (error)
            *error =
                QCoreApplication::translate("cairn::app::BadgeImportCommand", "This catalog cannot be changed here.");
        return 0;
    }
    int added = 0;
    Profile after = withBadges(session->profile(), import, achievements, &added);
    if (after == session->profile() && import.newCredentials.empty())
        return 0;
    auto* command = new BadgeImportCommand(session, catalog, import.newCredentials, std::move(after));
    if (QString e = command->saveCredentials(); !e.isEmpty()) {
        delete command;
        if (error)
            *error = e;
        return 0;
    }
    session->undoStack()->push(command);
    return added;
}

QString BadgeImportCommand::saveCredentials() {
    for (std::size_t i = 0; i < added_.size(); ++i)
        if (QString e = catalog_->saveCredential(added_[i], {}); !e.isEmpty()) {
            // Whole or not at all: the catalog goes back to how it was.
            while (i-- > 0)
                (void)catalog_->deleteCredential(added_[i].id);
            return e;
        }
    return {};
}

void BadgeImportCommand::redo() {
    // The catalog first: the profile then names credentials the catalog has.
    if (!saved_)
        if (QString e = saveCredentials(); !e.isEmpty())
            emit catalog_->saveFailed(e);
    saved_ = false;
    ProfileCommand::redo();
}

void BadgeImportCommand::undo() {
    ProfileCommand::undo();
    for (auto it = added_.rbegin(); it != added_.rend(); ++it)
        if (QString e = catalog_->deleteCredential(it->id); !e.isEmpty())
            emit catalog_->saveFailed(e);
}

} // namespace cairn::app
