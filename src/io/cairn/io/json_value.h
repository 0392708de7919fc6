#pragma once

#include <QString>
#include <QStringView>
#include <vector>

namespace cairn::io {

struct JsonMember;

/// A JSON value that remembers where it was read (1-based line and column), so that errors
/// found while interpreting a file can point at the exact spot. Also used to build output.
struct JsonValue {
    enum class Type { Null, Bool, Number, String, Array, Object };

    Type type = Type::Null;
    int line = 0;
    int column = 0;
    bool boolean = false;
    double number = 0;
    QString text;                    ///< a string's value, or a number as written in the file
    std::vector<JsonValue> items;    ///< array elements
    std::vector<JsonMember> members; ///< object fields, in written order

    static JsonValue null(); // defined below JsonMember: building a value needs it complete
    static JsonValue fromBool(bool b);
    static JsonValue fromNumber(double n);
    static JsonValue fromString(QString s);
    static JsonValue array();
    static JsonValue object();

    [[nodiscard]] bool isNull() const { return type == Type::Null; }
    [[nodiscard]] bool isBool() const { return type == Type::Bool; }
    [[nodiscard]] bool isNumber() const { return type == Type::Number; }
    [[nodiscard]] bool isString() const { return type == Type::String; }
    [[nodiscard]] bool isArray() const { return type == Type::Array; }
    [[nodiscard]] bool isObject() const { return type == Type::Object; }

    /// The object's member named `key`, or nullptr.
    [[nodiscard]] const JsonMember* member(QStringView key) const;
    /// The value of the object's member named `key`, or nullptr.
    [[nodiscard]] const JsonValue* find(QStringView key) const;

    /// Builders: append a field to an object, an element to an array. Return *this.
    JsonValue& add(QString key, JsonValue value);
    JsonValue& append(JsonValue value);
};

/// One field of an object: the key with its own position (for "unknown field" errors).
struct JsonMember {
    QString key;
    int line = 0;
    int column = 0;
    JsonValue value;
};

inline JsonValue JsonValue::null() {
    return {};
}

} // namespace cairn::io
