#include "cairn/io/ctdl_document.h"

#include "cairn/io/json_reader.h"

namespace cairn::io::ctdl {

using namespace Qt::Literals::StringLiterals;
using Code = Message::Code;

namespace {

LoadError failure(const QString& file, const JsonValue& at, const QString& field, Message what) {
    LoadError e;
    e.file = file;
    e.line = at.line;
    e.column = at.column;
    e.field = field;
    e.what = std::move(what);
    e.kind = LoadError::Kind::Unreadable;
    return e;
}

/// Why a document's shape is not CTDL's, and where.
struct ShapeError {
    const JsonValue* at = nullptr;
    Message what;
};

/// Collects the nodes of `value`, counting the wrappers (arrays, @graph, envelopes) around it.
ShapeError collectNodes(const JsonValue& value, const QString& path, std::vector<Located>& out, int wrappers) {
    auto error = [&](Message what) { return ShapeError{&value, std::move(what)}; };
    if (wrappers > 3)
        return error(says(Code::CtdlTooDeep));
    if (value.isArray()) {
        for (const Located& item : values({&value, path})) {
            if (!item.value->isObject())
                return ShapeError{item.value, says(Code::CtdlArrayItemNotNode, {qarg::text(item.path)})};
            if (ShapeError e = collectNodes(*item.value, item.path, out, wrappers + 1); e.at)
                return e;
        }
        return {};
    }
    if (!value.isObject())
        return error(says(Code::CtdlNotObjectOrArray));
    const QString prefix = path.isEmpty() ? QString() : path + u'.';
    if (const JsonMember* graph = value.member(u"@graph")) {
        if (!graph->value.isArray() && !graph->value.isObject())
            return error(says(Code::CtdlGraphNotArray, {qarg::text(prefix)}));
        return collectNodes(graph->value, prefix + graph->key, out, wrappers + 1);
    }
    if (const JsonMember* decoded = value.member(u"decoded_resource"))
        return collectNodes(decoded->value, prefix + decoded->key, out, wrappers + 1);
    if (value.member(u"envelope_id") || value.member(u"envelope_type"))
        return error(says(Code::CtdlEnvelopeNotDecoded));
    if (!value.member(u"@type"))
        return error(path.isEmpty() ? says(Code::CtdlDocumentNotNode) : says(Code::CtdlNotNode, {qarg::text(path)}));
    out.push_back({&value, path});
    return {};
}

} // namespace

std::variant<Document, LoadError> readDocument(const QByteArray& bytes, const QString& file) {
    auto parsed = parseJson(bytes);
    if (const auto* error = std::get_if<JsonSyntaxError>(&parsed)) {
        LoadError e;
        e.file = file;
        e.line = error->line;
        e.column = error->column;
        e.what = error->what;
        e.kind = LoadError::Kind::Unreadable;
        return e;
    }
    Document document;
    document.file = file;
    auto root = std::make_shared<JsonValue>(std::move(std::get<JsonValue>(parsed)));
    if (const ShapeError e = collectNodes(*root, {}, document.nodes, 0); e.at)
        return failure(file, *e.at, {}, e.what);
    if (document.nodes.empty())
        return failure(file, *root, {}, says(Code::CtdlNoNode));
    document.root = std::move(root);
    return document;
}

} // namespace cairn::io::ctdl
