#include "cairn/io/profile_json.h"

#include "cairn/io/json_decoder.h"
#include "cairn/io/json_document.h"
#include "cairn/io/json_writer.h"
#include "funding_json.h"

#include <algorithm>

namespace cairn::io {

using namespace Qt::Literals::StringLiterals;
using Code = Message::Code;

namespace {

const QString kFormat = u"cairn-profile"_s;
constexpr int kVersion = 1;

/// `completed_dates`: when each completed credential was earned and until when it counts.
void decodeCompletionDates(JsonDecoder& d, JsonObjectReader& r, Profile& p) {
    r.forEach(u"completed_dates"_s, Need::Optional, [&](const JsonValue& item, const QString& path) {
        JsonObjectReader c(d, item, path, Code::JsonWhatCompletionDates, {u"credential"_s, u"earned"_s, u"expires"_s});
        CompletionDates dates;
        const auto id = c.id(u"credential"_s, Need::Required);
        dates.earned = c.date(u"earned"_s, Need::Optional);
        dates.expires = c.date(u"expires"_s, Need::Optional);
        if (!id)
            return;
        dates.credential = toStd(*id);
        const bool known = std::find(p.completed.begin(), p.completed.end(), dates.credential) != p.completed.end();
        const bool twice =
            std::any_of(p.completedDates.begin(), p.completedDates.end(),
                        [&](const CompletionDates& other) { return other.credential == dates.credential; });
        if (!known)
            c.error(u"credential"_s, says(Code::JsonDatesNotCompleted, {qarg::text(*id)}));
        else if (twice)
            c.error(u"credential"_s, says(Code::JsonDatesTwice, {qarg::text(*id)}));
        else if (dates.earned && dates.expires && *dates.expires < *dates.earned)
            c.error(u"expires"_s,
                    says(Code::JsonExpiresBeforeEarned,
                         {qarg::text(*id), arg::text(dates.expires->toIso()), arg::text(dates.earned->toIso())}));
        else
            p.completedDates.push_back(std::move(dates));
    });
}

JsonValue completionDates(const std::vector<CompletionDates>& all) {
    JsonValue a = JsonValue::array();
    for (const auto& dates : all) {
        JsonValue item = JsonValue::object().add(u"credential"_s, JsonValue::fromString(fromStd(dates.credential)));
        if (dates.earned)
            item.add(u"earned"_s, JsonValue::fromString(fromStd(dates.earned->toIso())));
        if (dates.expires)
            item.add(u"expires"_s, JsonValue::fromString(fromStd(dates.expires->toIso())));
        a.append(std::move(item));
    }
    return a;
}

Profile decodeProfile(JsonDecoder& d, const JsonValue& root) {
    JsonObjectReader r(d, root, {}, Code::JsonWhatProfile,
                       {u"format"_s, u"version"_s, u"name"_s, u"goal"_s, u"skills"_s, u"completed"_s,
                        u"completed_dates"_s, u"budget"_s, u"hours_per_week"_s, u"start"_s, u"deadline"_s,
                        u"hourly_value"_s, u"pinned"_s, u"excluded"_s, u"budget_on"_s, u"funding"_s});
    Profile p;
    if (auto name = r.string(u"name"_s, Need::Optional))
        p.name = toStd(*name);
    if (auto goal = r.id(u"goal"_s, Need::Optional))
        p.goal = toStd(*goal);
    r.forEach(u"skills"_s, Need::Optional, [&](const JsonValue& item, const QString& path) {
        JsonObjectReader s(d, item, path, Code::JsonWhatSkillLevel, {u"skill"_s, u"level"_s});
        SkillLevel held;
        if (auto skill = s.id(u"skill"_s, Need::Required))
            held.skill = toStd(*skill);
        if (auto level = s.integer(u"level"_s, Need::Required, kMinLevel, kMaxLevel))
            held.level = *level;
        p.skills.push_back(std::move(held));
    });
    p.completed = r.strings(u"completed"_s, Need::Optional, true);
    decodeCompletionDates(d, r, p);
    if (const JsonValue* budget = r.field(u"budget"_s, Need::Optional); budget && !budget->isNull()) {
        if (!budget->isNumber() || !limits::kBudget.contains(budget->number))
            r.error(u"budget"_s,
                    says(Code::JsonBudgetNotNumber, {arg::range(limits::kBudget), JsonDecoder::found(*budget)}));
        else
            p.budget = budget->number;
    }
    if (auto hours = r.number(u"hours_per_week"_s, Need::Optional, limits::kHoursPerWeek))
        p.hoursPerWeek = *hours;
    if (auto start = r.date(u"start"_s, Need::Optional))
        p.start = *start;
    p.deadline = r.date(u"deadline"_s, Need::Optional, true);
    if (auto value = r.number(u"hourly_value"_s, Need::Optional, limits::kHourlyValue))
        p.hourlyValue = *value;
    p.pinned = r.strings(u"pinned"_s, Need::Optional, true);
    p.excluded = r.strings(u"excluded"_s, Need::Optional, true);
    decodeFunding(d, r, p);
    return p;
}

JsonValue stringArray(const std::vector<std::string>& values) {
    JsonValue a = JsonValue::array();
    for (const auto& v : values)
        a.append(JsonValue::fromString(fromStd(v)));
    return a;
}

} // namespace

LoadResult<Profile> readProfile(const QByteArray& json, const QString& fileName) {
    JsonDecoder decoder(fileName);
    LoadResult<Profile> result;
    const auto root = openDocument(decoder, json, kFormat, kVersion);
    if (root) {
        Profile profile = decodeProfile(decoder, *root);
        if (!decoder.hasErrors())
            result.value = std::move(profile);
    }
    result.errors = decoder.takeErrors();
    if (!root)
        markUnreadable(result.errors); // not JSON, or not a profile this version reads
    sortByPosition(result.errors);
    return result;
}

LoadResult<Profile> readProfileFile(const QString& path) {
    LoadResult<Profile> result;
    if (auto bytes = readWholeFile(path, result.errors))
        return readProfile(*bytes, path);
    markUnreadable(result.errors);
    return result;
}

QByteArray writeProfile(const Profile& p) {
    JsonValue root = JsonValue::object();
    root.add(u"format"_s, JsonValue::fromString(kFormat));
    root.add(u"version"_s, JsonValue::fromNumber(kVersion));
    root.add(u"name"_s, JsonValue::fromString(fromStd(p.name)));
    if (!p.goal.empty())
        root.add(u"goal"_s, JsonValue::fromString(fromStd(p.goal)));
    JsonValue skills = JsonValue::array();
    for (const auto& s : p.skills)
        skills.append(JsonValue::object()
                          .add(u"skill"_s, JsonValue::fromString(fromStd(s.skill)))
                          .add(u"level"_s, JsonValue::fromNumber(s.level)));
    root.add(u"skills"_s, std::move(skills));
    root.add(u"completed"_s, stringArray(p.completed));
    if (!p.completedDates.empty())
        root.add(u"completed_dates"_s, completionDates(p.completedDates));
    root.add(u"budget"_s, p.budget ? JsonValue::fromNumber(*p.budget) : JsonValue::null());
    root.add(u"hours_per_week"_s, JsonValue::fromNumber(p.hoursPerWeek));
    root.add(u"start"_s, JsonValue::fromString(fromStd(p.start.toIso())));
    root.add(u"deadline"_s, p.deadline ? JsonValue::fromString(fromStd(p.deadline->toIso())) : JsonValue::null());
    root.add(u"hourly_value"_s, JsonValue::fromNumber(p.hourlyValue));
    root.add(u"pinned"_s, stringArray(p.pinned));
    root.add(u"excluded"_s, stringArray(p.excluded));
    encodeFunding(p, root);
    return writeJson(root);
}

} // namespace cairn::io
