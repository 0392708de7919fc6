#include "cairn/cli/export_command.h"

#include "cairn/cli/inputs.h"
#include "cairn/cli/output_file.h"
#include "cairn/cli/workspace_access.h"

namespace cairn::cli {

QString ExportCommand::name() const {
    return QStringLiteral("export");
}

QString ExportCommand::summary() const {
    return QStringLiteral("Write a workspace catalog as JSON or CSV");
}

int ExportCommand::run(const QStringList& arguments, Streams io) {
    const QString command = arguments.value(0);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Writes a catalog of the workspace as a cairn-catalog JSON file (--json) or its credentials as\n"
                       "CSV (--csv); both may be given. FILE \"-\" writes to standard output (one of them). A CSV\n"
                       "cell that a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a\n"
                       "carriage return) gets a single quote in front; import takes it off again."));
    parser.addPositionalArgument(QStringLiteral("catalog"), QStringLiteral("Workspace catalog: its name or id."),
                                 QStringLiteral("CATALOG"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Write the catalog as JSON to FILE."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption csv(QStringLiteral("csv"), QStringLiteral("Write the credentials as CSV to FILE."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption database = databaseOption();
    parser.addOption(json);
    parser.addOption(csv);
    parser.addOption(database);
    if (auto exit = parseOrExit(parser, arguments, io))
        return *exit;
    if (parser.positionalArguments().size() != 1) {
        io.err << command << ": name exactly one catalog to export.\n";
        return kUsage;
    }
    if (!parser.isSet(json) && !parser.isSet(csv)) {
        io.err << command << ": say where to write it with --json FILE or --csv FILE.\n";
        return kUsage;
    }
    if (isStandardOutput(parser.value(json)) && isStandardOutput(parser.value(csv))) {
        io.err << command << ": only one file can go to standard output, but --json and --csv say \"-\".\n";
        return kUsage;
    }
    auto ws = openWorkspace(parser, database, io, command);
    if (!ws)
        return kUsage;
    auto id = ws->findCatalog(parser.positionalArguments().front());
    if (!id)
        return reportError(id.error(), io.err, command);
    if (parser.isSet(json)) {
        auto bytes = ws->exportCatalogJson(*id);
        if (!bytes)
            return reportError(bytes.error(), io.err, command);
        if (!writeOutput(parser.value(json), *bytes, io, command))
            return kUsage;
    }
    if (parser.isSet(csv)) {
        auto bytes = ws->exportCatalogCsv(*id);
        if (!bytes)
            return reportError(bytes.error(), io.err, command);
        if (!writeOutput(parser.value(csv), *bytes, io, command))
            return kUsage;
    }
    return kOk;
}

} // namespace cairn::cli
