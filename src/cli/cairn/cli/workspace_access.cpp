#include "cairn/cli/workspace_access.h"

#include "cairn/cli/terminal_text.h"

#include <cairn/text/format.h>
#include <cairn/text/load_words.h>

namespace cairn::cli {

QCommandLineOption databaseOption() {
    return QCommandLineOption(
        QStringList{QStringLiteral("database"), QStringLiteral("d")},
        QStringLiteral("Workspace database file, or a team workspace on a PostgreSQL server as "
                       "postgresql://user@host:port/database (password from PGPASSWORD or ~/.pgpass). Default: %1")
            .arg(store::Workspace::defaultPath()),
        QStringLiteral("FILE|URI"));
}

std::unique_ptr<store::Workspace> openWorkspace(const QCommandLineParser& parser, const QCommandLineOption& database,
                                                Streams io, const QString& command) {
    auto ws = store::Workspace::open(parser.value(database));
    if (!ws) {
        reportError(ws.error(), io.err, command);
        return nullptr;
    }
    return std::move(*ws);
}

int reportError(const store::Error& error, QTextStream& err, const QString& command) {
    err << command << ": " << error.message << '\n';
    for (const auto& p : error.problems)
        err << "  " << printableLine(text::LoadWords::english().line(p))
            << '\n'; // one line each, whatever the file holds
    switch (error.kind) {
    case store::Error::Kind::Invalid:
        return kInvalid;
    case store::Error::Kind::Stale:
        return kConflict;
    default:
        return kUsage;
    }
}

std::string workspaceCurrency(const store::Workspace& workspace, const std::optional<qint64>& catalogId) {
    if (catalogId)
        if (auto summary = workspace.catalogSummary(*catalogId))
            return summary->currency;
    return "USD";
}

QString workspaceMoney(const store::Workspace& workspace, const std::optional<qint64>& catalogId, double amount) {
    return text::Format::english().money(amount, workspaceCurrency(workspace, catalogId));
}

} // namespace cairn::cli
