#include "cairn/app/goals/goal_skills_table.h"

#include <QCompleter>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QStringListModel>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <algorithm>
#include <cairn/io/esco_goal.h>

namespace cairn::app {

namespace {

enum Column { SkillColumn, WhatColumn, LevelColumn };
constexpr int kEscoRole = Qt::UserRole + 2;
constexpr int kEssentialRole = Qt::UserRole + 3;
constexpr int kOnetRole = Qt::UserRole + 4;

/// Levels are 1 to 5 (docs/formats.md, "Skill levels"); the editor allows nothing else.
class LevelDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const override {
        auto* spin = new QSpinBox(parent);
        spin->setRange(1, 5);
        spin->setFrame(false);
        return spin;
    }
};

} // namespace

void GoalSkillsTable::prepare(QTableWidget* table, const QString& secondColumn) {
    table->setColumnCount(3);
    table->setHorizontalHeaderLabels({tr("Skill"), secondColumn, tr("Level")});
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    table->setItemDelegateForColumn(LevelColumn, new LevelDelegate(table));
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(SkillColumn, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(WhatColumn, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(LevelColumn, QHeaderView::ResizeToContents);
    table->setRowCount(0);
}

void GoalSkillsTable::addRow(QTableWidget* table, const WantedSkill& skill, const QString& what) {
    const int row = table->rowCount();
    table->insertRow(row);
    auto* name = new QTableWidgetItem(QString::fromStdString(skill.label));
    name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    name->setCheckState(Qt::Checked);
    name->setData(kEscoRole, QString::fromStdString(skill.esco));
    name->setData(kEssentialRole, skill.essential);
    name->setData(kOnetRole, QString::fromStdString(skill.onet));
    name->setToolTip(QString::fromStdString(skill.esco.empty() ? skill.onet : skill.esco));
    auto* kind = new QTableWidgetItem(what);
    kind->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    auto* level = new QTableWidgetItem;
    level->setData(Qt::EditRole, std::clamp(skill.level, 1, 5));
    level->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable);
    table->setItem(row, SkillColumn, name);
    table->setItem(row, WhatColumn, kind);
    table->setItem(row, LevelColumn, level);
}

std::vector<WantedSkill> GoalSkillsTable::chosen(const QTableWidget* table) {
    std::vector<WantedSkill> out;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QTableWidgetItem* name = table->item(row, SkillColumn);
        if (name->checkState() != Qt::Checked)
            continue;
        WantedSkill w;
        w.esco = name->data(kEscoRole).toString().toStdString();
        w.label = name->text().toStdString();
        w.essential = name->data(kEssentialRole).toBool();
        w.onet = name->data(kOnetRole).toString().toStdString();
        w.level = std::clamp(table->item(row, LevelColumn)->data(Qt::EditRole).toInt(), 1, 5);
        out.push_back(std::move(w));
    }
    return out;
}

bool GoalSkillsTable::holds(const QTableWidget* table, const WantedSkill& skill) {
    const QString uri = QString::fromStdString(skill.esco);
    const QString onet = QString::fromStdString(skill.onet);
    for (int row = 0; row < table->rowCount(); ++row) {
        const QTableWidgetItem* name = table->item(row, SkillColumn);
        if ((!uri.isEmpty() && name->data(kEscoRole).toString() == uri) ||
            (!onet.isEmpty() && name->data(kOnetRole).toString() == onet))
            return true;
    }
    return false;
}

WantedSkill GoalSkillsTable::wanted(const io::EscoSkill& skill) {
    return WantedSkill{skill.uri(), skill.label(), io::GoalLevels{}.levelFor(skill), true, {}};
}

QCompleter* GoalSkillsTable::skillCompleter(const io::EscoData& data, QObject* parent) {
    QStringList labels;
    for (const io::EscoSkill& s : data.skills)
        labels << QString::fromStdString(s.label());
    auto* completer = new QCompleter(new QStringListModel(labels, parent), parent);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    return completer;
}

bool GoalSkillsTable::addByName(QTableWidget* table, const io::EscoData& data, QLineEdit* field, QLabel* message,
                                const QString& what) {
    const QString name = field->text().trimmed();
    if (name.isEmpty())
        return false;
    for (const io::EscoSkill& s : data.skills) {
        if (QString::fromStdString(s.label()).compare(name, Qt::CaseInsensitive) != 0)
            continue;
        if (!holds(table, wanted(s)))
            addRow(table, wanted(s), what);
        field->clear();
        message->clear();
        return true;
    }
    message->setText(tr("ESCO has no skill named “%1”; choose one of the names offered.").arg(name));
    return false;
}

bool GoalSkillsTable::readyToMake(QLineEdit* title, QTableWidget* table, QLabel* message) {
    if (title->text().trimmed().isEmpty()) {
        message->setText(tr("The goal needs a title."));
        title->setFocus();
        return false;
    }
    if (chosen(table).empty()) {
        message->setText(tr("Check at least one skill for the goal to ask for."));
        table->setFocus();
        return false;
    }
    return true;
}

} // namespace cairn::app
