#pragma once

// A profile's funding sources and budget basis in JSON (docs/formats.md, "Funding source").
// Private to the io layer: profile_json.cpp reads and writes them.

#include "cairn/io/json_decoder.h"

#include <cairn/engine/profile.h>

namespace cairn::io {

/// Reads `budget_on` and `funding` of the profile object `r` reads into `profile`.
void decodeFunding(JsonDecoder& decoder, JsonObjectReader& r, Profile& profile);

/// Adds `budget_on` and `funding` to a profile object unless they are the defaults; every
/// source with every field.
void encodeFunding(const Profile& profile, JsonValue& root);

} // namespace cairn::io
