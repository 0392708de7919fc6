#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <cairn/engine/credential.h>
#include <cairn/io/load_error.h>
#include <vector>

namespace cairn::store {

/// Credentials read from a CSV file (docs/formats.md, "CSV credential import"), with the line
/// each one came from so later problems (validation) can point back into the file.
struct CredentialCsv {
    std::vector<Credential> credentials;
    std::vector<int> lines; ///< lines[i] is the line credentials[i] starts on
    std::vector<io::LoadError> errors;
};

/// The columns in the order they are written; a file may order them freely and leave out any
/// but `id` and `title`.
QStringList credentialCsvColumns();

/// Reads every row, reporting every problem with its line, column and column name.
/// A row with a problem is left out of `credentials`.
CredentialCsv readCredentialCsv(const QByteArray& data, const QString& fileName = {});

/// Writes a header and one row per credential; reading it back gives equal credentials.
QByteArray writeCredentialCsv(const std::vector<Credential>& credentials);

} // namespace cairn::store
