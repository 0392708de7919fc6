#pragma once

#include "cairn/cli/command.h"

#include <QByteArray>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <cairn/store/workspace.h>
#include <memory>
#include <optional>

// Helpers the workspace commands share: the --database option, opening the workspace and
// printing its errors.
namespace cairn::cli {

/// `--database FILE`: the workspace file; the default location when not given.
QCommandLineOption databaseOption();

/// Opens the workspace named by `--database` (creating it when new). On failure prints the
/// reason to `io.err` and returns null.
std::unique_ptr<store::Workspace> openWorkspace(const QCommandLineParser& parser, const QCommandLineOption& database,
                                                Streams io, const QString& command);

/// The currency of a workspace catalog, "USD" when there is none.
std::string workspaceCurrency(const store::Workspace& workspace, const std::optional<qint64>& catalogId);
/// Money in the currency of a workspace catalog (US dollars when there is none), as the
/// command line writes it: "$1,294", "€49.99".
QString workspaceMoney(const store::Workspace& workspace, const std::optional<qint64>& catalogId, double amount);

/// Prints the error's sentence and every problem, one per line, prefixed by the command.
/// Returns the exit code it calls for: kInvalid for refused input, kConflict for a save that
/// someone else's came before (a stale row version), kUsage otherwise.
int reportError(const store::Error& error, QTextStream& err, const QString& command);

} // namespace cairn::cli
