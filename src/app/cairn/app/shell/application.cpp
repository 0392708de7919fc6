#include "cairn/app/shell/application.h"

#include "cairn/app/charts/charts_panel.h"
#include "cairn/app/data/file_data_source.h"
#include "cairn/app/data/store_data_source.h"
#include "cairn/app/session/plan_scheduler.h"
#include "cairn/app/session/planning_session.h"
#include "cairn/app/shell/app_settings.h"
#include "cairn/app/shell/build_info.h"
#include "cairn/app/shell/main_window.h"
#include "cairn/app/shell/translations.h"
#include "cairn/app/shell/workspace_switch.h"

#ifdef HAVE_CAIRN_STORE
#include <cairn/store/server_address.h>
#endif

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QMessageBox>
#include <QPalette>
#include <QStyleFactory>
#include <QTimer>
#include <cairn/engine/allocator_tuning.h>
#include <cstdio>
#include <cstdlib>

namespace cairn::app {

namespace {
// The context is the one lupdate gives the tr() calls in this file, so translations are found.
QString tr(const char* text) {
    return QCoreApplication::translate("cairn::app", text);
}

QPalette darkPalette() {
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3f, 0x41));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Highlight, QColor(0x4a, 0x90, 0xe2));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7a, 0xb8, 0xff));
    p.setColor(QPalette::Mid, QColor(0x45, 0x48, 0x4c));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    return p;
}
} // namespace

std::optional<AppOptions> parseOptions(const QApplication& app, QString* error) {
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Cairn plans learning pathways of stackable micro-credentials."));
    parser.addHelpOption();
    // Not addVersionOption(): Cairn's version line names the git revision too.
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     tr("Print the version and the git revision, then quit."));
    parser.addOption(version);
    const QCommandLineOption database(
        {QStringLiteral("d"), QStringLiteral("database")},
        tr("Open the workspace database FILE, or a team's workspace on a PostgreSQL server given as "
           "postgresql://user@host:port/database."),
        tr("FILE"));
    const QCommandLineOption catalog({QStringLiteral("c"), QStringLiteral("catalog")},
                                     tr("Plan with the catalog FILE (added to the workspace when one is open)."),
                                     tr("FILE"));
    const QCommandLineOption profile(QStringLiteral("profile"), tr("Open the profile FILE as a client."), tr("FILE"));
    const QCommandLineOption files(QStringLiteral("files"),
                                   tr("Work from catalog and profile files, without a workspace."));
    const QCommandLineOption client(QStringLiteral("client"), tr("Open the client NAME (or id)."), tr("NAME"));
    const QCommandLineOption goal(QStringLiteral("goal"), tr("Choose the goal ID."), tr("ID"));
    const QCommandLineOption select(QStringLiteral("select"), tr("Select the credential ID."), tr("ID"));
    const QCommandLineOption view(QStringLiteral("view"),
                                  tr("Show the pathway, the timeline, the charts, the caseload or the profile."),
                                  tr("VIEW"));
    const QCommandLineOption dark(QStringLiteral("dark"), tr("Use a dark palette."));
    const QCommandLineOption settings(QStringLiteral("settings"), tr("Keep settings in the INI FILE."), tr("FILE"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"), tr("Save a picture of the window to FILE once planned, then quit."), tr("FILE"));
    const QCommandLineOption size(QStringLiteral("size"), tr("Window size for --screenshot, e.g. 1600x1000."),
                                  tr("WxH"));
    const QCommandLineOption startupTime(QStringLiteral("startup-time"),
                                         tr("Print how long the window took to appear, then quit."));
    parser.addOptions(
        {database, catalog, profile, files, client, goal, select, view, dark, settings, screenshot, size, startupTime});
    // A file opened from the desktop (double-click, "Open with") arrives as an argument: a
    // catalog, or a learner's profile.
    parser.addPositionalArgument(QStringLiteral("file"), tr("A catalog or profile file to open."),
                                 QStringLiteral("[file]"));
    parser.process(app);
    if (parser.isSet(version)) {
        std::printf("%s\n", qPrintable(versionLine(QCoreApplication::applicationName())));
        std::exit(0);
    }

    AppOptions o;
    o.database = parser.value(database);
    o.catalog = parser.value(catalog);
    o.profile = parser.value(profile);
    for (const QString& file : parser.positionalArguments()) {
        QFile f(file);
        const QByteArray head = f.open(QIODevice::ReadOnly) ? f.read(4096) : QByteArray();
        if (head.contains("\"cairn-profile\"") && o.profile.isEmpty())
            o.profile = file;
        else if (o.catalog.isEmpty())
            o.catalog = file;
    }
    o.files = parser.isSet(files) || (!o.profile.isEmpty() && o.database.isEmpty());
    o.client = parser.value(client);
    o.goal = parser.value(goal);
    o.select = parser.value(select);
    o.view = parser.value(view);
    o.dark = parser.isSet(dark);
    o.settingsFile = parser.value(settings);
    o.screenshot = parser.value(screenshot);
    o.startupTime = parser.isSet(startupTime);
    if (parser.isSet(size)) {
        const QStringList parts = parser.value(size).split(QLatin1Char('x'));
        if (parts.size() != 2 || parts[0].toInt() < 200 || parts[1].toInt() < 200) {
            *error = tr("--size takes a width and height like 1600x1000.");
            return std::nullopt;
        }
        o.size = QSize(parts[0].toInt(), parts[1].toInt());
    }
    if (!o.view.isEmpty() && o.view != QLatin1String("pathway") && o.view != QLatin1String("timeline") &&
        o.view != QLatin1String("profile") && o.view != QLatin1String("charts") &&
        o.view != QLatin1String("caseload")) {
        *error = tr("--view is \"pathway\", \"timeline\", \"charts\", \"caseload\" or \"profile\".");
        return std::nullopt;
    }
    return o;
}

std::unique_ptr<DataSource> openDataSource(const AppOptions& options, QString* error) {
#ifdef HAVE_CAIRN_STORE
    if (!options.files)
        return StoreDataSource::open(options.database, options.catalog, error);
#endif
    if (!options.profile.isEmpty())
        return FileDataSource::withProfile(options.catalog, options.profile, error);
    return std::make_unique<FileDataSource>(options.catalog);
}

bool wantsWelcome(const AppOptions& options, const DataSource& source) {
    const bool unattended = !options.screenshot.isEmpty() || options.startupTime;
    const bool chosen = !options.catalog.isEmpty() || !options.profile.isEmpty() || !options.client.isEmpty();
    return source.isNewWorkspace() && !unattended && !chosen;
}

/// The data the options name; when a team workspace cannot be opened, the local one instead.
std::unique_ptr<DataSource> openStartingData(const AppOptions& options) {
    QString error;
    auto source = openDataSource(options, &error);
    if (source)
        return source;
#ifdef HAVE_CAIRN_STORE
    if (!options.files && store::ServerAddress::isServerAddress(options.database)) {
        AppOptions local = options;
        local.database.clear();
        QString localError;
        if (auto fallback = openDataSource(local, &localError)) {
            QMessageBox::warning(nullptr, tr("Cairn"),
                                 tr("Cairn could not open the team workspace:\n%1\n\nYour local workspace is open "
                                    "instead. Try again with File → Connect to team workspace….")
                                     .arg(error));
            return fallback;
        }
    }
#endif
    // Without its data the window would be useless; say why and carry on with the bundled
    // sample so the person can still look around.
    QMessageBox::warning(nullptr, tr("Cairn"),
                         tr("Cairn could not open its data:\n%1\n\nThe bundled sample catalog is "
                            "open instead.")
                             .arg(error));
    return std::make_unique<FileDataSource>(QString());
}

int runApplication(int argc, char* argv[]) {
    keepLargeAllocationsForReuse();
    QElapsedTimer sinceLaunch;
    sinceLaunch.start();
    // --help and --version print and exit: they must work without a display too.
    const bool noDisplay = qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
                           qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
    for (int i = 1; i < argc && noDisplay; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "--version" || arg == "-v")
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Cairn"));
    QApplication::setOrganizationName(QStringLiteral("Cairn"));
    QApplication::setOrganizationDomain(QStringLiteral("cairnplanner.org"));
    QApplication::setApplicationVersion(QStringLiteral(CAIRN_VERSION));
    QApplication::setApplicationDisplayName(QStringLiteral("Cairn"));

    // The C locale is what a bare environment reports, not a person's choice; it would write
    // money as "245$". US English reads better there.
    if (QLocale::system().language() == QLocale::C)
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    // Before any text is made: the options' help and every window speak the user's language.
    Translations::install(app, QLocale::system());

    QString error;
    const auto options = parseOptions(app, &error);
    if (!options) {
        std::fprintf(stderr, "cairn: %s\n", qPrintable(error));
        return 2;
    }
    if (options->dark) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
    }
    auto settings = options->settingsFile.isEmpty() ? std::make_unique<AppSettings>()
                                                    : std::make_unique<AppSettings>(options->settingsFile);
    auto source = openStartingData(*options);
    const bool welcome = wantsWelcome(*options, *source);
    auto window = std::make_unique<MainWindow>(*settings, std::move(source));
#ifdef HAVE_CAIRN_STORE
    followWorkspaceChoices(window, *settings);
#endif
    if (options->size.isValid())
        window->resize(options->size);
    window->start(options->client, options->goal);
    if (!options->select.isEmpty())
        window->setCurrentCredential(options->select);
    if (options->view == QLatin1String("timeline"))
        window->showTimeline();
    if (options->view == QLatin1String("profile"))
        window->showProfile();
    if (options->view == QLatin1String("charts"))
        window->showCharts();
    if (options->view == QLatin1String("caseload"))
        window->showCaseload();
    window->show();
    if (welcome)
        QTimer::singleShot(0, window.get(), &MainWindow::showWelcome); // over the window, once it is shown

    if (options->startupTime) {
        QTimer::singleShot(0, &app, [&] {
            std::printf("window shown after %lld ms with %zu credentials\n",
                        static_cast<long long>(sinceLaunch.elapsed()), window->session()->catalog().credentials.size());
            std::fflush(stdout);
            window->close();
        });
    }
    QTimer poll;
    if (!options->screenshot.isEmpty()) {
        QElapsedTimer waited;
        waited.start();
        QObject::connect(&poll, &QTimer::timeout, &app, [&] {
            if ((!window->scheduler()->isIdle() || !window->charts()->isIdle()) && waited.elapsed() < 60000)
                return;
            poll.stop();
            // One more turn of the event loop lets the views draw the final plan.
            QTimer::singleShot(150, &app, [&] {
                const bool saved = window->grab().save(options->screenshot);
                if (!saved)
                    std::fprintf(stderr, "cairn: could not write %s\n", qPrintable(options->screenshot));
                window->close();
                app.exit(saved ? 0 : 1);
            });
        });
        poll.start(50);
    }
    return app.exec();
}

} // namespace cairn::app
