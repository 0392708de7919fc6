#pragma once

#include "cairn/app/undo/profile_command.h"

#include <QVariant>

namespace cairn::app {

/// Sets one scalar field of the profile. Consecutive edits of the same field (typing in a
/// spin box) merge into one undo step.
class SetProfileValueCommand : public ProfileCommand {
public:
    enum class Field { Name, Budget, HoursPerWeek, Start, Deadline, HourlyValue, BudgetOn };

    /// `value` is a double (Budget, HoursPerWeek, HourlyValue), a QDate (Start, Deadline),
    /// a QString (Name) or a BudgetBasis as an int (BudgetOn); an invalid QVariant clears Budget ("no limit") or
    /// Deadline.
    SetProfileValueCommand(PlanningSession* session, Field field, const QVariant& value);

    [[nodiscard]] int id() const override { return 1000 + static_cast<int>(field_); }
    bool mergeWith(const QUndoCommand* other) override;

    static Profile apply(Profile profile, Field field, const QVariant& value);
    /// Pushes the edit onto the session's undo stack unless it changes nothing.
    static void pushIfChanged(PlanningSession* session, Field field, const QVariant& value);

private:
    Field field_;
};

} // namespace cairn::app
