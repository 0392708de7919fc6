#pragma once

#include <QString>
#include <QStringList>
#include <cairn/engine/message.h>
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
    /// Whether the file could not be read as the format at all, or was read and breaks its rules.
    enum class Kind {
        Unreadable, ///< missing, unreadable, not JSON, or not this format and version
        Invalid     ///< a field of the wrong type, out of range, unknown, missing…
    };
    Kind kind = Kind::Invalid;
    QString object{}; ///< what it is about when known, as validation names it: "credential sql-basics"
    /// The validation problem this error reports, when it is one: a layer that shows it can
    /// word it in the reader's language (text::MessageWords); `message` holds its English.
    std::optional<Message> problem{};

    [[nodiscard]] bool unreadable() const { return kind == Kind::Unreadable; }
    /// "file:line:column: field (object): message", leaving out the parts that are unknown.
    [[nodiscard]] QString toString() const;
};

/// A value read from a file, or every problem that kept it from being read.
template <typename T> struct LoadResult {
    std::optional<T> value;
    std::vector<LoadError> errors;

    [[nodiscard]] bool ok() const { return value.has_value() && errors.empty(); }
};

/// Marks every error as one that kept the file from being read at all.
void markUnreadable(std::vector<LoadError>& errors);

/// True when some error kept a file from being read at all (not only from being valid).
[[nodiscard]] bool anyUnreadable(const std::vector<LoadError>& errors);

/// All errors as lines, for printing.
QStringList toStrings(const std::vector<LoadError>& errors);

} // namespace cairn::io
