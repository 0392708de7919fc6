#include "cairn/io/json_decoder.h"

#include "cairn/io/catalog_rules.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace cairn::io {

using namespace Qt::Literals::StringLiterals;

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

void JsonDecoder::error(const JsonValue& at, const QString& path, const QString& message) {
    error(at.line, at.column, path, message);
}

void JsonDecoder::error(int line, int column, const QString& path, const QString& message) {
    errors_.push_back(LoadError{file_, line, column, path, message});
}

void JsonDecoder::nameObject(std::size_t from, const QString& object) {
    for (std::size_t i = from; i < errors_.size(); ++i)
        if (errors_[i].object.isEmpty())
            errors_[i].object = object;
}

QString JsonDecoder::found(const JsonValue& v) {
    switch (v.type) {
    case JsonValue::Type::Null:
        return u"null"_s;
    case JsonValue::Type::Bool:
        return v.boolean ? u"true"_s : u"false"_s;
    case JsonValue::Type::Number:
        return v.text.isEmpty() ? QString::number(v.number) : v.text;
    case JsonValue::Type::String: {
        QString shown = v.text;
        if (shown.size() > 40)
            shown = shown.left(37) + u"..."_s;
        shown.replace(u'\n', u' ');
        return u"\""_s + shown + u"\""_s;
    }
    case JsonValue::Type::Array:
        return u"an array"_s;
    case JsonValue::Type::Object:
        return u"an object"_s;
    }
    return {};
}

bool JsonDecoder::isId(const QString& text) {
    return io::isId(text);
}

std::optional<QString> decodeId(JsonDecoder& decoder, const JsonValue& v, const QString& path, const QString& what) {
    if (!v.isString()) {
        decoder.error(v, path, u"%1 must be a string, found %2"_s.arg(what, JsonDecoder::found(v)));
        return std::nullopt;
    }
    if (!JsonDecoder::isId(v.text)) {
        decoder.error(
            v, path,
            u"%1 must be an id of letters, digits, '.', '_' and '-', found %2"_s.arg(what, JsonDecoder::found(v)));
        return std::nullopt;
    }
    return v.text;
}

std::optional<Date> decodeDate(JsonDecoder& decoder, const JsonValue& v, const QString& path, const QString& what,
                               bool nullable) {
    const QString orNull = nullable ? u" or null"_s : QString();
    std::optional<Date> d;
    if (v.isString())
        d = Date::fromIso(v.text.toStdString());
    if (!d) {
        decoder.error(v, path,
                      u"%1 must be a date \"YYYY-MM-DD\"%2, found %3"_s.arg(what, orNull, JsonDecoder::found(v)));
        return std::nullopt;
    }
    if (!limits::contains(*d)) {
        decoder.error(v, path,
                      u"%1 must be a date %2%3, found %4"_s.arg(what, QString::fromStdString(limits::dateRangeText()),
                                                                orNull, JsonDecoder::found(v)));
        return std::nullopt;
    }
    return d;
}

JsonObjectReader::JsonObjectReader(JsonDecoder& decoder, const JsonValue& value, QString path, QString what,
                                   QStringList known)
    : decoder_(decoder), value_(value), path_(std::move(path)), what_(std::move(what)) {
    if (!value.isObject()) {
        decoder_.error(value, path_, u"%1 must be an object {...}, found %2"_s.arg(what_, JsonDecoder::found(value)));
        return;
    }
    object_ = &value;
    for (const auto& m : value.members) {
        if (known.contains(m.key))
            continue;
        QString message = u"unknown field '%1' in %2"_s.arg(m.key, what_);
        // A near miss is most likely a typo; short names differ from everything by two edits.
        const int tolerance = m.key.size() <= 4 ? 1 : 2;
        const auto close = std::find_if(known.begin(), known.end(),
                                        [&](const QString& k) { return editDistance(k, m.key) <= tolerance; });
        if (close != known.end())
            message += u"; did you mean '%1'?"_s.arg(*close);
        else
            message += u"; its fields are "_s + known.join(u", "_s);
        decoder_.error(m.line, m.column, this->path(m.key), message);
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
        decoder_.error(value_, path(key), u"required field '%1' is missing from %2"_s.arg(key, what_));
    return v;
}

void JsonObjectReader::error(const QString& key, const QString& message) {
    const JsonValue* v = object_ ? object_->find(key) : nullptr;
    decoder_.error(v ? *v : value_, path(key), message);
}

std::optional<QString> JsonObjectReader::string(const QString& key, Need need) {
    const JsonValue* v = field(key, need);
    if (!v)
        return std::nullopt;
    if (!v->isString()) {
        error(key, u"%1 must be a string, found %2"_s.arg(key, JsonDecoder::found(*v)));
        return std::nullopt;
    }
    return v->text;
}

std::optional<QString> JsonObjectReader::id(const QString& key, Need need) {
    const JsonValue* v = field(key, need);
    if (!v)
        return std::nullopt;
    return decodeId(decoder_, *v, path(key), key);
}

std::optional<double> JsonObjectReader::number(const QString& key, Need need, const NumberRange& range) {
    const JsonValue* v = field(key, need);
    if (!v)
        return std::nullopt;
    if (!v->isNumber() || !range.contains(v->number)) {
        // The value as written: 168.0000001 is not 168.
        error(key, u"%1 must be a number %2, found %3"_s.arg(key, QString::fromStdString(range.text()),
                                                             JsonDecoder::found(*v)));
        return std::nullopt;
    }
    return v->number;
}

std::optional<int> JsonObjectReader::integer(const QString& key, Need need, int min, int max) {
    const JsonValue* v = field(key, need);
    if (!v)
        return std::nullopt;
    if (!v->isNumber() || v->number != std::floor(v->number) || v->number < min || v->number > max) {
        const QString range =
            max == std::numeric_limits<int>::max() ? u"≥ %1"_s.arg(min) : u"from %1 to %2"_s.arg(min).arg(max);
        error(key, u"%1 must be a whole number %2, found %3"_s.arg(key, range, JsonDecoder::found(*v)));
        return std::nullopt;
    }
    return static_cast<int>(v->number);
}

std::optional<Date> JsonObjectReader::date(const QString& key, Need need, bool nullable) {
    const JsonValue* v = field(key, need);
    if (!v || (nullable && v->isNull()))
        return std::nullopt;
    return decodeDate(decoder_, *v, path(key), key, nullable);
}

std::vector<std::string> JsonObjectReader::strings(const QString& key, Need need, bool ids) {
    std::vector<std::string> out;
    forEach(key, need, [&](const JsonValue& item, const QString& itemPath) {
        if (ids) {
            if (auto s = decodeId(decoder_, item, itemPath, u"each of "_s + key))
                out.push_back(toStd(*s));
        } else if (!item.isString()) {
            decoder_.error(item, itemPath,
                           u"each of %1 must be a string, found %2"_s.arg(key, JsonDecoder::found(item)));
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
        error(key, u"%1 must be an array [...], found %2"_s.arg(key, JsonDecoder::found(*v)));
        return;
    }
    for (std::size_t i = 0; i < v->items.size(); ++i)
        each(v->items[i], path(key) + u'[' + QString::number(i) + u']');
}

} // namespace cairn::io
