#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QStackedWidget;
class QTableView;

namespace cairn::app {

class CandidateSet;
class ClientController;
class ParetoChart;
class PlanningSession;

/// The candidate plans of the current client side by side: keep the plan shown as a
/// candidate, compare each with a baseline, rename, remove, adopt one (its goal, objective and
/// limits come back) or save it to the workspace as the client's next plan version.
class CandidatesPanel : public QWidget {
    Q_OBJECT

public:
    CandidatesPanel(PlanningSession* session, ClientController* controller, QWidget* parent = nullptr);

    [[nodiscard]] CandidateSet* candidates() const { return candidates_; }
    [[nodiscard]] QTableView* table() const { return table_; }
    /// Keep as candidate (Ctrl+K); the window puts it in its Plan menu too.
    [[nodiscard]] QAction* captureAction() const { return capture_; }
    /// Shows the candidates on the cost-against-time chart; clicking one there adopts it.
    void attachChart(ParetoChart* chart);
    /// The selected candidate's row, -1 when none.
    [[nodiscard]] int selectedRow() const;
    void selectRow(int row);

public slots:
    /// Asks for a name (suggesting one) and keeps the current plan.
    void captureCurrent();
    void renameSelected();
    void removeSelected();
    void adoptSelected();
    void makeSelectedBaseline();
    /// Saves the selected candidate as the client's next plan version, titled with its name.
    void saveSelected();

signals:
    /// Something to show in the status bar.
    void message(const QString& text);
    /// A candidate was saved to the workspace as a plan version.
    void planSaved();

private:
    void updateActions();

    PlanningSession* session_;
    ClientController* controller_;
    CandidateSet* candidates_;
    QStackedWidget* stack_;
    QTableView* table_;
    QLabel* empty_;
    QAction* capture_;
    QAction* rename_;
    QAction* remove_;
    QAction* adopt_;
    QAction* baseline_;
    QAction* save_;
};

} // namespace cairn::app
