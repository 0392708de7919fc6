#include "cairn/io/catalog_json.h"

#include "cairn/io/catalog_rules.h"
#include "cairn/io/json_decoder.h"
#include "cairn/io/json_document.h"
#include "cairn/io/json_writer.h"
#include "cairn/io/requirement_json.h"
#include "catalog_keeping_json.h"

#include <limits>

namespace cairn::io {

using namespace Qt::Literals::StringLiterals;
using Code = Message::Code;

namespace {

const QString kFormat = u"cairn-catalog"_s;
/// Version 1 has no offers and a cost on every credential; version 2 adds offers. A catalog
/// without offers is still written as version 1, so older readers keep reading it.
constexpr int kVersion = 1;
constexpr int kOffersVersion = 2;
/// Version 3 adds a credential's validity, renewal and ranges (catalog_keeping_json.h); only a
/// catalog that uses them is written as version 3.
constexpr int kKeepingVersion = 3;

// ---- reading -------------------------------------------------------------------------------

void setString(std::string& target, const std::optional<QString>& value) {
    if (value)
        target = toStd(*value);
}

SkillLevel decodeSkillLevel(JsonDecoder& d, const JsonValue& v, const QString& path) {
    JsonObjectReader r(d, v, path, Code::JsonWhatSkillLevel, {u"skill"_s, u"level"_s});
    SkillLevel s;
    setString(s.skill, r.id(u"skill"_s, Need::Required));
    if (auto level = r.integer(u"level"_s, Need::Required, kMinLevel, kMaxLevel))
        s.level = *level;
    return s;
}

Skill decodeSkill(JsonDecoder& d, const JsonValue& v, const QString& path) {
    JsonObjectReader r(d, v, path, Code::JsonWhatSkill,
                       {u"id"_s, u"name"_s, u"esco"_s, u"onet"_s, u"area"_s, u"description"_s});
    Skill s;
    setString(s.id, r.id(u"id"_s, Need::Required));
    setString(s.name, r.string(u"name"_s, Need::Required));
    setString(s.esco, r.string(u"esco"_s, Need::Optional));
    setString(s.onet, r.string(u"onet"_s, Need::Optional));
    setString(s.area, r.string(u"area"_s, Need::Optional));
    setString(s.description, r.string(u"description"_s, Need::Optional));
    return s;
}

Pace decodePace(JsonDecoder& d, const JsonValue& v, const QString& path) {
    JsonObjectReader r(d, v, path, Code::JsonWhatPace, {u"kind"_s, u"weeks"_s, u"starts"_s});
    Pace pace;
    const auto kind = r.string(u"kind"_s, Need::Required);
    if (!kind)
        return pace;
    if (*kind == u"self") {
        for (const QString& key : {u"weeks"_s, u"starts"_s})
            if (r.has(key))
                r.error(key, says(Code::JsonOnlyForCohort, {qarg::text(key)}));
        return pace;
    }
    if (*kind != u"cohort") {
        r.error(u"kind"_s, notOneOf(u"kind"_s, {u"self"_s, u"cohort"_s}, *kind));
        return pace;
    }
    pace.kind = Pace::Kind::Cohort;
    if (auto weeks = r.integer(u"weeks"_s, Need::Required, limits::kMinCohortWeeks, limits::kMaxCohortWeeks))
        pace.weeks = *weeks;
    r.forEach(u"starts"_s, Need::Required, [&](const JsonValue& item, const QString& itemPath) {
        const std::optional<Date> date = decodeDate(d, item, itemPath, qarg::clause(says(Code::JsonEachStart)));
        if (!date)
            return;
        if (!pace.starts.empty() && *date <= pace.starts.back()) {
            d.error(item, itemPath,
                    says(Code::JsonStartsUnordered, {qarg::text(item.text), arg::text(pace.starts.back().toIso())}));
            return;
        }
        pace.starts.push_back(*date);
    });
    return pace;
}

CreditOffer decodeCreditOffer(JsonDecoder& d, const JsonValue& v, const QString& path) {
    JsonObjectReader r(d, v, path, Code::JsonWhatCreditOffer, {u"program"_s, u"credits"_s, u"categories"_s});
    CreditOffer c;
    setString(c.program, r.id(u"program"_s, Need::Required));
    if (auto credits = r.number(u"credits"_s, Need::Required, limits::kCredits))
        c.credits = *credits;
    c.categories = r.strings(u"categories"_s, Need::Optional, true);
    return c;
}

/// A `requires` field, refused when its groups nest deeper than the format allows.
std::optional<Requirement> decodeBoundedRequirement(JsonObjectReader& r, const JsonValue& value) {
    auto decoded = decodeRequirement(r.decoder(), value, r.path(u"requires"_s));
    if (decoded && requirementGroupDepth(*decoded) > kMaxRequirementGroups) {
        r.error(u"requires"_s, says(Code::JsonRequiresTooDeep,
                                    {arg::count(requirementGroupDepth(*decoded)), arg::count(kMaxRequirementGroups)}));
        return std::nullopt;
    }
    return decoded;
}

/// `version` decides whether `cost` may be left out (version 2: sold only through offers).
Credential decodeCredential(JsonDecoder& d, const JsonValue& v, const QString& path, int version) {
    QStringList fields{u"id"_s,      u"title"_s,       u"provider"_s, u"url"_s,    u"cost"_s,
                       u"hours"_s,   u"description"_s, u"pace"_s,     u"grants"_s, u"requires"_s,
                       u"credits"_s, u"tags"_s,        u"source"_s,   u"as_of"_s,  u"estimated"_s};
    if (version >= kKeepingVersion)
        fields += keepingFields();
    JsonObjectReader r(d, v, path, Code::JsonWhatCredential, fields);
    Credential c;
    setString(c.id, r.id(u"id"_s, Need::Required));
    setString(c.title, r.string(u"title"_s, Need::Required));
    setString(c.provider, r.string(u"provider"_s, Need::Required));
    setString(c.url, r.string(u"url"_s, Need::Optional));
    const bool costOptional = version >= kOffersVersion;
    if (costOptional && !r.has(u"cost"_s))
        c.hasCost = false;
    else if (auto cost = r.number(u"cost"_s, Need::Required, limits::kCost))
        c.cost = *cost;
    if (auto hours = r.number(u"hours"_s, Need::Required, limits::kHours))
        c.hours = *hours;
    setString(c.description, r.string(u"description"_s, Need::Optional));
    if (const JsonValue* pace = r.field(u"pace"_s, Need::Optional))
        c.pace = decodePace(d, *pace, r.path(u"pace"_s));
    r.forEach(u"grants"_s, Need::Optional, [&](const JsonValue& item, const QString& itemPath) {
        c.grants.push_back(decodeSkillLevel(d, item, itemPath));
    });
    if (const JsonValue* req = r.field(u"requires"_s, Need::Optional))
        if (auto decoded = decodeBoundedRequirement(r, *req))
            c.prerequisites = std::move(*decoded);
    r.forEach(u"credits"_s, Need::Optional, [&](const JsonValue& item, const QString& itemPath) {
        c.credits.push_back(decodeCreditOffer(d, item, itemPath));
    });
    c.tags = r.strings(u"tags"_s, Need::Optional, false);
    setString(c.source, r.string(u"source"_s, Need::Optional));
    if (r.has(u"as_of"_s))
        if (auto asOf = r.date(u"as_of"_s, Need::Optional))
            c.asOf = asOf->toIso();
    r.forEach(u"estimated"_s, Need::Optional, [&](const JsonValue& item, const QString& itemPath) {
        if (!item.isString() || !estimableFields().contains(item.text)) {
            d.error(item, itemPath,
                    says(Code::JsonEstimatedNotAField, {qarg::texts(estimableFields()), JsonDecoder::found(item)}));
            return;
        }
        c.estimated.push_back(toStd(item.text));
    });
    if (version >= kKeepingVersion)
        decodeKeeping(r, c);
    return c;
}

Program decodeProgram(JsonDecoder& d, const JsonValue& v, const QString& path) {
    JsonObjectReader r(d, v, path, Code::JsonWhatProgram,
                       {u"id"_s, u"title"_s, u"institution"_s, u"url"_s, u"categories"_s});
    Program p;
    setString(p.id, r.id(u"id"_s, Need::Required));
    setString(p.title, r.string(u"title"_s, Need::Required));
    setString(p.institution, r.string(u"institution"_s, Need::Optional));
    setString(p.url, r.string(u"url"_s, Need::Optional));
    p.categories = r.strings(u"categories"_s, Need::Optional, true);
    return p;
}

CategoryRule decodeCategoryRule(JsonDecoder& d, const JsonValue& v, const QString& path) {
    JsonObjectReader r(d, v, path, Code::JsonWhatCategoryRule, {u"category"_s, u"min"_s, u"max"_s});
    CategoryRule rule;
    setString(rule.category, r.id(u"category"_s, Need::Required));
    rule.min = r.number(u"min"_s, Need::Optional, limits::kCategoryCredits);
    rule.max = r.number(u"max"_s, Need::Optional, limits::kCategoryCredits);
    if (rule.min && rule.max && *rule.min > *rule.max) {
        // Both as written, so that a difference in the last digit shows.
        const MessageArg min = JsonDecoder::found(*r.field(u"min"_s, Need::Optional));
        const MessageArg max = JsonDecoder::found(*r.field(u"max"_s, Need::Optional));
        r.error(u"max"_s, says(Code::JsonMaxBelowMin, {min, max}));
    }
    return rule;
}

Goal decodeGoal(JsonDecoder& d, const JsonValue& v, const QString& path) {
    JsonObjectReader r(d, v, path, Code::JsonWhatGoal,
                       {u"id"_s, u"kind"_s, u"title"_s, u"onet"_s, u"esco"_s, u"description"_s, u"program"_s,
                        u"min_credits"_s, u"categories"_s, u"requires"_s});
    Goal g;
    setString(g.id, r.id(u"id"_s, Need::Required));
    const auto kind = r.string(u"kind"_s, Need::Required);
    if (kind && *kind != u"career" && *kind != u"credits")
        r.error(u"kind"_s, notOneOf(u"kind"_s, {u"career"_s, u"credits"_s}, *kind));
    const bool credits = kind && *kind == u"credits";
    g.kind = credits ? Goal::Kind::Credits : Goal::Kind::Career;
    setString(g.title, r.string(u"title"_s, Need::Required));
    setString(g.onet, r.string(u"onet"_s, Need::Optional));
    setString(g.esco, r.string(u"esco"_s, Need::Optional));
    setString(g.description, r.string(u"description"_s, Need::Optional));
    if (credits) {
        setString(g.program, r.id(u"program"_s, Need::Required));
        if (auto minCredits = r.number(u"min_credits"_s, Need::Required, limits::kCredits))
            g.minCredits = *minCredits;
        r.forEach(u"categories"_s, Need::Optional, [&](const JsonValue& item, const QString& itemPath) {
            g.categories.push_back(decodeCategoryRule(d, item, itemPath));
        });
    } else if (kind) {
        for (const QString& key : {u"program"_s, u"min_credits"_s, u"categories"_s})
            if (r.has(key))
                r.error(key, says(Code::JsonOnlyForCreditsGoal, {qarg::text(key)}));
    }
    const Need requirementNeed = kind && !credits ? Need::Required : Need::Optional;
    if (const JsonValue* req = r.field(u"requires"_s, requirementNeed))
        if (auto decoded = decodeBoundedRequirement(r, *req))
            g.requirement = std::move(*decoded);
    return g;
}

Offer::Kind decodeOfferKind(JsonObjectReader& r) {
    const auto kind = r.string(u"kind"_s, Need::Required);
    if (!kind || *kind == u"one-time")
        return Offer::Kind::OneTime;
    if (*kind == u"subscription")
        return Offer::Kind::Subscription;
    if (*kind == u"bundle")
        return Offer::Kind::Bundle;
    r.error(u"kind"_s, notOneOf(u"kind"_s, {u"one-time"_s, u"subscription"_s, u"bundle"_s}, *kind));
    return Offer::Kind::OneTime;
}

Offer::Period decodeOfferPeriod(JsonObjectReader& r, Offer::Kind kind) {
    if (kind != Offer::Kind::Subscription) {
        if (r.has(u"period"_s))
            r.error(u"period"_s, says(Code::JsonOnlyForSubscription, {arg::text("period")}));
        return Offer::Period::None;
    }
    const auto period = r.string(u"period"_s, Need::Required);
    if (!period)
        return Offer::Period::None;
    if (*period == u"month")
        return Offer::Period::Month;
    if (*period == u"year")
        return Offer::Period::Year;
    r.error(u"period"_s, notOneOf(u"period"_s, {u"month"_s, u"year"_s}, *period));
    return Offer::Period::None;
}

Offer decodeOffer(JsonDecoder& d, const JsonValue& v, const QString& path) {
    JsonObjectReader r(d, v, path, Code::JsonWhatOffer,
                       {u"id"_s, u"title"_s, u"provider"_s, u"kind"_s, u"price"_s, u"period"_s, u"covers"_s, u"url"_s,
                        u"source"_s, u"as_of"_s, u"estimated"_s});
    Offer o;
    setString(o.id, r.id(u"id"_s, Need::Required));
    setString(o.title, r.string(u"title"_s, Need::Required));
    setString(o.provider, r.string(u"provider"_s, Need::Required));
    o.kind = decodeOfferKind(r);
    if (auto price = r.number(u"price"_s, Need::Required, limits::kPrice))
        o.price = *price;
    o.period = decodeOfferPeriod(r, o.kind);
    bool anyItem = false;
    r.forEach(u"covers"_s, Need::Required, [&](const JsonValue& item, const QString& itemPath) {
        anyItem = true;
        std::string name;
        bool isTag = false;
        const bool valid =
            item.isString() && parseCoverItem(toStd(item.text), name, isTag) && (isTag || isId(fromStd(name)));
        if (!valid) {
            d.error(item, itemPath, says(Code::JsonOfferCoverItem, {JsonDecoder::found(item)}));
            return;
        }
        o.covers.push_back(toStd(item.text));
    });
    const JsonValue* covers = r.field(u"covers"_s, Need::Optional);
    if (covers && covers->isArray() && !anyItem)
        r.error(u"covers"_s, says(Code::JsonOfferCoversNothing));
    setString(o.url, r.string(u"url"_s, Need::Optional));
    setString(o.source, r.string(u"source"_s, Need::Optional));
    if (r.has(u"as_of"_s))
        if (auto asOf = r.date(u"as_of"_s, Need::Optional))
            o.asOf = asOf->toIso();
    if (const JsonValue* estimated = r.field(u"estimated"_s, Need::Optional)) {
        if (estimated->isBool())
            o.estimated = estimated->boolean;
        else
            r.error(u"estimated"_s,
                    says(Code::JsonNotBoolean, {arg::text("estimated"), JsonDecoder::found(*estimated)}));
    }
    return o;
}

Catalog decodeCatalog(JsonDecoder& d, const JsonValue& root, int version) {
    QStringList fields{u"format"_s,      u"version"_s, u"name"_s,        u"currency"_s, u"revision"_s,
                       u"attribution"_s, u"skills"_s,  u"credentials"_s, u"programs"_s, u"goals"_s};
    if (version >= kOffersVersion)
        fields.append(u"offers"_s);
    JsonObjectReader r(d, root, {}, Code::JsonWhatCatalog, fields);
    Catalog c;
    setString(c.name, r.string(u"name"_s, Need::Required));
    if (auto currency = r.string(u"currency"_s, Need::Optional)) {
        const bool code = currency->size() == 3 && std::all_of(currency->begin(), currency->end(),
                                                               [](QChar ch) { return ch >= u'A' && ch <= u'Z'; });
        if (code)
            c.currency = toStd(*currency);
        else
            r.error(u"currency"_s, says(Code::JsonCurrencyCode, {qarg::text(*currency)}));
    }
    setString(c.revision, r.string(u"revision"_s, Need::Optional));
    c.attribution = r.strings(u"attribution"_s, Need::Optional, false);
    // Each error inside an object names it by id, as validation does, so "credentials[2].requires"
    // can be found without counting.
    auto list = [&](const QString& key, Need need, auto& items, auto decode, const QString& kind) {
        r.forEach(key, need, [&](const JsonValue& item, const QString& p) {
            const std::size_t from = d.mark();
            items.push_back(decode(d, item, p));
            if (!items.back().id.empty())
                d.nameObject(from, kind + u' ' + fromStd(items.back().id));
        });
    };
    list(u"skills"_s, Need::Required, c.skills, decodeSkill, u"skill"_s);
    auto credential = [version](JsonDecoder& dd, const JsonValue& v, const QString& p) {
        return decodeCredential(dd, v, p, version);
    };
    list(u"credentials"_s, Need::Required, c.credentials, credential, u"credential"_s);
    list(u"programs"_s, Need::Optional, c.programs, decodeProgram, u"program"_s);
    list(u"goals"_s, Need::Required, c.goals, decodeGoal, u"goal"_s);
    if (version >= kOffersVersion)
        list(u"offers"_s, Need::Optional, c.offers, decodeOffer, u"offer"_s);
    return c;
}

// ---- writing -------------------------------------------------------------------------------

JsonValue str(const std::string& s) {
    return JsonValue::fromString(fromStd(s));
}

void addIfSet(JsonValue& o, const QString& key, const std::string& value) {
    if (!value.empty())
        o.add(key, str(value));
}

JsonValue stringArray(const std::vector<std::string>& values) {
    JsonValue a = JsonValue::array();
    for (const auto& v : values)
        a.append(str(v));
    return a;
}

void addIfSet(JsonValue& o, const QString& key, const std::vector<std::string>& values) {
    if (!values.empty())
        o.add(key, stringArray(values));
}

JsonValue encodeSkill(const Skill& s) {
    JsonValue o = JsonValue::object();
    o.add(u"id"_s, str(s.id));
    o.add(u"name"_s, str(s.name));
    addIfSet(o, u"esco"_s, s.esco);
    addIfSet(o, u"onet"_s, s.onet);
    addIfSet(o, u"area"_s, s.area);
    addIfSet(o, u"description"_s, s.description);
    return o;
}

JsonValue encodePace(const Pace& p) {
    JsonValue o = JsonValue::object();
    if (!p.isCohort())
        return o.add(u"kind"_s, JsonValue::fromString(u"self"_s));
    o.add(u"kind"_s, JsonValue::fromString(u"cohort"_s));
    o.add(u"weeks"_s, JsonValue::fromNumber(p.weeks));
    JsonValue starts = JsonValue::array();
    for (const auto& s : p.starts)
        starts.append(str(s.toIso()));
    o.add(u"starts"_s, std::move(starts));
    return o;
}

JsonValue encodeCredential(const Credential& c) {
    JsonValue o = JsonValue::object();
    o.add(u"id"_s, str(c.id));
    o.add(u"title"_s, str(c.title));
    o.add(u"provider"_s, str(c.provider));
    addIfSet(o, u"url"_s, c.url);
    if (c.hasCost)
        o.add(u"cost"_s, JsonValue::fromNumber(c.cost));
    o.add(u"hours"_s, JsonValue::fromNumber(c.hours));
    addIfSet(o, u"description"_s, c.description);
    o.add(u"pace"_s, encodePace(c.pace));
    if (!c.grants.empty()) {
        JsonValue grants = JsonValue::array();
        for (const auto& g : c.grants)
            grants.append(
                JsonValue::object().add(u"skill"_s, str(g.skill)).add(u"level"_s, JsonValue::fromNumber(g.level)));
        o.add(u"grants"_s, std::move(grants));
    }
    if (!c.prerequisites.isNone())
        o.add(u"requires"_s, encodeRequirement(c.prerequisites));
    if (!c.credits.empty()) {
        JsonValue credits = JsonValue::array();
        for (const auto& offer : c.credits) {
            JsonValue e = JsonValue::object();
            e.add(u"program"_s, str(offer.program));
            e.add(u"credits"_s, JsonValue::fromNumber(offer.credits));
            addIfSet(e, u"categories"_s, offer.categories);
            credits.append(std::move(e));
        }
        o.add(u"credits"_s, std::move(credits));
    }
    addIfSet(o, u"tags"_s, c.tags);
    addIfSet(o, u"source"_s, c.source);
    addIfSet(o, u"as_of"_s, c.asOf);
    addIfSet(o, u"estimated"_s, c.estimated);
    encodeKeeping(o, c);
    return o;
}

JsonValue encodeProgram(const Program& p) {
    JsonValue o = JsonValue::object();
    o.add(u"id"_s, str(p.id));
    o.add(u"title"_s, str(p.title));
    addIfSet(o, u"institution"_s, p.institution);
    addIfSet(o, u"url"_s, p.url);
    addIfSet(o, u"categories"_s, p.categories);
    return o;
}

JsonValue encodeGoal(const Goal& g) {
    JsonValue o = JsonValue::object();
    o.add(u"id"_s, str(g.id));
    o.add(u"kind"_s, JsonValue::fromString(g.kind == Goal::Kind::Credits ? u"credits"_s : u"career"_s));
    o.add(u"title"_s, str(g.title));
    addIfSet(o, u"onet"_s, g.onet);
    addIfSet(o, u"esco"_s, g.esco);
    addIfSet(o, u"description"_s, g.description);
    if (g.kind == Goal::Kind::Credits) {
        o.add(u"program"_s, str(g.program));
        o.add(u"min_credits"_s, JsonValue::fromNumber(g.minCredits));
        if (!g.categories.empty()) {
            JsonValue rules = JsonValue::array();
            for (const auto& rule : g.categories) {
                JsonValue e = JsonValue::object();
                e.add(u"category"_s, str(rule.category));
                if (rule.min)
                    e.add(u"min"_s, JsonValue::fromNumber(*rule.min));
                if (rule.max)
                    e.add(u"max"_s, JsonValue::fromNumber(*rule.max));
                rules.append(std::move(e));
            }
            o.add(u"categories"_s, std::move(rules));
        }
    }
    if (!g.requirement.isNone())
        o.add(u"requires"_s, encodeRequirement(g.requirement));
    return o;
}

JsonValue encodeOffer(const Offer& offer) {
    JsonValue o = JsonValue::object();
    o.add(u"id"_s, str(offer.id));
    o.add(u"title"_s, str(offer.title));
    o.add(u"provider"_s, str(offer.provider));
    o.add(u"kind"_s, JsonValue::fromString(QString::fromLatin1(toString(offer.kind))));
    o.add(u"price"_s, JsonValue::fromNumber(offer.price));
    if (offer.period != Offer::Period::None)
        o.add(u"period"_s, JsonValue::fromString(QString::fromLatin1(toString(offer.period))));
    o.add(u"covers"_s, stringArray(offer.covers));
    addIfSet(o, u"url"_s, offer.url);
    addIfSet(o, u"source"_s, offer.source);
    addIfSet(o, u"as_of"_s, offer.asOf);
    o.add(u"estimated"_s, JsonValue::fromBool(offer.estimated));
    return o;
}

/// Version 2 only when the catalog needs it, so that a catalog without offers stays readable
/// by every reader of version 1.
bool needsOffersVersion(const Catalog& catalog) {
    return !catalog.offers.empty() || std::any_of(catalog.credentials.begin(), catalog.credentials.end(),
                                                  [](const Credential& c) { return !c.hasCost; });
}

int versionFor(const Catalog& catalog) {
    if (std::any_of(catalog.credentials.begin(), catalog.credentials.end(), usesKeeping))
        return kKeepingVersion;
    return needsOffersVersion(catalog) ? kOffersVersion : kVersion;
}

} // namespace

LoadResult<Catalog> readCatalog(const QByteArray& json, const QString& fileName) {
    JsonDecoder decoder(fileName);
    LoadResult<Catalog> result;
    int version = kVersion;
    const auto root = openDocument(decoder, json, kFormat, kVersion, kKeepingVersion, version);
    if (root) {
        Catalog catalog = decodeCatalog(decoder, *root, version);
        if (!decoder.hasErrors())
            result.value = std::move(catalog);
    }
    result.errors = decoder.takeErrors();
    if (!root)
        markUnreadable(result.errors); // not JSON, or not a catalog this version reads
    sortByPosition(result.errors);
    return result;
}

LoadResult<Catalog> readCatalogFile(const QString& path) {
    LoadResult<Catalog> result;
    if (auto bytes = readWholeFile(path, result.errors))
        return readCatalog(*bytes, path);
    markUnreadable(result.errors);
    return result;
}

QByteArray writeCatalog(const Catalog& catalog) {
    JsonValue root = JsonValue::object();
    root.add(u"format"_s, JsonValue::fromString(kFormat));
    root.add(u"version"_s, JsonValue::fromNumber(versionFor(catalog)));
    root.add(u"name"_s, str(catalog.name));
    root.add(u"currency"_s, str(catalog.currency));
    addIfSet(root, u"revision"_s, catalog.revision);
    addIfSet(root, u"attribution"_s, catalog.attribution);
    auto list = [&](const QString& key, const auto& items, auto encode, bool always) {
        if (items.empty() && !always)
            return;
        JsonValue a = JsonValue::array();
        for (const auto& item : items)
            a.append(encode(item));
        root.add(key, std::move(a));
    };
    list(u"skills"_s, catalog.skills, encodeSkill, true);
    list(u"credentials"_s, catalog.credentials, encodeCredential, true);
    list(u"programs"_s, catalog.programs, encodeProgram, false);
    list(u"goals"_s, catalog.goals, encodeGoal, true);
    list(u"offers"_s, catalog.offers, encodeOffer, false);
    return writeJson(root);
}

} // namespace cairn::io
