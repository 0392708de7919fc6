#pragma once

#include "cairn/io/json_value.h"
#include "cairn/io/load_error.h"

#include <QString>
#include <QStringList>
#include <cairn/engine/date.h>
#include <cairn/engine/limits.h>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace cairn::io {

/// Collects the shape errors of one file while its JSON is turned into model values, each
/// with the file, line, column and field path, so that all of them are reported together.
class JsonDecoder {
public:
    explicit JsonDecoder(QString file) : file_(std::move(file)) {}

    void error(const JsonValue& at, const QString& path, Message what);
    void error(int line, int column, const QString& path, Message what);

    [[nodiscard]] bool hasErrors() const { return !errors_.empty(); }
    [[nodiscard]] const std::vector<LoadError>& errors() const { return errors_; }
    std::vector<LoadError> takeErrors() { return std::move(errors_); }
    [[nodiscard]] const QString& file() const { return file_; }

    /// Where the errors of an object start, for nameObject().
    [[nodiscard]] std::size_t mark() const { return errors_.size(); }
    /// Names the object (as validation does: "credential sql-basics") in every error since `from`,
    /// so that a reader learns which credential a path like credentials[2].requires is in.
    void nameObject(std::size_t from, const QString& object);

    /// How a value reads in a message: "abc" in quotes, a number as written, null, true, false,
    /// or a clause for an array or an object.
    static MessageArg found(const JsonValue& v);
    /// True for ids usable in requirement items: [A-Za-z0-9._-]+ (io::isId()).
    static bool isId(const QString& text);

private:
    QString file_;
    std::vector<LoadError> errors_;
};

enum class Need { Required, Optional };

/// Reads the fields of one JSON object. Unknown fields are reported when it is made, a value
/// of the wrong type when it is asked for; missing required fields are reported at the object.
/// Accessors return nullopt when the field is absent or wrong (and the error is recorded).
class JsonObjectReader {
public:
    /// `what` names the object in messages (a JsonWhat… code: "a credential"); `known` lists its fields.
    JsonObjectReader(JsonDecoder& decoder, const JsonValue& value, QString path, Message::Code what, QStringList known);

    [[nodiscard]] bool isObject() const { return object_ != nullptr; }
    [[nodiscard]] QString path(const QString& key) const;
    /// The field's value, or nullptr when absent (an error when required).
    const JsonValue* field(const QString& key, Need need);
    [[nodiscard]] bool has(const QString& key) const;

    std::optional<QString> string(const QString& key, Need need);
    /// A string in id syntax.
    std::optional<QString> id(const QString& key, Need need);
    /// A number in `range`.
    std::optional<double> number(const QString& key, Need need, const NumberRange& range);
    /// A whole number in [min, max].
    std::optional<int> integer(const QString& key, Need need, int min, int max);
    /// A "YYYY-MM-DD" calendar date within the years Cairn plans in; null is accepted (as nullopt)
    /// when `nullable`.
    std::optional<Date> date(const QString& key, Need need, bool nullable = false);
    /// An array of strings (ids when `ids`); absent gives an empty list.
    std::vector<std::string> strings(const QString& key, Need need, bool ids);
    /// Calls `each(item, itemPath)` for every element of an array field.
    void forEach(const QString& key, Need need, const std::function<void(const JsonValue&, const QString&)>& each);

    /// Records an error about field `key`'s value.
    void error(const QString& key, Message what);

    JsonDecoder& decoder() { return decoder_; }

private:
    JsonDecoder& decoder_;
    const JsonValue* object_ = nullptr;
    const JsonValue& value_;
    QString path_;
    Message::Code what_;
};

/// Checks a lone value (an array element) the way JsonObjectReader checks fields; `what` names
/// it in the message: a field's key as text, or a clause ("each of skills").
std::optional<QString> decodeId(JsonDecoder& decoder, const JsonValue& v, const QString& path, const MessageArg& what);
/// A "YYYY-MM-DD" date within the years Cairn plans in; `what` names it in the message, which
/// mentions null as well when `nullable`.
std::optional<Date> decodeDate(JsonDecoder& decoder, const JsonValue& v, const QString& path, const MessageArg& what,
                               bool nullable = false);

/// "`key` must be one of `choices`, found `found`": a text field whose value is none of its words.
Message notOneOf(const QString& key, const QStringList& choices, const QString& found);

/// UTF-8 std::string from QString and back, for the engine's model.
inline std::string toStd(const QString& s) {
    return s.toStdString();
}
inline QString fromStd(const std::string& s) {
    return QString::fromStdString(s);
}

} // namespace cairn::io
