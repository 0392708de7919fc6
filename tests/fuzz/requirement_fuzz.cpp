// The requirement language in both its forms. The text form (CSV files, the app): any text
// parses or gives an error at an offset inside it, and a parsed requirement printed again
// parses to the same requirement. The JSON form (catalogs): any JSON value decodes or gives
// errors, and a decoded requirement encoded again decodes to the same one. The two forms
// agree: a requirement read from text reads the same through JSON.

#include "fuzz_support.h"
#include "load_error_check.h"

#include <QRegularExpression>
#include <cairn/engine/requirement_text.h>
#include <cairn/io/json_reader.h>
#include <cairn/io/requirement_json.h>
#include <cairn/text/load_words.h>
#include <optional>

using namespace cairn;

namespace {

std::optional<Requirement> throughJson(const Requirement& requirement) {
    io::JsonDecoder decoder{QString()};
    auto decoded = io::decodeRequirement(decoder, io::encodeRequirement(requirement), QStringLiteral("requires"));
    return decoder.hasErrors() ? std::nullopt : decoded;
}

void checkText(std::string_view text) {
    auto parsed = parseRequirementText(text);
    if (const auto* error = std::get_if<RequirementTextError>(&parsed)) {
        fuzz::require(error->offset <= text.size(), "a requirement error's offset is inside the text");
        const QString words = text::LoadWords::english().phrase(error->what);
        // Every placeholder filled: a '%' may be the character found, never one left before a digit.
        static const QRegularExpression placeholder(QStringLiteral("%[0-9]"));
        fuzz::require(!words.isEmpty() && !words.contains(placeholder), "a requirement error says what is wrong",
                      words.toUtf8());
        return;
    }
    const Requirement& requirement = std::get<Requirement>(parsed);
    const std::string printed = toText(requirement);
    auto reparsed = parseRequirementText(printed);
    fuzz::require(std::holds_alternative<Requirement>(reparsed), "a printed requirement parses",
                  QByteArray::fromStdString(printed));
    fuzz::require(std::get<Requirement>(reparsed) == requirement, "a printed requirement parses to itself",
                  QByteArray::fromStdString(printed));
    if (!requirement.isNone()) {
        const auto viaJson = throughJson(requirement);
        fuzz::require(viaJson && *viaJson == requirement, "the text and JSON forms agree",
                      QByteArray::fromStdString(printed));
    }
}

void checkJson(const QByteArray& bytes) {
    auto parsed = io::parseJson(bytes);
    if (!std::holds_alternative<io::JsonValue>(parsed))
        return;
    io::JsonDecoder decoder{QStringLiteral("fuzz.json")};
    const auto decoded = io::decodeRequirement(decoder, std::get<io::JsonValue>(parsed), QStringLiteral("requires"));
    for (const io::LoadError& error : decoder.errors())
        fuzz::require(fuzz::worded(error), "a requirement error says what is wrong");
    if (!decoded || decoder.hasErrors() || decoded->isNone())
        return;
    const auto again = throughJson(*decoded);
    fuzz::require(again && *again == *decoded, "an encoded requirement decodes to itself", bytes);
    const std::string printed = toText(*decoded);
    auto reparsed = parseRequirementText(printed);
    fuzz::require(std::holds_alternative<Requirement>(reparsed) && std::get<Requirement>(reparsed) == *decoded,
                  "a requirement read from JSON reads the same as text", QByteArray::fromStdString(printed));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    checkText(std::string_view(reinterpret_cast<const char*>(data), size));
    checkJson(fuzz::bytes(data, size));
    return 0;
}
