#include "cairn/io/requirement_json.h"

#include <cairn/engine/requirement_text.h>
#include <limits>

namespace cairn::io {

using namespace Qt::Literals::StringLiterals;
using Code = Message::Code;

namespace {

std::optional<Requirement> decodeItem(JsonDecoder& decoder, const JsonValue& v, const QString& path) {
    const std::string text = v.text.toStdString();
    auto parsed = parseRequirementText(text);
    if (const auto* e = std::get_if<RequirementTextError>(&parsed)) {
        // Point at the character inside the string (exact unless the string has escapes).
        const int column =
            v.column + 1 + static_cast<int>(QString::fromUtf8(text.data(), static_cast<qsizetype>(e->offset)).size());
        decoder.error(v.line, column, path,
                      says(Code::JsonRequirementItemInvalid, {JsonDecoder::found(v), arg::clauses({e->what})}));
        return std::nullopt;
    }
    const Requirement& r = std::get<Requirement>(parsed);
    if (r.isNone()) {
        decoder.error(v, path, says(Code::JsonRequirementItemEmpty));
        return std::nullopt;
    }
    if (!r.isItem()) {
        decoder.error(v, path, says(Code::JsonRequirementGroupAsText, {JsonDecoder::found(v)}));
        return std::nullopt;
    }
    return r;
}

std::optional<std::vector<Requirement>> decodeMembers(JsonDecoder& decoder, JsonObjectReader& group,
                                                      const QString& key) {
    const JsonValue* list = group.field(key, Need::Required);
    if (!list)
        return std::nullopt;
    if (!list->isArray() || list->items.empty()) {
        group.error(key, says(Code::JsonRequirementMembers,
                              {qarg::text(key), list->isArray() ? qarg::text(u"[]"_s) : JsonDecoder::found(*list)}));
        return std::nullopt;
    }
    std::vector<Requirement> members;
    bool ok = true;
    for (std::size_t i = 0; i < list->items.size(); ++i) {
        auto m = decodeRequirement(decoder, list->items[i], group.path(key) + u'[' + QString::number(i) + u']');
        if (m)
            members.push_back(std::move(*m));
        else
            ok = false;
    }
    if (!ok)
        return std::nullopt;
    return members;
}

} // namespace

std::optional<Requirement> decodeRequirement(JsonDecoder& decoder, const JsonValue& v, const QString& path) {
    if (v.isString())
        return decodeItem(decoder, v, path);
    if (!v.isObject()) {
        decoder.error(v, path, says(Code::JsonRequirementShape, {JsonDecoder::found(v)}));
        return std::nullopt;
    }
    const bool all = v.find(u"all") != nullptr;
    const bool any = v.find(u"any") != nullptr;
    const bool min = v.find(u"min") != nullptr || v.find(u"of") != nullptr;
    if (int(all) + int(any) + int(min) != 1) {
        decoder.error(v, path,
                      says(all || any || min ? Code::JsonRequirementGroupKinds : Code::JsonRequirementGroupKind));
        return std::nullopt;
    }
    if (all || any) {
        const QString key = all ? u"all"_s : u"any"_s;
        JsonObjectReader group(decoder, v, path, Code::JsonWhatRequirementGroup, {key});
        auto members = decodeMembers(decoder, group, key);
        if (!members)
            return std::nullopt;
        return all ? Requirement::all(std::move(*members)) : Requirement::any(std::move(*members));
    }
    JsonObjectReader group(decoder, v, path, Code::JsonWhatRequirementGroup, {u"min"_s, u"of"_s});
    const auto k = group.integer(u"min"_s, Need::Required, 1, std::numeric_limits<int>::max());
    auto members = decodeMembers(decoder, group, u"of"_s);
    if (!k || !members)
        return std::nullopt;
    if (static_cast<std::size_t>(*k) > members->size()) {
        group.error(u"min"_s, says(Code::JsonGroupMinAboveMembers,
                                   {arg::count(*k), arg::count(static_cast<long long>(members->size()))}));
        return std::nullopt;
    }
    return Requirement::atLeast(*k, std::move(*members));
}

JsonValue encodeRequirement(const Requirement& r) {
    if (r.isItem())
        return JsonValue::fromString(QString::fromStdString(r.itemText()));
    JsonValue members = JsonValue::array();
    for (const auto& m : r.members)
        members.append(encodeRequirement(m));
    JsonValue group = JsonValue::object();
    switch (r.kind) {
    case Requirement::Kind::All:
        group.add(u"all"_s, std::move(members));
        break;
    case Requirement::Kind::Any:
        group.add(u"any"_s, std::move(members));
        break;
    case Requirement::Kind::AtLeast:
        group.add(u"min"_s, JsonValue::fromNumber(r.k));
        group.add(u"of"_s, std::move(members));
        break;
    default:
        return JsonValue::null();
    }
    return group;
}

} // namespace cairn::io
