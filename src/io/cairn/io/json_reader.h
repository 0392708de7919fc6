#pragma once

#include "cairn/io/json_value.h"
#include "cairn/io/load_error.h"

#include <QByteArray>
#include <QString>
#include <variant>

namespace cairn::io {

/// Where and why a text is not JSON.
struct JsonSyntaxError {
    int line = 0;   ///< 1-based
    int column = 0; ///< 1-based, counted in characters
    Message what;   ///< a Json… code and its facts, worded by text::MessageWords
};

/// Nesting deeper than this is refused (no file of Cairn's needs it, and recursion stays bounded).
constexpr int kMaxJsonDepth = 64;

/// Parses strict RFC 8259 JSON in UTF-8 into a DOM whose values know their line and column.
/// Duplicate keys, comments, trailing commas, single quotes, NaN and invalid UTF-8 are errors.
std::variant<JsonValue, JsonSyntaxError> parseJson(const QByteArray& utf8, int maxDepth = kMaxJsonDepth);

} // namespace cairn::io
