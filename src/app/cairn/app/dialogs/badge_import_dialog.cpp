#include "cairn/app/dialogs/badge_import_dialog.h"

#include "cairn/app/common/qt_convert.h"
#include "cairn/app/data/data_source.h"
#include "cairn/app/session/client_controller.h"
#include "cairn/app/session/planning_session.h"
#include "cairn/app/undo/badge_import_command.h"
#include "ui_badge_import_dialog.h"

#include <QComboBox>
#include <QHeaderView>
#include <QPushButton>
#include <QScreen>
#include <QSpinBox>
#include <algorithm>
#include <cairn/text/load_words.h>

namespace cairn::app {

using io::badges::Achievement;
using io::badges::AlignedSkill;
using io::badges::Match;

namespace {

QString day(const std::optional<Date>& d) {
    return d ? dateText(*d) : QString();
}

bool completed(const Profile& profile, const std::string& id) {
    return std::find(profile.completed.begin(), profile.completed.end(), id) != profile.completed.end();
}

BadgeImportDialog::State stateOf(const Match& m, const Profile& profile) {
    using State = BadgeImportDialog::State;
    if (m.by == Match::By::None && m.candidates.empty())
        return State::NoMatch;
    // Whichever credential of its name it is, an award that does not count needs no choosing.
    if (m.standing == Match::Standing::Revoked)
        return State::Revoked;
    if (m.standing == Match::Standing::Expired)
        return State::Expired;
    if (m.by == Match::By::None)
        return State::SeveralNamed;
    return completed(profile, m.credential) ? State::AlreadyCompleted : State::Added;
}

} // namespace

BadgeImportDialog::BadgeImportDialog(PlanningSession* session, const QStringList& files, Date today,
                                     ClientController* catalog, QWidget* parent)
    : QDialog(parent), ui_(std::make_unique<Ui::BadgeImportDialog>()), session_(session), catalog_(catalog) {
    ui_->setupUi(this);
    io::badges::BadgeReader reader;
    for (const QString& file : files)
        reader.addFile(file);
    read_ = reader.finish();
    matches_ = io::badges::matchAchievements(read_.achievements, session_->catalog(), today);
    chosen_.resize(matches_.size());
    toCatalog_.resize(matches_.size());

    ui_->introLabel->setText(
        tr("Cairn does not verify signatures: a proof is shown as carried, not as checked. Untick an achievement to "
           "leave it out; where several credentials have its name, choose the one it is."));
    auto* table = ui_->achievementTable;
    table->setColumnCount(ProofColumn + 1);
    table->setHorizontalHeaderLabels({tr("Achievement"), tr("In the catalog"), tr("Issuer"), tr("Format"), tr("Issued"),
                                      tr("Expires"), tr("Proof")});
    table->setRowCount(static_cast<int>(matches_.size()));
    for (int row = 0; row < table->rowCount(); ++row)
        fillRow(row);
    auto* header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    table->resizeColumnsToContents();
    // The facts take what they need (a name or an issuer at most a share of a small screen, the
    // full text in the tooltip); what it is to the catalog takes the rest, so the table never
    // scrolls sideways on a small screen.
    header->resizeSection(IssuerColumn, std::min(header->sectionSize(IssuerColumn), 150));
    header->resizeSection(NameColumn, std::min(header->sectionSize(NameColumn), 220));
    header->setStretchLastSection(false);
    header->setSectionResizeMode(CatalogColumn, QHeaderView::Stretch);
    fillSkills();
    fillFailures();
    ui_->errorLabel->hide();

    addButton_ = ui_->buttonBox->addButton(tr("&Add to profile"), QDialogButtonBox::AcceptRole);
    addButton_->setObjectName(QStringLiteral("addToProfileButton"));
    connect(ui_->buttonBox, &QDialogButtonBox::accepted, this, &BadgeImportDialog::accept);
    connect(ui_->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(table, &QTableWidget::itemChanged, this, &BadgeImportDialog::updateAddButton);
    connect(ui_->skillTable, &QTableWidget::itemChanged, this, &BadgeImportDialog::updateAddButton);
    updateAddButton();

    // Room for the rows, within a small screen (1024×700) and its panels.
    const QRect room = screen() ? screen()->availableGeometry() : QRect(0, 0, 1024, 700);
    resize(std::min(980, room.width() - 40), std::min(580, room.height() - 60));
}

BadgeImportDialog::~BadgeImportDialog() = default;

void BadgeImportDialog::fillRow(int row) {
    const Match& m = matches_[static_cast<std::size_t>(row)];
    const Achievement& a = read_.achievements[m.achievement];
    const Catalog& catalog = session_->catalog();
    auto* table = ui_->achievementTable;
    auto cell = [&](int column, const QString& text) {
        auto* item = new QTableWidgetItem(text);
        item->setToolTip(text);
        // Only a match that counts gets a box to untick (QTableWidgetItem offers one by default).
        item->setFlags(item->flags() & ~Qt::ItemIsUserCheckable);
        table->setItem(row, column, item);
        return item;
    };
    auto* name = cell(NameColumn, shown(a.name.isEmpty() ? a.id : a.name));
    name->setToolTip(a.path.isEmpty() ? a.file : QStringLiteral("%1 — %2").arg(a.file, a.path));
    cell(IssuerColumn, shown(a.issuer));
    cell(FormatColumn, a.format);
    cell(IssuedColumn, day(a.issued));
    cell(ExpiresColumn, day(a.expires));
    cell(ProofColumn, a.proof ? tr("carried") : QString())
        ->setToolTip(a.proof ? tr("The file carries a proof; Cairn does not verify it") : tr("No proof"));
    auto title = [&](const std::string& id) {
        const Credential* c = catalog.findCredential(id);
        return c ? shown(c->title) : qs(id);
    };
    const State s = stateOf(m, session_->profile());
    // The credential it is, or for one of several of its name, their title.
    const std::string matched = m.credential.empty() && !m.candidates.empty() ? m.candidates.front() : m.credential;
    QString what;
    switch (s) {
    case State::Added:
        what = m.by == Match::By::Alignment ? tr("Completed, by its alignment: “%1”").arg(title(matched))
               : m.by == Match::By::Added ? tr("Completed, as the credential added from it: “%1”").arg(title(matched))
                                          : tr("Completed, by its name: “%1”").arg(title(matched));
        break;
    case State::AlreadyCompleted:
        what = tr("Already completed: “%1”").arg(title(matched));
        break;
    case State::Expired:
        what = tr("Expired, does not count: “%1”").arg(title(matched));
        break;
    case State::Revoked:
        what = tr("Revoked, does not count: “%1”").arg(title(matched));
        break;
    case State::SeveralNamed:
        what =
            tr("%n credentials have this name: choose the one it is", nullptr, static_cast<int>(m.candidates.size()));
        break;
    case State::NoMatch:
        what = tr("No credential of the catalog");
        break;
    }
    auto* outcome = cell(CatalogColumn, what);
    outcome->setData(Qt::UserRole, static_cast<int>(s));
    if (m.counts()) {
        name->setFlags(name->flags() | Qt::ItemIsUserCheckable);
        name->setCheckState(Qt::Checked);
    }
    // Only an award that counts may become a completed credential of its own.
    if (s == State::NoMatch && catalog_ && m.standing == Match::Standing::Valid)
        offerToCatalog(row);
    if (s != State::SeveralNamed)
        return;
    outcome->setText(QString()); // the choice shows it
    auto* combo = new QComboBox(table);
    combo->setObjectName(QStringLiteral("candidateCombo%1").arg(row));
    combo->setToolTip(what);
    combo->setAccessibleName(what);
    combo->addItem(tr("None of the %n of this name", nullptr, static_cast<int>(m.candidates.size())));
    for (const auto& id : m.candidates)
        combo->addItem(tr("%1 (%2)").arg(title(id), qs(id)), qs(id));
    table->setCellWidget(row, CatalogColumn, combo);
    connect(combo, &QComboBox::currentIndexChanged, this, [this, row](int index) { chooseCandidate(row, index); });
}

void BadgeImportDialog::offerToCatalog(int row) {
    const Achievement& a = read_.achievements[matches_[static_cast<std::size_t>(row)].achievement];
    QTableWidgetItem* outcome = ui_->achievementTable->item(row, CatalogColumn);
    const QString what = outcome->text();
    outcome->setText(QString()); // the choice shows it
    auto* combo = new QComboBox(ui_->achievementTable);
    combo->setObjectName(QStringLiteral("toCatalogCombo%1").arg(row));
    combo->setAccessibleName(what);
    QString tip = tr("Adds “%1” to the catalog as a credential of %2, its cost and hours 0 and marked as "
                     "estimates, and marks it completed")
                      .arg(shown(a.name.isEmpty() ? a.id : a.name), shown(a.issuer));
    // As the credential editor says: from a catalog file, the edit lives in this window only.
    if (!catalog_->source()->keepsCatalogEdits())
        tip += QLatin1Char('\n') + tr("Kept in this window only; use File → Export catalog to keep it.");
    combo->setToolTip(tip);
    combo->addItem(tr("Not in the catalog: left out"));
    combo->addItem(tr("Add to the catalog, completed"));
    ui_->achievementTable->setCellWidget(row, CatalogColumn, combo);
    connect(combo, &QComboBox::currentIndexChanged, this, [this, row](int index) { chooseToCatalog(row, index); });
}

void BadgeImportDialog::chooseToCatalog(int row, int comboIndex) {
    toCatalog_[static_cast<std::size_t>(row)] = comboIndex == 1;
    setCounts(row, comboIndex == 1);
}

void BadgeImportDialog::chooseCandidate(int row, int comboIndex) {
    const auto at = static_cast<std::size_t>(row);
    auto* combo = qobject_cast<QComboBox*>(ui_->achievementTable->cellWidget(row, CatalogColumn));
    chosen_[at] = comboIndex > 0 && combo ? combo->itemData(comboIndex).toString().toStdString() : std::string();
    // A choice is ticked, like any other match that counts; "none" leaves the row out.
    setCounts(row, !chosen_[at].empty() && matches_[at].standing == Match::Standing::Valid);
}

void BadgeImportDialog::setCounts(int row, bool counts) {
    QTableWidgetItem* name = ui_->achievementTable->item(row, NameColumn);
    if (counts) {
        name->setFlags(name->flags() | Qt::ItemIsUserCheckable);
        name->setCheckState(Qt::Checked);
    } else {
        name->setFlags(name->flags() & ~Qt::ItemIsUserCheckable);
        name->setData(Qt::CheckStateRole, QVariant());
    }
}

void BadgeImportDialog::fillSkills() {
    // Each skill once, with the achievements that name it.
    std::vector<QStringList> namedBy;
    for (const Match& m : matches_) {
        const Achievement& a = read_.achievements[m.achievement];
        for (const AlignedSkill& s : m.skills) {
            auto at =
                std::find_if(skills_.begin(), skills_.end(), [&](const AlignedSkill& k) { return k.skill == s.skill; });
            if (at == skills_.end()) {
                skills_.push_back(s);
                namedBy.emplace_back();
                at = skills_.end() - 1;
            }
            QStringList& names = namedBy[static_cast<std::size_t>(at - skills_.begin())];
            if (const QString n = shown(a.name.isEmpty() ? a.id : a.name); !names.contains(n))
                names << n;
        }
    }
    auto* table = ui_->skillTable;
    const bool any = !skills_.empty();
    ui_->skillsLabel->setVisible(any);
    table->setVisible(any);
    ui_->skillsLabel->setText(
        tr("The achievements' alignments name these skills of the catalog. Tick those the learner holds, at the "
           "level they hold them (an alignment gives none); a skill held at a higher level keeps it."));
    table->setColumnCount(SkillLevelColumn + 1);
    table->setHorizontalHeaderLabels({tr("Skill"), tr("Named by"), tr("Held now"), tr("Level")});
    table->setRowCount(static_cast<int>(skills_.size()));
    for (int row = 0; row < table->rowCount(); ++row)
        fillSkillRow(row, namedBy[static_cast<std::size_t>(row)].join(QStringLiteral(", ")));
    table->resizeColumnsToContents();
    auto* header = table->horizontalHeader();
    header->resizeSection(SkillNameColumn, std::min(header->sectionSize(SkillNameColumn), 260));
    header->setSectionResizeMode(SkillSourceColumn, QHeaderView::Stretch);
}

void BadgeImportDialog::fillSkillRow(int row, const QString& namedBy) {
    auto* table = ui_->skillTable;
    const std::string& id = skills_[static_cast<std::size_t>(row)].skill;
    const Skill* skill = session_->catalog().findSkill(id);
    const QString skillName = skill ? shown(skill->name) : qs(id);
    auto* name = new QTableWidgetItem(skillName);
    name->setFlags((name->flags() | Qt::ItemIsUserCheckable) & ~Qt::ItemIsEditable);
    name->setCheckState(Qt::Unchecked); // until the person confirms it
    table->setItem(row, SkillNameColumn, name);
    auto* source = new QTableWidgetItem(namedBy);
    source->setToolTip(namedBy);
    table->setItem(row, SkillSourceColumn, source);
    const Profile& profile = session_->profile();
    const auto held =
        std::find_if(profile.skills.begin(), profile.skills.end(), [&](const SkillLevel& h) { return h.skill == id; });
    table->setItem(row, SkillHeldColumn,
                   new QTableWidgetItem(held == profile.skills.end() ? QString() : QString::number(held->level)));
    auto* level = new QSpinBox(table);
    level->setObjectName(QStringLiteral("skillLevelSpin%1").arg(row));
    level->setRange(kMinLevel, kMaxLevel);
    level->setValue(io::badges::kAlignedSkillLevel);
    level->setAccessibleName(tr("Level of %1").arg(skillName));
    table->setCellWidget(row, SkillLevelColumn, level);
}

void BadgeImportDialog::fillFailures() {
    for (const auto& e : read_.failures)
        ui_->failuresList->addItem(text::LoadWords().line(e));
    for (const auto& s : read_.skipped)
        ui_->failuresList->addItem(tr("Holds no achievement: %1").arg(text::LoadWords().line(s)));
    const bool any = ui_->failuresList->count() > 0;
    ui_->failuresLabel->setVisible(any);
    ui_->failuresList->setVisible(any);
}

int BadgeImportDialog::rowCount() const {
    return ui_->achievementTable->rowCount();
}

BadgeImportDialog::State BadgeImportDialog::state(int row) const {
    return static_cast<State>(ui_->achievementTable->item(row, CatalogColumn)->data(Qt::UserRole).toInt());
}

std::vector<Match> BadgeImportDialog::chosenMatches() const {
    std::vector<Match> out;
    for (int row = 0; row < rowCount(); ++row) {
        const QTableWidgetItem* name = ui_->achievementTable->item(row, NameColumn);
        if (!(name->flags() & Qt::ItemIsUserCheckable) || name->checkState() != Qt::Checked)
            continue;
        Match m = matches_[static_cast<std::size_t>(row)];
        if (m.by == Match::By::None && toCatalog_[static_cast<std::size_t>(row)]) {
            // Confirmed by the person: the credential made from it, added to the catalog first.
            m.credential = io::badges::addedId(read_.achievements[m.achievement]);
            m.by = Match::By::Added;
        } else if (m.by == Match::By::None) {
            // Confirmed by the person: the credential of that name they chose.
            m.credential = chosen_[static_cast<std::size_t>(row)];
            m.by = Match::By::Name;
            m.candidates.clear();
        }
        if (m.counts())
            out.push_back(std::move(m));
    }
    return out;
}

std::vector<Credential> BadgeImportDialog::newCredentials() const {
    std::vector<Credential> out;
    for (const Match& m : chosenMatches()) {
        const bool known =
            std::any_of(out.begin(), out.end(), [&](const Credential& c) { return c.id == m.credential; });
        if (m.by == Match::By::Added && !known && !session_->catalog().findCredential(m.credential))
            out.push_back(io::badges::credentialFrom(read_.achievements[m.achievement]));
    }
    return out;
}

std::vector<SkillLevel> BadgeImportDialog::chosenSkills() const {
    std::vector<SkillLevel> out;
    for (int row = 0; row < ui_->skillTable->rowCount(); ++row) {
        if (ui_->skillTable->item(row, SkillNameColumn)->checkState() != Qt::Checked)
            continue;
        const auto* level = qobject_cast<const QSpinBox*>(ui_->skillTable->cellWidget(row, SkillLevelColumn));
        out.push_back(
            {skills_[static_cast<std::size_t>(row)].skill, level ? level->value() : io::badges::kAlignedSkillLevel});
    }
    return out;
}

void BadgeImportDialog::updateAddButton() {
    if (addButton_)
        addButton_->setEnabled(!chosenMatches().empty() || !chosenSkills().empty());
}

void BadgeImportDialog::accept() {
    QString error;
    added_ = BadgeImportCommand::push(session_, catalog_, {chosenMatches(), newCredentials(), chosenSkills()},
                                      read_.achievements, &error);
    if (!error.isEmpty()) {
        ui_->errorLabel->setText(tr("Nothing was imported: %1").arg(error));
        ui_->errorLabel->show();
        return;
    }
    QDialog::accept();
}

} // namespace cairn::app
