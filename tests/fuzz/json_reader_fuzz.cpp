// The JSON reader: any bytes give a DOM or a syntax error with a position inside the text,
// never a crash; and a DOM written back out reads again to the same values.

#include "fuzz_support.h"
#include "load_error_check.h"

#include <cairn/io/json_reader.h>
#include <cairn/io/json_writer.h>

using namespace cairn;
using namespace cairn::io;

namespace {

bool sameValue(const JsonValue& a, const JsonValue& b) {
    if (a.type != b.type)
        return false;
    switch (a.type) {
    case JsonValue::Type::Null:
        return true;
    case JsonValue::Type::Bool:
        return a.boolean == b.boolean;
    case JsonValue::Type::Number:
        return a.number == b.number;
    case JsonValue::Type::String:
        return a.text == b.text;
    case JsonValue::Type::Array:
        if (a.items.size() != b.items.size())
            return false;
        for (std::size_t i = 0; i < a.items.size(); ++i)
            if (!sameValue(a.items[i], b.items[i]))
                return false;
        return true;
    case JsonValue::Type::Object:
        if (a.members.size() != b.members.size())
            return false;
        for (std::size_t i = 0; i < a.members.size(); ++i)
            if (a.members[i].key != b.members[i].key || !sameValue(a.members[i].value, b.members[i].value))
                return false;
        return true;
    }
    return false;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray text = fuzz::bytes(data, size);
    auto parsed = parseJson(text);
    if (const auto* error = std::get_if<JsonSyntaxError>(&parsed)) {
        fuzz::require(error->line >= 1 && error->column >= 1, "a syntax error has a position");
        fuzz::require(error->line <= text.count('\n') + 1, "a syntax error's line is in the text");
        fuzz::require(fuzz::worded(error->what), "a syntax error says what is wrong");
        return 0;
    }
    const JsonValue& value = std::get<JsonValue>(parsed);
    const QByteArray written = writeJson(value);
    auto reread = parseJson(written);
    fuzz::require(std::holds_alternative<JsonValue>(reread), "written JSON reads again", written);
    fuzz::require(sameValue(value, std::get<JsonValue>(reread)), "written JSON reads to the same values", written);
    return 0;
}
