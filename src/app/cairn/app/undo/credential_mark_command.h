#pragma once

#include "cairn/app/undo/profile_command.h"

#include <string>

namespace cairn::app {

/// The marks a client's profile puts on a credential. They exclude each other the way a
/// planner reads them: pinning lifts an exclusion and the other way round, and a completed
/// credential is simply held, neither pinned nor excluded.
enum class CredentialMark { Pinned, Excluded, Completed };

/// Puts a mark on a credential or takes it off, as one undo step named after the credential
/// ("Pin Python Basics", "Mark Python Basics not completed").
class CredentialMarkCommand : public ProfileCommand {
public:
    CredentialMarkCommand(PlanningSession* session, CredentialMark mark, const std::string& credentialId, bool on);

    /// `profile` with the mark put on or taken off, and the marks it excludes lifted.
    static Profile apply(Profile profile, CredentialMark mark, const std::string& credentialId, bool on);
};

} // namespace cairn::app
