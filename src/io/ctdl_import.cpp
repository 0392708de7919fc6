#include "cairn/io/ctdl_import.h"

#include "cairn/io/file_access.h"
#include "cairn/io/json_reader.h"
#include "ctdl_mapper.h"

#include <QHash>
#include <algorithm>
#include <tuple>

namespace cairn::io::ctdl {

using namespace Qt::Literals::StringLiterals;
using Code = Message::Code;

namespace {

/// The fields the import turns into catalog data, by the type of node they are in: a
/// placeholder there would become a title, a price or a duration.
QStringList importedFields(const QStringList& types) {
    if (detail::isCredentialType(types) || detail::isPathwayType(types) || detail::isComponentType(types))
        return {u"name"_s,           u"schema:name"_s, u"description"_s,   u"schema:description"_s,
                u"subjectWebpage"_s, u"ctid"_s,        u"requiredNumber"_s};
    if (types.contains(u"CostProfile"_s))
        return {u"price"_s, u"currency"_s};
    if (types.contains(u"DurationProfile"_s))
        return {u"exactDuration"_s, u"minimumDuration"_s, u"maximumDuration"_s};
    if (types.contains(u"ConditionProfile"_s))
        return {u"requiredNumber"_s};
    if (types.contains(u"CredentialAlignmentObject"_s) || types.contains(u"Competency"_s))
        return {u"targetNodeName"_s, u"competencyText"_s};
    return {};
}

std::optional<LoadError> placeholderIn(const Document& document, const Located& at, const QString& language,
                                       int depth) {
    const JsonValue& v = *at.value;
    if (depth > kMaxJsonDepth)
        return std::nullopt;
    if (v.isObject()) {
        const Node node(v, at.path);
        for (const QString& field : importedFields(node.types())) {
            const Located f = node.get(field);
            if (!f.value)
                continue;
            const QString written = f.value->isNumber() ? QString() : text(f.value, language);
            if (isPlaceholder(written)) {
                LoadError e;
                e.file = document.file;
                e.line = f.value->line;
                e.column = f.value->column;
                e.field = f.path;
                e.what = says(Code::CtdlPlaceholder, {qarg::text(written)});
                e.kind = LoadError::Kind::Unreadable;
                return e;
            }
        }
        for (const JsonMember& m : v.members)
            if (auto e = placeholderIn(document, {&m.value, at.path.isEmpty() ? m.key : at.path + u'.' + m.key},
                                       language, depth + 1))
                return e;
    } else if (v.isArray()) {
        for (std::size_t i = 0; i < v.items.size(); ++i)
            if (auto e = placeholderIn(document, {&v.items[i], u"%1[%2]"_s.arg(at.path).arg(i)}, language, depth + 1))
                return e;
    }
    return std::nullopt;
}

} // namespace

std::optional<LoadError> findPlaceholder(const Document& document, const QString& language) {
    for (const Located& node : document.nodes)
        if (auto e = placeholderIn(document, node, language, 0))
            return e;
    return std::nullopt;
}

int Report::count(Note::Kind kind) const {
    return static_cast<int>(std::count_if(notes.begin(), notes.end(), [&](const Note& n) { return n.kind == kind; }));
}

void Importer::addFile(const QString& path) {
    FileContent content = readFile(path);
    if (!content.ok()) {
        report_.files << path;
        LoadError e;
        e.file = path;
        e.what = *content.error;
        e.kind = LoadError::Kind::Unreadable;
        report_.failures.push_back(std::move(e));
        return;
    }
    addBytes(content.bytes, path);
}

void Importer::addBytes(const QByteArray& bytes, const QString& file) {
    report_.files << file;
    auto read = readDocument(bytes, file);
    if (auto* error = std::get_if<LoadError>(&read)) {
        report_.failures.push_back(std::move(*error));
        return;
    }
    Document& document = std::get<Document>(read);
    if (auto placeholder = findPlaceholder(document, options_.language)) {
        report_.failures.push_back(std::move(*placeholder));
        return;
    }
    documents_.push_back(std::move(document));
}

ImportResult Importer::finish() {
    ImportResult result;
    detail::Mapper mapper(options_, report_);
    result.catalog = mapper.map(documents_);
    // The mapping notes things as it meets them; a person reads a report file by file, top down.
    QHash<QString, qsizetype> fileOrder;
    for (qsizetype i = 0; i < report_.files.size(); ++i)
        fileOrder.insert(report_.files[i], i);
    std::stable_sort(report_.notes.begin(), report_.notes.end(), [&](const Note& a, const Note& b) {
        return std::tuple(fileOrder.value(a.file), a.line, a.column) <
               std::tuple(fileOrder.value(b.file), b.line, b.column);
    });
    result.report = std::move(report_);
    report_ = {};
    documents_.clear();
    return result;
}

} // namespace cairn::io::ctdl
