#pragma once

#include "cairn/cli/command.h"

#include <QByteArray>
#include <QString>

// Where a command's --json, --csv, --ics or --pdf FILE goes: a file, or standard output for "-".
namespace cairn::cli {

/// True for "-", the name every export option takes for standard output.
bool isStandardOutput(const QString& path);

/// The file as messages name it: its path, or "standard output" for "-".
QString outputName(const QString& path);

/// Writes `bytes` to `path` with io::writeFile() (a file is written whole or not at all; a device
/// or pipe is never replaced), or unchanged to standard output (`io.data`) when `path` is "-".
/// On failure prints the reason, prefixed by `command`, and returns false.
bool writeOutput(const QString& path, const QByteArray& bytes, Streams io, const QString& command);

} // namespace cairn::cli
