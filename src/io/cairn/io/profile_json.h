#pragma once

#include "cairn/io/load_error.h"

#include <cairn/engine/profile.h>

#include <QByteArray>
#include <QString>

namespace cairn::io {

/// Reads the `cairn-profile` JSON format (docs/formats.md).
LoadResult<Profile> readProfile(const QByteArray& json, const QString& fileName = {});
LoadResult<Profile> readProfileFile(const QString& path);

/// Writes the profile in the canonical form: reading it back gives an equal Profile.
QByteArray writeProfile(const Profile& profile);

} // namespace cairn::io
