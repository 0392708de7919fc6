#include "cairn/app/undo/set_profile_value_command.h"

#include "cairn/app/common/qt_convert.h"
#include "cairn/app/session/planning_session.h"

#include <QCoreApplication>
#include <QDate>
#include <QUndoStack>

namespace cairn::app {

namespace {
QString describe(SetProfileValueCommand::Field field) {
    using F = SetProfileValueCommand::Field;
    switch (field) {
    case F::Name:
        return QCoreApplication::translate("cairn::app::SetProfileValueCommand", "Rename client");
    case F::Budget:
        return QCoreApplication::translate("cairn::app::SetProfileValueCommand", "Change budget");
    case F::HoursPerWeek:
        return QCoreApplication::translate("cairn::app::SetProfileValueCommand", "Change hours per week");
    case F::Start:
        return QCoreApplication::translate("cairn::app::SetProfileValueCommand", "Change start date");
    case F::Deadline:
        return QCoreApplication::translate("cairn::app::SetProfileValueCommand", "Change deadline");
    case F::HourlyValue:
        return QCoreApplication::translate("cairn::app::SetProfileValueCommand", "Change value of time");
    case F::BudgetOn:
        return QCoreApplication::translate("cairn::app::SetProfileValueCommand", "Change what the budget limits");
    }
    return {};
}
} // namespace

SetProfileValueCommand::SetProfileValueCommand(PlanningSession* session, Field field, const QVariant& value)
    : ProfileCommand(session, apply(session->profile(), field, value), describe(field)), field_(field) {}

bool SetProfileValueCommand::mergeWith(const QUndoCommand* other) {
    const auto* o = dynamic_cast<const SetProfileValueCommand*>(other);
    if (!o || o->field_ != field_)
        return false;
    after_ = o->after_;
    setObsolete(after_ == before_);
    return true;
}

void SetProfileValueCommand::pushIfChanged(PlanningSession* session, Field field, const QVariant& value) {
    if (apply(session->profile(), field, value) == session->profile())
        return;
    session->undoStack()->push(new SetProfileValueCommand(session, field, value));
}

Profile SetProfileValueCommand::apply(Profile profile, Field field, const QVariant& value) {
    switch (field) {
    case Field::Name:
        profile.name = value.toString().toStdString();
        break;
    case Field::Budget:
        if (value.isValid())
            profile.budget = value.toDouble();
        else
            profile.budget.reset();
        break;
    case Field::HoursPerWeek:
        profile.hoursPerWeek = value.toDouble();
        break;
    case Field::Start:
        if (value.toDate().isValid())
            profile.start = fromQDate(value.toDate());
        break;
    case Field::Deadline:
        if (value.isValid() && value.toDate().isValid())
            profile.deadline = fromQDate(value.toDate());
        else
            profile.deadline.reset();
        break;
    case Field::HourlyValue:
        profile.hourlyValue = value.toDouble();
        break;
    case Field::BudgetOn:
        // Only the two bases there are: anything else leaves the profile as it is.
        if (const int basis = value.toInt(); value.isValid() && (basis == static_cast<int>(BudgetBasis::Total) ||
                                                                 basis == static_cast<int>(BudgetBasis::OutOfPocket)))
            profile.budgetOn = static_cast<BudgetBasis>(basis);
        break;
    }
    return profile;
}

} // namespace cairn::app
