// MainWindow: File → Connect to team workspace….
#include "cairn/app/shell/app_settings.h"
#include "cairn/app/shell/main_window.h"

#ifdef HAVE_CAIRN_STORE
#include "cairn/app/dialogs/connect_dialog.h"
#endif

namespace cairn::app {

void MainWindow::connectToTeamWorkspace() {
#ifdef HAVE_CAIRN_STORE
    ConnectDialog dialog(settings_.recentServers(), this);
    bool local = false;
    connect(&dialog, &ConnectDialog::localWorkspaceChosen, this, [&local] { local = true; });
    if (dialog.exec() == QDialog::Accepted) {
        settings_.rememberServer(dialog.address());
        emit workspaceChosen(dialog.address(), dialog.password());
    } else if (local) {
        emit workspaceChosen({}, {});
    }
#endif
}

} // namespace cairn::app
