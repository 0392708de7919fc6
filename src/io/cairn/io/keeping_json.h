#pragma once

#include <QByteArray>
#include <cairn/engine/credential.h>

// A credential's validity, renewal and ranges (catalog format version 3) as one JSON object of
// those fields, for stores that keep them beside a credential's other columns.
namespace cairn::io {

/// `{}` when the credential has none of them.
QByteArray keepingToJson(const Credential& credential);
/// Reads an object written by keepingToJson() into `credential`; false when it is not one.
bool keepingFromJson(const QByteArray& json, Credential& credential);

} // namespace cairn::io
