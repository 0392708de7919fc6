#pragma once

#include <QCoreApplication>
#include <QString>
#include <vector>

#ifndef Q_MOC_RUN
#include <cairn/engine/skill_goal.h>
#endif

class QCompleter;
class QLabel;
class QLineEdit;
class QObject;
class QTableWidget;

namespace cairn::io {
struct EscoData;
struct EscoSkill;
} // namespace cairn::io

namespace cairn::app {

/// The skills of a goal being made, one row each in a table of three columns: the skill
/// (checked when the goal asks for it), what it is (essential, optional, or the phrase of the
/// job ad that names it) and the level asked for, which F2 or a double click edits (1 to 5).
class GoalSkillsTable {
    Q_DECLARE_TR_FUNCTIONS(GoalSkillsTable)

public:
    /// Sets the headers and the level editor.
    static void prepare(QTableWidget* table, const QString& secondColumn);
    /// Adds a row for `skill`, checked; `what` fills the second column.
    static void addRow(QTableWidget* table, const WantedSkill& skill, const QString& what);
    /// The checked rows' skills, at the levels set.
    [[nodiscard]] static std::vector<WantedSkill> chosen(const QTableWidget* table);
    /// Whether a row already holds this skill: the same ESCO URI or the same O*NET technology.
    [[nodiscard]] static bool holds(const QTableWidget* table, const WantedSkill& skill);
    /// `skill` as a goal asks for it when the person picks it: essential, at the default level of
    /// its kind (io::GoalLevels).
    [[nodiscard]] static WantedSkill wanted(const io::EscoSkill& skill);
    /// A completer over the labels of ESCO's skills, for the field that adds a skill by its name.
    [[nodiscard]] static QCompleter* skillCompleter(const io::EscoData& data, QObject* parent);
    /// Adds the ESCO skill that `field` names (in any case) at its default level, as essential,
    /// unless a row holds it already, and clears the field; when ESCO has no skill of that name,
    /// says so in `message`. `what` fills the new row's second column.
    static bool addByName(QTableWidget* table, const io::EscoData& data, QLineEdit* field, QLabel* message,
                          const QString& what);
    /// Whether a goal with this title and these rows can be made; if not, says why in `message`
    /// and moves the focus to what needs the user. Both goal dialogs check the same two things.
    [[nodiscard]] static bool readyToMake(QLineEdit* title, QTableWidget* table, QLabel* message);
};

} // namespace cairn::app
