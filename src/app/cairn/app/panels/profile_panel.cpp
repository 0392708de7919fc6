#include "cairn/app/panels/profile_panel.h"

#include "cairn/app/common/editor_ranges.h"
#include "cairn/app/common/flow_layout.h"
#include "cairn/app/common/qt_convert.h"
#include "cairn/app/dialogs/badge_import_dialog.h"
#include "cairn/app/models/funding_model.h"
#include "cairn/app/models/skill_level_model.h"
#include "cairn/app/panels/budget_basis_combo.h"
#include "cairn/app/session/planning_session.h"
#include "cairn/app/undo/credential_mark_command.h"
#include "cairn/app/undo/set_profile_value_command.h"
#include "cairn/app/undo/set_skill_level_command.h"
#include "ui_profile_panel.h"

#include <QComboBox>
#include <QCompleter>
#include <QFileDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QUndoStack>
#include <algorithm>

namespace cairn::app {

namespace {

/// The height that shows `rows` rows of `table` under its header, with a horizontal scroll bar.
int tableHeightFor(const QTableView* table, int rows) {
    return table->horizontalHeader()->sizeHint().height() + rows * table->verticalHeader()->defaultSectionSize() +
           table->horizontalScrollBar()->sizeHint().height() + 2 * table->frameWidth();
}

/// A funding source's kind and cap period are chosen from a list, by keyboard or mouse.
class FundingChoiceDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override {
        const QStringList choices = index.column() == FundingModel::KindColumn     ? FundingModel::kindNames()
                                    : index.column() == FundingModel::CapPerColumn ? FundingModel::capPerNames()
                                                                                   : QStringList();
        if (choices.isEmpty())
            return QStyledItemDelegate::createEditor(parent, option, index);
        auto* combo = new QComboBox(parent);
        combo->addItems(choices);
        return combo;
    }
    void setEditorData(QWidget* editor, const QModelIndex& index) const override {
        if (auto* combo = qobject_cast<QComboBox*>(editor))
            combo->setCurrentText(index.data(Qt::EditRole).toString());
        else
            QStyledItemDelegate::setEditorData(editor, index);
    }
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override {
        if (auto* combo = qobject_cast<QComboBox*>(editor))
            model->setData(index, combo->currentText());
        else
            QStyledItemDelegate::setModelData(editor, model, index);
    }
};

} // namespace

ProfilePanel::ProfilePanel(PlanningSession* session, QWidget* parent)
    : QWidget(parent), ui_(std::make_unique<Ui::ProfilePanel>()), session_(session),
      skills_(new SkillLevelModel(session, this)), skillFilter_(new QSortFilterProxyModel(this)),
      funding_(new FundingModel(session, this)) {
    ui_->setupUi(this);
    setUpFunding();
    // What the budget limits, under the budget it qualifies.
    auto* basis = new BudgetBasisCombo(session_, this);
    auto* basisLabel = new QLabel(tr("Budget li&mits"), this);
    basisLabel->setObjectName(QStringLiteral("budgetOnLabel"));
    basisLabel->setBuddy(basis);
    int budgetRow = 0;
    QFormLayout::ItemRole role{};
    ui_->formLayout->getWidgetPosition(ui_->budgetSpin, &budgetRow, &role);
    ui_->formLayout->insertRow(budgetRow + 1, basisLabel, basis);
    setTabOrder(ui_->budgetSpin, basis);
    setTabOrder(basis, ui_->hoursSpin);
    applyRange(ui_->hourlyValueSpin, limits::kHourlyValue);
    applyRange(ui_->budgetSpin, limits::kBudget);
    applyRange(ui_->hoursSpin, limits::kHoursPerWeek);
    applyRange(ui_->addLevelSpin, kMinLevel, kMaxLevel);
    applyDateRange(ui_->startEdit);
    applyDateRange(ui_->deadlineEdit);
    skillFilter_->setSourceModel(skills_);
    skillFilter_->setFilterKeyColumn(-1);
    skillFilter_->setFilterCaseSensitivity(Qt::CaseInsensitive);
    ui_->skillTable->setModel(skillFilter_);
    // Names get the room and levels what they need. The ESCO and O*NET codes start narrow (a
    // person can widen them): at their full length they left a name a dozen letters in a dock
    // of 350 pixels. Set again after every reset of the model, which drops per-section modes.
    auto sizeColumns = [this] {
        auto* header = ui_->skillTable->horizontalHeader();
        header->setStretchLastSection(false);
        header->setSectionResizeMode(QHeaderView::ResizeToContents);
        header->setSectionResizeMode(SkillLevelModel::SkillColumn, QHeaderView::Stretch);
        for (const int code : {SkillLevelModel::EscoColumn, SkillLevelModel::OnetColumn}) {
            header->setSectionResizeMode(code, QHeaderView::Interactive);
            header->resizeSection(code, fontMetrics().horizontalAdvance(QStringLiteral("0000000…")));
        }
    };
    sizeColumns();
    connect(skillFilter_, &QAbstractItemModel::modelReset, this, sizeColumns);
    ui_->skillTable->sortByColumn(SkillLevelModel::SkillColumn, Qt::AscendingOrder);
    // One line a row: wrapped, a name showed its first word and "..." ("Coach ..."), not as
    // much of it as fits.
    ui_->skillTable->setWordWrap(false);
    ui_->skillTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    ui_->addSkillCombo->setInsertPolicy(QComboBox::NoInsert);
    ui_->addSkillCombo->completer()->setFilterMode(Qt::MatchContains);
    ui_->addSkillCombo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    ui_->addSkillCombo->lineEdit()->setPlaceholderText(tr("Skill to add…"));
    // As narrow as the dock allows: sized to its longest skill name, the combo held the whole
    // panel wider than a laptop's dock.
    ui_->addSkillCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    ui_->addSkillCombo->setMinimumContentsLength(12);
    for (QWidget* row : {ui_->fundingButtons, ui_->completedButtons}) {
        auto* flow = new FlowLayout(row);
        flow->setContentsMargins({});
        for (auto* button : row->findChildren<QPushButton*>(Qt::FindDirectChildrenOnly))
            flow->addWidget(button);
    }

    connect(ui_->skillSearch, &QLineEdit::textChanged, skillFilter_, &QSortFilterProxyModel::setFilterFixedString);
    connect(ui_->nameEdit, &QLineEdit::editingFinished, this, [this] {
        if (ui_->nameEdit->text().toStdString() != session_->profile().name)
            session_->undoStack()->push(
                new SetProfileValueCommand(session_, SetProfileValueCommand::Field::Name, ui_->nameEdit->text()));
    });
    connect(ui_->hourlyValueSpin, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        if (value != session_->profile().hourlyValue)
            session_->undoStack()->push(
                new SetProfileValueCommand(session_, SetProfileValueCommand::Field::HourlyValue, value));
    });
    using Field = SetProfileValueCommand::Field;
    connect(ui_->budgetCheck, &QCheckBox::toggled, this, [this](bool on) {
        SetProfileValueCommand::pushIfChanged(session_, Field::Budget,
                                              on ? QVariant(ui_->budgetSpin->value()) : QVariant());
    });
    connect(ui_->budgetSpin, &QDoubleSpinBox::valueChanged, this,
            [this](double v) { SetProfileValueCommand::pushIfChanged(session_, Field::Budget, v); });
    connect(ui_->hoursSpin, &QDoubleSpinBox::valueChanged, this,
            [this](double v) { SetProfileValueCommand::pushIfChanged(session_, Field::HoursPerWeek, v); });
    connect(ui_->startEdit, &QDateEdit::dateChanged, this,
            [this](const QDate& d) { SetProfileValueCommand::pushIfChanged(session_, Field::Start, d); });
    connect(ui_->deadlineCheck, &QCheckBox::toggled, this, [this](bool on) {
        SetProfileValueCommand::pushIfChanged(session_, Field::Deadline,
                                              on ? QVariant(ui_->deadlineEdit->date()) : QVariant());
    });
    connect(ui_->deadlineEdit, &QDateEdit::dateChanged, this,
            [this](const QDate& d) { SetProfileValueCommand::pushIfChanged(session_, Field::Deadline, d); });
    connect(ui_->addSkillButton, &QPushButton::clicked, this, &ProfilePanel::addSkill);
    connect(ui_->addSkillCombo->lineEdit(), &QLineEdit::returnPressed, this, &ProfilePanel::addSkill);
    connect(ui_->removeSkillButton, &QPushButton::clicked, this, [this] {
        const QModelIndex index = ui_->skillTable->currentIndex();
        if (!index.isValid())
            return;
        const std::string id = index.data(SkillLevelModel::IdRole).toString().toStdString();
        session_->undoStack()->push(new SetSkillLevelCommand(session_, id, 0));
    });
    connect(ui_->uncompleteButton, &QPushButton::clicked, this, [this] {
        if (auto* item = ui_->completedList->currentItem())
            session_->undoStack()->push(new CredentialMarkCommand(
                session_, CredentialMark::Completed, item->data(Qt::UserRole).toString().toStdString(), false));
    });
    ui_->completedList->setWordWrap(true);
    ui_->completedList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Room for a few credentials with their dates, five skills and three funding sources: the
    // panel scrolls when the dock is short, where the tables had shrunk to a row each (1024×700).
    ui_->completedList->setMinimumHeight(fontMetrics().lineSpacing() * 8);
    ui_->skillTable->setMinimumHeight(tableHeightFor(ui_->skillTable, 5));
    ui_->fundingTable->setMinimumHeight(tableHeightFor(ui_->fundingTable, 3));
    connect(ui_->importBadgesButton, &QPushButton::clicked, this, &ProfilePanel::importBadges);
    connect(ui_->completedList, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { emit credentialClicked(item->data(Qt::UserRole).toString()); });
    connect(session_, &PlanningSession::profileChanged, this, &ProfilePanel::loadFromSession);
    connect(session_, &PlanningSession::catalogChanged, this, &ProfilePanel::fillSkillChoices);
    fillSkillChoices();
    loadFromSession();
}

ProfilePanel::~ProfilePanel() = default;

void ProfilePanel::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    // Labels beside their fields where every row fits so, above them all where not: a form
    // with one row wrapped and the next not reads as misaligned. The panel starts wrapped, so
    // that its scrolling dock takes the narrow form's width as its least (main_window.cpp).
    const auto policy = width() >= sideBySideWidth() ? QFormLayout::DontWrapRows : QFormLayout::WrapAllRows;
    if (ui_->formLayout->rowWrapPolicy() != policy)
        ui_->formLayout->setRowWrapPolicy(policy);
}

int ProfilePanel::sideBySideWidth() const {
    int label = 0;
    int field = 0;
    for (int row = 0; row < ui_->formLayout->rowCount(); ++row) {
        if (const QLayoutItem* item = ui_->formLayout->itemAt(row, QFormLayout::LabelRole))
            label = std::max(label, item->sizeHint().width());
        if (const QLayoutItem* item = ui_->formLayout->itemAt(row, QFormLayout::FieldRole))
            field = std::max(field, item->minimumSize().width());
    }
    const QMargins outer = ui_->mainLayout->contentsMargins();
    return outer.left() + label + ui_->formLayout->horizontalSpacing() + field + outer.right();
}

void ProfilePanel::setUpFunding() {
    ui_->fundingTable->setModel(funding_);
    ui_->fundingTable->setItemDelegate(new FundingChoiceDelegate(ui_->fundingTable));
    ui_->fundingTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    ui_->fundingTable->horizontalHeader()->setStretchLastSection(true);
    connect(ui_->addFundingButton, &QPushButton::clicked, this, [this] {
        const int row = funding_->addSource();
        if (row < 0)
            return;
        // Straight into its name: the new source is typed, not clicked through.
        const QModelIndex name = funding_->index(row, FundingModel::NameColumn);
        ui_->fundingTable->setCurrentIndex(name);
        ui_->fundingTable->setFocus();
        ui_->fundingTable->edit(name);
    });
    connect(ui_->removeFundingButton, &QPushButton::clicked, this, [this] {
        const QModelIndex index = ui_->fundingTable->currentIndex();
        if (index.isValid())
            funding_->removeSource(index.row());
    });
}

void ProfilePanel::fillSkillChoices() {
    const QSignalBlocker block(ui_->addSkillCombo);
    ui_->addSkillCombo->clear();
    std::vector<std::pair<QString, QString>> skills;
    for (const auto& s : session_->catalog().skills)
        skills.emplace_back(qs(s.name), qs(s.id));
    std::sort(skills.begin(), skills.end(),
              [](const auto& a, const auto& b) { return QString::localeAwareCompare(a.first, b.first) < 0; });
    for (const auto& [name, id] : skills)
        ui_->addSkillCombo->addItem(name, id);
    ui_->addSkillCombo->setCurrentIndex(-1);
    loadFromSession();
}

void ProfilePanel::addSkill() {
    const int index = ui_->addSkillCombo->findText(ui_->addSkillCombo->currentText(), Qt::MatchFixedString);
    if (index < 0)
        return;
    const std::string id = ui_->addSkillCombo->itemData(index).toString().toStdString();
    session_->undoStack()->push(new SetSkillLevelCommand(session_, id, ui_->addLevelSpin->value()));
    ui_->addSkillCombo->setCurrentIndex(-1);
    ui_->addSkillCombo->clearEditText();
}

void ProfilePanel::loadFromSession() {
    const Profile& p = session_->profile();
    if (!ui_->nameEdit->hasFocus())
        ui_->nameEdit->setText(qs(p.name));
    {
        const QSignalBlocker block(ui_->hourlyValueSpin);
        ui_->hourlyValueSpin->setPrefix(qs(session_->catalog().currency) + QLatin1Char(' '));
        ui_->hourlyValueSpin->setValue(p.hourlyValue);
    }
    {
        const QSignalBlocker b1(ui_->budgetCheck), b2(ui_->budgetSpin), b3(ui_->hoursSpin), b4(ui_->startEdit),
            b5(ui_->deadlineCheck), b6(ui_->deadlineEdit);
        ui_->budgetSpin->setPrefix(qs(session_->catalog().currency) + QLatin1Char(' '));
        ui_->budgetCheck->setChecked(p.budget.has_value());
        ui_->budgetSpin->setEnabled(p.budget.has_value());
        if (p.budget)
            ui_->budgetSpin->setValue(*p.budget);
        ui_->hoursSpin->setValue(p.hoursPerWeek);
        ui_->startEdit->setDate(toQDate(p.start));
        ui_->deadlineCheck->setChecked(p.deadline.has_value());
        ui_->deadlineEdit->setEnabled(p.deadline.has_value());
        ui_->deadlineEdit->setDate(p.deadline ? toQDate(*p.deadline) : toQDate(p.start).addYears(1));
    }
    const QString current = ui_->completedList->currentItem()
                                ? ui_->completedList->currentItem()->data(Qt::UserRole).toString()
                                : QString();
    ui_->completedList->clear();
    const std::vector<std::string> lapsed = lapsedOnStart(p);
    for (const auto& id : p.completed) {
        const bool gone = std::find(lapsed.begin(), lapsed.end(), id) != lapsed.end();
        auto* item = new QListWidgetItem(completedText(id, gone), ui_->completedList);
        item->setData(Qt::UserRole, qs(id));
        item->setToolTip(item->text());
        if (gone) {
            QFont font = item->font();
            font.setItalic(true);
            item->setFont(font);
        }
        if (qs(id) == current)
            ui_->completedList->setCurrentItem(item);
    }
    ui_->completedGroup->setTitle(tr("Credentials completed (%1)").arg(p.completed.size()));
    ui_->skillsGroup->setTitle(tr("Skills held (%1)").arg(p.skills.size()));
}

QString ProfilePanel::completedText(const std::string& id, bool lapsed) const {
    const Profile& p = session_->profile();
    const Credential* c = session_->catalog().findCredential(id);
    const QString title = c ? shown(c->title) : tr("%1 (not in this catalog)").arg(qs(id));
    QStringList parts;
    const auto dates = std::find_if(p.completedDates.begin(), p.completedDates.end(),
                                    [&](const CompletionDates& d) { return d.credential == id; });
    if (dates != p.completedDates.end()) {
        if (dates->earned)
            parts << tr("earned %1").arg(dateText(*dates->earned));
        // Expired before the plan starts: planning no longer counts it as held.
        if (lapsed && dates->expires)
            parts << tr("lapsed %1, before the plan starts").arg(dateText(*dates->expires));
        else if (dates->expires)
            parts << tr("valid until %1").arg(dateText(*dates->expires));
    }
    // The dates on a line of their own: the dock is narrow.
    return parts.isEmpty() ? title : title + QLatin1Char('\n') + parts.join(QStringLiteral(" · "));
}

void ProfilePanel::importBadges() {
    const QStringList files =
        QFileDialog::getOpenFileNames(this, tr("Import badges"), QString(), tr("Open Badges and CLR files (*.json)"));
    if (files.isEmpty())
        return;
    BadgeImportDialog dialog(session_, files, Date::today(), catalogEditor_, this);
    dialog.exec();
}

} // namespace cairn::app
