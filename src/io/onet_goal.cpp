#include "cairn/io/onet_goal.h"

#include "cairn/io/skill_matcher.h"
#include "title_match.h"

#include <QHash>
#include <algorithm>

namespace cairn::io {

using namespace Qt::Literals::StringLiterals;

namespace {

std::vector<OnetOccupationMatch> byCode(const OnetData& data, const std::string& code) {
    std::vector<OnetOccupationMatch> found;
    if (const int exact = data.findOccupation(code); exact >= 0)
        return {{exact, 0}};
    // The occupations under a SOC code, in the order of their codes (the data's order).
    if (isOnetCode(code, false))
        for (std::size_t i = 0; i < data.occupations.size(); ++i)
            if (data.occupations[i].code.starts_with(code))
                found.push_back({static_cast<int>(i), 0});
    return found;
}

/// A name as escoSkillsNamed compares it: folded, and without a qualifier in brackets at the end.
QString comparable(const std::string& name) {
    QString text = QString::fromStdString(name);
    if (const qsizetype open = text.indexOf(u" ("_s); open > 0 && text.endsWith(u')'))
        text.truncate(open);
    return detail::foldedTitle(text);
}

} // namespace

std::vector<OnetOccupationMatch> searchOnetOccupations(const OnetData& data, const QString& query, int limit) {
    const QString q = detail::foldedTitle(query);
    if (q.isEmpty() || limit <= 0)
        return {};
    auto found = byCode(data, q.toStdString());
    if (!found.empty()) {
        if (found.size() > static_cast<std::size_t>(limit))
            found.resize(static_cast<std::size_t>(limit));
        return found;
    }
    {
        const QStringList words = q.split(u' ', Qt::SkipEmptyParts);
        for (std::size_t i = 0; i < data.occupations.size(); ++i) {
            const int rank = detail::titleMatchRank(
                detail::foldedTitle(QString::fromStdString(data.occupations[i].title)), q, words);
            if (rank >= 0)
                found.push_back({static_cast<int>(i), rank});
        }
    }
    std::stable_sort(found.begin(), found.end(), [&](const OnetOccupationMatch& a, const OnetOccupationMatch& b) {
        const auto& ta = data.occupations[static_cast<std::size_t>(a.occupation)].title;
        const auto& tb = data.occupations[static_cast<std::size_t>(b.occupation)].title;
        return a.rank != b.rank ? a.rank < b.rank : ta.size() < tb.size();
    });
    if (found.size() > static_cast<std::size_t>(limit))
        found.resize(static_cast<std::size_t>(limit));
    return found;
}

std::vector<int> escoSkillsNamed(const EscoData& esco, const std::vector<std::string>& names) {
    std::vector<int> skills(names.size(), -1);
    QHash<QString, std::vector<std::size_t>> wanted; // folded name → positions in `names`
    for (std::size_t i = 0; i < names.size(); ++i)
        wanted[comparable(names[i])].push_back(i);
    // Preferred labels first, so that an alternative label never takes a name a preferred one has.
    for (const bool preferred : {true, false})
        for (std::size_t s = 0; s < esco.skills.size(); ++s)
            for (const auto& labels : esco.skills[s].labels) {
                auto take = [&](const std::string& label) {
                    const auto it = wanted.constFind(comparable(label));
                    if (it == wanted.cend())
                        return;
                    for (std::size_t i : *it)
                        if (skills[i] < 0)
                            skills[i] = static_cast<int>(s);
                };
                if (preferred)
                    take(labels.preferred);
                else
                    for (const auto& alt : labels.alternatives)
                        take(alt);
            }
    return skills;
}

namespace {

/// The technologies a goal from `o` asks for: in demand first (required), then the other hot ones.
std::vector<OnetTechnologyUse> goalTechnologies(const OnetOccupation& o) {
    std::vector<OnetTechnologyUse> uses;
    std::copy_if(o.technologies.begin(), o.technologies.end(), std::back_inserter(uses),
                 [](const OnetTechnologyUse& u) { return u.inDemand || u.hot; });
    // In demand first, so that the goal lists what it requires before what it offers as a choice.
    std::stable_partition(uses.begin(), uses.end(), [](const OnetTechnologyUse& u) { return u.inDemand; });
    return uses;
}

/// The goal, given for each of `uses` the ESCO skill called as it is (-1: none).
SkillGoal goalOf(const OnetData& data, const OnetOccupation& o, const std::vector<OnetTechnologyUse>& uses,
                 const EscoData* esco, const std::vector<int>& named, const GoalLevels& levels) {
    SkillGoal goal;
    goal.title = o.title;
    goal.onet = o.code;
    goal.description = "O*NET " + data.version + " occupation '" + o.title + "' (" + o.code +
                       "): the technologies O*NET marks in demand for it, and some of its hot technologies.";
    int optional = 0;
    for (std::size_t i = 0; i < uses.size(); ++i) {
        WantedSkill w;
        w.onet = data.technologies.at(static_cast<std::size_t>(uses[i].technology));
        w.label = w.onet;
        w.esco = esco && named[i] >= 0 ? esco->skills[static_cast<std::size_t>(named[i])].uri() : std::string{};
        w.level = levels.technology;
        w.essential = uses[i].inDemand;
        optional += w.essential ? 0 : 1;
        goal.skills.push_back(std::move(w));
    }
    goal.optionalNeeded = std::min(levels.optionalNeeded, optional);
    return goal;
}

} // namespace

SkillGoal goalFromOnetOccupation(const OnetData& data, int occupation, const EscoData* esco, const GoalLevels& levels) {
    const OnetOccupation& o = data.occupations.at(static_cast<std::size_t>(occupation));
    const std::vector<OnetTechnologyUse> uses = goalTechnologies(o);
    std::vector<std::string> names;
    for (const auto& u : uses)
        names.push_back(data.technologies.at(static_cast<std::size_t>(u.technology)));
    const std::vector<int> named = esco ? escoSkillsNamed(*esco, names) : std::vector<int>(names.size(), -1);
    return goalOf(data, o, uses, esco, named, levels);
}

SkillGoal goalFromOnetOccupation(const SkillMatcher& matcher, int occupation, const GoalLevels& levels) {
    const OnetData& data = *matcher.onet();
    const OnetOccupation& o = data.occupations.at(static_cast<std::size_t>(occupation));
    const std::vector<OnetTechnologyUse> uses = goalTechnologies(o);
    std::vector<int> named;
    for (const auto& u : uses)
        named.push_back(matcher.technologySkill(u.technology));
    return goalOf(data, o, uses, &matcher.data(), named, levels);
}

} // namespace cairn::io
