#pragma once

#include "cairn/app/session/plan_change.h"
#include "cairn/app/session/plan_inputs.h"

// moc (Qt 6.4) cannot parse libstdc++'s <compare>, which the engine's date.h includes.
#ifndef Q_MOC_RUN
#include <cairn/engine/plan.h>
#endif

#include <QAbstractTableModel>
#include <QString>
#include <map>
#include <optional>
#include <vector>

namespace cairn::app {

class PlanningSession;

/// One what-if kept beside the others: a name, the question asked and the plan it gave.
struct Candidate {
    QString name;
    PlanInputs inputs;
    Plan plan;
    bool saved = false; ///< kept in the workspace as a plan version
};

/// The current client's candidate plans side by side, each compared with the one chosen as
/// the baseline: money, hours, completion, credits, and the credentials it adds or drops.
/// Candidates live for the session, one list per client; saving one keeps it as a plan version.
class CandidateSet : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Name, Money, Hours, Completion, Credits, Added, Removed, ColumnCount };

    explicit CandidateSet(PlanningSession* session, QObject* parent = nullptr);

    [[nodiscard]] const std::vector<Candidate>& candidates() const { return list().items; }
    [[nodiscard]] int size() const { return static_cast<int>(candidates().size()); }
    /// Index of the baseline candidate, -1 when there are none.
    [[nodiscard]] int baseline() const { return list().baseline; }

    /// Keeps the session's current plan and inputs as a candidate named `name` (or a name made
    /// from its objective and limits when empty). Returns its index; -1 when there is no plan
    /// that reaches the goal to keep, with `error` saying so.
    int capture(const QString& name = {}, QString* error = nullptr);
    void remove(int index);
    /// False when `name` is empty.
    bool rename(int index, const QString& name);
    void setBaseline(int index);
    /// The candidate is kept in the workspace now: closing the window loses nothing of it.
    void markSaved(int index);
    /// Candidates of every client that only the open window holds.
    [[nodiscard]] int unsavedCount() const;
    /// Makes the candidate's inputs the session's again (one undoable profile edit).
    void adopt(int index);

    /// The candidate at `index` compared with the baseline (this − baseline).
    [[nodiscard]] PlanChange difference(int index) const;
    /// A name for the session's inputs now: "Cheapest, by Jun 2027, without Bootcamp X".
    [[nodiscard]] QString suggestedName() const;

    // QAbstractTableModel
    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

signals:
    /// Candidates were added, removed, renamed or the baseline moved.
    void candidatesChanged();

private:
    struct List {
        std::vector<Candidate> items;
        int baseline = -1;
    };
    [[nodiscard]] const List& list() const;
    List& list();
    void switchClient();
    [[nodiscard]] QString uniqueName(const QString& wanted, int except) const;
    [[nodiscard]] QString cellText(int row, int column) const;

    PlanningSession* session_;
    std::map<QString, List> byClient_;
    QString client_;
};

} // namespace cairn::app
