// MainWindow: the Help menu's welcome and user guide.
#include "cairn/app/charts/charts_panel.h"
#include "cairn/app/help/user_guide.h"
#include "cairn/app/help/welcome_dialog.h"
#include "cairn/app/panels/goal_panel.h"
#include "cairn/app/session/client_controller.h"
#include "cairn/app/shell/main_window.h"
#include "ui_main_window.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QShortcut>

namespace cairn::app {

namespace {
QString withoutMnemonic(QString text) {
    return text.remove(QRegularExpression(QStringLiteral("&(?!&)"))).remove(QStringLiteral("…"));
}
} // namespace

void MainWindow::createHelpActions() {
    auto* guide = new QAction(tr("&User guide"), this);
    guide->setObjectName(QStringLiteral("actionUserGuide"));
    guide->setShortcut(QKeySequence(tr("F1")));
    guide->setToolTip(tr("Read how to plan with Cairn"));
    connect(guide, &QAction::triggered, this, &MainWindow::showUserGuide);
    auto* welcome = new QAction(tr("&Welcome…"), this);
    welcome->setObjectName(QStringLiteral("actionWelcome"));
    welcome->setToolTip(tr("What Cairn does, and three ways to start"));
    connect(welcome, &QAction::triggered, this, &MainWindow::showWelcome);
    ui_->menuHelp->insertActions(ui_->actionAbout, {guide, welcome});
    ui_->menuHelp->insertSeparator(ui_->actionAbout);
    addAction(guide);
}

void MainWindow::showWelcome() {
    if (auto* open = findChild<WelcomeDialog*>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto* dialog = new WelcomeDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this](int choice) {
        switch (choice) {
        case WelcomeDialog::PlanForMyself:
            planForMyself();
            break;
        case WelcomeDialog::DemoCaseload:
            showCaseload();
            break;
        case WelcomeDialog::ImportCatalog:
            ui_->actionOpenCatalog->trigger();
            break;
        default: // closed: the window stays as it opened, with the demo clients
            break;
        }
    });
    dialog->open();
}

void MainWindow::planForMyself() {
    QString error;
    if (!controller_->createClient(tr("Me"), &error)) {
        QMessageBox::warning(this, tr("New client"), error);
        return;
    }
    // What a person holds goes in the Profile panel; the goal comes first, so it has the focus.
    showPathway();
    showProfile();
    goalBar_->focusGoal();
}

QList<ShortcutEntry> MainWindow::shortcutEntries() const {
    QList<ShortcutEntry> entries;
    for (QAction* menuAction : menuBar()->actions()) {
        const QMenu* menu = menuAction->menu();
        if (!menu)
            continue;
        for (QAction* action : menu->actions()) {
            if (action->shortcuts().isEmpty())
                continue;
            // The undo actions' text names the edit they undo; the table names the command.
            QString item = action->text();
            if (action->objectName() == QLatin1String("actionUndo"))
                item = tr("&Undo");
            else if (action->objectName() == QLatin1String("actionRedo"))
                item = tr("&Redo");
            item = withoutMnemonic(item).trimmed();
            const QString where = withoutMnemonic(menu->title()) + QStringLiteral(" ▸ ") + item;
            const QString tip = withoutMnemonic(action->toolTip()).trimmed();
            entries.append({action->shortcuts(), where, tip.compare(item, Qt::CaseInsensitive) == 0 ? QString() : tip});
        }
    }
    // Shortcuts that belong to a panel rather than a menu say what they do themselves; the
    // Charts tab's are named after it.
    for (const QShortcut* shortcut : findChildren<QShortcut*>()) {
        if (shortcut->whatsThis().isEmpty())
            continue;
        const auto* owner = qobject_cast<const QWidget*>(shortcut->parent());
        const bool charts = owner && (owner == charts_ || charts_->isAncestorOf(owner));
        entries.append({shortcut->keys(),
                        charts ? tr("Charts") + QStringLiteral(" ▸ ") + shortcut->whatsThis() : shortcut->whatsThis(),
                        {}});
    }
    return entries;
}

void MainWindow::showUserGuide() {
    if (auto* open = findChild<UserGuideDialog*>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto* dialog = new UserGuideDialog(UserGuide::html(QLocale(), shortcutEntries()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show(); // beside the window, so the person can try what they read
}

} // namespace cairn::app
