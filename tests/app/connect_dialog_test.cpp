// File → Connect to team workspace…: the dialog, its errors, and the window that follows the
// workspace chosen. The server itself is tested in tests/store/postgres; here an attempt is a
// function, or a loopback port nothing listens on, or a second workspace file.
#include "test_suites.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <atomic>

#ifdef HAVE_CAIRN_STORE
#include <cairn/app/data/file_data_source.h>
#include <cairn/app/data/store_data_source.h>
#include <cairn/app/dialogs/connect_dialog.h>
#include <cairn/app/session/client_controller.h>
#include <cairn/app/shell/app_settings.h>
#include <cairn/app/shell/main_window.h>
#include <cairn/app/shell/workspace_switch.h>
#include <cairn/store/workspace.h>
#endif

namespace cairn::app::test {

#ifdef HAVE_CAIRN_STORE
namespace {

const QString kAddress = QStringLiteral("postgresql://advisor@server.example.org/cairn");

store::Error refused(Message::Code code) {
    return store::Error::of(store::Error::Kind::Server,
                            {code, {arg::text("server.example.org/cairn"), arg::text("advisor")}});
}

QPushButton* connectButton(ConnectDialog& dialog) {
    for (auto* b : dialog.findChildren<QPushButton*>())
        if (b->text().contains(QStringLiteral("Connect")))
            return b;
    return nullptr;
}

} // namespace
#endif

class ConnectDialogTest : public QObject {
    Q_OBJECT

private slots:
#ifdef HAVE_CAIRN_STORE
    void aFileOrAMalformedAddressIsRefusedBeforeAnyAttempt() {
        std::atomic<int> attempts{0};
        ConnectDialog dialog({}, [&](const QString&, const QString&) {
            ++attempts;
            return std::optional<store::Error>{};
        });
        dialog.show();
        auto* address = dialog.findChild<QComboBox*>(QStringLiteral("addressCombo"));
        address->setCurrentText(QStringLiteral("/home/me/cairn.sqlite"));
        dialog.accept();
        QVERIFY2(dialog.problem().contains(QStringLiteral("starts with postgresql://")), qPrintable(dialog.problem()));
        address->setCurrentText(QStringLiteral("postgresql://advisor@server.example.org:notaport/cairn"));
        dialog.accept();
        QVERIFY2(!dialog.problem().isEmpty() && !dialog.problem().contains(QStringLiteral("starts with")),
                 qPrintable(dialog.problem()));
        QVERIFY(dialog.isVisible());
        QCOMPARE(attempts.load(), 0);
    }

    void aRefusedPasswordKeepsTheDialogOpenAndTheNextTryConnects() {
        std::atomic<int> attempts{0};
        QString passwordTried;
        ConnectDialog dialog({kAddress}, [&](const QString& address, const QString& password) {
            passwordTried = password;
            if (++attempts == 1)
                return std::optional<store::Error>(refused(Message::Code::ServerAuthFailed));
            return address == kAddress ? std::optional<store::Error>{}
                                       : std::optional<store::Error>(refused(Message::Code::ServerUnreachable));
        });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* password = dialog.findChild<QLineEdit*>(QStringLiteral("passwordEdit"));
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QTRY_VERIFY(password->hasFocus()); // the recent address is filled in: the password is left
        QTest::keyClicks(password, QStringLiteral("wrong"));
        QTest::keyClick(password, Qt::Key_Return);
        QTRY_VERIFY(!dialog.isConnecting());
        QVERIFY2(dialog.problem().contains(QStringLiteral("did not accept this password")),
                 qPrintable(dialog.problem()));
        QVERIFY(dialog.isVisible());
        QTRY_VERIFY(password->hasFocus());
        QCOMPARE(password->selectedText(), QStringLiteral("wrong"));
        QTest::keyClicks(password, QStringLiteral("right"));
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::keyClick(password, Qt::Key_Return);
        QTRY_COMPARE(accepted.count(), 1);
        QCOMPARE(passwordTried, QStringLiteral("right"));
        QCOMPARE(dialog.address(), kAddress);
        QCOMPARE(dialog.password(), QStringLiteral("right"));
    }

    void whileConnectingTheWindowAnswersAndCancelAbandonsTheAttempt() {
        std::atomic<bool> release{false};
        ConnectDialog dialog({kAddress}, [&](const QString&, const QString&) {
            while (!release)
                QThread::msleep(5);
            return std::optional<store::Error>{};
        });
        dialog.show();
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.accept();
        QVERIFY(dialog.isConnecting());
        QVERIFY(!connectButton(dialog)->isEnabled());
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("statusLabel"))->text().contains(kAddress));
        QTest::qWait(50); // the event loop runs: nothing waits for the server
        QVERIFY(dialog.isConnecting());
        dialog.reject();
        QVERIFY(!dialog.isVisible());
        release = true;
        QTest::qWait(100);
        QCOMPARE(accepted.count(), 0); // the late success does not reopen a choice the person dropped
    }

    void anUnreachableServerIsSaidInWords() {
        // Port 1 on the loopback: nothing listens, so the connection is refused at once.
        ConnectDialog dialog({QStringLiteral("postgresql://advisor@127.0.0.1:1/cairn?connect_timeout=5")});
        dialog.show();
        dialog.accept();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isConnecting(), 15000);
        QVERIFY2(dialog.problem().contains(QStringLiteral("127.0.0.1")), qPrintable(dialog.problem()));
        QVERIFY(dialog.isVisible());
        // The dialog grows to show the reason whole, and every other text with it.
        for (auto* label : dialog.findChildren<QLabel*>()) {
            if (label->isVisible() && label->wordWrap())
                QTRY_VERIFY2(label->height() >= label->heightForWidth(label->width()), qPrintable(label->text()));
        }
    }

    void theLocalWorkspaceIsOneButtonAway() {
        ConnectDialog dialog({kAddress});
        QSignalSpy local(&dialog, &ConnectDialog::localWorkspaceChosen);
        dialog.show();
        dialog.findChild<QPushButton*>(QStringLiteral("localButton"))->click();
        QCOMPARE(local.count(), 1);
        QVERIFY(!dialog.isVisible());
    }

    void recentServersAreKeptNewestFirstWithoutRepeats() {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("recent.ini")));
        for (int i = 0; i < 10; ++i)
            settings.rememberServer(QStringLiteral("postgresql://a@h/db%1").arg(i));
        settings.rememberServer(QStringLiteral("postgresql://a@h/db5"));
        const QStringList recent = settings.recentServers();
        QCOMPARE(recent.size(), 8);
        QCOMPARE(recent.front(), QStringLiteral("postgresql://a@h/db5"));
        QCOMPARE(recent.count(QStringLiteral("postgresql://a@h/db5")), 1);
        QCOMPARE(recent[1], QStringLiteral("postgresql://a@h/db9"));
        // Each server remembers its own last client; the local workspace keeps its own.
        settings.setLastClient(QStringLiteral("3"));
        settings.setLastClient(QStringLiteral("41"), QStringLiteral("postgresql://a@h/db5"));
        QCOMPARE(settings.lastClient(), QStringLiteral("3"));
        QCOMPARE(settings.lastClient(QStringLiteral("postgresql://a@h/db5")), QStringLiteral("41"));
        QVERIFY(settings.lastClient(QStringLiteral("postgresql://a@h/db9")).isEmpty());
    }

    void aColleaguesChangeRefreshesTheClientListOnce() {
        // A source that tells of changes as a server's does; the change is made behind the window.
        struct WatchedFiles : FileDataSource {
            using FileDataSource::FileDataSource;
            std::function<void()> tell;
            bool watchChanges(QObject*, std::function<void()> changed) override {
                tell = std::move(changed);
                return true;
            }
        };
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("watch.ini")));
        auto owned = std::make_unique<WatchedFiles>(sampleCatalogPath());
        WatchedFiles* source = owned.get();
        MainWindow window(settings, std::move(owned));
        window.start();
        QVERIFY(source->tell);
        auto* clients = window.findChild<QComboBox*>(QStringLiteral("clientCombo"));
        QVERIFY(clients);
        const int before = clients->count();
        QString error;
        QVERIFY(!source->createClient(QStringLiteral("Noor Rahman"), &error).isEmpty());
        QCOMPARE(clients->count(), before);
        source->tell();
        source->tell(); // a burst: one refresh
        QTRY_COMPARE(clients->count(), before + 1);
        QVERIFY(clients->findText(QStringLiteral("Noor Rahman")) >= 0);
        QTRY_VERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("team's latest changes")));
    }

    void aLostServerIsSaidAndTheWindowConnectsAgainWhenItIsBack() {
        // A source that behaves as a server's whose connection can be cut and restored.
        struct Server : FileDataSource {
            using FileDataSource::FileDataSource;
            bool up = true;
            int attempts = 0;
            [[nodiscard]] QString serverAddress() const override { return QStringLiteral("postgresql://ana@h/team"); }
            [[nodiscard]] bool connected() const override { return up; }
            QString reconnect() override {
                ++attempts;
                return up ? QString() : QStringLiteral("Cannot reach the server.");
            }
        };
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("lost.ini")));
        auto owned = std::make_unique<Server>(sampleCatalogPath());
        Server* source = owned.get();
        MainWindow window(settings, std::move(owned));
        window.start();
        auto* check = window.findChild<QTimer*>(QStringLiteral("connectionCheck"));
        QVERIFY(check);
        QVERIFY(check->isActive());

        window.checkConnection(); // all well: nothing said, nothing tried
        QVERIFY(!window.connectionLost());
        QCOMPARE(source->attempts, 0);
        source->up = false;
        window.checkConnection();
        QVERIFY(window.connectionLost());
        auto* status = window.findChild<QLabel*>(QStringLiteral("statusText"));
        QVERIFY(status);
        QVERIFY2(status->text().contains(QStringLiteral("connection to the team workspace was lost")),
                 qPrintable(status->text()));
        window.checkConnection(); // still down: tried, still lost
        QCOMPARE(source->attempts, 1);
        QVERIFY(window.connectionLost());

        source->up = true;
        QString error;
        QVERIFY(!source->createClient(QStringLiteral("Noor Rahman"), &error).isEmpty()); // made meanwhile
        window.checkConnection();
        QCOMPARE(source->attempts, 2);
        QVERIFY(!window.connectionLost());
        // The status line no longer says it is lost, also once any passing notice has gone.
        QVERIFY2(status->text().contains(QStringLiteral("Connected to the team workspace again")),
                 qPrintable(status->text()));
        auto* clients = window.findChild<QComboBox*>(QStringLiteral("clientCombo"));
        QVERIFY2(clients->findText(QStringLiteral("Noor Rahman")) >= 0, "what changed while away is shown");
    }

    void aWorkspaceFileHasNoConnectionToWatch() {
        QTemporaryDir dir;
        AppSettings settings(dir.filePath(QStringLiteral("file.ini")));
        MainWindow window(settings, std::make_unique<FileDataSource>(sampleCatalogPath()));
        window.start();
        QVERIFY(!window.findChild<QTimer*>(QStringLiteral("connectionCheck")));
    }

    void theWindowIsReplacedByOneOnTheChosenWorkspace() {
        QTemporaryDir dir;
        const QString first = dir.filePath(QStringLiteral("first.sqlite"));
        const QString second = dir.filePath(QStringLiteral("second.sqlite"));
        AppSettings settings(dir.filePath(QStringLiteral("switch.ini")));
        QString error;
        auto source = StoreDataSource::open(first, {}, &error);
        QVERIFY2(source, qPrintable(error));
        auto window = std::make_unique<MainWindow>(settings, std::move(source));
        followWorkspaceChoices(window, settings);
        window->start();
        window->show();
        QVERIFY(window->findChild<QAction*>(QStringLiteral("actionConnectTeam")));
        QPointer<MainWindow> old(window.get());
        // Any workspace the store opens will do here; a server address goes the same way.
        emit window->workspaceChosen(second, {});
        QVERIFY(window.get() != old.data());
        QCOMPARE(window->clients()->source()->description(), QDir::toNativeSeparators(second));
        QVERIFY(window->isVisible());
        QTRY_VERIFY(old.isNull()); // deleted once its signal returned
        // A workspace that cannot be opened leaves the window as it is (the message box is
        // answered by the test's handler of modal boxes).
        MainWindow* kept = window.get();
        QTimer::singleShot(0, [] {
            if (auto* box = qobject_cast<QDialog*>(QApplication::activeModalWidget()))
                box->reject();
        });
        emit window->workspaceChosen(dir.path(), {}); // a folder, not a workspace
        QCOMPARE(window.get(), kept);
    }
#endif
};

std::unique_ptr<QObject> makeConnectDialogTest() {
    return std::make_unique<ConnectDialogTest>();
}

} // namespace cairn::app::test

#include "connect_dialog_test.moc"
