#pragma once

#include <QString>

namespace cairn::app {

/// The version Cairn was built as, e.g. "0.1.0".
[[nodiscard]] QString buildVersion();

/// The git revision Cairn was built from: a short hash, followed by "-dirty" when the sources
/// had uncommitted changes, or "unknown" for a build from a release tarball.
[[nodiscard]] QString buildRevision();

/// What `--version` prints for `program`: "Cairn 0.1.0 (revision 5518b8f)". Left in English,
/// like every command-line output, so scripts can read it.
[[nodiscard]] QString versionLine(const QString& program);

} // namespace cairn::app
