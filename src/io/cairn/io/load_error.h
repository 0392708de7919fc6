#pragma once

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace cairn::io {

/// One problem found while reading a file: where it is and what is wrong, for a person.
struct LoadError {
    QString file;    ///< path as given, may be empty for in-memory text
    int line = 0;    ///< 1-based; 0 when unknown
    int column = 0;  ///< 1-based; 0 when unknown
    QString field;   ///< JSON path or column name, e.g. "credentials[3].cost"
    QString message; ///< a full sentence

    /// "file:line:column: field: message", leaving out the parts that are unknown.
    [[nodiscard]] QString toString() const;
};

/// A value read from a file, or every problem that kept it from being read.
template <typename T> struct LoadResult {
    std::optional<T> value;
    std::vector<LoadError> errors;

    [[nodiscard]] bool ok() const { return value.has_value() && errors.empty(); }
};

/// All errors as lines, for printing.
QStringList toStrings(const std::vector<LoadError>& errors);

} // namespace cairn::io
