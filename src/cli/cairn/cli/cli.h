#pragma once

#include "cairn/cli/command.h"

#include <QStringList>

namespace cairn::cli {

/// Every command, in the order `--help` lists them.
std::vector<std::unique_ptr<Command>> allCommands();

/// Runs cairn-cli with full argv (argv[0] first), writing to `io`. Returns the exit code.
int run(const QStringList& arguments, Streams io);
/// The same, on the process's standard output and error.
int run(const QStringList& arguments);

} // namespace cairn::cli
