#include "cairn/app/dialogs/badge_import_dialog.h"

#include "cairn/app/common/qt_convert.h"
#include "cairn/app/session/planning_session.h"
#include "cairn/app/undo/badge_import_command.h"
#include "ui_badge_import_dialog.h"

#include <QComboBox>
#include <QHeaderView>
#include <QPushButton>
#include <QScreen>
#include <algorithm>

namespace cairn::app {

using io::badges::Achievement;
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

BadgeImportDialog::BadgeImportDialog(PlanningSession* session, const QStringList& files, Date today, QWidget* parent)
    : QDialog(parent), ui_(std::make_unique<Ui::BadgeImportDialog>()), session_(session) {
    ui_->setupUi(this);
    io::badges::BadgeReader reader;
    for (const QString& file : files)
        reader.addFile(file);
    read_ = reader.finish();
    matches_ = io::badges::matchAchievements(read_.achievements, session_->catalog(), today);
    chosen_.resize(matches_.size());

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
    fillFailures();

    addButton_ = ui_->buttonBox->addButton(tr("&Add to profile"), QDialogButtonBox::AcceptRole);
    addButton_->setObjectName(QStringLiteral("addToProfileButton"));
    connect(ui_->buttonBox, &QDialogButtonBox::accepted, this, &BadgeImportDialog::accept);
    connect(ui_->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(table, &QTableWidget::itemChanged, this, &BadgeImportDialog::updateAddButton);
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

void BadgeImportDialog::chooseCandidate(int row, int comboIndex) {
    const auto at = static_cast<std::size_t>(row);
    auto* combo = qobject_cast<QComboBox*>(ui_->achievementTable->cellWidget(row, CatalogColumn));
    chosen_[at] = comboIndex > 0 && combo ? combo->itemData(comboIndex).toString().toStdString() : std::string();
    // A choice is ticked, like any other match that counts; "none" leaves the row out.
    QTableWidgetItem* name = ui_->achievementTable->item(row, NameColumn);
    const bool counts = !chosen_[at].empty() && matches_[at].standing == Match::Standing::Valid;
    if (counts) {
        name->setFlags(name->flags() | Qt::ItemIsUserCheckable);
        name->setCheckState(Qt::Checked);
    } else {
        name->setFlags(name->flags() & ~Qt::ItemIsUserCheckable);
        name->setData(Qt::CheckStateRole, QVariant());
    }
}

void BadgeImportDialog::fillFailures() {
    for (const auto& e : read_.failures)
        ui_->failuresList->addItem(e.toString());
    for (const QString& s : read_.skipped)
        ui_->failuresList->addItem(tr("Holds no achievement: %1").arg(s));
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
        if (m.by == Match::By::None) {
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

void BadgeImportDialog::updateAddButton() {
    if (addButton_)
        addButton_->setEnabled(!chosenMatches().empty());
}

void BadgeImportDialog::accept() {
    added_ = BadgeImportCommand::push(session_, chosenMatches(), read_.achievements);
    QDialog::accept();
}

} // namespace cairn::app
