#include "cairn/io/json_decoder.h"

#include "cairn/io/catalog_rules.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace cairn::io {

using namespace Qt::Literals::StringLiterals;
using Code = Message::Code;

namespace {

int editDistance(const QString& a, const QString& b) {
    std::vector<int> row(static_cast<std::size_t>(b.size()) + 1);
    for (std::size_t j = 0; j < row.size(); ++j)
        row[j] = static_cast<int>(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = static_cast<int>(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int up = row[static_cast<std::size_t>(j)];
            const int cost = a[i - 1].toLower() == b[j - 1].toLower() ? 0 : 1;
            row[static_cast<std::size_t>(j)] =
                std::min({up + 1, row[static_cast<std::size_t>(j - 1)] + 1, diagonal + cost});
            diagonal = up;
        }
    }
    return row.back();
}

} // namespace

void JsonDecoder::error(const JsonValue& at, const QString& path, Message what) {
    error(at.line, at.column, path, std::move(what));
}

void JsonDecoder::error(int line, int column, const QString& path, Message what) {
    errors_.push_back(LoadError{file_, line, column, path, std::move(what)});
}

void JsonDecoder::nameObject(std::size_t from, const QString& object) {
    for (std::size_t i = from; i < errors_.size(); ++i)
        if (errors_[i].object.isEmpty())
            errors_[i].object = object;
}

MessageArg JsonDecoder::found(const JsonValue& v) {
    switch (v.type) {
    case JsonValue::Type::Null:
        return qarg::text(u"null"_s);
    case JsonValue::Type::Bool:
        return qarg::text(v.boolean ? u"true"_s : u"false"_s);
    case JsonValue::Type::Number:
        return qarg::text(v.text.isEmpty() ? QString::number(v.number) : v.text);
    case JsonValue::Type::String: {
        QString shown = v.text;
        if (shown.size() > 40)
            shown = shown.left(37) + u"..."_s;
        shown.replace(u'\n', u' ');
        return qarg::text(u"\""_s + shown + u"\""_s);
    }
    case JsonValue::Type::Array:
        return qarg::clause(says(Code::JsonFoundArray));
    case JsonValue::Type::Object:
        return qarg::clause(says(Code::JsonFoundObject));
    }
    return {};
}

bool JsonDecoder::isId(const QString& text) {
    return io::isId(text);
}

std::optional<QString> decodeId(JsonDecoder& decoder, const JsonValue& v, const QString& path, const MessageArg& what) {
    if (!v.isString()) {
        decoder.error(v, path, says(Code::JsonNotString, {what, JsonDecoder::found(v)}));
        return std::nullopt;
    }
    if (!JsonDecoder::isId(v.text)) {
        decoder.error(v, path, says(Code::JsonNotId, {what, JsonDecoder::found(v)}));
        return std::nullopt;
    }
    return v.text;
}

std::optional<Date> decodeDate(JsonDecoder& decoder, const JsonValue& v, const QString& path, const MessageArg& what,
                               bool nullable) {
    std::optional<Date> d;
    if (v.isString())
        d = Date::fromIso(v.text.toStdString());
    if (!d) {
        decoder.error(v, path,
                      says(nullable ? Code::JsonNotDateOrNull : Code::JsonNotDate, {what, JsonDecoder::found(v)}));
        return std::nullopt;
    }
    if (!limits::contains(*d)) {
        decoder.error(v, path,
                      says(nullable ? Code::JsonDateOutOfRangeOrNull : Code::JsonDateOutOfRange,
                           {what, arg::text(limits::firstDate().toIso()), arg::text(limits::lastDate().toIso()),
                            JsonDecoder::found(v)}));
        return std::nullopt;
    }
    return d;
}

Message notOneOf(const QString& key, const QStringList& choices, const QString& found) {
    return says(Code::JsonNotOneOf, {qarg::text(key), qarg::texts(choices), qarg::text(found)});
}

JsonObjectReader::JsonObjectReader(JsonDecoder& decoder, const JsonValue& value, QString path, Message::Code what,
                                   QStringList known)
    : decoder_(decoder), value_(value), path_(std::move(path)), what_(what) {
    if (!value.isObject()) {
        decoder_.error(value, path_, says(Code::JsonNotObject, {qarg::clause(says(what_)), JsonDecoder::found(value)}));
        return;
    }
    object_ = &value;
    for (const auto& m : value.members) {
        if (known.contains(m.key))
            continue;
        const MessageArg object = qarg::clause(says(what_));
        // A near miss is most likely a typo; short names differ from everything by two edits.
        const int tolerance = m.key.size() <= 4 ? 1 : 2;
        const auto close = std::find_if(known.begin(), known.end(),
                                        [&](const QString& k) { return editDistance(k, m.key) <= tolerance; });
        decoder_.error(m.line, m.column, this->path(m.key),
                       close != known.end()
                           ? says(Code::JsonUnknownFieldDidYouMean, {qarg::text(m.key), object, qarg::text(*close)})
                           : says(Code::JsonUnknownField, {qarg::text(m.key), object, qarg::texts(known)}));
    }
}

QString JsonObjectReader::path(const QString& key) const {
    return path_.isEmpty() ? key : path_ + u'.' + key;
}

bool JsonObjectReader::has(const QString& key) const {
    return object_ && object_->find(key) != nullptr;
}

const JsonValue* JsonObjectReader::field(const QString& key, Need need) {
    if (!object_)
        return nullptr;
    const JsonValue* v = object_->find(key);
    if (!v && need == Need::Required)
        decoder_.error(value_, path(key), says(Code::JsonFieldMissing, {qarg::text(key), qarg::clause(says(what_))}));
    return v;
}

void JsonObjectReader::error(const QString& key, Message what) {
    const JsonValue* v = object_ ? object_->find(key) : nullptr;
    decoder_.error(v ? *v : value_, path(key), std::move(what));
}

std::optional<QString> JsonObjectReader::string(const QString& key, Need need) {
    const JsonValue* v = field(key, need);
    if (!v)
        return std::nullopt;
    if (!v->isString()) {
        error(key, says(Code::JsonNotString, {qarg::text(key), JsonDecoder::found(*v)}));
        return std::nullopt;
    }
    return v->text;
}

std::optional<QString> JsonObjectReader::id(const QString& key, Need need) {
    const JsonValue* v = field(key, need);
    if (!v)
        return std::nullopt;
    return decodeId(decoder_, *v, path(key), qarg::text(key));
}

std::optional<double> JsonObjectReader::number(const QString& key, Need need, const NumberRange& range) {
    const JsonValue* v = field(key, need);
    if (!v)
        return std::nullopt;
    if (!v->isNumber() || !range.contains(v->number)) {
        // The value as written: 168.0000001 is not 168.
        error(key, says(Code::JsonNotNumberInRange, {qarg::text(key), arg::range(range), JsonDecoder::found(*v)}));
        return std::nullopt;
    }
    return v->number;
}

std::optional<int> JsonObjectReader::integer(const QString& key, Need need, int min, int max) {
    const JsonValue* v = field(key, need);
    if (!v)
        return std::nullopt;
    if (!v->isNumber() || v->number != std::floor(v->number) || v->number < min || v->number > max) {
        error(key,
              max == std::numeric_limits<int>::max()
                  ? says(Code::JsonNotWholeNumberAtLeast, {qarg::text(key), arg::count(min), JsonDecoder::found(*v)})
                  : says(Code::JsonNotWholeNumber,
                         {qarg::text(key), arg::count(min), arg::count(max), JsonDecoder::found(*v)}));
        return std::nullopt;
    }
    return static_cast<int>(v->number);
}

std::optional<Date> JsonObjectReader::date(const QString& key, Need need, bool nullable) {
    const JsonValue* v = field(key, need);
    if (!v || (nullable && v->isNull()))
        return std::nullopt;
    return decodeDate(decoder_, *v, path(key), qarg::text(key), nullable);
}

std::vector<std::string> JsonObjectReader::strings(const QString& key, Need need, bool ids) {
    std::vector<std::string> out;
    forEach(key, need, [&](const JsonValue& item, const QString& itemPath) {
        if (ids) {
            if (auto s = decodeId(decoder_, item, itemPath, qarg::clause(says(Code::JsonEachOf, {qarg::text(key)}))))
                out.push_back(toStd(*s));
        } else if (!item.isString()) {
            decoder_.error(item, itemPath,
                           says(Code::JsonNotString,
                                {qarg::clause(says(Code::JsonEachOf, {qarg::text(key)})), JsonDecoder::found(item)}));
        } else {
            out.push_back(toStd(item.text));
        }
    });
    return out;
}

void JsonObjectReader::forEach(const QString& key, Need need,
                               const std::function<void(const JsonValue&, const QString&)>& each) {
    const JsonValue* v = field(key, need);
    if (!v)
        return;
    if (!v->isArray()) {
        error(key, says(Code::JsonNotArray, {qarg::text(key), JsonDecoder::found(*v)}));
        return;
    }
    const QString arrayPath = path(key);
    for (std::size_t i = 0; i < v->items.size(); ++i)
        each(v->items[i], arrayPath + u'[' + QString::number(i) + u']');
}

} // namespace cairn::io
