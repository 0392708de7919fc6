#pragma once

#include "cairn/io/json_value.h"

#include <QByteArray>

namespace cairn::io {

/// Writes `value` as pretty-printed UTF-8 JSON ending in a newline: 2-space indent, fields in
/// their order, and a container kept on one line when that line fits in `width` characters.
/// The output depends only on the value, so files written from equal values are identical.
QByteArray writeJson(const JsonValue& value, int width = 100);

/// A number in its shortest form that reads back to the same double ("294", "0.5", "1e+20").
QByteArray formatJsonNumber(double n);

/// `text` as a JSON string literal: quoted, with quotes, backslashes and control characters
/// escaped (C0, DEL, C1, and U+2028/U+2029, which a terminal or JavaScript would act on); other
/// characters pass through as UTF-8.
QByteArray quoteJsonString(const QString& text);

} // namespace cairn::io
