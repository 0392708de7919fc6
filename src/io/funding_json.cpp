#include "funding_json.h"

namespace cairn::io {

using namespace Qt::Literals::StringLiterals;
using Code = Message::Code;

namespace {

FundingSource decodeSource(JsonDecoder& d, const JsonValue& item, const QString& path) {
    const std::size_t from = d.mark();
    JsonObjectReader s(d, item, path, Code::JsonWhatFundingSource,
                       {u"name"_s, u"kind"_s, u"share"_s, u"cap"_s, u"cap_per"_s, u"covers"_s});
    FundingSource source;
    if (auto name = s.string(u"name"_s, Need::Required)) {
        if (name->isEmpty() || static_cast<std::size_t>(name->size()) > limits::kMaxFundingNameLength)
            s.error(u"name"_s, says(Code::JsonFundingNameLength, {arg::count(limits::kMaxFundingNameLength)}));
        source.name = toStd(*name);
    }
    if (auto kind = s.string(u"kind"_s, Need::Required)) {
        if (auto k = fundingKindFromString(toStd(*kind)))
            source.kind = *k;
        else
            s.error(u"kind"_s, notOneOf(u"kind"_s, {u"employer"_s, u"grant"_s, u"other"_s}, *kind));
    }
    if (auto share = s.number(u"share"_s, Need::Optional, limits::kFundingShare))
        source.share = *share;
    if (const JsonValue* cap = s.field(u"cap"_s, Need::Optional); cap && !cap->isNull()) {
        if (!cap->isNumber() || !limits::kFundingCap.contains(cap->number))
            s.error(u"cap"_s,
                    says(Code::JsonCapNotNumber, {arg::range(limits::kFundingCap), JsonDecoder::found(*cap)}));
        else
            source.cap = cap->number;
    }
    if (auto per = s.string(u"cap_per"_s, Need::Optional)) {
        if (auto p = capPerFromString(toStd(*per)))
            source.capPer = *p;
        else
            s.error(u"cap_per"_s, notOneOf(u"cap_per"_s, {u"year"_s, u"total"_s}, *per));
    }
    s.forEach(u"covers"_s, Need::Optional, [&](const JsonValue& cover, const QString& coverPath) {
        std::string prefix, name;
        if (!cover.isString() || !parseFundingCover(toStd(cover.text), prefix, name)) {
            d.error(cover, coverPath, says(Code::JsonFundingCoverItem, {JsonDecoder::found(cover)}));
            return;
        }
        source.covers.push_back(toStd(cover.text));
    });
    d.nameObject(from, u"funding "_s + fromStd(source.name));
    return source;
}

} // namespace

void decodeFunding(JsonDecoder& d, JsonObjectReader& r, Profile& profile) {
    if (auto basis = r.string(u"budget_on"_s, Need::Optional)) {
        if (auto b = budgetBasisFromString(toStd(*basis)))
            profile.budgetOn = *b;
        else
            r.error(u"budget_on"_s, notOneOf(u"budget_on"_s, {u"total"_s, u"out-of-pocket"_s}, *basis));
    }
    const JsonValue* funding = r.field(u"funding"_s, Need::Optional);
    if (funding && funding->isArray() && funding->items.size() > static_cast<std::size_t>(limits::kMaxFundingSources)) {
        r.error(u"funding"_s,
                says(Code::JsonTooManyFundingSources, {arg::count(static_cast<long long>(funding->items.size())),
                                                       arg::count(limits::kMaxFundingSources)}));
        return;
    }
    r.forEach(u"funding"_s, Need::Optional, [&](const JsonValue& item, const QString& path) {
        profile.funding.push_back(decodeSource(d, item, path));
    });
}

void encodeFunding(const Profile& profile, JsonValue& root) {
    // Left out at their defaults, so that a profile without funding is written as before.
    if (profile.budgetOn != BudgetBasis::Total)
        root.add(u"budget_on"_s, JsonValue::fromString(QString::fromLatin1(toString(profile.budgetOn))));
    if (profile.funding.empty())
        return;
    JsonValue funding = JsonValue::array();
    for (const FundingSource& s : profile.funding) {
        JsonValue covers = JsonValue::array();
        for (const auto& c : s.covers)
            covers.append(JsonValue::fromString(fromStd(c)));
        funding.append(JsonValue::object()
                           .add(u"name"_s, JsonValue::fromString(fromStd(s.name)))
                           .add(u"kind"_s, JsonValue::fromString(QString::fromLatin1(toString(s.kind))))
                           .add(u"share"_s, JsonValue::fromNumber(s.share))
                           .add(u"cap"_s, s.cap ? JsonValue::fromNumber(*s.cap) : JsonValue::null())
                           .add(u"cap_per"_s, JsonValue::fromString(QString::fromLatin1(toString(s.capPer))))
                           .add(u"covers"_s, std::move(covers)));
    }
    root.add(u"funding"_s, std::move(funding));
}

} // namespace cairn::io
