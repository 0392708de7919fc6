#include "cairn/app/undo/exclude_command.h"

#include "cairn/app/common/qt_convert.h"
#include "cairn/app/session/planning_session.h"

#include <QCoreApplication>

namespace cairn::app {

namespace {
Profile excluded(Profile p, const std::string& id, bool exclude) {
    std::erase(p.excluded, id);
    if (exclude) {
        p.excluded.push_back(id);
        std::erase(p.pinned, id);
    }
    return p;
}
} // namespace

ExcludeCommand::ExcludeCommand(PlanningSession* session, const std::string& credentialId, bool exclude)
    : ProfileCommand(session, excluded(session->profile(), credentialId, exclude),
                     (exclude ? QCoreApplication::translate("cairn::app::ExcludeCommand", "Exclude %1")
                              : QCoreApplication::translate("cairn::app::ExcludeCommand", "Include %1 again"))
                         .arg(session->catalog().findCredential(credentialId)
                                  ? qs(session->catalog().findCredential(credentialId)->title)
                                  : qs(credentialId))) {}

} // namespace cairn::app
