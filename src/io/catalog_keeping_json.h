#pragma once

// A credential's validity, renewal and ranges in a catalog file (format version 3; see
// docs/formats.md, "Keeping and ranges"). Private to cairn_io.

#include "cairn/engine/credential.h"
#include "cairn/io/json_decoder.h"
#include "cairn/io/json_value.h"

#include <QStringList>

namespace cairn::io {

/// The credential fields version 3 adds.
const QStringList& keepingFields();
/// Reads those fields of `r` into `c`.
void decodeKeeping(JsonObjectReader& r, Credential& c);
/// Writes them, when set, to the credential object `o`.
void encodeKeeping(JsonValue& o, const Credential& c);
/// Whether a credential needs version 3 to be written.
bool usesKeeping(const Credential& c);

} // namespace cairn::io
