#pragma once

#include "cairn/app/data/data_source.h"
#include "cairn/app/models/row_list_model.h"

#include <vector>

namespace cairn::app {

class ClientController;
class PlanningSession;

/// The advisor's caseload as a table: each client with their goal and where their latest saved
/// plan stands (status, completion date, money). Goals are named from the session's catalog.
class CaseloadModel : public RowListModel {
    Q_OBJECT

public:
    /// Owner, the advisor, is for a caseload that holds other advisors' clients (hasOwners()).
    enum Column { Name, Goal, Status, Completion, Money, Owner, ColumnCount };
    /// The client's id, on every cell.
    static constexpr int ClientIdRole = Qt::UserRole + 1;

    /// Clients read at a time: a screenful or two, however large the workspace.
    static constexpr int kPageSize = 200;

    explicit CaseloadModel(PlanningSession* session, QObject* parent = nullptr);

    /// Reads the caseload again from `source`, as many clients as are listed now (at least a
    /// page): a client added, removed or changed is a row inserted, removed or changed.
    void reload(DataSource& source);
    /// Lists only the clients whose name holds `text` (all when empty), read from `source` a
    /// page at a time.
    void setNameSearch(DataSource& source, const QString& text);
    [[nodiscard]] QString nameSearch() const { return search_; }
    /// How many clients the caseload (or the name search) holds, listed or not.
    [[nodiscard]] int total() const { return total_; }
    /// Whether some of them are not listed yet (fetchMore() reads the next page).
    [[nodiscard]] bool isPartial() const { return static_cast<int>(entries_.size()) < total_; }
    [[nodiscard]] const std::vector<CaseloadEntry>& entries() const { return entries_; }
    /// Whether the listed clients belong to more than one advisor: a manager's caseload, or an
    /// advisor's with clients shared with them. Never in a file, whose clients have no owner.
    [[nodiscard]] bool hasOwners() const;
    /// Row of the client with this id, -1 when not listed.
    [[nodiscard]] int rowOf(const QString& clientId) const;

    /// Gives `targetClientId` the inputs of the saved plan `planId` (goal, objective, budget,
    /// deadline, pins and excludes), keeping the rest of their profile, and switches the window
    /// to them so they are planned. A plan for a goal of its client's own gives another client
    /// that goal, as it was saved, as one of theirs (the same undo step). False with `error` set
    /// when the plan or client cannot be read.
    static bool applyTemplate(ClientController& controller, PlanningSession& session, const QString& planId,
                              const QString& targetClientId, QString* error);

    [[nodiscard]] bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] QString goalTitle(const std::string& goal) const;
    /// Makes the rows those of `page`, row by row (syncRows).
    void show(const CaseloadPage& page);

    PlanningSession* session_;
    DataSource* source_ = nullptr; ///< where the next page comes from, once reload() was called
    std::vector<CaseloadEntry> entries_;
    QString search_;
    int total_ = 0;
    bool syncing_ = false; ///< rows are going in or out: no page is fetched meanwhile
};

} // namespace cairn::app
