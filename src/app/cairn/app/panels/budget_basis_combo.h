#pragma once

#include <QComboBox>

// moc (Qt 6.4) cannot parse libstdc++'s <compare>, which the engine's headers include.
#ifndef Q_MOC_RUN
#include <cairn/engine/funding.h>
#endif

namespace cairn::app {

class PlanningSession;

/// What the client's budget limits (docs/planning-model.md, "Funding and out-of-pocket money"):
/// all the plan's money, or what the client pays after the funding sources. A choice is an
/// undoable profile edit, saved with the client. Without funding sources the two are the same,
/// so the choice is disabled and its tooltip says why. With a budget set, choosing what the
/// client pays also chooses the least-out-of-pocket objective, the one that plans such a budget.
class BudgetBasisCombo : public QComboBox {
    Q_OBJECT

public:
    explicit BudgetBasisCombo(PlanningSession* session, QWidget* parent = nullptr);

private:
#ifndef Q_MOC_RUN
    void choose(BudgetBasis basis);
#endif
    void load();

    PlanningSession* session_;
};

} // namespace cairn::app
