#include "cairn/io/json_value.h"

namespace cairn::io {

JsonValue JsonValue::fromBool(bool b) {
    JsonValue v;
    v.type = Type::Bool;
    v.boolean = b;
    return v;
}

JsonValue JsonValue::fromNumber(double n) {
    JsonValue v;
    v.type = Type::Number;
    v.number = n;
    return v;
}

JsonValue JsonValue::fromString(QString s) {
    JsonValue v;
    v.type = Type::String;
    v.text = std::move(s);
    return v;
}

JsonValue JsonValue::array() {
    JsonValue v;
    v.type = Type::Array;
    return v;
}

JsonValue JsonValue::object() {
    JsonValue v;
    v.type = Type::Object;
    return v;
}

const JsonMember* JsonValue::member(QStringView key) const {
    for (const auto& m : members)
        if (m.key == key)
            return &m;
    return nullptr;
}

const JsonValue* JsonValue::find(QStringView key) const {
    const JsonMember* m = member(key);
    return m ? &m->value : nullptr;
}

JsonValue& JsonValue::add(QString key, JsonValue value) {
    members.push_back(JsonMember{std::move(key), 0, 0, std::move(value)});
    return *this;
}

JsonValue& JsonValue::append(JsonValue value) {
    items.push_back(std::move(value));
    return *this;
}

} // namespace cairn::io
