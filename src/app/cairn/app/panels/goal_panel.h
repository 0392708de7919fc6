#pragma once

// moc (Qt 6.4) cannot parse libstdc++'s <compare>, which the engine's date.h includes.
#ifndef Q_MOC_RUN
#include "cairn/app/data/data_source.h"
#endif

#include <QWidget>
#include <memory>
#include <vector>

namespace Ui {
class GoalPanel;
}

namespace cairn::app {

class PlanningSession;

/// The bar across the top: which client, which goal (searchable), what to optimise for, and
/// the limits the plan must keep: budget, hours a week, start date and deadline.
class GoalPanel : public QWidget {
    Q_OBJECT

public:
    explicit GoalPanel(PlanningSession* session, QWidget* parent = nullptr);
    ~GoalPanel() override;

    /// Lists `clients` to choose from, `current` chosen. When `total` says there are more, the
    /// last item offers the caseload, where every client can be found by name.
    void setClients(const std::vector<ClientEntry>& clients, const QString& current, int total = 0);
    void setCurrentClient(const QString& clientId);
    void focusGoal();

signals:
    void clientChosen(const QString& clientId);
    /// The last item of a client list that does not hold every client was chosen.
    void moreClientsWanted();
    void newClientRequested();

private:
    void fillGoals();
    void showTitleStart();
    void loadProfile();
    void chooseGoalFromText();
    void showBudgetBasis();
    void pushValue(int field, const QVariant& value);

    std::unique_ptr<Ui::GoalPanel> ui_;
    PlanningSession* session_;
};

} // namespace cairn::app
