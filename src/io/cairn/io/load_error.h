#pragma once

#include <QString>
#include <QStringList>
#include <cairn/engine/message.h>
#include <initializer_list>
#include <optional>
#include <vector>

namespace cairn::io {

/// One problem found while reading a file: where it is, and what is wrong as a message (a code
/// and its facts). io has no words of its own: text::LoadWords writes the line a person reads,
/// "file:line:column: field (object): sentence", in English for the command line and in the
/// user's language for the window.
struct LoadError {
    QString file;   ///< path as given, may be empty for in-memory text
    int line = 0;   ///< 1-based; 0 when unknown
    int column = 0; ///< 1-based; 0 when unknown
    QString field;  ///< JSON path or column name, e.g. "credentials[3].cost"
    Message what{}; ///< what is wrong: a reading error's code (Json…, File…, Csv…) or a validation problem's
    /// Whether the file could not be read as the format at all, or was read and breaks its rules.
    enum class Kind {
        Unreadable, ///< missing, unreadable, not JSON, or not this format and version
        Invalid     ///< a field of the wrong type, out of range, unknown, missing…
    };
    Kind kind = Kind::Invalid;
    QString object{}; ///< what it is about when known, as validation names it: "credential sql-basics"

    [[nodiscard]] bool unreadable() const { return kind == Kind::Unreadable; }
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

/// A message of `code` with `args`, so that an error reads as one line where it is found.
[[nodiscard]] Message says(Message::Code code, std::initializer_list<MessageArg> args = {});

/// Facts from Qt strings: a text as written, and a clause (a message inside another).
namespace qarg {
MessageArg text(const QString& text);
MessageArg texts(const QStringList& texts);
MessageArg clause(Message message);
} // namespace qarg

} // namespace cairn::io
