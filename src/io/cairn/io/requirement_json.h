#pragma once

#include "cairn/io/json_decoder.h"
#include "cairn/io/json_value.h"

#include <cairn/engine/requirement.h>
#include <optional>

namespace cairn::io {

/// Reads the JSON form of the requirement language (docs/formats.md): an item string
/// "cred:ID" or "skill:ID@L", or a group {"all": [...]}, {"any": [...]}, {"min": k, "of": [...]}.
/// Errors are recorded in `decoder` and give nullopt.
std::optional<Requirement> decodeRequirement(JsonDecoder& decoder, const JsonValue& value, const QString& path);

/// The JSON form of a requirement (which must not be None).
JsonValue encodeRequirement(const Requirement& requirement);

} // namespace cairn::io
