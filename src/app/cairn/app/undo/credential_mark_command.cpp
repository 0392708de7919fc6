#include "cairn/app/undo/credential_mark_command.h"

#include "cairn/app/common/qt_convert.h"
#include "cairn/app/session/planning_session.h"

#include <QCoreApplication>

namespace cairn::app {

namespace {

std::vector<std::string>& list(Profile& p, CredentialMark mark) {
    switch (mark) {
    case CredentialMark::Pinned:
        return p.pinned;
    case CredentialMark::Excluded:
        return p.excluded;
    case CredentialMark::Completed:
        break;
    }
    return p.completed;
}

QString undoText(CredentialMark mark, bool on) {
    switch (mark) {
    case CredentialMark::Pinned:
        return on ? QCoreApplication::translate("cairn::app::CredentialMarkCommand", "Pin %1")
                  : QCoreApplication::translate("cairn::app::CredentialMarkCommand", "Unpin %1");
    case CredentialMark::Excluded:
        return on ? QCoreApplication::translate("cairn::app::CredentialMarkCommand", "Exclude %1")
                  : QCoreApplication::translate("cairn::app::CredentialMarkCommand", "Include %1 again");
    case CredentialMark::Completed:
        break;
    }
    return on ? QCoreApplication::translate("cairn::app::CredentialMarkCommand", "Mark %1 completed")
              : QCoreApplication::translate("cairn::app::CredentialMarkCommand", "Mark %1 not completed");
}

QString title(const PlanningSession& session, const std::string& id) {
    const Credential* c = session.catalog().findCredential(id);
    return c ? shown(c->title) : qs(id);
}

} // namespace

CredentialMarkCommand::CredentialMarkCommand(PlanningSession* session, CredentialMark mark,
                                             const std::string& credentialId, bool on)
    : ProfileCommand(session, apply(session->profile(), mark, credentialId, on),
                     undoText(mark, on).arg(title(*session, credentialId))) {}

Profile CredentialMarkCommand::apply(Profile profile, CredentialMark mark, const std::string& credentialId, bool on) {
    std::erase(list(profile, mark), credentialId);
    if (mark == CredentialMark::Completed)
        // Dates belong to a completed credential: kept for one no longer completed, the profile
        // could not be read back (docs/formats.md, "Completion dates").
        std::erase_if(profile.completedDates, [&](const CompletionDates& d) { return d.credential == credentialId; });
    if (!on)
        return profile;
    list(profile, mark).push_back(credentialId);
    for (CredentialMark other : {CredentialMark::Pinned, CredentialMark::Excluded})
        if (other != mark)
            std::erase(list(profile, other), credentialId);
    return profile;
}

} // namespace cairn::app
