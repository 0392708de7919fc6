#include "cairn/app/panels/budget_basis_combo.h"

#include "cairn/app/session/planning_session.h"
#include "cairn/app/undo/goal_command.h"
#include "cairn/app/undo/set_profile_value_command.h"

#include <QSignalBlocker>
#include <QUndoStack>
#include <cairn/text/funding_words.h>

namespace cairn::app {

BudgetBasisCombo::BudgetBasisCombo(PlanningSession* session, QWidget* parent) : QComboBox(parent), session_(session) {
    setObjectName(QStringLiteral("budgetOnCombo"));
    for (const BudgetBasis basis : {BudgetBasis::Total, BudgetBasis::OutOfPocket}) {
        addItem(text::FundingWords::basisChoice(basis), static_cast<int>(basis));
        setItemData(count() - 1, text::FundingWords::basisSentence(basis), Qt::ToolTipRole);
    }
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(this, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            choose(static_cast<BudgetBasis>(itemData(index).toInt()));
    });
    connect(session_, &PlanningSession::profileChanged, this, &BudgetBasisCombo::load);
    connect(session_, &PlanningSession::clientChanged, this, &BudgetBasisCombo::load);
    load();
}

void BudgetBasisCombo::choose(BudgetBasis basis) {
    QUndoStack* stack = session_->undoStack();
    // Cairn plans a budget on what the client pays with the least-out-of-pocket objective only
    // (docs/planning-model.md): with a budget set, the objective follows in the same undo step,
    // so the choice is honoured rather than answered with "unknown".
    const bool followObjective = basis == BudgetBasis::OutOfPocket && session_->profile().budget &&
                                 session_->objective() != Objective::OutOfPocket;
    if (followObjective)
        stack->beginMacro(tr("Budget limits what the client pays"));
    SetProfileValueCommand::pushIfChanged(session_, SetProfileValueCommand::Field::BudgetOn, static_cast<int>(basis));
    if (followObjective) {
        GoalCommand::pushObjective(session_, Objective::OutOfPocket);
        stack->endMacro();
    }
}

void BudgetBasisCombo::load() {
    const Profile& p = session_->profile();
    const QSignalBlocker block(this);
    setCurrentIndex(findData(static_cast<int>(p.budgetOn)));
    // Without funding the client pays everything: both choices plan the same, unless the profile
    // says "what the client pays" already, which can then be set back.
    const bool funded = !p.funding.empty();
    setEnabled(funded || p.budgetOn != BudgetBasis::Total);
    setToolTip(funded ? text::FundingWords::basisSentence(p.budgetOn)
                      : tr("The client has no funding sources, so the budget limits all costs either way. Add a "
                           "funding source under Funding to choose."));
}

} // namespace cairn::app
