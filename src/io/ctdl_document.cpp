#include "cairn/io/ctdl_document.h"

#include "cairn/io/json_reader.h"

namespace cairn::io::ctdl {

using namespace Qt::Literals::StringLiterals;

namespace {

LoadError failure(const QString& file, const JsonValue& at, const QString& field, const QString& message) {
    LoadError e;
    e.file = file;
    e.line = at.line;
    e.column = at.column;
    e.field = field;
    e.message = message;
    e.kind = LoadError::Kind::Unreadable;
    return e;
}

/// Why a document's shape is not CTDL's, and where.
struct ShapeError {
    const JsonValue* at = nullptr;
    QString message;
};

/// Collects the nodes of `value`, counting the wrappers (arrays, @graph, envelopes) around it.
ShapeError collectNodes(const JsonValue& value, const QString& path, std::vector<Located>& out, int wrappers) {
    auto error = [&](QString message) { return ShapeError{&value, std::move(message)}; };
    if (wrappers > 3)
        return error(u"a CTDL document nests its wrappers no deeper than an envelope around an @graph"_s);
    if (value.isArray()) {
        for (const Located& item : values({&value, path})) {
            if (!item.value->isObject())
                return ShapeError{item.value,
                                  u"%1 is not a CTDL node: a document's array holds JSON objects"_s.arg(item.path)};
            if (ShapeError e = collectNodes(*item.value, item.path, out, wrappers + 1); e.at)
                return e;
        }
        return {};
    }
    if (!value.isObject())
        return error(u"a CTDL document is a JSON object or an array of objects"_s);
    const QString prefix = path.isEmpty() ? QString() : path + u'.';
    if (const JsonMember* graph = value.member(u"@graph")) {
        if (!graph->value.isArray() && !graph->value.isObject())
            return error(u"%1@graph must be an array of nodes"_s.arg(prefix));
        return collectNodes(graph->value, prefix + graph->key, out, wrappers + 1);
    }
    if (const JsonMember* decoded = value.member(u"decoded_resource"))
        return collectNodes(decoded->value, prefix + decoded->key, out, wrappers + 1);
    if (value.member(u"envelope_id") || value.member(u"envelope_type"))
        return error(u"this Credential Registry envelope has no decoded_resource; Cairn reads the decoded "
                     u"document, not the signed one in 'resource'"_s);
    if (!value.member(u"@type"))
        return error(u"%1 is not a CTDL node: it has no @type, @graph or decoded_resource"_s.arg(
            path.isEmpty() ? u"the document"_s : path));
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
        e.message = error->message;
        e.kind = LoadError::Kind::Unreadable;
        return e;
    }
    Document document;
    document.file = file;
    auto root = std::make_shared<JsonValue>(std::move(std::get<JsonValue>(parsed)));
    if (const ShapeError e = collectNodes(*root, {}, document.nodes, 0); e.at)
        return failure(file, *e.at, {}, e.message);
    if (document.nodes.empty())
        return failure(file, *root, {}, u"the document holds no CTDL node"_s);
    document.root = std::move(root);
    return document;
}

} // namespace cairn::io::ctdl
