#include "cairn/app/panels/catalog_panel.h"

#include "cairn/app/common/qt_convert.h"
#include "cairn/app/common/status_style.h"
#include "cairn/app/models/credential_filter_model.h"
#include "cairn/app/models/credential_table_model.h"
#include "cairn/app/panels/credential_details.h"
#include "cairn/app/session/planning_session.h"
#include "ui_catalog_panel.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QScrollBar>
#include <set>

namespace cairn::app {

CatalogPanel::CatalogPanel(PlanningSession* session, QWidget* parent)
    : QWidget(parent), ui_(std::make_unique<Ui::CatalogPanel>()), session_(session),
      model_(new CredentialTableModel(session, this)), filter_(new CredentialFilterModel(this)) {
    ui_->setupUi(this);
    filter_->setSourceModel(model_);
    // When a filter removes the selected row, the table makes a neighbour current and selects
    // it: a row the person never chose. Connected before the table is, these run first and
    // keep the person's choice (or nothing) selected instead.
    auto changing = [this] { modelChanging_ = true; };
    connect(filter_, &QAbstractItemModel::rowsAboutToBeRemoved, this, changing);
    connect(filter_, &QAbstractItemModel::rowsAboutToBeInserted, this, changing);
    connect(filter_, &QAbstractItemModel::layoutAboutToBeChanged, this, changing);
    connect(filter_, &QAbstractItemModel::modelAboutToBeReset, this, changing);
    ui_->credentialTable->setModel(filter_);
    ui_->credentialTable->sortByColumn(CredentialTableModel::TitleColumn, Qt::AscendingOrder);
    auto* header = ui_->credentialTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    // Wide enough for the longest status name in the user's language ("Abgeschlossen").
    int statusWidth = 112;
    for (auto s :
         {CredentialStatus::Completed, CredentialStatus::Planned, CredentialStatus::Open, CredentialStatus::Locked})
        statusWidth = std::max(statusWidth, fontMetrics().horizontalAdvance(StatusStyle::name(s)) + 44);
    header->resizeSection(CredentialTableModel::StatusColumn, statusWidth);
    header->resizeSection(CredentialTableModel::TitleColumn, 190);
    header->resizeSection(CredentialTableModel::ProviderColumn, 110);
    header->resizeSection(CredentialTableModel::CostColumn, 64);
    header->resizeSection(CredentialTableModel::HoursColumn, 50);
    header->resizeSection(CredentialTableModel::PaceColumn, 110);
    // Uniform row heights keep a 10,000-row table fast to scroll and sort.
    ui_->credentialTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    ui_->credentialTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    ui_->splitter->setStretchFactor(0, 3);
    ui_->splitter->setStretchFactor(1, 2);

    ui_->statusFilter->addItem(tr("Any status"));
    for (auto s :
         {CredentialStatus::Completed, CredentialStatus::Planned, CredentialStatus::Open, CredentialStatus::Locked})
        ui_->statusFilter->addItem(StatusStyle::icon(s), StatusStyle::name(s), static_cast<int>(s));
    ui_->paceFilter->addItem(tr("Any pace"), static_cast<int>(CredentialFilterModel::Pace::Any));
    ui_->paceFilter->addItem(tr("Self-paced"), static_cast<int>(CredentialFilterModel::Pace::SelfPaced));
    ui_->paceFilter->addItem(tr("Cohort"), static_cast<int>(CredentialFilterModel::Pace::Cohort));

    connect(ui_->searchEdit, &QLineEdit::textChanged, this, &CatalogPanel::applyFilters);
    for (auto* combo : {ui_->skillFilter, ui_->providerFilter, ui_->statusFilter, ui_->paceFilter})
        connect(combo, &QComboBox::currentIndexChanged, this, &CatalogPanel::applyFilters);
    connect(ui_->maxCostFilter, &QDoubleSpinBox::valueChanged, this, &CatalogPanel::applyFilters);
    connect(ui_->maxHoursFilter, &QSpinBox::valueChanged, this, &CatalogPanel::applyFilters);
    // Only a selected row counts, so the actions never reach a row the person cannot see.
    auto* selection = ui_->credentialTable->selectionModel();
    connect(selection, &QItemSelectionModel::currentRowChanged, this, &CatalogPanel::announceCurrent);
    connect(selection, &QItemSelectionModel::selectionChanged, this, &CatalogPanel::announceCurrent);
    noMatch_ = new QLabel(this);
    noMatch_->setObjectName(QStringLiteral("noMatchLabel"));
    noMatch_->setWordWrap(true);
    noMatch_->setAlignment(Qt::AlignCenter);
    noMatch_->setTextInteractionFlags(Qt::TextBrowserInteraction);
    noMatch_->hide();
    ui_->mainLayout->insertWidget(ui_->mainLayout->indexOf(ui_->splitter), noMatch_);
    connect(noMatch_, &QLabel::linkActivated, this, &CatalogPanel::clearFilters);
    connect(ui_->credentialTable, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        if (!ui_->credentialTable->indexAt(pos).isValid())
            return;
        QMenu menu(this);
        menu.addActions(contextActions_);
        menu.exec(ui_->credentialTable->viewport()->mapToGlobal(pos));
    });
    auto rowsChanged = [this] {
        modelChanging_ = false;
        updateCount();
        keepChosen();
    };
    connect(filter_, &QAbstractItemModel::rowsInserted, this, rowsChanged);
    connect(filter_, &QAbstractItemModel::rowsRemoved, this, rowsChanged);
    connect(filter_, &QAbstractItemModel::modelReset, this, rowsChanged);
    connect(filter_, &QAbstractItemModel::layoutChanged, this, rowsChanged);
    connect(session_, &PlanningSession::catalogChanged, this, &CatalogPanel::fillFilterChoices);
    connect(session_, &PlanningSession::statusChanged, this, &CatalogPanel::showDetails);
    fillFilterChoices();
    updateCount();
}

CatalogPanel::~CatalogPanel() = default;

void CatalogPanel::setCredentialActions(QAction* completed, QAction* pin, QAction* exclude,
                                        const QList<QAction*>& more) {
    const std::pair<QPushButton*, QAction*> pairs[] = {
        {ui_->completedButton, completed}, {ui_->pinButton, pin}, {ui_->excludeButton, exclude}};
    for (const auto& pair : pairs) {
        QPushButton* button = pair.first;
        QAction* action = pair.second;
        connect(button, &QPushButton::clicked, action, &QAction::trigger);
        auto sync = [button, action] {
            button->setEnabled(action->isEnabled());
            const QSignalBlocker block(button);
            button->setChecked(action->isChecked());
        };
        connect(action, &QAction::changed, button, sync);
        sync();
    }
    contextActions_ = {completed, pin, exclude};
    contextActions_ += more;
}

QString CatalogPanel::currentCredential() const {
    const QModelIndex index = ui_->credentialTable->currentIndex();
    if (!index.isValid() || !ui_->credentialTable->selectionModel()->isRowSelected(index.row(), index.parent()))
        return {};
    return index.data(CredentialTableModel::IdRole).toString();
}

void CatalogPanel::keepChosen() {
    const int sourceRow = chosen_.isEmpty() ? -1 : model_->rowOf(chosen_);
    const QModelIndex index = sourceRow < 0
                                  ? QModelIndex()
                                  : filter_->mapFromSource(model_->index(sourceRow, CredentialTableModel::TitleColumn));
    auto* selection = ui_->credentialTable->selectionModel();
    {
        const QSignalBlocker block(selection);
        if (index.isValid()) {
            selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        } else {
            selection->clearSelection();
            selection->clearCurrentIndex();
        }
    }
    ui_->credentialTable->viewport()->update();
    announceCurrent();
}

void CatalogPanel::announceCurrent() {
    if (modelChanging_)
        return; // keepChosen() decides once the rows are in place
    const QString id = currentCredential();
    chosen_ = id;
    if (id == announced_)
        return;
    announced_ = id;
    showDetails();
    emit currentCredentialChanged(id);
}

void CatalogPanel::selectCredential(const QString& credentialId) {
    const int sourceRow = model_->rowOf(credentialId);
    if (sourceRow < 0)
        return;
    QModelIndex index = filter_->mapFromSource(model_->index(sourceRow, CredentialTableModel::TitleColumn));
    if (!index.isValid()) {
        clearFilters();
        index = filter_->mapFromSource(model_->index(sourceRow, CredentialTableModel::TitleColumn));
    }
    ui_->credentialTable->setCurrentIndex(index);
    ui_->credentialTable->scrollTo(index, QAbstractItemView::PositionAtCenter);
    // Keep the status column in sight: scrollTo also scrolls sideways to the title.
    ui_->credentialTable->horizontalScrollBar()->setValue(0);
}

void CatalogPanel::focusSearch() {
    ui_->searchEdit->setFocus(Qt::ShortcutFocusReason);
    ui_->searchEdit->selectAll();
}

void CatalogPanel::clearFilters() {
    const QSignalBlocker blocks[] = {QSignalBlocker(ui_->searchEdit),     QSignalBlocker(ui_->skillFilter),
                                     QSignalBlocker(ui_->providerFilter), QSignalBlocker(ui_->statusFilter),
                                     QSignalBlocker(ui_->paceFilter),     QSignalBlocker(ui_->maxCostFilter),
                                     QSignalBlocker(ui_->maxHoursFilter)};
    ui_->searchEdit->clear();
    for (auto* combo : {ui_->skillFilter, ui_->providerFilter, ui_->statusFilter, ui_->paceFilter})
        combo->setCurrentIndex(0);
    ui_->maxCostFilter->setValue(0);
    ui_->maxHoursFilter->setValue(0);
    applyFilters();
}

void CatalogPanel::fillFilterChoices() {
    const Catalog& catalog = session_->catalog();
    const QSignalBlocker b1(ui_->skillFilter), b2(ui_->providerFilter);
    ui_->skillFilter->clear();
    ui_->skillFilter->addItem(tr("Any skill"), QString());
    std::vector<std::pair<QString, QString>> skills;
    for (const auto& s : catalog.skills)
        skills.emplace_back(qs(s.name), qs(s.id));
    std::sort(skills.begin(), skills.end(),
              [](const auto& a, const auto& b) { return QString::localeAwareCompare(a.first, b.first) < 0; });
    for (const auto& [name, id] : skills)
        ui_->skillFilter->addItem(name, id);
    ui_->providerFilter->clear();
    ui_->providerFilter->addItem(tr("Any provider"), QString());
    std::set<QString> providers;
    for (const auto& c : catalog.credentials)
        if (!c.provider.empty())
            providers.insert(qs(c.provider));
    for (const auto& p : providers)
        ui_->providerFilter->addItem(p, p);
    applyFilters();
}

void CatalogPanel::applyFilters() {
    filter_->setSearchText(ui_->searchEdit->text());
    filter_->setSkill(ui_->skillFilter->currentData().toString());
    filter_->setProvider(ui_->providerFilter->currentData().toString());
    const QVariant status = ui_->statusFilter->currentData();
    filter_->setStatus(status.isValid() ? std::optional<int>(status.toInt()) : std::nullopt);
    filter_->setPace(static_cast<CredentialFilterModel::Pace>(ui_->paceFilter->currentData().toInt()));
    const double cost = ui_->maxCostFilter->value();
    filter_->setMaxCost(cost > 0 ? std::optional<double>(cost) : std::nullopt);
    const int hours = ui_->maxHoursFilter->value();
    filter_->setMaxHours(hours > 0 ? std::optional<double>(hours) : std::nullopt);
    updateCount();
}

void CatalogPanel::showDetails() {
    const QString id = currentCredential();
    if (id.isEmpty()) {
        ui_->detailView->clear();
        return;
    }
    const int scroll = ui_->detailView->verticalScrollBar()->value();
    ui_->detailView->setHtml(CredentialDetails::html(*session_, id.toStdString()));
    ui_->detailView->verticalScrollBar()->setValue(scroll);
}

void CatalogPanel::updateCount() {
    const int shown = filter_->rowCount();
    const int all = model_->rowCount();
    ui_->countLabel->setText(shown == all ? (all == 1 ? tr("1 credential") : tr("%L1 credentials").arg(all))
                                          : tr("%L1 of %L2 credentials").arg(shown).arg(all));
    const bool none = shown == 0 && all > 0;
    if (none) {
        const QString search = ui_->searchEdit->text().trimmed();
        const QString what =
            search.isEmpty() ? tr("No credentials match these filters.") : tr("No credentials match “%1”.").arg(search);
        noMatch_->setText(QStringLiteral("<p>%1</p><p><a href='clear'>%2</a></p>")
                              .arg(what.toHtmlEscaped(), tr("Clear the search and filters")));
    }
    noMatch_->setVisible(none);
}

} // namespace cairn::app
