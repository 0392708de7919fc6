#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <cairn/io/load_error.h>
#include <vector>

namespace cairn::store {

/// One field of a CSV record, with where its text starts (1-based, counted in characters).
struct CsvField {
    QString text;
    int line = 0;
    int column = 0;
};

struct CsvRecord {
    std::vector<CsvField> fields;
    int line = 0; ///< the line the record starts on
};

/// Reads RFC 4180 CSV (UTF-8, optional byte-order mark): comma-separated fields, records ended
/// by CRLF or LF, fields in double quotes may hold commas, line breaks and doubled quotes.
/// Empty lines are skipped. Every malformed spot is reported; reading goes on after it. A file
/// that is not UTF-8 text (a malformed sequence or a NUL byte) gives no records and one error at
/// its first bad byte. The single quote that io::csvField() puts in front of formula-like text
/// is taken off again (io::readCsvFieldText()), so what Cairn writes reads back unchanged.
struct CsvTable {
    std::vector<CsvRecord> records;
    std::vector<io::LoadError> errors;
};
CsvTable readCsv(const QByteArray& data, const QString& fileName = {});

} // namespace cairn::store
