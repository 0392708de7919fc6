// The CSV import: any bytes give records (and errors that say where), never a crash. Records
// written back with appendCsvRecord read to the same cells, and credentials that import cleanly
// export and import again to equal credentials.

#include "fuzz_support.h"
#include "load_error_check.h"

#include <cairn/io/csv_field.h>
#include <cairn/store/credential_csv.h>
#include <cairn/store/csv.h>

using namespace cairn;

namespace {

/// A record of one empty field is written as an empty line, which every reader skips (CSV
/// cannot tell them apart); it is left out of the round trip.
bool isEmptyRecord(const store::CsvRecord& record) {
    return record.fields.size() == 1 && record.fields.front().text.isEmpty();
}

void checkCells(store::CsvTable table) {
    std::erase_if(table.records, isEmptyRecord);
    QByteArray written;
    for (const store::CsvRecord& record : table.records) {
        QStringList cells;
        for (const store::CsvField& field : record.fields)
            cells << field.text;
        io::appendCsvRecord(written, cells);
    }
    const store::CsvTable reread = store::readCsv(written);
    fuzz::require(reread.errors.empty(), "written CSV reads without errors", written);
    fuzz::require(reread.records.size() == table.records.size(), "written CSV has the same records", written);
    for (std::size_t r = 0; r < table.records.size(); ++r) {
        const auto& before = table.records[r].fields;
        const auto& after = reread.records[r].fields;
        fuzz::require(before.size() == after.size(), "a written record has the same fields", written);
        for (std::size_t f = 0; f < before.size(); ++f)
            fuzz::require(before[f].text == after[f].text, "a written cell reads back the same",
                          before[f].text.toUtf8());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray bytes = fuzz::bytes(data, size);
    const store::CsvTable table = store::readCsv(bytes, QStringLiteral("fuzz.csv"));
    for (const io::LoadError& error : table.errors)
        fuzz::require(error.line >= 1 && error.column >= 1 && fuzz::worded(error),
                      "a CSV error has a position and a message", fuzz::described(error));
    if (table.errors.empty())
        checkCells(table);

    const store::CredentialCsv imported = store::readCredentialCsv(bytes, QStringLiteral("fuzz.csv"));
    fuzz::require(imported.credentials.size() == imported.lines.size(), "every credential has its line");
    if (!imported.errors.empty() || imported.credentials.empty())
        return 0;
    const QByteArray exported = store::writeCredentialCsv(imported.credentials);
    const store::CredentialCsv again = store::readCredentialCsv(exported);
    fuzz::require(again.errors.empty(), "exported credentials import without errors", exported);
    fuzz::require(again.credentials == imported.credentials, "exported credentials import to equal ones", exported);
    return 0;
}
