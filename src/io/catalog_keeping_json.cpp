#include "catalog_keeping_json.h"

#include "cairn/engine/limits.h"

namespace cairn::io {

using namespace Qt::Literals::StringLiterals;
using Code = Message::Code;

namespace {

const QStringList& renewalEstimable() {
    static const QStringList fields = {u"fee"_s, u"yearly_fee"_s, u"hours"_s, u"period_months"_s};
    return fields;
}

/// Low and high around a figure; their order and the typical figure are checked by validation,
/// which sees catalogs made any other way too.
std::optional<FigureRange> decodeRange(JsonObjectReader& owner, const QString& key, const NumberRange& range) {
    const JsonValue* v = owner.field(key, Need::Optional);
    if (!v)
        return std::nullopt;
    JsonObjectReader r(owner.decoder(), *v, owner.path(key), Code::JsonWhatRange, {u"low"_s, u"high"_s});
    const auto low = r.number(u"low"_s, Need::Required, range);
    const auto high = r.number(u"high"_s, Need::Required, range);
    if (!low || !high)
        return std::nullopt;
    return FigureRange{*low, *high};
}

Renewal decodeRenewal(JsonDecoder& d, const JsonValue& v, const QString& path) {
    JsonObjectReader r(d, v, path, Code::JsonWhatRenewal,
                       {u"period_months"_s, u"fee"_s, u"yearly_fee"_s, u"hours"_s, u"retake"_s, u"renewed_by"_s,
                        u"source"_s, u"as_of"_s, u"estimated"_s});
    Renewal renewal;
    if (auto months = r.integer(u"period_months"_s, Need::Optional, limits::kMinValidMonths, limits::kMaxValidMonths))
        renewal.periodMonths = *months;
    renewal.fee = r.number(u"fee"_s, Need::Optional, limits::kCost);
    if (auto fee = r.number(u"yearly_fee"_s, Need::Optional, limits::kCost))
        renewal.yearlyFee = *fee;
    if (auto hours = r.number(u"hours"_s, Need::Optional, limits::kHours))
        renewal.hours = *hours;
    if (const JsonValue* retake = r.field(u"retake"_s, Need::Optional)) {
        if (retake->isBool())
            renewal.retake = retake->boolean;
        else
            r.error(u"retake"_s, says(Code::JsonNotBoolean, {arg::text("retake"), JsonDecoder::found(*retake)}));
    }
    renewal.renewedBy = r.strings(u"renewed_by"_s, Need::Optional, true);
    if (auto source = r.string(u"source"_s, Need::Optional))
        renewal.source = toStd(*source);
    if (r.has(u"as_of"_s))
        if (auto asOf = r.date(u"as_of"_s, Need::Optional))
            renewal.asOf = asOf->toIso();
    r.forEach(u"estimated"_s, Need::Optional, [&](const JsonValue& item, const QString& itemPath) {
        if (!item.isString() || !renewalEstimable().contains(item.text)) {
            d.error(item, itemPath,
                    says(Code::JsonEstimatedNotAField, {qarg::texts(renewalEstimable()), JsonDecoder::found(item)}));
            return;
        }
        renewal.estimated.push_back(toStd(item.text));
    });
    return renewal;
}

JsonValue encodeRange(const FigureRange& r) {
    return JsonValue::object()
        .add(u"low"_s, JsonValue::fromNumber(r.low))
        .add(u"high"_s, JsonValue::fromNumber(r.high));
}

JsonValue strings(const std::vector<std::string>& values) {
    JsonValue a = JsonValue::array();
    for (const auto& v : values)
        a.append(JsonValue::fromString(fromStd(v)));
    return a;
}

JsonValue encodeRenewal(const Renewal& r) {
    JsonValue o = JsonValue::object();
    if (r.periodMonths > 0)
        o.add(u"period_months"_s, JsonValue::fromNumber(r.periodMonths));
    if (r.fee)
        o.add(u"fee"_s, JsonValue::fromNumber(*r.fee));
    if (r.yearlyFee != 0)
        o.add(u"yearly_fee"_s, JsonValue::fromNumber(r.yearlyFee));
    if (r.hours != 0)
        o.add(u"hours"_s, JsonValue::fromNumber(r.hours));
    if (r.retake)
        o.add(u"retake"_s, JsonValue::fromBool(true));
    if (!r.renewedBy.empty())
        o.add(u"renewed_by"_s, strings(r.renewedBy));
    if (!r.source.empty())
        o.add(u"source"_s, JsonValue::fromString(fromStd(r.source)));
    if (!r.asOf.empty())
        o.add(u"as_of"_s, JsonValue::fromString(fromStd(r.asOf)));
    if (!r.estimated.empty())
        o.add(u"estimated"_s, strings(r.estimated));
    return o;
}

} // namespace

const QStringList& keepingFields() {
    static const QStringList fields = {u"valid_months"_s, u"renewal"_s, u"cost_range"_s, u"hours_range"_s};
    return fields;
}

void decodeKeeping(JsonObjectReader& r, Credential& c) {
    if (auto months = r.integer(u"valid_months"_s, Need::Optional, limits::kMinValidMonths, limits::kMaxValidMonths))
        c.validMonths = *months;
    if (const JsonValue* renewal = r.field(u"renewal"_s, Need::Optional))
        c.renewal = decodeRenewal(r.decoder(), *renewal, r.path(u"renewal"_s));
    c.costRange = decodeRange(r, u"cost_range"_s, limits::kCost);
    c.hoursRange = decodeRange(r, u"hours_range"_s, limits::kHours);
}

void encodeKeeping(JsonValue& o, const Credential& c) {
    if (c.validMonths > 0)
        o.add(u"valid_months"_s, JsonValue::fromNumber(c.validMonths));
    if (c.renewal)
        o.add(u"renewal"_s, encodeRenewal(*c.renewal));
    if (c.costRange)
        o.add(u"cost_range"_s, encodeRange(*c.costRange));
    if (c.hoursRange)
        o.add(u"hours_range"_s, encodeRange(*c.hoursRange));
}

bool usesKeeping(const Credential& c) {
    return c.validMonths != 0 || c.renewal || c.costRange || c.hoursRange;
}

} // namespace cairn::io

#include "cairn/io/json_reader.h"
#include "cairn/io/json_writer.h"
#include "cairn/io/keeping_json.h"

namespace cairn::io {

QByteArray keepingToJson(const Credential& credential) {
    JsonValue o = JsonValue::object();
    encodeKeeping(o, credential);
    return writeJson(o).trimmed();
}

bool keepingFromJson(const QByteArray& json, Credential& credential) {
    auto parsed = parseJson(json);
    const JsonValue* root = std::get_if<JsonValue>(&parsed);
    if (!root)
        return false;
    JsonDecoder decoder{QString()};
    JsonObjectReader r(decoder, *root, {}, Code::JsonWhatKeeping, keepingFields());
    decodeKeeping(r, credential);
    return r.isObject() && !decoder.hasErrors();
}

} // namespace cairn::io
