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
/// Empty lines are skipped. Every malformed spot is reported; reading goes on after it.
struct CsvTable {
    std::vector<CsvRecord> records;
    std::vector<io::LoadError> errors;
};
CsvTable readCsv(const QByteArray& data, const QString& fileName = {});

/// Appends one record, quoting the fields that need it, ended by CRLF.
void appendCsvRecord(QByteArray& out, const QStringList& fields);

} // namespace cairn::store
