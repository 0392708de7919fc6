#include "cairn/app/models/skill_level_model.h"

#include "cairn/app/common/qt_convert.h"
#include "cairn/app/session/planning_session.h"
#include "cairn/app/undo/set_skill_level_command.h"

#include <QUndoStack>

namespace cairn::app {

SkillLevelModel::SkillLevelModel(PlanningSession* session, QObject* parent)
    : RowListModel(parent), session_(session), skills_(session->profile().skills) {
    connect(session_, &PlanningSession::clientChanged, this,
            [this] { resetRows(skills_, session_->profile().skills); });
    // The profile is replaced as a whole by every edit; the rows follow the skills it changed.
    connect(session_, &PlanningSession::profileChanged, this, [this] {
        syncRows(skills_, session_->profile().skills,
                 [](const SkillLevel& a, const SkillLevel& b) { return a.skill == b.skill; });
    });
    // Names, codes and descriptions come from the catalog.
    connect(session_, &PlanningSession::catalogChanged, this, [this] {
        if (!skills_.empty())
            rowsChanged(0, static_cast<int>(skills_.size()) - 1);
    });
}

int SkillLevelModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(skills_.size());
}
int SkillLevelModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SkillLevelModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const SkillLevel& held = skills_[static_cast<std::size_t>(index.row())];
    const Skill* skill = session_->catalog().findSkill(held.skill);
    if (role == IdRole)
        return qs(held.skill);
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case SkillColumn:
            return skill ? qs(skill->name) : qs(held.skill);
        case LevelColumn:
            return held.level;
        case EscoColumn:
            return skill ? qs(skill->esco).section(QLatin1Char('/'), -1) : QString();
        case OnetColumn:
            return skill ? qs(skill->onet) : QString();
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (!skill)
            return tr("This skill is not in the catalog.");
        if (index.column() == EscoColumn)
            return qs(skill->esco);
        return skill->description.empty() ? qs(skill->name) : qs(skill->description);
    }
    if (role == Qt::TextAlignmentRole && index.column() == LevelColumn)
        return Qt::AlignCenter;
    return {};
}

QVariant SkillLevelModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RowListModel::headerData(section, orientation, role);
    switch (section) {
    case SkillColumn:
        return tr("Skill");
    case LevelColumn:
        return tr("Level");
    case EscoColumn:
        return tr("ESCO");
    case OnetColumn:
        return tr("O*NET");
    default:
        return {};
    }
}

Qt::ItemFlags SkillLevelModel::flags(const QModelIndex& index) const {
    Qt::ItemFlags f = RowListModel::flags(index);
    if (index.isValid() && index.column() == LevelColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool SkillLevelModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !index.isValid() || index.column() != LevelColumn)
        return false;
    bool ok = false;
    const int level = value.toInt(&ok);
    if (!ok || level < 0 || level > kMaxLevel)
        return false;
    const std::string skill = skills_[static_cast<std::size_t>(index.row())].skill;
    session_->undoStack()->push(new SetSkillLevelCommand(session_, skill, level));
    return true;
}

} // namespace cairn::app
