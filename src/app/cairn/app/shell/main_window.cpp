#include "cairn/app/shell/main_window.h"

#include "cairn/app/charts/charts_panel.h"
#include "cairn/app/charts/timeline_chart.h"
#include "cairn/app/common/qt_convert.h"
#include "cairn/app/data/data_source.h"
#include "cairn/app/data/file_data_source.h"
#include "cairn/app/dialogs/conflict_dialog.h"
#include "cairn/app/dialogs/credential_dialog.h"
#include "cairn/app/dialogs/goal_comparison_dialog.h"
#include "cairn/app/dialogs/report_preview_dialog.h"
#include "cairn/app/dialogs/skill_dialog.h"
#include "cairn/app/dialogs/text_prompt.h"
#include "cairn/app/panels/candidates_panel.h"
#include "cairn/app/panels/catalog_panel.h"
#include "cairn/app/panels/goal_panel.h"
#include "cairn/app/panels/issues_panel.h"
#include "cairn/app/panels/profile_panel.h"
#include "cairn/app/panels/summary_panel.h"
#include "cairn/app/pathway/pathway_view.h"
#include "cairn/app/session/candidate_set.h"
#include "cairn/app/session/client_controller.h"
#include "cairn/app/session/client_match.h"
#include "cairn/app/session/plan_scheduler.h"
#include "cairn/app/session/planning_session.h"
#include "cairn/app/shell/about_box.h"
#include "cairn/app/shell/app_settings.h"
#include "cairn/app/undo/credential_mark_command.h"
#include "ui_main_window.h"

#ifdef HAVE_CAIRN_REPORT
#include <cairn/report/pdf_report.h>
#endif

#include <QAbstractItemView>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <algorithm>
#include <cairn/io/catalog_json.h>
#include <cairn/io/ctdl_export.h>
#include <cairn/io/file_access.h>
#include <cairn/io/profile_json.h>
#include <cairn/text/message_words.h>
#include <cairn/text/plan_words.h>

namespace cairn::app {

namespace {

/// The most clients the goal bar's client list holds; the caseload finds the others.
constexpr int kClientListSize = 300;

/// A page or panel that scrolls rather than holding the window wider or taller than a laptop's
/// screen: its content keeps the size it needs to be read and the window may be smaller.
QScrollArea* scrolling(QWidget* content, const QString& name) {
    auto* scroll = new QScrollArea;
    scroll->setObjectName(name);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    return scroll;
}

/// A panel that scrolls up and down only, its dock never narrower than what the panel needs:
/// the Profile panel's labels wrap above their fields and its buttons to more rows first, but
/// at 1024×700 its German group titles still held it wider than its dock, which then scrolled
/// sideways as well.
QScrollArea* scrollingDown(QWidget* content, const QString& name) {
    QScrollArea* scroll = scrolling(content, name);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    content->ensurePolished();
    scroll->setMinimumWidth(content->minimumSizeHint().width() + scroll->verticalScrollBar()->sizeHint().width());
    return scroll;
}

/// The window's first size: roomy on a large screen, within the screen on a small one.
QSize firstSize(const QWidget* window) {
    const QSize wanted(1500, 920);
    const QScreen* screen = window->screen();
    if (!screen)
        return wanted;
    const QSize room = screen->availableSize() * 0.95;
    return wanted.boundedTo(room).expandedTo(window->minimumSizeHint().boundedTo(room));
}
} // namespace

MainWindow::MainWindow(AppSettings& settings, std::unique_ptr<DataSource> source, QWidget* parent)
    : QMainWindow(parent), ui_(std::make_unique<Ui::MainWindow>()), settings_(settings),
      session_(new PlanningSession(this)), scheduler_(new PlanScheduler(session_, this)),
      controller_(new ClientController(session_, std::move(source), this)) {
    ui_->setupUi(this);
    scheduler_->setDelay(settings_.replanDelayMs());
    createViews();
    createDocks();
    createCandidatesAndCaseload();
    connectActions();
    createGoalActions();
    createHelpActions();
    connectPlanning();
    if (!restoreGeometry(settings_.windowGeometry()))
        resize(firstSize(this));
    dockSizesRestored_ = restoreState(settings_.windowState());
    // Tab moves between the window's panels; arrow keys move within a table.
    for (auto* view : findChildren<QAbstractItemView*>())
        view->setTabKeyNavigation(false);
    updateCredentialActions();
    updateTitle();
}

MainWindow::~MainWindow() {
    // The controller saves through the session and the scheduler's thread plans from it:
    // both go before the session does.
    controller_->saveNow();
    delete controller_;
    delete scheduler_;
}

QString MainWindow::serverAddress() const {
    return controller_->source()->serverAddress();
}

bool MainWindow::start(const QString& client, const QString& goal) {
    QString error;
    if (!controller_->start(client.isEmpty() ? settings_.lastClient(serverAddress()) : client, goal, &error)) {
        showMessage(tr("Could not open %1: %2").arg(controller_->source()->description(), error), 0);
        return false;
    }
    refreshClientList();
    if (!client.isEmpty() && controller_->source()->findClient(client).isEmpty()) {
        const auto clients = controller_->source()->clients();
        // Asked for by name on the command line: opening someone else without a word misleads.
        QString opened;
        for (const auto& c : clients)
            if (c.id == session_->clientId())
                opened = c.name;
        showMessage(
            tr("No single client is named “%1”, so %2 is open. Choose the client from the list.").arg(client, opened),
            kNoticeMs);
        return true;
    }
    showMessage(tr("Opened %1: %L2 credentials.")
                    .arg(controller_->source()->description())
                    .arg(session_->catalog().credentials.size()));
    return true;
}

void MainWindow::createViews() {
    goalBar_ = new GoalPanel(session_, this);
    goalBar_->setObjectName(QStringLiteral("goalBar"));
    auto* bar = addToolBar(tr("Client and goal"));
    bar->setObjectName(QStringLiteral("goalToolBar"));
    bar->setMovable(false);
    bar->addWidget(goalBar_);

    pathway_ = new PathwayView(session_, ui_->pathwayTab);
    pathway_->setObjectName(QStringLiteral("pathwayView"));
    ui_->pathwayLayout->addWidget(pathway_);

    timeline_ = new TimelineChart(session_);
    timeline_->setObjectName(QStringLiteral("timelineChart"));
    ui_->timelineLayout->addWidget(scrolling(timeline_, QStringLiteral("timelineScroll")));

    charts_ = new ChartsPanel(session_);
    charts_->setObjectName(QStringLiteral("chartsView"));
    ui_->viewTabs->addTab(scrolling(charts_, QStringLiteral("chartsScroll")), tr("Charts"));
    auto* showCharts = new QAction(tr("C&harts"), this);
    showCharts->setObjectName(QStringLiteral("actionShowCharts"));
    showCharts->setShortcut(QKeySequence(tr("Ctrl+3")));
    connect(showCharts, &QAction::triggered, this, &MainWindow::showCharts);
    ui_->menuView->insertAction(ui_->actionShowTimeline, showCharts);
    ui_->menuView->insertAction(showCharts, ui_->actionShowTimeline); // pathway, timeline, charts
    addAction(showCharts);

    statusText_ = new QLabel(this);
    statusText_->setObjectName(QStringLiteral("statusText"));
    // Cut at the window's edge, never widening it: a catalog switch or a long plan status would
    // otherwise push the window past a laptop's screen. The tooltip holds the whole text.
    statusText_->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    planTime_ = new QLabel(this);
    planTime_->setObjectName(QStringLiteral("planTime"));
    busy_ = new QProgressBar(this);
    busy_->setObjectName(QStringLiteral("planningProgress"));
    busy_->setRange(0, 0);
    busy_->setMaximumWidth(140);
    busy_->setMaximumHeight(14);
    busy_->setTextVisible(false);
    busy_->hide();
    cancelButton_ = new QToolButton(this);
    cancelButton_->setObjectName(QStringLiteral("cancelPlanButton"));
    cancelButton_->setDefaultAction(ui_->actionCancelPlan);
    cancelButton_->hide();
    ui_->statusBar->addWidget(statusText_, 1);
    ui_->statusBar->addPermanentWidget(busy_);
    ui_->statusBar->addPermanentWidget(cancelButton_);
    ui_->statusBar->addPermanentWidget(planTime_);
    catalogLabel_ = new QLabel(this);
    catalogLabel_->setObjectName(QStringLiteral("catalogLabel"));
    ui_->statusBar->addPermanentWidget(catalogLabel_);
}

void MainWindow::createDocks() {
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    auto dock = [this](const QString& title, const QString& name, QWidget* content, Qt::DockWidgetArea area) {
        auto* d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(content);
        addDockWidget(area, d);
        ui_->menuView->addAction(d->toggleViewAction());
        return d;
    };
    catalogBrowser_ = new CatalogPanel(session_);
    catalogBrowser_->setObjectName(QStringLiteral("catalogBrowser"));
    catalogDock_ = dock(tr("Catalog"), QStringLiteral("catalogDock"), catalogBrowser_, Qt::RightDockWidgetArea);
    summary_ = new SummaryPanel(session_);
    summary_->setObjectName(QStringLiteral("planSummary"));
    summaryDock_ = dock(tr("Plan"), QStringLiteral("summaryDock"), summary_, Qt::LeftDockWidgetArea);
    profileEditor_ = new ProfilePanel(session_);
    profileEditor_->setCatalogEditor(controller_);
    profileEditor_->setObjectName(QStringLiteral("profileEditor"));
    profileDock_ = dock(tr("Profile"), QStringLiteral("profileDock"),
                        scrollingDown(profileEditor_, QStringLiteral("profileScroll")), Qt::LeftDockWidgetArea);
    tabifyDockWidget(summaryDock_, profileDock_);
    summaryDock_->raise();
    issues_ = new IssuesPanel(session_);
    issues_->setObjectName(QStringLiteral("issuesPanel"));
    issuesDock_ = dock(tr("Issues"), QStringLiteral("issuesDock"), issues_, Qt::BottomDockWidgetArea);
    resizeDocks({issuesDock_}, {110}, Qt::Vertical);
    connect(issues_, &IssuesPanel::countChanged, this, [this](int errors, int warnings) {
        issuesDock_->setWindowTitle(errors + warnings == 0 ? tr("Issues") : tr("Issues (%1)").arg(errors + warnings));
    });
}

void MainWindow::connectActions() {
    auto* undo = session_->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence(tr("Ctrl+Z")));
    auto* redo = session_->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcuts({QKeySequence(tr("Ctrl+Shift+Z")), QKeySequence(tr("Ctrl+Y"))});
    const auto first = ui_->menuEdit->actions().isEmpty() ? nullptr : ui_->menuEdit->actions().first();
    ui_->menuEdit->insertActions(first, {undo, redo});
    ui_->menuEdit->insertSeparator(first);
    addActions({undo, redo});

    connect(ui_->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(ui_->actionNewClient, &QAction::triggered, this, &MainWindow::newClient);
    connect(ui_->actionOpenCatalog, &QAction::triggered, this, &MainWindow::openCatalog);
    connect(ui_->actionOpenProfile, &QAction::triggered, this, &MainWindow::openProfile);
    connect(ui_->actionSaveProfileAs, &QAction::triggered, this, &MainWindow::saveProfileAs);
    connect(ui_->actionImportBadges, &QAction::triggered, this, [this] {
        profileDock_->show();
        profileDock_->raise();
        profileEditor_->importBadges();
    });
    connect(ui_->actionExportCatalog, &QAction::triggered, this, &MainWindow::exportCatalog);
#ifdef HAVE_CAIRN_STORE
    connect(ui_->actionConnectTeam, &QAction::triggered, this, &MainWindow::connectToTeamWorkspace);
#else
    ui_->actionConnectTeam->setVisible(false);
#endif
    connect(ui_->actionExportReport, &QAction::triggered, this, &MainWindow::exportReport);
    connect(ui_->actionExportCtdlPathway, &QAction::triggered, this, &MainWindow::exportCtdlPathway);
#ifndef HAVE_CAIRN_REPORT
    ui_->actionExportReport->setVisible(false);
#endif
    connect(ui_->actionFind, &QAction::triggered, this, [this] {
        catalogDock_->show();
        catalogDock_->raise();
        catalogBrowser_->focusSearch();
    });
    connect(ui_->actionFindGoal, &QAction::triggered, goalBar_, &GoalPanel::focusGoal);
    connect(ui_->actionReplan, &QAction::triggered, scheduler_, &PlanScheduler::planNow);
    connect(ui_->actionCancelPlan, &QAction::triggered, scheduler_, &PlanScheduler::cancel);
    auto* compareGoals = new QAction(tr("C&ompare goals…"), this);
    compareGoals->setObjectName(QStringLiteral("actionCompareGoals"));
    compareGoals->setShortcut(QKeySequence(tr("Ctrl+Shift+G")));
    ui_->menuPlan->insertAction(ui_->actionMarkCompleted, compareGoals);
    ui_->menuPlan->insertSeparator(ui_->actionMarkCompleted);
    connect(compareGoals, &QAction::triggered, this, [this] {
        auto* dialog = new GoalComparisonDialog(session_, this);
        dialog->setObjectName(QStringLiteral("goalComparisonDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    ui_->actionCancelPlan->setEnabled(false);
    const auto toggleMark = [this](CredentialMark mark, bool (PlanningSession::*isOn)(const std::string&) const) {
        return [this, mark, isOn] {
            const std::string id = currentCredential_.toStdString();
            session_->undoStack()->push(new CredentialMarkCommand(session_, mark, id, !(session_->*isOn)(id)));
        };
    };
    connect(ui_->actionMarkCompleted, &QAction::triggered, this,
            toggleMark(CredentialMark::Completed, &PlanningSession::isCompleted));
    connect(ui_->actionPin, &QAction::triggered, this, toggleMark(CredentialMark::Pinned, &PlanningSession::isPinned));
    connect(ui_->actionExclude, &QAction::triggered, this,
            toggleMark(CredentialMark::Excluded, &PlanningSession::isExcluded));
    connect(ui_->actionZoomIn, &QAction::triggered, pathway_, &PathwayView::zoomIn);
    ui_->actionZoomIn->setShortcuts({QKeySequence(tr("Ctrl++")), QKeySequence(tr("Ctrl+="))});
    connect(ui_->actionZoomOut, &QAction::triggered, pathway_, &PathwayView::zoomOut);
    connect(ui_->actionFit, &QAction::triggered, pathway_, &PathwayView::fitToView);
    connect(ui_->actionShowPathway, &QAction::triggered, this, &MainWindow::showPathway);
    connect(ui_->actionShowTimeline, &QAction::triggered, this, &MainWindow::showTimeline);
    connect(ui_->actionAddCredential, &QAction::triggered, this, [this] { editCredential(true); });
    connect(ui_->actionEditCredential, &QAction::triggered, this, [this] { editCredential(false); });
    connect(ui_->actionDeleteCredential, &QAction::triggered, this, &MainWindow::deleteCredential);
    connect(ui_->actionAddSkill, &QAction::triggered, this, [this] { editSkill(true); });
    connect(ui_->actionEditSkill, &QAction::triggered, this, [this] { editSkill(false); });
    connect(ui_->actionDeleteSkill, &QAction::triggered, this, &MainWindow::deleteSkill);
    connect(ui_->actionAbout, &QAction::triggered, this, &MainWindow::about);
    pathway_->setCredentialActions({ui_->actionMarkCompleted, ui_->actionPin, ui_->actionExclude});
    catalogBrowser_->setCredentialActions(ui_->actionMarkCompleted, ui_->actionPin, ui_->actionExclude,
                                          {ui_->actionEditCredential, ui_->actionDeleteCredential});

    connect(catalogBrowser_, &CatalogPanel::currentCredentialChanged, this, &MainWindow::setCurrentCredential);
    for (auto* source :
         {static_cast<QObject*>(pathway_), static_cast<QObject*>(timeline_), static_cast<QObject*>(summary_),
          static_cast<QObject*>(issues_), static_cast<QObject*>(profileEditor_)})
        connect(source, SIGNAL(credentialClicked(QString)), this, SLOT(setCurrentCredential(QString)));
    connect(goalBar_, &GoalPanel::clientChosen, this, [this](const QString& id) {
        QString error;
        if (!controller_->selectClient(id, &error))
            showMessage(error, 0);
    });
    connect(goalBar_, &GoalPanel::newClientRequested, this, &MainWindow::newClient);
    connect(controller_, &ClientController::clientsChanged, this, &MainWindow::refreshClientList);
    connect(controller_, &ClientController::saveFailed, this, [this](const QString& e) { showMessage(e, 0); });
    controller_->setConflictResolver([this](const ConflictView& conflict) {
        // Over the credential or skill editor when the refused save came from one.
        QWidget* over = QApplication::activeModalWidget();
        return ConflictDialog::ask(conflict, over ? over : this);
    });
    connect(session_, &PlanningSession::statusChanged, this, &MainWindow::updateCredentialActions);
    connect(session_, &PlanningSession::catalogChanged, this, &MainWindow::updateCredentialActions);
    connect(session_, &PlanningSession::profileChanged, this, &MainWindow::updateTitle);
    connect(session_, &PlanningSession::catalogChanged, this, &MainWindow::announceCatalog);
    connect(session_->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
}

void MainWindow::setCurrentCredential(const QString& credentialId) {
    if (credentialId == currentCredential_)
        return;
    currentCredential_ = credentialId;
    // Empty when the catalog's selection went away (a search that hides it): the actions then
    // have nothing to act on and are disabled.
    if (!credentialId.isEmpty() && catalogBrowser_->currentCredential() != credentialId)
        catalogBrowser_->selectCredential(credentialId);
    pathway_->selectCredential(credentialId);
    updateCredentialActions();
}

void MainWindow::updateCredentialActions() {
    const std::string id = currentCredential_.toStdString();
    const bool known = !id.empty() && session_->catalog().findCredential(id);
    for (auto* a : {ui_->actionMarkCompleted, ui_->actionPin, ui_->actionExclude, ui_->actionEditCredential,
                    ui_->actionDeleteCredential})
        a->setEnabled(known);
    ui_->actionMarkCompleted->setChecked(known && session_->isCompleted(id));
    ui_->actionPin->setChecked(known && session_->isPinned(id));
    ui_->actionExclude->setChecked(known && session_->isExcluded(id));
}

void MainWindow::updateTitle() {
    const QString name = qs(session_->profile().name);
    setWindowTitle(name.isEmpty() ? tr("Cairn") : tr("%1 — Cairn").arg(name));
}

void MainWindow::refreshClientList() {
    // A workspace on a server may hold a hundred thousand clients: the list holds the first by
    // name and the client open now; the caseload finds everyone else by name.
    ClientPage page = controller_->source()->clientPage(kClientListSize);
    const QString current = session_->clientId();
    if (!current.isEmpty() &&
        std::none_of(page.entries.begin(), page.entries.end(), [&](const ClientEntry& c) { return c.id == current; }))
        page.entries.push_back({current, qs(session_->profile().name), session_->goal()});
    goalBar_->setClients(page.entries, current, page.total);
    settings_.setLastClient(session_->clientId(), serverAddress());
    updateTitle();
}

void MainWindow::showTimeline() {
    ui_->viewTabs->setCurrentWidget(ui_->timelineTab);
}
void MainWindow::showPathway() {
    ui_->viewTabs->setCurrentWidget(ui_->pathwayTab);
}
void MainWindow::showCharts() {
    ui_->viewTabs->setCurrentWidget(ui_->viewTabs->findChild<QScrollArea*>(QStringLiteral("chartsScroll")));
}

void MainWindow::showProfile() {
    profileDock_->show();
    profileDock_->raise();
}

void MainWindow::showPlanStatus(const QString& text) {
    statusText_->setText(text);
    statusText_->setToolTip(text);
}

void MainWindow::showMessage(const QString& text, int timeoutMs) {
    const QString firstLine = text.section(QLatin1Char('\n'), 0, 0);
    if (timeoutMs > 0) {
        // A passing notice covers the status line for a while; then the plan's status is back.
        ui_->statusBar->showMessage(firstLine, timeoutMs);
        return;
    }
    statusText_->setText(firstLine);
    statusText_->setToolTip(text);
}

void MainWindow::showEvent(QShowEvent* event) {
    QMainWindow::showEvent(event);
    // A notice given before the window was shown (on opening it) does not hide the status line
    // under it, since that was not visible yet: given again, it does (QStatusBar ignores the
    // same message given twice, hence the clearing first).
    if (const QString notice = ui_->statusBar->currentMessage(); !notice.isEmpty()) {
        ui_->statusBar->clearMessage();
        ui_->statusBar->showMessage(notice, kNoticeMs);
    }
    if (dockSizesRestored_)
        return;
    // The docks' first widths follow the window's, so a laptop's window keeps room for the
    // pathway in the middle; after that the person's own sizes are remembered.
    dockSizesRestored_ = true;
    resizeDocks({summaryDock_, catalogDock_}, {width() * 22 / 100, width() * 33 / 100}, Qt::Horizontal);
    // Likewise the issues and candidates below the views: on a laptop's 700 pixels, a fixed
    // 220 left the pathway and the caseload a third of the height.
    resizeDocks({issuesDock_}, {std::clamp(height() * 22 / 100, 110, 240)}, Qt::Vertical);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (const QString e = controller_->saveNow(); !e.isEmpty()) {
        if (QMessageBox::warning(this, tr("Cairn"), tr("The client could not be saved: %1\n\nClose anyway?").arg(e),
                                 QMessageBox::Close | QMessageBox::Cancel) == QMessageBox::Cancel) {
            event->ignore();
            return;
        }
    }
    if (const int unsaved = candidates_->candidates()->unsavedCount(); unsaved > 0) {
        // Candidates live only in the window; closing it without a word would lose them.
        const auto answer = QMessageBox::question(
            this, tr("Cairn"),
            tr("%n candidate plan(s) are not saved to the workspace and will be lost.\n\nClose anyway?", nullptr,
               unsaved),
            QMessageBox::Close | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Close) {
            event->ignore();
            return;
        }
    }
    scheduler_->cancel();
    settings_.setWindowGeometry(saveGeometry());
    settings_.setWindowState(saveState());
    settings_.setLastClient(session_->clientId(), serverAddress());
    settings_.sync();
    event->accept();
}

void MainWindow::newClient() {
    bool ok = false;
    const QString name = askText(this, tr("New client"), tr("Name:"), {}, &ok).trimmed();
    if (!ok || name.isEmpty())
        return;
    QString error;
    if (!controller_->createClient(name, &error))
        QMessageBox::warning(this, tr("New client"), error);
}

void MainWindow::openCatalog() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open catalog"), {}, tr("Cairn catalogs (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    const bool workspace = controller_->source()->keepsCatalogs();
    if (!controller_->openCatalogFile(path, &error)) {
        QMessageBox::warning(this, tr("Open catalog"), tr("Could not open %1:\n%2").arg(path, error));
        return;
    }
    const QString catalog = QString::fromStdString(session_->catalog().name);
    if (workspace)
        showMessage(tr("The catalog %1 is in the workspace now; %2 plans with it.")
                        .arg(catalog, QString::fromStdString(session_->profile().name)),
                    kNoticeMs);
    else
        showMessage(tr("Opened %1.").arg(QDir::toNativeSeparators(path)));
}

void MainWindow::openProfile() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open profile"), {}, tr("Cairn profiles (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!controller_->addProfileFile(path, &error))
        QMessageBox::warning(this, tr("Open profile"), error);
}

void MainWindow::saveProfileAs() {
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save profile"), qs(session_->profile().name) + QStringLiteral(".json"),
                                     tr("Cairn profiles (*.json)"));
    if (path.isEmpty())
        return;
    if (const QString error =
            text::MessageWords().sentenceIfAny(io::writeFile(io::writeProfile(session_->profile()), path));
        !error.isEmpty())
        QMessageBox::warning(this, tr("Save profile"), error);
}

void MainWindow::exportCatalog() {
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export catalog"), qs(session_->catalog().name) + QStringLiteral(".json"),
                                     tr("Cairn catalogs (*.json)"));
    if (path.isEmpty())
        return;
    if (const QString error =
            text::MessageWords().sentenceIfAny(io::writeFile(io::writeCatalog(session_->baseCatalog()), path));
        !error.isEmpty())
        QMessageBox::warning(this, tr("Export catalog"), error);
}

void MainWindow::editCredential(bool adding) {
    const Credential* existing =
        adding ? nullptr : session_->catalog().findCredential(currentCredential_.toStdString());
    if (!adding && !existing)
        return;
    const std::string previousId = existing ? existing->id : std::string();
    // The dialog reads the catalog while it is open; a copy keeps it steady across the save.
    const auto catalog = session_->catalogPtr();
    CredentialDialog dialog(
        *catalog, existing ? catalog->findCredential(previousId) : nullptr,
        [this, previousId](const Credential& c) { return controller_->saveCredential(c, previousId); }, this);
    dialog.setObjectName(QStringLiteral("credentialDialog"));
    if (dialog.exec() == QDialog::Accepted) {
        QString problem;
        if (const auto saved = dialog.credential(&problem))
            setCurrentCredential(qs(saved->id));
        if (!controller_->source()->keepsCatalogEdits())
            showMessage(tr("Saved in this window only; use File → Export catalog to keep the edit."));
    }
}

void MainWindow::deleteCredential() {
    const Credential* c = session_->catalog().findCredential(currentCredential_.toStdString());
    if (!c)
        return;
    if (QMessageBox::question(this, tr("Delete credential"), tr("Delete \"%1\" from the catalog?").arg(qs(c->title))) !=
        QMessageBox::Yes)
        return;
    const std::string id = c->id;
    if (const QString e = controller_->deleteCredential(id); !e.isEmpty())
        QMessageBox::warning(this, tr("Delete credential"), e);
    else
        currentCredential_.clear();
}

void MainWindow::editSkill(bool adding) {
    const Skill* existing = nullptr;
    const auto catalog = session_->catalogPtr();
    if (!adding) {
        existing = catalog->findSkill(chooseSkill(tr("Edit skill")));
        if (!existing)
            return;
    }
    const std::string previousId = existing ? existing->id : std::string();
    SkillDialog dialog(
        existing, [this, previousId](const Skill& s) { return controller_->saveSkill(s, previousId); }, this);
    dialog.setObjectName(QStringLiteral("skillDialog"));
    dialog.exec();
}

std::string MainWindow::chooseSkill(const QString& title) {
    QStringList names;
    for (const auto& s : session_->catalog().skills)
        names << QStringLiteral("%1 (%2)").arg(qs(s.name), qs(s.id));
    names.sort(Qt::CaseInsensitive);
    bool ok = false;
    const QString choice = QInputDialog::getItem(this, title, tr("Skill:"), names, 0, false, &ok);
    if (!ok || choice.isEmpty())
        return {};
    return choice.section(QLatin1Char('('), -1).chopped(1).toStdString();
}

void MainWindow::deleteSkill() {
    const std::string id = chooseSkill(tr("Delete skill"));
    if (id.empty())
        return;
    if (const QString e = controller_->deleteSkill(id); !e.isEmpty())
        QMessageBox::warning(this, tr("Delete skill"), e);
    else
        showMessage(tr("Deleted the skill %1.").arg(qs(id)));
}

void MainWindow::about() {
    QMessageBox::about(this, tr("About Cairn"), AboutBox::html(controller_->source()->description()));
}

} // namespace cairn::app
