#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace cairn::io {

/// One field as Cairn's CSV files write it (RFC 4180, UTF-8). A field is quoted when it holds a
/// comma, a double quote or a line break, or starts or ends with a space; quotes are doubled.
/// Text that a spreadsheet would run as a formula, because it starts with `=`, `+`, `-`, `@`, a
/// tab or a carriage return, is neutralised the way OWASP ("CSV Injection") recommends: a
/// single quote (') goes in front and the field is quoted, so `=1+1` is written `"'=1+1"`.
/// Text that already starts with single quotes before such a character gets one more, so that
/// readCsvFieldText() gives every text back exactly.
QByteArray csvField(const QString& text);

/// The text of a field read from a CSV file: the single quote that csvField() put in front of
/// formula-like text is taken off again (`'=1+1` reads as `=1+1`, `''=x` as `'=x`); any
/// other text is returned as it is.
QString readCsvFieldText(const QString& field);

/// Appends one record of csvField()s separated by commas and ended by CRLF.
void appendCsvRecord(QByteArray& out, const QStringList& fields);

} // namespace cairn::io
