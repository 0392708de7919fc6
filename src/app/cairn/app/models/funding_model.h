#pragma once

#include "cairn/app/models/row_list_model.h"

#include <cairn/engine/funding.h>
#include <vector>

namespace cairn::app {

class PlanningSession;

/// The client's funding sources, one row each in the order they pay: name, kind, share, cap,
/// what the cap is per, and what they cover. Editing a cell pushes an undoable command; a value
/// out of its range (docs/formats.md, "Funding source") is refused and the cell keeps its value.
/// An edit changes, adds or removes its row; another client's sources reset the model.
class FundingModel : public RowListModel {
    Q_OBJECT

public:
    enum Column { NameColumn, KindColumn, ShareColumn, CapColumn, CapPerColumn, CoversColumn, ColumnCount };

    explicit FundingModel(PlanningSession* session, QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    /// A new source after the others (an employer paying everything, named so that it is unique);
    /// returns its row.
    int addSource();
    void removeSource(int row);

    /// The words a kind or cap period is shown and chosen by, in the order of their enums.
    [[nodiscard]] static QStringList kindNames();
    [[nodiscard]] static QStringList capPerNames();

private:
    PlanningSession* session_;
    std::vector<FundingSource> sources_; ///< as the rows show them
};

} // namespace cairn::app
