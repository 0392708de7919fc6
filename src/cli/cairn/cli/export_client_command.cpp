#include "cairn/cli/export_client_command.h"

#include "cairn/cli/inputs.h"
#include "cairn/cli/output_file.h"
#include "cairn/cli/workspace_access.h"

namespace cairn::cli {

QString ExportClientCommand::name() const {
    return QStringLiteral("export-client");
}

QString ExportClientCommand::summary() const {
    return QStringLiteral("Write a client and their saved plans as JSON");
}

int ExportClientCommand::run(const QStringList& arguments, Streams io) {
    const QString command = arguments.value(0);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Writes a client of the workspace, their profile and every saved plan as a cairn-client JSON file.\n"
        "FILE \"-\" writes to standard output."));
    parser.addPositionalArgument(QStringLiteral("client"), QStringLiteral("The client's name, or id."),
                                 QStringLiteral("NAME"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Write the JSON to FILE."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption database = databaseOption();
    parser.addOption(json);
    parser.addOption(database);
    if (auto exit = parseOrExit(parser, arguments, io))
        return *exit;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(json)) {
        io.err << command << ": usage: " << command << " NAME --json FILE\n";
        return kUsage;
    }
    auto ws = openWorkspace(parser, database, io, command);
    if (!ws)
        return kUsage;
    auto id = ws->findClient(parser.positionalArguments().front());
    if (!id)
        return reportError(id.error(), io.err, command);
    auto bytes = ws->exportClientJson(*id);
    if (!bytes)
        return reportError(bytes.error(), io.err, command);
    return writeOutput(parser.value(json), *bytes, io, command) ? kOk : kUsage;
}

} // namespace cairn::cli
