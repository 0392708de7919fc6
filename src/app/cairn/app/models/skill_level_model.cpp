#include "cairn/app/models/skill_level_model.h"

#include "cairn/app/common/qt_convert.h"
#include "cairn/app/session/planning_session.h"
#include "cairn/app/undo/set_skill_level_command.h"

#include <QUndoStack>

namespace cairn::app {

SkillLevelModel::SkillLevelModel(PlanningSession* session, QObject* parent)
    : QAbstractTableModel(parent), session_(session) {
    auto reset = [this] {
        beginResetModel();
        rows_ = static_cast<int>(session_->profile().skills.size());
        endResetModel();
    };
    // The profile is replaced as a whole by every edit, so the rows are reset as a whole.
    connect(session_, &PlanningSession::profileChanged, this, reset);
    connect(session_, &PlanningSession::catalogChanged, this, reset);
    rows_ = static_cast<int>(session_->profile().skills.size());
}

int SkillLevelModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : rows_;
}
int SkillLevelModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SkillLevelModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) ||
        index.row() >= static_cast<int>(session_->profile().skills.size()))
        return {};
    const SkillLevel& held = session_->profile().skills[static_cast<std::size_t>(index.row())];
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
        return QAbstractTableModel::headerData(section, orientation, role);
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
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
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
    const std::string skill = session_->profile().skills[static_cast<std::size_t>(index.row())].skill;
    session_->undoStack()->push(new SetSkillLevelCommand(session_, skill, level));
    return true;
}

} // namespace cairn::app
