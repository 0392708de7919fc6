#include "cairn/app/goals/own_goal_dialog.h"

#include "cairn/app/goals/esco_loader.h"
#include "cairn/app/goals/goal_skills_table.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace cairn::app {

OwnGoalDialog::OwnGoalDialog(SkillGoal goal, EscoLoader* esco, QWidget* parent)
    : QDialog(parent), goal_(std::move(goal)), title_(new QLineEdit(this)), table_(new QTableWidget(this)),
      optional_(new QSpinBox(this)), optionalOf_(new QLabel(this)), message_(new QLabel(this)),
      add_(new QLineEdit(this)) {
    setWindowTitle(tr("Edit own goal"));
    title_->setObjectName(QStringLiteral("ownGoalTitle"));
    title_->setText(QString::fromStdString(goal_.title));
    table_->setObjectName(QStringLiteral("ownGoalSkills"));
    optional_->setObjectName(QStringLiteral("ownGoalOptional"));
    message_->setWordWrap(true);

    GoalSkillsTable::prepare(table_, tr("Kind"));
    for (const WantedSkill& w : goal_.skills)
        GoalSkillsTable::addRow(table_, w, w.essential ? tr("essential") : tr("optional"));
    updateOptionalRange();
    optional_->setValue(goal_.optionalNeeded);
    connect(table_, &QTableWidget::itemChanged, this, &OwnGoalDialog::updateOptionalRange);

    auto* form = new QFormLayout;
    auto* titleLabel = new QLabel(tr("Goal &title"), this);
    titleLabel->setBuddy(title_);
    form->addRow(titleLabel, title_);
    auto* skillsLabel = new QLabel(tr("S&kills the goal asks for (uncheck those it should leave out; F2 changes a "
                                      "level)"),
                                   this);
    skillsLabel->setWordWrap(true);
    skillsLabel->setBuddy(table_);
    auto* optionalRow = new QHBoxLayout;
    auto* optionalLabel = new QLabel(tr("Optional skills &needed"), this);
    optionalLabel->setBuddy(optional_);
    optionalRow->addWidget(optionalLabel);
    optionalRow->addWidget(optional_);
    optionalRow->addWidget(optionalOf_);
    optionalRow->addStretch(1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save goal"));
    // Enter in the add field adds a skill; it must not also save the goal.
    for (QAbstractButton* b : buttons->buttons())
        if (auto* push = qobject_cast<QPushButton*>(b))
            push->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(skillsLabel);
    layout->addWidget(table_, 1);
    if (QLayout* addRow = makeAddRow(esco))
        layout->addLayout(addRow);
    else
        add_->hide();
    layout->addLayout(optionalRow);
    layout->addWidget(message_);
    layout->addWidget(buttons);
    // Room for a goal's skills, within a small screen (1024×700) and its panels.
    const QRect room = screen() ? screen()->availableGeometry() : QRect(0, 0, 1024, 700);
    resize(std::min(720, room.width() - 40), std::min(560, room.height() - 60));
}

QLayout* OwnGoalDialog::makeAddRow(EscoLoader* esco) {
    if (!esco)
        return nullptr;
    add_->setObjectName(QStringLiteral("ownGoalAdd"));
    add_->setPlaceholderText(tr("Type an ESCO skill's name, then Enter"));
    add_->setEnabled(false);
    auto* label = new QLabel(tr("&Add a skill"), this);
    label->setBuddy(add_);
    auto* row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(add_, 1);
    const auto ready = [this, esco] {
        if (add_->completer()) // another dialog asked for the data again
            return;
        add_->setCompleter(GoalSkillsTable::skillCompleter(*esco->data(), this));
        add_->setEnabled(true);
    };
    connect(esco, &EscoLoader::ready, this, ready);
    connect(esco, &EscoLoader::failed, message_, &QLabel::setText);
    connect(add_, &QLineEdit::returnPressed, this, [this, esco] {
        const auto data = esco->data();
        if (!data)
            return;
        {
            // The row is told of before it is whole: it is counted once complete.
            const QSignalBlocker quiet(table_);
            GoalSkillsTable::addByName(table_, *data, add_, message_, tr("added by name"));
        }
        updateOptionalRange();
    });
    esco->load();
    return row;
}

void OwnGoalDialog::updateOptionalRange() {
    const auto chosen = GoalSkillsTable::chosen(table_);
    const int optional = static_cast<int>(
        std::count_if(chosen.begin(), chosen.end(), [](const WantedSkill& w) { return !w.essential; }));
    optional_->setMaximum(optional);
    optionalOf_->setText(tr("of the optional skills checked: %1").arg(QLocale().toString(optional)));
}

SkillGoal OwnGoalDialog::goal() const {
    SkillGoal goal = goal_;
    goal.title = title_->text().trimmed().toStdString();
    goal.skills = GoalSkillsTable::chosen(table_);
    goal.optionalNeeded = optional_->value();
    return goal;
}

void OwnGoalDialog::accept() {
    if (!GoalSkillsTable::readyToMake(title_, table_, message_))
        return;
    QDialog::accept();
}

} // namespace cairn::app
