#include "cairn/app/undo/pin_command.h"

#include "cairn/app/common/qt_convert.h"
#include "cairn/app/session/planning_session.h"

#include <QCoreApplication>

namespace cairn::app {

namespace {
Profile pinned(Profile p, const std::string& id, bool pin) {
    std::erase(p.pinned, id);
    if (pin) {
        p.pinned.push_back(id);
        std::erase(p.excluded, id);
    }
    return p;
}
} // namespace

PinCommand::PinCommand(PlanningSession* session, const std::string& credentialId, bool pin)
    : ProfileCommand(session, pinned(session->profile(), credentialId, pin),
                     (pin ? QCoreApplication::translate("cairn::app::PinCommand", "Pin %1")
                          : QCoreApplication::translate("cairn::app::PinCommand", "Unpin %1"))
                         .arg(session->catalog().findCredential(credentialId)
                                  ? qs(session->catalog().findCredential(credentialId)->title)
                                  : qs(credentialId))) {}

} // namespace cairn::app
