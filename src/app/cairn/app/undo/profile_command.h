#pragma once

#include <QUndoCommand>
#include <cairn/engine/profile.h>

namespace cairn::app {

class PlanningSession;

/// Base of every undoable profile edit: keeps the profile before and after the edit, so undo
/// and redo restore it exactly however the edit was made.
class ProfileCommand : public QUndoCommand {
public:
    void undo() override;
    void redo() override;

protected:
    ProfileCommand(PlanningSession* session, Profile after, const QString& text);
    PlanningSession* session_;
    Profile before_;
    Profile after_;
};

} // namespace cairn::app
