#include "cairn/app/panels/caseload_panel.h"

#include "cairn/app/common/qt_convert.h"
#include "cairn/app/data/data_source.h"
#include "cairn/app/dialogs/saved_plan_window.h"
#include "cairn/app/models/caseload_model.h"
#include "cairn/app/session/client_controller.h"
#include "cairn/app/session/planning_session.h"

#include <QCheckBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QResizeEvent>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace cairn::app {

namespace {

/// The pause in typing after which a name search goes to the workspace.
constexpr int kSearchDelayMs = 250;

QString whenText(const QString& iso) {
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODateWithMs).toLocalTime();
    return at.isValid() ? QLocale().toString(at, QLocale::ShortFormat) : iso;
}

QLabel* heading(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

} // namespace

CaseloadPanel::CaseloadPanel(PlanningSession* session, ClientController* controller, QWidget* parent)
    : QWidget(parent), session_(session), controller_(controller), model_(new CaseloadModel(session, this)),
      filter_(new QSortFilterProxyModel(this)), search_(new QLineEdit(this)), searchDelay_(new QTimer(this)),
      count_(new QLabel(this)), table_(new QTableView(this)), clientTitle_(new QLabel(this)),
      history_(new QTreeWidget(this)), notes_(new QListWidget(this)), changes_(new QListWidget(this)),
      noteEdit_(new QLineEdit(this)), aboutPlan_(new QCheckBox(tr("About the chosen plan version"), this)),
      addNote_(new QPushButton(tr("Add note"), this)), open_(new QPushButton(tr("Open client"), this)),
      template_(new QPushButton(tr("Use as template for…"), this)),
      openVersion_(new QPushButton(tr("Open version"), this)) {
    setUpClientList();
    setUpHistory();
    setUpNotes();
    setUpChanges();
    layOut();
    connect(controller_, &ClientController::clientsChanged, this, [this] {
        stale_ = true;
        if (isVisible())
            refresh();
    });
    updateButtons();
}

void CaseloadPanel::setUpClientList() {
    search_->setObjectName(QStringLiteral("caseloadSearch"));
    search_->setPlaceholderText(tr("Search clients, goals and plan status"));
    search_->setClearButtonEnabled(true);
    filter_->setSourceModel(model_);
    filter_->setFilterKeyColumn(-1);
    filter_->setFilterCaseSensitivity(Qt::CaseInsensitive);
    filter_->setSortCaseSensitivity(Qt::CaseInsensitive);
    connect(search_, &QLineEdit::textChanged, this, &CaseloadPanel::search);
    // A search in the workspace waits for a pause in the typing, not one query per letter.
    searchDelay_->setSingleShot(true);
    searchDelay_->setInterval(kSearchDelayMs);
    connect(searchDelay_, &QTimer::timeout, this, &CaseloadPanel::searchNow);
    count_->setObjectName(QStringLiteral("caseloadCount"));
    count_->setWordWrap(true);
    count_->hide();
    connect(model_, &QAbstractItemModel::rowsInserted, this, &CaseloadPanel::updateCount);
    connect(model_, &QAbstractItemModel::rowsRemoved, this, &CaseloadPanel::updateCount);
    connect(model_, &QAbstractItemModel::modelReset, this, &CaseloadPanel::updateCount);
    // Enter in the search opens the chosen client, or the first one the search leaves.
    connect(search_, &QLineEdit::returnPressed, this, [this] {
        if (searchDelay_->isActive()) // typed just now: search before choosing
            searchNow();
        if (!table_->selectionModel()->hasSelection() && filter_->rowCount() > 0)
            table_->selectRow(0);
        openSelected();
    });

    table_->setObjectName(QStringLiteral("caseloadTable"));
    table_->setModel(filter_);
    table_->setSortingEnabled(true);
    table_->sortByColumn(CaseloadModel::Name, Qt::AscendingOrder);
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->setAlternatingRowColors(true);
    table_->setWordWrap(false);
    table_->verticalHeader()->hide();
    table_->verticalHeader()->setDefaultSectionSize(table_->fontMetrics().height() + 8);
    table_->horizontalHeader()->setSectionResizeMode(CaseloadModel::Name, QHeaderView::ResizeToContents);
    table_->horizontalHeader()->setSectionResizeMode(CaseloadModel::Goal, QHeaderView::Stretch);
    for (int c : {int(CaseloadModel::Status), int(CaseloadModel::Completion), int(CaseloadModel::Money),
                  int(CaseloadModel::Owner)})
        table_->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    connect(table_, &QTableView::activated, this, &CaseloadPanel::openSelected);
    connect(table_->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    showClient(current.data(CaseloadModel::ClientIdRole).toString());
            });

    open_->setObjectName(QStringLiteral("caseloadOpen"));
    open_->setToolTip(tr("Switch the window to this client (Enter or double-click)"));
    connect(open_, &QPushButton::clicked, this, &CaseloadPanel::openSelected);
}

void CaseloadPanel::focusSearch() {
    search_->setFocus(Qt::ShortcutFocusReason);
    search_->selectAll();
}

bool CaseloadPanel::searchesByName() const {
    // Decided by the size of the caseload, not by how much of it is listed: scrolling to its
    // end does not change what the search box does.
    return model_->total() > CaseloadModel::kPageSize || !model_->nameSearch().isEmpty();
}

void CaseloadPanel::search(const QString& text) {
    if (!searchesByName()) {
        filter_->setFilterFixedString(text);
        return;
    }
    filter_->setFilterFixedString({});
    searchDelay_->start();
}

void CaseloadPanel::searchNow() {
    searchDelay_->stop();
    model_->setNameSearch(*controller_->source(), search_->text().trimmed());
    updateCount();
}

void CaseloadPanel::updateCount() {
    // Whose clients they are matters only when they are not all one advisor's.
    table_->setColumnHidden(CaseloadModel::Owner, !model_->hasOwners());
    const bool byName = searchesByName();
    search_->setPlaceholderText(byName ? tr("Search clients by name") : tr("Search clients, goals and plan status"));
    const QString text = model_->nameSearch();
    // Every client listed (scrolled to the end) needs no word.
    count_->setVisible(byName && (model_->isPartial() || !text.isEmpty()));
    if (!count_->isVisibleTo(this))
        return;
    const QString listed = QLocale().toString(model_->rowCount());
    if (text.isEmpty())
        count_->setText(tr("Showing %1 of %Ln clients, by name. Scroll down for more, or type a name to search.",
                           nullptr, model_->total())
                            .arg(listed));
    else if (model_->isPartial())
        count_->setText(
            tr("Showing %1 of the %Ln clients whose name holds “%2”. Scroll down for more.", nullptr, model_->total())
                .arg(listed, text));
    else
        count_->setText(tr("Clients whose name holds “%1”: %Ln.", nullptr, model_->total()).arg(text));
}

void CaseloadPanel::setUpHistory() {
    clientTitle_->setObjectName(QStringLiteral("caseloadClientTitle"));
    QFont big = clientTitle_->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    clientTitle_->setFont(big);

    history_->setObjectName(QStringLiteral("caseloadHistory"));
    history_->setHeaderHidden(true);
    history_->setColumnCount(1);
    history_->setRootIsDecorated(true);
    history_->setUniformRowHeights(false);
    // A sentence wider than the pane ends in "…"; its tooltip has it whole.
    history_->setTextElideMode(Qt::ElideRight);
    history_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(history_, &QTreeWidget::currentItemChanged, this, &CaseloadPanel::updateButtons);
    // A double-click opens the version rather than folding its sentences away.
    history_->setExpandsOnDoubleClick(false);
    connect(history_, &QTreeWidget::itemActivated, this, &CaseloadPanel::openSelectedVersion);
    openVersion_->setObjectName(QStringLiteral("caseloadOpenVersion"));
    openVersion_->setToolTip(tr("Show this saved version: its plan, timeline and report, to export it or compare "
                                "it with the current plan (Enter or double-click)"));
    connect(openVersion_, &QPushButton::clicked, this, &CaseloadPanel::openSelectedVersion);
    template_->setObjectName(QStringLiteral("caseloadTemplate"));
    template_->setToolTip(tr("Give another client this plan's goal, objective, budget, deadline, pins and excludes; "
                             "their own skills and dates stay theirs"));
    connect(template_, &QPushButton::clicked, this, &CaseloadPanel::useAsTemplate);
}

void CaseloadPanel::setUpNotes() {
    notes_->setObjectName(QStringLiteral("caseloadNotes"));
    notes_->setWordWrap(true);
    notes_->setAlternatingRowColors(true);
    noteEdit_->setObjectName(QStringLiteral("caseloadNoteEdit"));
    noteEdit_->setPlaceholderText(tr("Write a note and press Enter"));
    aboutPlan_->setObjectName(QStringLiteral("caseloadNoteAboutPlan"));
    addNote_->setObjectName(QStringLiteral("caseloadAddNote"));
    connect(noteEdit_, &QLineEdit::returnPressed, this, &CaseloadPanel::addNote);
    connect(addNote_, &QPushButton::clicked, this, &CaseloadPanel::addNote);
    connect(noteEdit_, &QLineEdit::textChanged, this, &CaseloadPanel::updateButtons);
}

void CaseloadPanel::setUpChanges() {
    changes_->setObjectName(QStringLiteral("caseloadChanges"));
    changes_->setWordWrap(true);
    changes_->setAlternatingRowColors(true);
}

void CaseloadPanel::layOut() {
    // Above: the clients. Below: the chosen client's plan history beside their notes, or, when
    // the panel is too narrow for both side by side, the two as tabs (arrangeDetails).
    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(search_, 1);
    searchRow->addWidget(open_);
    topLayout->addLayout(searchRow);
    topLayout->addWidget(count_);
    topLayout->addWidget(table_, 1);

    historyBox_ = new QWidget(this);
    auto* historyLayout = new QVBoxLayout(historyBox_);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    auto* historyRow = new QHBoxLayout;
    historyHeading_ = heading(tr("Plan history"), historyBox_);
    historyRow->addWidget(historyHeading_, 1);
    historyRow->addWidget(openVersion_);
    historyRow->addWidget(template_);
    historyLayout->addLayout(historyRow);
    historyLayout->addWidget(history_, 1);

    notesBox_ = new QWidget(this);
    auto* notesLayout = new QVBoxLayout(notesBox_);
    notesLayout->setContentsMargins(0, 0, 0, 0);
    notesHeading_ = heading(tr("Notes"), notesBox_);
    notesHeading_->setMinimumHeight(template_->sizeHint().height());
    notesLayout->addWidget(notesHeading_);
    notesLayout->addWidget(notes_, 1);
    notesLayout->addWidget(noteEdit_);
    auto* noteRow = new QHBoxLayout;
    noteRow->addWidget(aboutPlan_, 1);
    noteRow->addWidget(addNote_);
    notesLayout->addLayout(noteRow);

    changesBox_ = new QWidget(this);
    auto* changesLayout = new QVBoxLayout(changesBox_);
    changesLayout->setContentsMargins(0, 0, 0, 0);
    changesHeading_ = heading(tr("Changes"), changesBox_);
    changesHeading_->setMinimumHeight(template_->sizeHint().height());
    changesHeading_->setToolTip(tr("Who changed what about the client, their plans and notes, and when."));
    changesLayout->addWidget(changesHeading_);
    changesLayout->addWidget(changes_, 1);

    details_ = new QSplitter(Qt::Horizontal, this);
    details_->setObjectName(QStringLiteral("caseloadDetailsSplitter"));
    details_->setChildrenCollapsible(false);
    detailsTabs_ = new QTabWidget(this);
    detailsTabs_->setObjectName(QStringLiteral("caseloadDetailsTabs"));
    detailsTabs_->setDocumentMode(true);
    auto* bottom = new QWidget(this);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 4, 0, 0);
    bottomLayout->addWidget(clientTitle_);
    bottomLayout->addWidget(details_, 1);
    bottomLayout->addWidget(detailsTabs_, 1);
    sideBySide_ = false; // so that the first arrangement places the boxes
    arrangeDetails(true);

    // A list's default minimum is about five lines. In the tabs, the notes' page adds its
    // editor and its row of buttons to that, and the splitter cannot make the part below
    // smaller than its largest page: on a laptop's 700 pixels that left the clients three rows.
    // Three lines a list are enough to scroll.
    const int threeLines = 3 * fontMetrics().lineSpacing() + 2 * notes_->frameWidth();
    history_->setMinimumHeight(threeLines);
    notes_->setMinimumHeight(threeLines);
    changes_->setMinimumHeight(threeLines);

    split_ = new QSplitter(Qt::Vertical, this);
    split_->setObjectName(QStringLiteral("caseloadSplitter"));
    split_->setChildrenCollapsible(false);
    split_->addWidget(top);
    split_->addWidget(bottom);
    // The list of clients is what an advisor scans: it gets the larger share, where the
    // splitter would split by the parts' size hints (sizes are weights until it is laid out).
    split_->setStretchFactor(0, 3);
    split_->setStretchFactor(1, 2);
    split_->setSizes({3000, 2000});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(split_);
}

int CaseloadPanel::sideBySideWidth() const {
    // Measured from the parts, not the boxes: in the tabs the boxes' headings are hidden.
    const int gap = 6;
    const int historyRow = historyHeading_->sizeHint().width() + openVersion_->sizeHint().width() +
                           template_->sizeHint().width() + 2 * gap;
    const int notesRow = std::max(aboutPlan_->sizeHint().width() + addNote_->sizeHint().width() + gap,
                                  notesHeading_->sizeHint().width());
    // The changes' sentences wrap; a third of a line of them is as narrow as they read well.
    const int changesRow = std::max(changesHeading_->sizeHint().width(), fontMetrics().averageCharWidth() * 30);
    return historyRow + notesRow + changesRow + 2 * details_->handleWidth() + 12; // and the panel's margins
}

void CaseloadPanel::arrangeDetails(bool sideBySide) {
    if (sideBySide == sideBySide_)
        return;
    sideBySide_ = sideBySide;
    // The headings name the boxes beside each other; as tabs, the tabs name them.
    historyHeading_->setVisible(sideBySide);
    notesHeading_->setVisible(sideBySide);
    changesHeading_->setVisible(sideBySide);
    if (sideBySide) {
        detailsTabs_->clear();
        details_->addWidget(historyBox_);
        details_->addWidget(notesBox_);
        details_->addWidget(changesBox_);
        // A tab that was not the current one is hidden, and a splitter keeps it so.
        historyBox_->show();
        notesBox_->show();
        changesBox_->show();
        details_->setStretchFactor(0, 3);
        details_->setStretchFactor(1, 2);
        details_->setStretchFactor(2, 2);
    } else {
        detailsTabs_->addTab(historyBox_, tr("Plan history"));
        detailsTabs_->addTab(notesBox_, tr("Notes"));
        detailsTabs_->addTab(changesBox_, tr("Changes"));
    }
    details_->setVisible(sideBySide);
    detailsTabs_->setVisible(!sideBySide);
}

void CaseloadPanel::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    arrangeForWidth();
}

bool CaseloadPanel::event(QEvent* event) {
    // In a scroll area the panel is never narrower than its minimum, so its own width cannot
    // tell when the side-by-side boxes stopped fitting: the viewport it sits in can.
    if (event->type() == QEvent::ParentChange && parentWidget())
        parentWidget()->installEventFilter(this);
    return QWidget::event(event);
}

bool CaseloadPanel::eventFilter(QObject* watched, QEvent* event) {
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        arrangeForWidth();
    return QWidget::eventFilter(watched, event);
}

void CaseloadPanel::arrangeForWidth() {
    const int available = parentWidget() ? std::min(width(), parentWidget()->width()) : width();
    arrangeDetails(available >= sideBySideWidth());
}

void CaseloadPanel::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);

    if (stale_)
        refresh();
}

void CaseloadPanel::refresh() {
    stale_ = false;
    const QString keep = shown_.isEmpty() ? session_->clientId() : shown_;
    model_->reload(*controller_->source());
    updateCount();
    if (model_->rowOf(keep) >= 0)
        showClient(keep);
    else if (model_->rowCount() > 0)
        showClient(model_->entries().front().id);
    else
        showClient({});
}

void CaseloadPanel::showClient(const QString& clientId) {
    shown_ = clientId;
    const int row = model_->rowOf(clientId);
    if (row >= 0) {
        const QModelIndex at = filter_->mapFromSource(model_->index(row, 0));
        if (at.isValid() && table_->currentIndex().row() != at.row())
            table_->setCurrentIndex(at);
        clientTitle_->setText(model_->entries()[std::size_t(row)].name);
    } else {
        clientTitle_->setText(tr("No client chosen"));
    }
    fillHistory();
    fillNotes();
    fillChanges();
    updateButtons();
}

void CaseloadPanel::fillHistory() {
    history_->clear();
    if (shown_.isEmpty())
        return;
    const auto versions = controller_->source()->planHistory(shown_, session_->catalog());
    const std::string currency = shownCurrency();
    if (versions.empty()) {
        // Short lines: the pane may be narrow.
        const QStringList lines =
            controller_->source()->keepsPlans()
                ? QStringList{tr("No saved plans yet."), tr("Keep a candidate, then save it to the workspace.")}
                : QStringList{tr("Plan history is kept in a workspace."), tr("This window works from files.")};
        for (const QString& line : lines) {
            auto* none = new QTreeWidgetItem(history_);
            none->setText(0, line);
            none->setToolTip(0, lines.join(QLatin1Char(' ')));
            none->setFlags(Qt::ItemIsEnabled);
            none->setForeground(0, palette().brush(QPalette::PlaceholderText));
        }
        return;
    }
    for (const auto& v : versions) {
        auto* item = new QTreeWidgetItem(history_);
        item->setData(0, Qt::UserRole, v.id);
        const QString status = v.status == PlanStatus::Optimal    ? tr("optimal")
                               : v.status == PlanStatus::Feasible ? tr("feasible")
                               : v.status == PlanStatus::Unknown  ? tr("no plan found in time")
                                                                  : tr("goal out of reach");
        const QString title = v.title.isEmpty() ? tr("Version %1").arg(v.version)
                                                : tr("Version %1: %2").arg(v.version).arg(shown(v.title));
        // Two short lines read better in a narrow pane than one long one.
        const QString facts =
            !hasPlan(v.status) ? tr("Saved %1\n%2").arg(whenText(v.savedAt), status)
                               : tr("Saved %1\n%2: %3, done by %4")
                                     .arg(whenText(v.savedAt), status, money(v.cost, currency), dateText(v.completion));
        item->setText(0, title);
        item->setData(0, Qt::UserRole + 1, facts);
        item->setToolTip(0, facts + QLatin1Char('\n') + tr("Enter or double-click shows this version."));
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        auto* factsItem = new QTreeWidgetItem(item);
        factsItem->setText(0, facts);
        factsItem->setFlags(Qt::ItemIsEnabled);
        factsItem->setForeground(0, palette().brush(QPalette::PlaceholderText));
        if (!v.note.isEmpty()) {
            auto* note = new QTreeWidgetItem(item);
            note->setText(0, tr("Note: %1").arg(shown(v.note)));
            note->setToolTip(0, v.note);
            note->setFlags(Qt::ItemIsEnabled);
            QFont italic = note->font(0);
            italic.setItalic(true);
            note->setFont(0, italic);
        }
        const QStringList changes = v.changes.isEmpty() ? QStringList{tr("The first saved version.")} : v.changes;
        // One sentence a line: each wraps on its own in a narrow pane.
        for (const QString& sentence : changes) {
            auto* what = new QTreeWidgetItem(item);
            what->setText(0, sentence);
            what->setToolTip(0, sentence);
            what->setFlags(Qt::ItemIsEnabled);
        }
        item->setExpanded(true);
    }
}

void CaseloadPanel::fillNotes() {
    notes_->clear();
    if (shown_.isEmpty())
        return;
    const auto notes = controller_->source()->notes(shown_);
    if (notes.empty()) {
        auto* none = new QListWidgetItem(controller_->source()->keepsPlans()
                                             ? tr("No notes yet.")
                                             : tr("Notes are kept in a workspace; this window works from files."),
                                         notes_);
        none->setFlags(Qt::NoItemFlags);
        return;
    }
    for (const auto& n : notes) {
        const QString when = whenText(n.createdAt);
        auto* item = new QListWidgetItem(n.planVersion > 0
                                             ? tr("%1, about version %2: %3").arg(when).arg(n.planVersion).arg(n.text)
                                             : tr("%1: %2").arg(when, n.text),
                                         notes_);
        item->setData(Qt::UserRole, n.id);
        item->setData(Qt::UserRole + 1, n.createdAt);
    }
}

std::string CaseloadPanel::shownCurrency() const {
    const int row = model_->rowOf(shown_);
    return row >= 0 && !model_->entries()[std::size_t(row)].currency.empty()
               ? model_->entries()[std::size_t(row)].currency
               : session_->catalog().currency;
}

void CaseloadPanel::fillChanges() {
    changes_->clear();
    if (shown_.isEmpty())
        return;
    const auto changes = controller_->source()->changes(shown_, shownCurrency());
    if (changes.empty()) {
        auto* none = new QListWidgetItem(controller_->source()->keepsPlans()
                                             ? tr("No recorded changes yet.")
                                             : tr("Changes are recorded in a workspace; this window works from files."),
                                         changes_);
        none->setFlags(Qt::NoItemFlags);
        return;
    }
    for (const auto& c : changes) {
        auto* item = new QListWidgetItem(tr("%1, %2:\n%3").arg(c.when, c.who, c.what), changes_);
        item->setToolTip(c.what);
    }
}

QString CaseloadPanel::selectedPlan() const {
    const QTreeWidgetItem* item = history_->currentItem();
    while (item && item->parent())
        item = item->parent();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

void CaseloadPanel::updateButtons() {
    const bool client = !shown_.isEmpty();
    const bool keeps = controller_->source()->keepsPlans();
    open_->setEnabled(client && shown_ != session_->clientId());
    template_->setEnabled(keeps && !selectedPlan().isEmpty() && model_->rowCount() > 1);
    openVersion_->setEnabled(keeps && !selectedPlan().isEmpty());
    aboutPlan_->setEnabled(keeps && !selectedPlan().isEmpty());
    noteEdit_->setEnabled(client && keeps);
    addNote_->setEnabled(client && keeps && !noteEdit_->text().trimmed().isEmpty());
}

void CaseloadPanel::openSelected() {
    if (shown_.isEmpty() || shown_ == session_->clientId())
        return;
    const QString id = shown_;
    QString error;
    if (!controller_->selectClient(id, &error)) {
        QMessageBox::warning(this, tr("Open client"), error);
        return;
    }
    emit clientOpened(id);
}

void CaseloadPanel::addNote() {
    const QString text = noteEdit_->text().trimmed();
    if (shown_.isEmpty() || text.isEmpty())
        return;
    const QString plan = aboutPlan_->isChecked() ? selectedPlan() : QString();
    if (const QString e = controller_->source()->addNote(shown_, text, plan); !e.isEmpty()) {
        QMessageBox::warning(this, tr("Add note"), e);
        return;
    }
    noteEdit_->clear();
    fillNotes();
    fillChanges();
}

void CaseloadPanel::useAsTemplate() {
    if (selectedPlan().isEmpty())
        return;
    QStringList names;
    QStringList ids;
    for (const auto& e : model_->entries())
        if (e.id != shown_) {
            names << e.name;
            ids << e.id;
        }
    if (names.isEmpty())
        return;
    bool ok = false;
    const QString choice = QInputDialog::getItem(
        this, tr("Use as template"), tr("Give this plan's goal, objective and limits to:"), names, 0, false, &ok);
    if (ok && names.contains(choice))
        useAsTemplateFor(ids.at(names.indexOf(choice)));
}

bool CaseloadPanel::useAsTemplateFor(const QString& targetClientId) {
    const QString plan = selectedPlan();
    const int from = model_->rowOf(shown_);
    const int to = model_->rowOf(targetClientId);
    if (plan.isEmpty() || from < 0 || to < 0)
        return false;
    // Switching clients reloads the caseload: the names are read first.
    const QString fromName = model_->entries()[std::size_t(from)].name;
    const QString toName = model_->entries()[std::size_t(to)].name;
    QString error;
    if (!CaseloadModel::applyTemplate(*controller_, *session_, plan, targetClientId, &error)) {
        QMessageBox::warning(this, tr("Use as template"), error);
        return false;
    }
    emit message(tr("%1 now plans with the goal and limits of %2's plan.").arg(toName, fromName));
    emit clientOpened(targetClientId);
    return true;
}

SavedPlanWindow* CaseloadPanel::openSelectedVersion() {
    const QString plan = selectedPlan();
    if (plan.isEmpty())
        return nullptr;
    // One window a version: opening it again brings it to the front.
    for (auto* open : window()->findChildren<SavedPlanWindow*>())
        if (open->planId() == plan) {
            open->show();
            open->raise();
            open->activateWindow();
            return open;
        }
    QString error;
    // The catalog as its source keeps it: the version brings the own goals it was saved with.
    auto saved = controller_->source()->savedPlan(plan, session_->baseCatalog(), &error);
    if (!saved) {
        QMessageBox::warning(this, tr("Open version"), error);
        return nullptr;
    }
    auto* shown = new SavedPlanWindow(std::move(*saved), session_, window());
    shown->show();
    return shown;
}

} // namespace cairn::app
