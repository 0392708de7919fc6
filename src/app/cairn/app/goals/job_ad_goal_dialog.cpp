#include "cairn/app/goals/job_ad_goal_dialog.h"

#include "cairn/app/goals/esco_loader.h"
#include "cairn/app/goals/goal_skills_table.h"
#include "ui_job_ad_goal_dialog.h"

#include <QCompleter>
#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QTableWidget>
#include <QTextBlock>
#include <algorithm>
#include <cairn/io/esco_goal.h>
#include <cairn/io/skill_matcher.h>

namespace cairn::app {

namespace {

/// How much of the ad is kept with the goal, to say where it came from.
constexpr qsizetype kExcerptChars = 300;

/// Marks the phrases found in the text, as a highlighter pen would.
void highlight(QPlainTextEdit* edit, const std::vector<io::SkillMention>& mentions) {
    QList<QTextEdit::ExtraSelection> marks;
    QTextCharFormat format;
    format.setBackground(QColor(255, 236, 140));
    format.setForeground(QColor(Qt::black));
    for (const io::SkillMention& m : mentions) {
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(edit->document());
        mark.cursor.setPosition(static_cast<int>(m.start));
        mark.cursor.setPosition(static_cast<int>(m.start + m.length), QTextCursor::KeepAnchor);
        mark.format = format;
        marks << mark;
    }
    edit->setExtraSelections(marks);
}

} // namespace

JobAdGoalDialog::JobAdGoalDialog(EscoLoader* esco, QWidget* parent)
    : QDialog(parent), ui_(std::make_unique<Ui::JobAdGoalDialog>()), esco_(esco) {
    ui_->setupUi(this);
    ui_->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Use as goal"));
    ui_->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);
    ui_->attributionLabel->setText(io::escoAttribution() + u'\n' + io::onetAttribution());
    ui_->splitter->setSizes({450, 450});
    ui_->titleEdit->setText(tr("Job from an ad"));
    GoalSkillsTable::prepare(ui_->skillTable, tr("Found as"));
    ui_->findButton->setEnabled(false);
    ui_->goalPane->setEnabled(false);
    connect(ui_->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(ui_->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(ui_->findButton, &QPushButton::clicked, this, &JobAdGoalDialog::findSkills);
    connect(ui_->addEdit, &QLineEdit::returnPressed, this, &JobAdGoalDialog::addSearchedSkill);
    // Enter in the add field adds a skill; it must not also press the default button.
    ui_->buttonBox->button(QDialogButtonBox::Ok)->setAutoDefault(false);
    ui_->findButton->setAutoDefault(false);
    connect(esco_, &EscoLoader::ready, this, &JobAdGoalDialog::escoReady);
    connect(esco_, &EscoLoader::failed, this, [this](const QString& why) {
        ui_->loadingBar->hide();
        ui_->loadingLabel->setText(why);
    });
    ui_->adEdit->setFocus();
    // Room for a goal's skills, within a small screen (1024×700) and its panels.
    const QRect room = screen() ? screen()->availableGeometry() : QRect(0, 0, 1024, 700);
    resize(std::min(920, room.width() - 40), std::min(620, room.height() - 60));
    esco_->load();
}

JobAdGoalDialog::~JobAdGoalDialog() = default;

void JobAdGoalDialog::setText(const QString& text) {
    ui_->adEdit->setPlainText(text);
}

void JobAdGoalDialog::escoReady() {
    ui_->loadingLabel->hide();
    ui_->loadingBar->hide();
    ui_->findButton->setEnabled(true);
    ui_->goalPane->setEnabled(true);
    completer_ = GoalSkillsTable::skillCompleter(*esco_->data(), this);
    ui_->addEdit->setCompleter(completer_);
}

void JobAdGoalDialog::findSkills() {
    const auto matcher = esco_->matcher();
    if (!matcher)
        return;
    const QString text = ui_->adEdit->toPlainText();
    ui_->adEdit->setExtraSelections({});
    if (text.trimmed().isEmpty()) {
        ui_->messageLabel->setText(tr("Paste the text of a job ad first."));
        ui_->adEdit->setFocus();
        return;
    }
    if (text.size() > io::kMaxMatchedChars) {
        ui_->messageLabel->setText(tr("The text is %1 characters long; Cairn reads job ads of up to %2 characters. "
                                      "Paste the ad alone.")
                                       .arg(QLocale().toString(static_cast<qlonglong>(text.size())),
                                            QLocale().toString(static_cast<qlonglong>(io::kMaxMatchedChars))));
        return;
    }
    const std::vector<io::SkillMention> mentions = matcher->find(text);
    highlight(ui_->adEdit, mentions);
    GoalSkillsTable::prepare(ui_->skillTable, tr("Found as"));
    for (const io::SkillMention& m : mentions) {
        // A phrase may name an ESCO skill, an O*NET technology or both.
        const WantedSkill skill = io::wantedSkill(*matcher, m);
        if (!GoalSkillsTable::holds(ui_->skillTable, skill))
            GoalSkillsTable::addRow(ui_->skillTable, skill, text.mid(m.start, m.length).simplified());
    }
    excerpt_ = text.simplified().left(kExcerptChars);
    const int found = ui_->skillTable->rowCount();
    // English has no plural forms without a translation loaded, so one is written apart.
    if (found == 0)
        ui_->messageLabel->setText(tr("No skill Cairn knows was found in this text. Add skills by name below."));
    else if (found == 1)
        ui_->messageLabel->setText(tr("Found 1 skill, marked in the text. Uncheck it if the ad does not ask for it."));
    else
        ui_->messageLabel->setText(tr("Found %1 skills, marked in the text. Uncheck any the ad does not ask for.")
                                       .arg(QLocale().toString(found)));
    ui_->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(found > 0);
    if (found == 0)
        ui_->addEdit->setFocus();
}

void JobAdGoalDialog::addSearchedSkill() {
    const auto data = esco_->data();
    if (data &&
        GoalSkillsTable::addByName(ui_->skillTable, *data, ui_->addEdit, ui_->messageLabel, tr("added by name")))
        ui_->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(true);
}

SkillGoal JobAdGoalDialog::goal() const {
    SkillGoal goal;
    goal.title = ui_->titleEdit->text().trimmed().toStdString();
    goal.skills = GoalSkillsTable::chosen(ui_->skillTable);
    if (!excerpt_.isEmpty())
        goal.description = tr("From a job ad: %1").arg(excerpt_).toStdString();
    return goal;
}

void JobAdGoalDialog::accept() {
    if (!GoalSkillsTable::readyToMake(ui_->titleEdit, ui_->skillTable, ui_->messageLabel))
        return;
    QDialog::accept();
}

} // namespace cairn::app
