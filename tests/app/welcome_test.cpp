// The first start's welcome and the user guide: shown when Cairn creates its workspace and not
// after, each way in doing what it says, the guide naming the keys that really work.
#include "test_suites.h"

#include <QAction>
#include <QApplication>
#include <QCommandLinkButton>
#include <QDialog>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSet>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTranslator>
#include <cairn/app/data/file_data_source.h>
#include <cairn/app/data/store_data_source.h>
#include <cairn/app/help/user_guide.h>
#include <cairn/app/help/welcome_dialog.h>
#include <cairn/app/session/client_controller.h>
#include <cairn/app/session/planning_session.h>
#include <cairn/app/shell/app_settings.h>
#include <cairn/app/shell/application.h>
#include <cairn/app/shell/main_window.h>
#include <cairn/app/shell/translations.h>
#include <cairn/io/catalog_json.h>
#include <functional>

namespace cairn::app::test {

namespace {
/// The keys a dialog's buttons answer to with Alt, one per button text: "p", "d", "i".
QStringList mnemonics(const QWidget* dialog) {
    QStringList keys;
    for (const auto* button : dialog->findChildren<QAbstractButton*>()) {
        const qsizetype at = button->text().indexOf(QLatin1Char('&'));
        if (at >= 0 && at + 1 < button->text().size())
            keys << button->text().at(at + 1).toLower();
    }
    return keys;
}

/// Answers the next file dialog with `path` (and any message box after it with OK).
void answerFileDialog(QObject* context, const QString& path, int* tries) {
    QWidget* modal = QApplication::activeModalWidget();
    if (auto* dialog = qobject_cast<QFileDialog*>(modal)) {
        dialog->selectFile(path);
        static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept() is protected
        return;
    }
    if (++*tries < 100)
        QTimer::singleShot(50, context, [context, path, tries] { answerFileDialog(context, path, tries); });
}
} // namespace

class WelcomeTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir dir_;
    std::unique_ptr<AppSettings> settings_;
    std::unique_ptr<MainWindow> window_;
    int workspaces_ = 0;

    /// A window on a workspace this call creates: Cairn's first start.
    WelcomeDialog* firstStart() {
        QString error;
        auto source =
            StoreDataSource::open(dir_.filePath(QStringLiteral("ws%1.sqlite").arg(++workspaces_)), {}, &error);
        if (!source) {
            qWarning("workspace: %s", qPrintable(error));
            return nullptr;
        }
        const bool welcome = wantsWelcome(AppOptions(), *source);
        settings_ = std::make_unique<AppSettings>(dir_.filePath(QStringLiteral("settings%1.ini").arg(workspaces_)));
        window_ = std::make_unique<MainWindow>(*settings_, std::move(source));
        window_->resize(1024, 700);
        window_->start();
        window_->show();
        if (!QTest::qWaitForWindowExposed(window_.get()) || !welcome)
            return nullptr;
        window_->showWelcome();
        return window_->findChild<WelcomeDialog*>(QStringLiteral("welcomeDialog"));
    }

    QWidget* currentTab() const { return window_->findChild<QTabWidget*>(QStringLiteral("viewTabs"))->currentWidget(); }

private slots:
    void init() { QVERIFY(dir_.isValid()); }
    void cleanup() {
        window_.reset();
        settings_.reset();
    }

    void theFirstStartWelcomesAndTheSecondDoesNot() {
#ifdef HAVE_CAIRN_STORE
        const QString path = dir_.filePath(QStringLiteral("twice.sqlite"));
        QString error;
        {
            auto first = StoreDataSource::open(path, {}, &error);
            QVERIFY2(first, qPrintable(error));
            QVERIFY(first->isNewWorkspace());
            QVERIFY(wantsWelcome(AppOptions(), *first));
            // A picture or a timing must never wait for a dialog, and a command line that says
            // what to open has chosen already.
            AppOptions unattended;
            unattended.screenshot = dir_.filePath(QStringLiteral("shot.png"));
            QVERIFY(!wantsWelcome(unattended, *first));
            unattended = AppOptions();
            unattended.startupTime = true;
            QVERIFY(!wantsWelcome(unattended, *first));
            AppOptions chosen;
            chosen.client = QStringLiteral("Maria");
            QVERIFY(!wantsWelcome(chosen, *first));
        }
        auto second = StoreDataSource::open(path, {}, &error);
        QVERIFY2(second, qPrintable(error));
        QVERIFY(!second->isNewWorkspace());
        QVERIFY(!wantsWelcome(AppOptions(), *second));
        // A file whose creation was cut short (empty) is filled by the next opening: still the first.
        const QString cut = dir_.filePath(QStringLiteral("cut.sqlite"));
        {
            QFile empty(cut);
            QVERIFY(empty.open(QIODevice::WriteOnly));
        }
        auto refilled = StoreDataSource::open(cut, {}, &error);
        QVERIFY2(refilled, qPrintable(error));
        QVERIFY(refilled->isNewWorkspace());
        QVERIFY(!refilled->clients().empty());
        // Files are never a first start.
        FileDataSource files(sampleCatalogPath());
        QVERIFY(!wantsWelcome(AppOptions(), files));

        WelcomeDialog* welcome = firstStart();
        QVERIFY(welcome);
        QTRY_VERIFY(welcome->isVisible());
        QVERIFY(welcome->isModal());
        auto* mine = welcome->findChild<QCommandLinkButton*>(QStringLiteral("planForMyselfButton"));
        QVERIFY(mine && mine->isDefault());
        const QStringList keys = mnemonics(welcome);
        QVERIFY(keys.size() >= 3); // the three ways in, and Close
        QCOMPARE(QSet<QString>(keys.begin(), keys.end()).size(), keys.size());
#else
        QSKIP("needs the workspace database");
#endif
    }

    void planForMyselfMakesAClientAndAsksForTheGoal() {
#ifdef HAVE_CAIRN_STORE
        WelcomeDialog* welcome = firstStart();
        QVERIFY(welcome);
        const QString demoClient = window_->session()->clientId();
        const size_t clients = window_->clients()->source()->clients().size();
        QVERIFY(clients > 1); // the demo caseload is there
        QTRY_VERIFY(welcome->isVisible());
        QTest::keyClick(welcome, Qt::Key_Return); // Enter is "Plan for myself"
        QTRY_VERIFY(!window_->findChild<WelcomeDialog*>());
        QVERIFY(window_->session()->clientId() != demoClient);
        QCOMPARE(window_->clients()->source()->clients().size(), clients + 1);
        QCOMPARE(QString::fromStdString(window_->session()->profile().name), QStringLiteral("Me"));
        QVERIFY(window_->session()->goal().empty());
        QVERIFY(window_->findChild<QDockWidget*>(QStringLiteral("profileDock"))->isVisible());
        QWidget* goalBar = window_->findChild<QWidget*>(QStringLiteral("goalBar"));
        // The window's focus, which is the application's once the window is active.
        QTRY_VERIFY(window_->focusWidget() && goalBar->isAncestorOf(window_->focusWidget()));
#else
        QSKIP("needs the workspace database");
#endif
    }

    void theDemoCaseloadShowsTheCaseloadAndEscLeavesTheWindowAsItOpened() {
#ifdef HAVE_CAIRN_STORE
        WelcomeDialog* welcome = firstStart();
        QVERIFY(welcome);
        const QString demoClient = window_->session()->clientId();
        QWidget* opened = currentTab();
        QTRY_VERIFY(welcome->isVisible());
        QTest::keyClick(welcome, Qt::Key_Escape);
        QTRY_VERIFY(!window_->findChild<WelcomeDialog*>());
        QCOMPARE(window_->session()->clientId(), demoClient);
        QCOMPARE(currentTab(), opened);

        // Help → Welcome… brings it back.
        window_->findChild<QAction*>(QStringLiteral("actionWelcome"))->trigger();
        welcome = window_->findChild<WelcomeDialog*>();
        QVERIFY(welcome);
        QTRY_VERIFY(welcome->isVisible());
        welcome->findChild<QCommandLinkButton*>(QStringLiteral("demoCaseloadButton"))->click();
        QTRY_VERIFY(!window_->findChild<WelcomeDialog*>());
        QCOMPARE(currentTab()->objectName(), QStringLiteral("caseloadScroll"));
        QCOMPARE(window_->session()->clientId(), demoClient);
#else
        QSKIP("needs the workspace database");
#endif
    }

    void importACatalogAddsTheChosenFileToTheWorkspace() {
#ifdef HAVE_CAIRN_STORE
        WelcomeDialog* welcome = firstStart();
        QVERIFY(welcome);
        const QString path = dir_.filePath(QStringLiteral("my catalog.json"));
        auto file = io::readCatalogFile(sampleCatalogPath());
        QVERIFY(file.ok());
        file.value->name = "My own catalog";
        {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(io::writeCatalog(*file.value));
        }
        QTRY_VERIFY(welcome->isVisible());
        int tries = 0;
        QTimer::singleShot(0, this, [this, path, &tries] { answerFileDialog(this, path, &tries); });
        welcome->findChild<QCommandLinkButton*>(QStringLiteral("importCatalogButton"))->click();
        // Planned with, and kept in the workspace beside the demo clients' catalogs.
        QTRY_COMPARE(window_->session()->catalog().name, std::string("My own catalog"));
        QTRY_VERIFY(!window_->findChild<WelcomeDialog*>());
        QVERIFY(window_->clients()->source()->keepsPlans());
        QVERIFY(!window_->session()->catalog().credentials.empty());
#else
        QSKIP("needs the workspace database");
#endif
    }

    void theWelcomeFitsALaptopScreenInEveryLanguage() {
        for (const QLocale& locale : {QLocale(QLocale::English, QLocale::UnitedStates), QLocale(QLocale::German)}) {
            const auto translators = Translations::install(*qApp, locale);
            {
                WelcomeDialog welcome;
                welcome.show();
                QVERIFY(QTest::qWaitForWindowExposed(&welcome));
                const QSize size = welcome.frameGeometry().size();
                QVERIFY2(
                    size.width() <= 1024 && size.height() <= 700 - 40, // 40: a panel or title bar
                    qPrintable(QStringLiteral("%1: %2x%3").arg(locale.name()).arg(size.width()).arg(size.height())));
                const QStringList keys = mnemonics(&welcome);
                QCOMPARE(QSet<QString>(keys.begin(), keys.end()).size(), keys.size());
                // No sentence cut off: each wrapped label is as tall as its text needs.
                for (auto* label : welcome.findChildren<QLabel*>())
                    QVERIFY2(label->height() >= label->heightForWidth(label->width()) || !label->wordWrap(),
                             qPrintable(label->text()));
            }
            for (QTranslator* t : translators) {
                QCoreApplication::removeTranslator(t);
                delete t;
            }
        }
    }

    void theUserGuideNamesTheRealShortcuts() {
        settings_ = std::make_unique<AppSettings>(dir_.filePath(QStringLiteral("guide.ini")));
        window_ = std::make_unique<MainWindow>(*settings_, std::make_unique<FileDataSource>(sampleCatalogPath()));
        window_->start();
        window_->show();
        QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
        auto* action = window_->findChild<QAction*>(QStringLiteral("actionUserGuide"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::Key_F1));
        QVERIFY(window_->menuBar()->findChild<QMenu*>(QStringLiteral("menuHelp"))->actions().contains(action));
        action->trigger();
        auto* dialog = window_->findChild<UserGuideDialog*>(QStringLiteral("userGuideDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QTextBrowser* browser = dialog->browser();
        QVERIFY(browser->openExternalLinks());
        const QString text = browser->toPlainText();
        // Every key of every menu, as the window's own actions have it.
        int menuShortcuts = 0;
        for (QAction* menu : window_->menuBar()->actions())
            for (QAction* a : menu->menu()->actions())
                for (const QKeySequence& key : a->shortcuts()) {
                    ++menuShortcuts;
                    QVERIFY2(text.contains(key.toString(QKeySequence::NativeText)),
                             qPrintable(a->objectName() + QLatin1Char(' ') + key.toString()));
                }
        QVERIFY(menuShortcuts >= 15);
        for (const char* key : {"Ctrl+Shift+P", "Ctrl+K", "Ctrl+L", "F5", "Ctrl+Alt+S", "Ctrl+Shift+G", "F1"})
            QVERIFY2(text.contains(QKeySequence(QString::fromLatin1(key)).toString(QKeySequence::NativeText)), key);
        for (const char* words : {"Optimal", "Feasible", "Cheapest", "Fewest hours", "Balanced", "Soonest",
                                  "Pin into plan", "Save to workspace", "Export report (PDF)"})
            QVERIFY2(text.contains(QLatin1String(words)), words);
        QVERIFY(text.contains(QStringLiteral("Plan ▸ Pin into plan")));
        QVERIFY(text.contains(QStringLiteral("Charts ▸ Save chart"))); // a panel's shortcut, not a menu's
        QVERIFY(!browser->toHtml().contains(QLatin1String("<!-- shortcuts -->")));
        // The guide fits the screen it opens on.
        QVERIFY(window_->screen()->availableGeometry().size().expandedTo(dialog->size()) ==
                window_->screen()->availableGeometry().size());
    }

    void theGuideComesInEachLanguageAndItsLinksLead_data() {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("heading");
        QTest::newRow("English") << QLocale(QLocale::English, QLocale::UnitedStates)
                                 << QStringLiteral(":/help/user-guide.html") << QStringLiteral("Keyboard");
        QTest::newRow("German") << QLocale(QLocale::German, QLocale::Germany)
                                << QStringLiteral(":/help/user-guide_de.html") << QStringLiteral("Tastatur");
        QTest::newRow("Austrian German") << QLocale(QLocale::German, QLocale::Austria)
                                         << QStringLiteral(":/help/user-guide_de.html") << QStringLiteral("Tastatur");
        QTest::newRow("French, which has none")
            << QLocale(QLocale::French, QLocale::France) << QStringLiteral(":/help/user-guide.html")
            << QStringLiteral("Keyboard");
    }
    void theGuideComesInEachLanguageAndItsLinksLead() {
        QFETCH(QLocale, locale);
        QFETCH(QString, path);
        QFETCH(QString, heading);
        QCOMPARE(UserGuide::resourcePath(locale), path);
        const QString html = UserGuide::html(locale, {{{QKeySequence(Qt::Key_F5)}, QStringLiteral("Plan again"), {}}});
        QVERIFY(html.contains(heading));
        QVERIFY(html.contains(QStringLiteral("Plan again")));
        QCOMPARE(html.count(QLatin1String("<!-- shortcuts -->")), 0);
        // Every link within the guide has a place to go to.
        static const QRegularExpression link(QStringLiteral("href=\"#([a-z]+)\""));
        int links = 0;
        for (auto it = link.globalMatch(html); it.hasNext(); ++links) {
            const QString anchor = it.next().captured(1);
            QVERIFY2(html.contains(QStringLiteral("<a name=\"%1\">").arg(anchor)), qPrintable(anchor));
        }
        QVERIFY(links >= 10);
    }
};

std::unique_ptr<QObject> makeWelcomeTest() {
    return std::make_unique<WelcomeTest>();
}

} // namespace cairn::app::test

#include "welcome_test.moc"
