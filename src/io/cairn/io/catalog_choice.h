#pragma once

#include <QString>
#include <QStringList>
#include <cairn/engine/profile.h>

namespace cairn::io {

/// Of the catalogs at `catalogPaths`, the one `profile` was written for: the first against which
/// the fewest of its skills, credentials, goal and numbers are errors (validateProfile). Used
/// to pick a bundled catalog when none is named: the demo profiles are written for the career
/// catalog, a few for the sample catalog.
QString catalogWrittenFor(const Profile& profile, const QStringList& catalogPaths);

} // namespace cairn::io
