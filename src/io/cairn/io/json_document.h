#pragma once

#include "cairn/io/json_decoder.h"
#include "cairn/io/json_value.h"
#include "cairn/io/load_error.h"

#include <QByteArray>
#include <QString>
#include <optional>
#include <vector>

namespace cairn::io {

/// Parses a Cairn JSON document and checks its "format" and "version" header. Returns the
/// root object when its fields can be read; otherwise the reason is recorded in `decoder`.
std::optional<JsonValue> openDocument(JsonDecoder& decoder, const QByteArray& json, const QString& format, int version);
/// The same for a format read in versions `minVersion` to `maxVersion`; `version` receives the
/// file's own.
std::optional<JsonValue> openDocument(JsonDecoder& decoder, const QByteArray& json, const QString& format,
                                      int minVersion, int maxVersion, int& version);

/// The whole content of a file (at most kMaxFileBytes, see readFile()), or nullopt with the reason
/// appended to `errors`.
std::optional<QByteArray> readWholeFile(const QString& path, std::vector<LoadError>& errors);

/// Orders errors by position in the file, so they read top to bottom.
void sortByPosition(std::vector<LoadError>& errors);

} // namespace cairn::io
