#pragma once

#include <QDialog>

#ifndef Q_MOC_RUN
#include <cairn/engine/skill_goal.h>
#endif

class QLabel;
class QLayout;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace cairn::app {

class EscoLoader;

/// Goal → Edit own goal…: one of the client's own goals, to rename, to change the levels of its
/// skills, to leave skills out (unchecked), and to say how many of its optional skills it needs.
/// The skills are shown as the goal dialogs show them (GoalSkillsTable); with the ESCO data
/// (`esco`, may be null), a skill is added by its ESCO name as in Goal → From a job ad….
class OwnGoalDialog : public QDialog {
    Q_OBJECT

public:
    explicit OwnGoalDialog(SkillGoal goal, EscoLoader* esco = nullptr, QWidget* parent = nullptr);

    /// The goal as edited: its title, the checked skills at their levels, the optional ones needed.
    [[nodiscard]] SkillGoal goal() const;
    [[nodiscard]] QLineEdit* titleEdit() const { return title_; }
    [[nodiscard]] QTableWidget* skillTable() const { return table_; }
    [[nodiscard]] QSpinBox* optionalSpin() const { return optional_; }
    [[nodiscard]] QLineEdit* addEdit() const { return add_; }
    [[nodiscard]] QLabel* messageLabel() const { return message_; }

public slots:
    void accept() override;

private:
    void updateOptionalRange();
    /// The row that adds a skill by its ESCO name, enabled once the data is read.
    QLayout* makeAddRow(EscoLoader* esco);

    SkillGoal goal_;
    QLineEdit* title_;
    QTableWidget* table_;
    QSpinBox* optional_;
    QLabel* optionalOf_;
    QLabel* message_;
    QLineEdit* add_;
};

} // namespace cairn::app
