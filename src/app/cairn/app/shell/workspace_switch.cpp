#ifdef HAVE_CAIRN_STORE

#include "cairn/app/shell/workspace_switch.h"

#include "cairn/app/data/store_data_source.h"
#include "cairn/app/shell/main_window.h"

#include <QApplication>
#include <QMessageBox>

namespace cairn::app {

namespace {

void replaceWindow(std::unique_ptr<MainWindow>& window, AppSettings& settings, const QString& address,
                   const QString& password) {
    QString error;
    auto source = StoreDataSource::open(address, {}, &error, password);
    if (!source) {
        QMessageBox::warning(
            window.get(), QApplication::applicationDisplayName(),
            QCoreApplication::translate("cairn::app::WorkspaceSwitch", "Cairn could not open the workspace:\n%1")
                .arg(error));
        return;
    }
    // The application must not quit while no window is shown.
    const bool quits = QApplication::quitOnLastWindowClosed();
    QApplication::setQuitOnLastWindowClosed(false);
    const bool closed = window->close();
    QApplication::setQuitOnLastWindowClosed(quits);
    if (!closed)
        return;
    window.release()->deleteLater(); // we are in its signal
    window = std::make_unique<MainWindow>(settings, std::move(source));
    window->start();
    window->show();
    followWorkspaceChoices(window, settings);
}

} // namespace

void followWorkspaceChoices(std::unique_ptr<MainWindow>& window, AppSettings& settings) {
    QObject::connect(window.get(), &MainWindow::workspaceChosen, window.get(),
                     [&window, &settings](const QString& address, const QString& password) {
                         replaceWindow(window, settings, address, password);
                     });
}

} // namespace cairn::app

#endif
