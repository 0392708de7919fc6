#pragma once

#include "cairn/app/undo/profile_command.h"

#include <QString>
#include <cairn/engine/credential.h>
#include <cairn/io/badge_match.h>
#include <vector>

namespace cairn::app {

class ClientController;

/// What the person confirmed in the badge import: the matches to add to the completed credentials,
/// the credentials to add to the catalog first (made from achievements that matched none, and
/// completed by matches that name them), and the skills the achievements' alignments name, at the
/// levels chosen.
struct BadgeImport {
    std::vector<io::badges::Match> matches;
    std::vector<Credential> newCredentials;
    std::vector<SkillLevel> skills;
};

/// The whole badge import as one undo step: the new catalog credentials, saved where the catalog
/// lives as the credential editor saves them (ClientController), then the profile's completed
/// credentials with their dates (io::badges::addToProfile) and held skills. Undo restores the
/// profile, then deletes the credentials it added.
class BadgeImportCommand : public ProfileCommand {
public:
    /// Saves the new credentials and pushes the import onto the session's undo stack, unless it
    /// changes nothing. Returns how many credentials it adds to the completed ones; when a
    /// credential cannot be saved, nothing changes and `error` says why.
    static int push(PlanningSession* session, ClientController* catalog, const BadgeImport& import,
                    const std::vector<io::badges::Achievement>& achievements, QString* error);

    void undo() override;
    void redo() override;

private:
    BadgeImportCommand(PlanningSession* session, ClientController* catalog, std::vector<Credential> added,
                       Profile after);
    /// Saves the added credentials; on failure removes those saved and returns why.
    QString saveCredentials();

    ClientController* catalog_;
    std::vector<Credential> added_;
    bool saved_ = true; ///< push() saved them before the first redo
};

} // namespace cairn::app
