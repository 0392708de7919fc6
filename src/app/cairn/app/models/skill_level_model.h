#pragma once

#include "cairn/app/models/row_list_model.h"

#include <cairn/engine/skill.h>
#include <vector>

namespace cairn::app {

class PlanningSession;

/// The skills the client holds, with their levels and taxonomy codes. Editing a level pushes
/// an undoable command; level 0 removes the skill. An edit changes, adds or removes its row;
/// another client's skills reset the model.
class SkillLevelModel : public RowListModel {
    Q_OBJECT

public:
    enum Column { SkillColumn, LevelColumn, EscoColumn, OnetColumn, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit SkillLevelModel(PlanningSession* session, QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

private:
    PlanningSession* session_;
    std::vector<SkillLevel> skills_; ///< as the rows show them
};

} // namespace cairn::app
