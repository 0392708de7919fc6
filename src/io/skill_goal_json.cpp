#include "cairn/io/skill_goal_json.h"

#include "cairn/io/json_decoder.h"
#include "cairn/io/json_document.h"
#include "cairn/io/json_writer.h"

namespace cairn::io {

using namespace Qt::Literals::StringLiterals;
using Code = Message::Code;

namespace {

const QString kFormat = u"cairn-goal"_s;
constexpr int kVersion = 1;
constexpr int kMaxTextChars = 10'000;

std::optional<QString> boundedString(JsonObjectReader& r, const QString& key, Need need, int maxChars) {
    auto text = r.string(key, need);
    if (text && (text->size() > maxChars || (need == Need::Required && text->trimmed().isEmpty()))) {
        r.error(key, says(Code::JsonTextLength, {qarg::text(key), arg::count(maxChars)}));
        return std::nullopt;
    }
    return text;
}

WantedSkill decodeSkill(JsonDecoder& d, const JsonValue& item, const QString& path) {
    JsonObjectReader s(d, item, path, Code::JsonWhatSkill,
                       {u"esco"_s, u"onet"_s, u"label"_s, u"level"_s, u"essential"_s});
    WantedSkill w;
    // A skill is named by its ESCO concept, an O*NET technology, or both; one of them is needed.
    const bool hasOnet = s.field(u"onet"_s, Need::Optional) != nullptr;
    if (auto esco = boundedString(s, u"esco"_s, hasOnet ? Need::Optional : Need::Required, 500))
        w.esco = toStd(*esco);
    if (auto onet = boundedString(s, u"onet"_s, Need::Optional, 500))
        w.onet = toStd(*onet);
    if (hasOnet && w.esco.empty() && w.onet.empty())
        s.error(u"onet"_s, says(Code::JsonGoalSkillUnnamed));
    if (auto label = boundedString(s, u"label"_s, Need::Required, 1000))
        w.label = toStd(*label);
    if (auto level = s.integer(u"level"_s, Need::Required, kMinLevel, kMaxLevel))
        w.level = *level;
    if (const JsonValue* essential = s.field(u"essential"_s, Need::Optional)) {
        if (essential->type != JsonValue::Type::Bool)
            s.error(u"essential"_s,
                    says(Code::JsonNotBoolean, {arg::text("essential"), JsonDecoder::found(*essential)}));
        else
            w.essential = essential->boolean;
    }
    return w;
}

SkillGoal decodeGoal(JsonDecoder& d, const JsonValue& root) {
    JsonObjectReader r(d, root, {}, Code::JsonWhatGoal,
                       {u"format"_s, u"version"_s, u"title"_s, u"esco"_s, u"onet"_s, u"description"_s,
                        u"optional_needed"_s, u"skills"_s});
    SkillGoal g;
    if (auto title = boundedString(r, u"title"_s, Need::Required, 1000))
        g.title = toStd(*title);
    if (auto esco = boundedString(r, u"esco"_s, Need::Optional, 500))
        g.esco = toStd(*esco);
    if (auto onet = boundedString(r, u"onet"_s, Need::Optional, 500))
        g.onet = toStd(*onet);
    if (auto description = boundedString(r, u"description"_s, Need::Optional, kMaxTextChars))
        g.description = toStd(*description);
    int count = 0;
    r.forEach(u"skills"_s, Need::Required, [&](const JsonValue& item, const QString& path) {
        if (++count == kMaxGoalSkills + 1)
            r.error(u"skills"_s, says(Code::JsonGoalTooManySkills, {arg::count(kMaxGoalSkills)}));
        if (count <= kMaxGoalSkills)
            g.skills.push_back(decodeSkill(d, item, path));
    });
    if (auto needed = r.integer(u"optional_needed"_s, Need::Optional, 0, kMaxGoalSkills))
        g.optionalNeeded = *needed;
    return g;
}

} // namespace

LoadResult<SkillGoal> readSkillGoal(const QByteArray& json, const QString& fileName) {
    JsonDecoder decoder(fileName);
    LoadResult<SkillGoal> result;
    const auto root = openDocument(decoder, json, kFormat, kVersion);
    if (root) {
        SkillGoal goal = decodeGoal(decoder, *root);
        if (!decoder.hasErrors())
            result.value = std::move(goal);
    }
    result.errors = decoder.takeErrors();
    if (!root)
        markUnreadable(result.errors); // not JSON, or not a goal file this version reads
    sortByPosition(result.errors);
    return result;
}

LoadResult<SkillGoal> readSkillGoalFile(const QString& path) {
    LoadResult<SkillGoal> result;
    if (auto bytes = readWholeFile(path, result.errors))
        return readSkillGoal(*bytes, path);
    markUnreadable(result.errors);
    return result;
}

QByteArray writeSkillGoal(const SkillGoal& goal) {
    JsonValue root = JsonValue::object();
    root.add(u"format"_s, JsonValue::fromString(kFormat));
    root.add(u"version"_s, JsonValue::fromNumber(kVersion));
    root.add(u"title"_s, JsonValue::fromString(fromStd(goal.title)));
    if (!goal.esco.empty())
        root.add(u"esco"_s, JsonValue::fromString(fromStd(goal.esco)));
    if (!goal.onet.empty())
        root.add(u"onet"_s, JsonValue::fromString(fromStd(goal.onet)));
    if (!goal.description.empty())
        root.add(u"description"_s, JsonValue::fromString(fromStd(goal.description)));
    root.add(u"optional_needed"_s, JsonValue::fromNumber(goal.optionalNeeded));
    JsonValue skills = JsonValue::array();
    for (const auto& s : goal.skills) {
        JsonValue skill = JsonValue::object();
        // A skill named by an O*NET technology alone has no ESCO URI to write.
        if (!s.esco.empty() || s.onet.empty())
            skill.add(u"esco"_s, JsonValue::fromString(fromStd(s.esco)));
        if (!s.onet.empty())
            skill.add(u"onet"_s, JsonValue::fromString(fromStd(s.onet)));
        skill.add(u"label"_s, JsonValue::fromString(fromStd(s.label)))
            .add(u"level"_s, JsonValue::fromNumber(s.level))
            .add(u"essential"_s, JsonValue::fromBool(s.essential));
        skills.append(std::move(skill));
    }
    root.add(u"skills"_s, std::move(skills));
    return writeJson(root);
}

} // namespace cairn::io
