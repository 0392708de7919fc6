#pragma once

#include <QSize>
#include <QString>
#include <memory>
#include <optional>

class QApplication;

namespace cairn::app {

class DataSource;

/// What the command line asked for.
struct AppOptions {
    QString database;         ///< workspace file; the default location when empty
    QString catalog;          ///< catalog file to plan with (imported into the workspace when one is open)
    QString profile;          ///< profile file to open as a client (file mode)
    QString client;           ///< client to open, by name or id
    QString goal;             ///< goal to choose at start
    QString select;           ///< credential to select at start
    QString settingsFile;     ///< settings in this INI file instead of the user's
    QString screenshot;       ///< save a picture of the window here once planned, then quit
    QString view;             ///< "pathway" or "timeline"
    bool dark = false;        ///< use Cairn's dark palette
    bool files = false;       ///< work from files even when the workspace database is available
    bool startupTime = false; ///< print how long the window took to show, then quit
    QSize size;               ///< window size for screenshots
};

/// Parses the command line; exits for --help and --version. Nullopt with `error` set when
/// the options do not make sense.
std::optional<AppOptions> parseOptions(const QApplication& app, QString* error);

/// The data the options point at: the workspace database (when the store is built in and
/// files were not asked for) or catalog and profile files.
std::unique_ptr<DataSource> openDataSource(const AppOptions& options, QString* error);

/// Whether to greet the person with the welcome: on the first start, when this opening created
/// the workspace, unless the command line already says what to open or asks for a picture or
/// a timing (which must never wait for a dialog).
bool wantsWelcome(const AppOptions& options, const DataSource& source);

/// Cairn's main(): the whole application run.
int runApplication(int argc, char* argv[]);

} // namespace cairn::app
