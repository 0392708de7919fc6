#include "cairn/app/undo/mark_completed_command.h"

#include "cairn/app/common/qt_convert.h"
#include "cairn/app/session/planning_session.h"

#include <QCoreApplication>
#include <algorithm>

namespace cairn::app {

namespace {
Profile marked(Profile p, const std::string& id, bool completed) {
    auto erase = [&id](std::vector<std::string>& list) { std::erase(list, id); };
    erase(p.completed);
    if (completed) {
        p.completed.push_back(id);
        erase(p.pinned);
        erase(p.excluded);
    }
    return p;
}

QString title(const PlanningSession* s, const std::string& id) {
    const Credential* c = s->catalog().findCredential(id);
    return c ? qs(c->title) : qs(id);
}
} // namespace

MarkCompletedCommand::MarkCompletedCommand(PlanningSession* session, const std::string& credentialId, bool completed)
    : ProfileCommand(session, marked(session->profile(), credentialId, completed),
                     completed
                         ? QCoreApplication::translate("cairn::app::MarkCompletedCommand", "Mark %1 completed")
                               .arg(title(session, credentialId))
                         : QCoreApplication::translate("cairn::app::MarkCompletedCommand", "Mark %1 not completed")
                               .arg(title(session, credentialId))) {}

} // namespace cairn::app
