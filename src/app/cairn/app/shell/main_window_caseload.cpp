// MainWindow: the candidate plans dock and the caseload tab.
#include "cairn/app/charts/charts_panel.h"
#include "cairn/app/data/data_source.h"
#include "cairn/app/panels/candidates_panel.h"
#include "cairn/app/panels/caseload_panel.h"
#include "cairn/app/panels/goal_panel.h"
#include "cairn/app/session/client_controller.h"
#include "cairn/app/shell/main_window.h"
#include "ui_main_window.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLocale>
#include <QScrollArea>
#include <QTime>
#include <QTimer>

namespace cairn::app {

void MainWindow::createCandidatesAndCaseload() {
    candidates_ = new CandidatesPanel(session_, controller_);
    candidates_->setObjectName(QStringLiteral("candidatesPanel"));
    candidatesDock_ = new QDockWidget(tr("Candidates"), this);
    candidatesDock_->setObjectName(QStringLiteral("candidatesDock"));
    candidatesDock_->setWidget(candidates_);
    addDockWidget(Qt::BottomDockWidgetArea, candidatesDock_);
    tabifyDockWidget(issuesDock_, candidatesDock_);
    issuesDock_->raise();
    resizeDocks({candidatesDock_}, {220}, Qt::Vertical);
    ui_->menuView->addAction(candidatesDock_->toggleViewAction());
    candidates_->attachChart(charts_->pareto());

    ui_->menuPlan->addSeparator();
    ui_->menuPlan->addAction(candidates_->captureAction());
    addAction(candidates_->captureAction());
    connect(candidates_->captureAction(), &QAction::triggered, this, [this] {
        candidatesDock_->show();
        candidatesDock_->raise();
    });
    connect(candidates_, &CandidatesPanel::message, this, [this](const QString& text) { showMessage(text); });

    caseload_ = new CaseloadPanel(session_, controller_);
    caseload_->setObjectName(QStringLiteral("caseloadView"));
    caseloadPage_ = new QScrollArea;
    caseloadPage_->setObjectName(QStringLiteral("caseloadScroll"));
    caseloadPage_->setWidgetResizable(true);
    caseloadPage_->setFrameShape(QFrame::NoFrame);
    caseloadPage_->setWidget(caseload_); // a narrow window scrolls rather than clips it
    ui_->viewTabs->addTab(caseloadPage_, tr("Caseload"));
    auto* showCaseloadAction = new QAction(tr("&Caseload"), this);
    showCaseloadAction->setObjectName(QStringLiteral("actionShowCaseload"));
    showCaseloadAction->setShortcut(QKeySequence(tr("Ctrl+L")));
    connect(showCaseloadAction, &QAction::triggered, this, &MainWindow::showCaseload);
    ui_->menuView->addAction(showCaseloadAction);
    addAction(showCaseloadAction);
    connect(caseload_, &CaseloadPanel::message, this, [this](const QString& text) { showMessage(text); });
    connect(caseload_, &CaseloadPanel::clientOpened, this, &MainWindow::showPathway);
    connect(candidates_, &CandidatesPanel::planSaved, caseload_, &CaseloadPanel::refresh);
    // The goal bar lists the first few hundred clients; the caseload finds the others by name.
    connect(goalBar_, &GoalPanel::moreClientsWanted, this, [this] {
        showCaseload();
        caseload_->focusSearch();
    });
    followTeamChanges();
}

void MainWindow::followTeamChanges() {
    // A burst of changes (an import, a colleague's plan saved with its note) refreshes once.
    auto* settle = new QTimer(this);
    settle->setSingleShot(true);
    settle->setInterval(kTeamRefreshDelayMs);
    connect(settle, &QTimer::timeout, this, &MainWindow::showTeamChanges);
    catalogRetry_ = new QTimer(this);
    catalogRetry_->setSingleShot(true);
    catalogRetry_->setInterval(kTeamRefreshDelayMs);
    connect(catalogRetry_, &QTimer::timeout, this, &MainWindow::refreshTeamCatalog);
    controller_->source()->watchChanges(this, [settle] { settle->start(); });
    if (controller_->source()->serverAddress().isEmpty())
        return;
    auto* check = new QTimer(this);
    check->setObjectName(QStringLiteral("connectionCheck"));
    check->setInterval(kConnectionCheckMs);
    connect(check, &QTimer::timeout, this, &MainWindow::checkConnection);
    check->start();
}

void MainWindow::showTeamChanges() {
    refreshClientList();
    caseload_->refresh();
    showMessage(tr("Your team's latest changes are shown (%1).")
                    .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)),
                kNoticeMs);
    refreshTeamCatalog();
}

void MainWindow::refreshTeamCatalog() {
    if (QApplication::activeModalWidget()) {
        catalogRetry_->start();
        return;
    }
    QString error;
    const bool changed = controller_->refreshCatalog(&error);
    if (!error.isEmpty())
        showMessage(error, kNoticeMs);
    else if (changed)
        showMessage(tr("A colleague changed the catalog: the window shows their edits and plans with them (%1).")
                        .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)),
                    kNoticeMs);
}

void MainWindow::checkConnection() {
    DataSource* source = controller_->source();
    if (!connectionLost_) {
        if (source->connected())
            return;
        connectionLost_ = true;
        // Until it is back, each change the person makes fails with its own sentence; this one
        // says why and that nothing needs doing.
        showMessage(tr("The connection to the team workspace was lost. Cairn tries again every %1 seconds.")
                        .arg(kConnectionCheckMs / 1000),
                    0);
        return;
    }
    if (const QString error = source->reconnect(); !error.isEmpty())
        return;
    connectionLost_ = false;
    refreshClientList();
    caseload_->refresh();
    refreshTeamCatalog();
    // In the status line itself, where it replaces the word that the connection was lost: a
    // passing notice would end and uncover that word again.
    showMessage(tr("Connected to the team workspace again (%1).")
                    .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)),
                0);
}

void MainWindow::showCaseload() {
    ui_->viewTabs->setCurrentWidget(caseloadPage_);
}

} // namespace cairn::app
