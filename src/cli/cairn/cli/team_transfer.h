#pragma once

#include "cairn/cli/command.h"

namespace cairn::cli {

/// `team push` and `team pull`: copies the catalogs and clients of the workspace `from` into the
/// workspace `to` (store::transferWorkspace) and says what was copied, already there or in
/// conflict. `from` must exist; `to` is created when it is a new file. Returns kOk, kConflict when
/// a catalog or client differs on the target (nothing is copied), or the error's code.
int transferWorkspaces(const QString& from, const QString& to, bool dryRun, Streams io, const QString& command);

} // namespace cairn::cli
