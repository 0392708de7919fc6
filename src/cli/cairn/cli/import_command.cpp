#include "cairn/cli/import_command.h"

#include "cairn/cli/counted.h"
#include "cairn/cli/inputs.h"
#include "cairn/cli/workspace_access.h"

namespace cairn::cli {

QString ImportCommand::name() const {
    return QStringLiteral("import");
}

QString ImportCommand::summary() const {
    return QStringLiteral("Add a JSON catalog, or CSV credentials, to the workspace");
}

int ImportCommand::run(const QStringList& arguments, Streams io) {
    const QString command = arguments.value(0);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Imports a cairn-catalog JSON file as a new catalog of the workspace, or the credentials of a\n"
                       "CSV file (docs/formats.md, \"CSV credential import\") into an existing catalog, replacing\n"
                       "credentials with the same id. Nothing changes unless the whole file imports.\n"
                       "Exit code: 0 imported, 1 refused (every problem printed), 2 unreadable file or bad usage."));
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("A .json catalog or a .csv credential list."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption catalogName(QStringLiteral("catalog-name"),
                                         QStringLiteral("Name for the new catalog (JSON). Default: its own name."),
                                         QStringLiteral("NAME"));
    const QCommandLineOption into(QStringLiteral("into"),
                                  QStringLiteral("Workspace catalog (name or id) the CSV credentials go into."),
                                  QStringLiteral("CATALOG"));
    const QCommandLineOption database = databaseOption();
    parser.addOption(catalogName);
    parser.addOption(into);
    parser.addOption(database);
    if (auto exit = parseOrExit(parser, arguments, io))
        return *exit;

    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        io.err << command << ": give exactly one file to import.\n";
        return kUsage;
    }
    const QString file = files.front();
    const bool csv = file.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
    if (csv && !parser.isSet(into)) {
        io.err << command << ": a CSV file holds credentials only; say which catalog they go into with --into.\n";
        return kUsage;
    }
    if (!csv && parser.isSet(into)) {
        io.err << command << ": --into is for CSV credential files; a JSON catalog is added as a new catalog "
               << "(name it with --catalog-name).\n";
        return kUsage;
    }
    auto ws = openWorkspace(parser, database, io, command);
    if (!ws)
        return kUsage;

    if (csv) {
        auto catalog = ws->findCatalog(parser.value(into));
        if (!catalog)
            return reportError(catalog.error(), io.err, command);
        auto imported = ws->importCredentialsCsv(*catalog, file);
        if (!imported)
            return reportError(imported.error(), io.err, command);
        io.out << "Imported " << counted(*imported, "credential", "credentials") << " from " << file << " into '"
               << ws->catalogSummary(*catalog)->name << "'.\n";
        return kOk;
    }
    auto id = ws->importCatalogJson(file, parser.value(catalogName));
    if (!id) {
        const int code = reportError(id.error(), io.err, command);
        if (id.error().kind == store::Error::Kind::Conflict)
            io.err << "Give it another name with --catalog-name NAME.\n";
        return code;
    }
    auto summary = ws->catalogSummary(*id);
    if (!summary)
        return reportError(summary.error(), io.err, command);
    io.out << "Imported catalog '" << summary->name << "' (id " << summary->id
           << "): " << counted(summary->skills, "skill", "skills") << ", "
           << counted(summary->credentials, "credential", "credentials") << ", "
           << counted(summary->goals, "goal", "goals");
    if (summary->offers > 0)
        io.out << ", " << counted(summary->offers, "offer", "offers");
    io.out << ".\n";
    return kOk;
}

} // namespace cairn::cli
