#pragma once

#ifdef HAVE_CAIRN_STORE

#include <memory>

namespace cairn::app {

class AppSettings;
class MainWindow;

/// Replaces `window` with a window on the workspace the person chooses in it (File → Connect to
/// team workspace…, or back to the local one), and so on for each next window. The old window is
/// closed first, so it asks about unsaved candidate plans and may keep itself; a workspace that
/// cannot be opened is reported over it, and it stays. `window` must outlive the windows.
void followWorkspaceChoices(std::unique_ptr<MainWindow>& window, AppSettings& settings);

} // namespace cairn::app

#endif
