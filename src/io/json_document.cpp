#include "cairn/io/json_document.h"

#include "cairn/io/file_access.h"
#include "cairn/io/json_reader.h"

#include <algorithm>

namespace cairn::io {

using namespace Qt::Literals::StringLiterals;
using Code = Message::Code;

std::optional<JsonValue> openDocument(JsonDecoder& decoder, const QByteArray& json, const QString& format,
                                      int version) {
    int read = 0;
    return openDocument(decoder, json, format, version, version, read);
}

std::optional<JsonValue> openDocument(JsonDecoder& decoder, const QByteArray& json, const QString& format,
                                      int minVersion, int maxVersion, int& version) {
    auto parsed = parseJson(json);
    if (const auto* e = std::get_if<JsonSyntaxError>(&parsed)) {
        decoder.error(e->line, e->column, {}, e->what);
        return std::nullopt;
    }
    JsonValue root = std::get<JsonValue>(std::move(parsed));
    const MessageArg reads = qarg::clause(
        minVersion == maxVersion
            ? says(Code::JsonReadsVersion, {qarg::text(format), arg::count(maxVersion)})
            : says(Code::JsonReadsVersions, {qarg::text(format), arg::count(minVersion), arg::count(maxVersion)}));
    if (!root.isObject()) {
        decoder.error(root, {}, says(Code::JsonDocumentNotObject, {qarg::text(format), JsonDecoder::found(root)}));
        return std::nullopt;
    }
    const JsonValue* f = root.find(u"format");
    if (!f) {
        decoder.error(root, u"format"_s, says(Code::JsonFormatMissing, {reads}));
        return std::nullopt;
    }
    if (!f->isString() || f->text != format) {
        decoder.error(*f, u"format"_s, says(Code::JsonUnknownFormat, {JsonDecoder::found(*f), reads}));
        return std::nullopt;
    }
    const JsonValue* v = root.find(u"version");
    if (!v) {
        decoder.error(root, u"version"_s, says(Code::JsonVersionMissing, {reads}));
        return std::nullopt;
    }
    const bool known = v->isNumber() && v->number >= minVersion && v->number <= maxVersion &&
                       v->number == static_cast<double>(static_cast<int>(v->number));
    if (!known) {
        decoder.error(*v, u"version"_s,
                      says(Code::JsonVersionUnsupported, {qarg::text(format), JsonDecoder::found(*v), reads}));
        return std::nullopt;
    }
    version = static_cast<int>(v->number);
    return root;
}

std::optional<QByteArray> readWholeFile(const QString& path, std::vector<LoadError>& errors) {
    FileContent content = readFile(path);
    if (!content.ok()) {
        errors.push_back(LoadError{path, 0, 0, {}, *content.error});
        return std::nullopt;
    }
    return std::move(content.bytes);
}

void sortByPosition(std::vector<LoadError>& errors) {
    std::stable_sort(errors.begin(), errors.end(), [](const LoadError& a, const LoadError& b) {
        return std::pair(a.line, a.column) < std::pair(b.line, b.column);
    });
}

} // namespace cairn::io
