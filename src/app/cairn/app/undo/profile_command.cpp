#include "cairn/app/undo/profile_command.h"

#include "cairn/app/session/planning_session.h"

namespace cairn::app {

ProfileCommand::ProfileCommand(PlanningSession* session, Profile after, const QString& text)
    : QUndoCommand(text), session_(session), before_(session->profile()), after_(std::move(after)) {}

void ProfileCommand::undo() {
    session_->setProfile(before_);
}
void ProfileCommand::redo() {
    session_->setProfile(after_);
}

} // namespace cairn::app
