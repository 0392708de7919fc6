#include "cairn/app/goals/occupation_goal_dialog.h"

#include "cairn/app/goals/esco_loader.h"
#include "cairn/app/goals/goal_skills_table.h"
#include "ui_occupation_goal_dialog.h"

#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QTableWidget>
#include <algorithm>
#include <cairn/io/esco_goal.h>
#include <cairn/io/onet_goal.h>
#include <cairn/io/skill_matcher.h>

namespace cairn::app {

namespace {
constexpr int kOccupationRole = Qt::UserRole + 1;
constexpr int kOnetRole = Qt::UserRole + 2; ///< whether the occupation is O*NET's (else ESCO's)

/// An occupation found in either source, ranked as searchOccupations ranks ESCO's (an O*NET title
/// counts as a preferred label), and its line in the list.
struct Found {
    int rank = 0;
    bool onet = false;
    int occupation = -1;
    QString text;
};
} // namespace

OccupationGoalDialog::OccupationGoalDialog(EscoLoader* esco, QWidget* parent)
    : QDialog(parent), ui_(std::make_unique<Ui::OccupationGoalDialog>()), esco_(esco) {
    ui_->setupUi(this);
    ui_->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Use as goal"));
    ui_->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);
    ui_->attributionLabel->setText(io::escoAttribution() + u'\n' + io::onetAttribution());
    ui_->splitter->setSizes({300, 600});
    GoalSkillsTable::prepare(ui_->skillTable, tr("In ESCO"));
    ui_->searchPane->setEnabled(false);
    ui_->goalPane->setEnabled(false);
    connect(ui_->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(ui_->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(ui_->searchEdit, &QLineEdit::textChanged, this, &OccupationGoalDialog::search);
    connect(ui_->occupationList, &QListWidget::currentItemChanged, this, &OccupationGoalDialog::showOccupation);
    connect(ui_->skillTable, &QTableWidget::itemChanged, this, &OccupationGoalDialog::updateOptionalRange);
    connect(esco_, &EscoLoader::ready, this, &OccupationGoalDialog::escoReady);
    connect(esco_, &EscoLoader::failed, this, [this](const QString& why) {
        ui_->loadingBar->hide();
        ui_->loadingLabel->setText(why);
    });
    // Room for a goal's skills, within a small screen (1024×700) and its panels.
    const QRect room = screen() ? screen()->availableGeometry() : QRect(0, 0, 1024, 700);
    resize(std::min(920, room.width() - 40), std::min(620, room.height() - 60));
    esco_->load();
}

OccupationGoalDialog::~OccupationGoalDialog() = default;

void OccupationGoalDialog::escoReady() {
    ui_->loadingLabel->hide();
    ui_->loadingBar->hide();
    ui_->searchPane->setEnabled(true);
    ui_->searchEdit->setFocus();
    search();
}

void OccupationGoalDialog::search() {
    const auto data = esco_->data();
    const auto onet = esco_->onet();
    if (!data || !onet)
        return;
    ui_->occupationList->clear();
    const QString query = ui_->searchEdit->text().trimmed();
    if (query.isEmpty()) {
        ui_->messageLabel->setText(
            tr("Type part of an occupation's name, as any of its ESCO labels or its O*NET title has it, or its ESCO "
               "or O*NET-SOC code: %1 occupations to choose from.")
                .arg(QLocale().toString(static_cast<int>(data->occupations.size() + onet->occupations.size()))));
        return;
    }
    std::vector<Found> found;
    for (const io::OccupationMatch& m : io::searchOccupations(*data, query)) {
        const io::EscoOccupation& o = data->occupations[static_cast<std::size_t>(m.occupation)];
        const QString preferred = QString::fromStdString(o.label());
        const QString matched = QString::fromStdString(m.label);
        QString text = preferred;
        if (matched.compare(preferred, Qt::CaseInsensitive) != 0)
            text = tr("%1 (as %2)").arg(preferred, matched);
        found.push_back({m.rank, false, m.occupation,
                         QStringLiteral("%1  ·  %2  ·  ESCO").arg(text, QString::fromStdString(o.code))});
    }
    for (const io::OnetOccupationMatch& m : io::searchOnetOccupations(*onet, query)) {
        const io::OnetOccupation& o = onet->occupations[static_cast<std::size_t>(m.occupation)];
        found.push_back({2 * m.rank, true, m.occupation,
                         QStringLiteral("%1  ·  %2  ·  O*NET")
                             .arg(QString::fromStdString(o.title), QString::fromStdString(o.code))});
    }
    std::stable_sort(found.begin(), found.end(), [](const Found& a, const Found& b) { return a.rank < b.rank; });
    for (const Found& f : found) {
        auto* item = new QListWidgetItem(f.text);
        item->setData(kOccupationRole, f.occupation);
        item->setData(kOnetRole, f.onet);
        ui_->occupationList->addItem(item);
    }
    ui_->messageLabel->setText(found.empty() ? tr("No ESCO or O*NET occupation has a label with all these words.")
                                             : QString());
    if (!found.empty())
        ui_->occupationList->setCurrentRow(0);
}

void OccupationGoalDialog::showOccupation() {
    const auto data = esco_->data();
    const QListWidgetItem* item = ui_->occupationList->currentItem();
    if (!data || !item) {
        ui_->goalPane->setEnabled(false);
        ui_->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);
        return;
    }
    const bool onet = item->data(kOnetRole).toBool();
    const int occupation = item->data(kOccupationRole).toInt();
    // The matcher, built on the loader's thread, already knows each technology's ESCO skill: a
    // pass over every ESCO label here would hold up the window at each occupation chosen.
    const auto matcher = esco_->matcher();
    shown_ = !onet                        ? io::goalFromOccupation(*data, occupation)
             : matcher && matcher->onet() ? io::goalFromOnetOccupation(*matcher, occupation)
                                          : io::goalFromOnetOccupation(*esco_->onet(), occupation, data.get());
    ui_->titleEdit->setText(QString::fromStdString(shown_.title));
    const QSignalBlocker quiet(ui_->skillTable);
    GoalSkillsTable::prepare(ui_->skillTable, onet ? tr("In O*NET") : tr("In ESCO"));
    for (const WantedSkill& w : shown_.skills) {
        const QString what =
            onet ? (w.essential ? tr("in demand") : tr("hot")) : (w.essential ? tr("essential") : tr("optional"));
        GoalSkillsTable::addRow(ui_->skillTable, w, what);
    }
    const bool any = !shown_.skills.empty();
    ui_->messageLabel->setText(any ? QString()
                                   : tr("O*NET marks no technology hot or in demand for this occupation, so a goal "
                                        "from it would ask for nothing. Choose another occupation."));
    ui_->goalPane->setEnabled(any);
    ui_->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(any);
    updateOptionalRange();
    ui_->optionalSpin->setValue(shown_.optionalNeeded);
}

void OccupationGoalDialog::updateOptionalRange() {
    const auto chosen = GoalSkillsTable::chosen(ui_->skillTable);
    const int optional = static_cast<int>(
        std::count_if(chosen.begin(), chosen.end(), [](const WantedSkill& w) { return !w.essential; }));
    ui_->optionalSpin->setMaximum(optional);
    ui_->optionalOfLabel->setText(tr("of the optional skills checked: %1").arg(QLocale().toString(optional)));
}

SkillGoal OccupationGoalDialog::goal() const {
    SkillGoal goal = shown_;
    goal.title = ui_->titleEdit->text().trimmed().toStdString();
    goal.skills = GoalSkillsTable::chosen(ui_->skillTable);
    goal.optionalNeeded = ui_->optionalSpin->value();
    return goal;
}

void OccupationGoalDialog::accept() {
    if (!GoalSkillsTable::readyToMake(ui_->titleEdit, ui_->skillTable, ui_->messageLabel))
        return;
    QDialog::accept();
}

} // namespace cairn::app
