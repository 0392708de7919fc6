#include "cairn/app/shell/build_info.h"

// Generated at build time by cmake/write_revision.cmake. Only this file includes it, so a new
// revision recompiles one small file.
#include <cairn_revision.h>

namespace cairn::app {

QString buildVersion() {
    return QStringLiteral(CAIRN_VERSION);
}

QString buildRevision() {
    return QStringLiteral(CAIRN_REVISION);
}

QString versionLine(const QString& program) {
    return QStringLiteral("%1 %2 (revision %3)").arg(program, buildVersion(), buildRevision());
}

} // namespace cairn::app
