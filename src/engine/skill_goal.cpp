#include "cairn/engine/skill_goal.h"

#include <algorithm>
#include <cctype>
#include <map>

namespace cairn {

namespace {

/// The highest level the learner can reach in each skill: what a credential grants or the
/// profile holds.
std::map<std::string, int, std::less<>> reachableLevels(const Catalog& catalog, const Profile& profile) {
    std::map<std::string, int, std::less<>> reach;
    for (const auto& c : catalog.credentials) {
        if (std::find(profile.excluded.begin(), profile.excluded.end(), c.id) != profile.excluded.end())
            continue;
        for (const auto& g : c.grants)
            reach[g.skill] = std::max(reach[g.skill], g.level);
    }
    for (const auto& held : profile.skills)
        reach[held.skill] = std::max(reach[held.skill], held.level);
    return reach;
}

bool sameName(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}

/// The catalog skill for a wanted skill: one whose `onet` names its O*NET technology, else one
/// with its ESCO URI; of several, the one taught to the highest level.
const Skill* skillFor(const Catalog& catalog, const std::map<std::string, int, std::less<>>& reach,
                      const WantedSkill& wanted) {
    for (const bool byTechnology : {true, false}) {
        const Skill* best = nullptr;
        int bestLevel = -1;
        for (const auto& s : catalog.skills) {
            const bool same = byTechnology ? !wanted.onet.empty() && sameName(s.onet, wanted.onet)
                                           : !wanted.esco.empty() && s.esco == wanted.esco;
            if (!same)
                continue;
            const auto it = reach.find(s.id);
            const int level = it == reach.end() ? 0 : it->second;
            if (level > bestLevel) {
                best = &s;
                bestLevel = level;
            }
        }
        if (best)
            return best;
    }
    return nullptr;
}

/// Adds `skill@level` to `items` once; a skill asked for twice keeps the higher level.
void addItem(std::vector<Requirement>& items, const std::string& skill, int level) {
    for (auto& item : items)
        if (item.id == skill) {
            item.level = std::max(item.level, level);
            return;
        }
    items.push_back(Requirement::skill(skill, level));
}

} // namespace

CatalogGoal catalogGoal(const Catalog& catalog, const Profile& profile, const SkillGoal& wanted, std::string goalId) {
    CatalogGoal out;
    out.goal.id = std::move(goalId);
    out.goal.kind = Goal::Kind::Career;
    out.goal.title = wanted.title;
    out.goal.description = wanted.description;
    out.goal.esco = wanted.esco;
    out.goal.onet = wanted.onet;
    const auto reach = reachableLevels(catalog, profile);
    std::vector<Requirement> essential, optional;
    for (const auto& w : wanted.skills) {
        const Skill* skill = skillFor(catalog, reach, w);
        if (!skill) {
            out.untaught.push_back({w, UntaughtSkill::Why::NotInCatalog, {}, 0});
            continue;
        }
        const auto it = reach.find(skill->id);
        const int reachable = it == reach.end() ? 0 : it->second;
        if (reachable == 0) {
            out.untaught.push_back({w, UntaughtSkill::Why::NoCredential, skill->id, 0});
            continue;
        }
        if (reachable < w.level)
            out.untaught.push_back({w, UntaughtSkill::Why::LevelTooHigh, skill->id, reachable});
        addItem(w.essential ? essential : optional, skill->id, std::min(w.level, reachable));
    }
    // An optional skill that is essential as well is needed anyway; it does not count as a choice.
    std::erase_if(optional, [&](const Requirement& o) {
        return std::any_of(essential.begin(), essential.end(), [&](const Requirement& e) { return e.id == o.id; });
    });
    out.optionalNeeded = std::clamp(wanted.optionalNeeded, 0, static_cast<int>(optional.size()));
    if (out.optionalNeeded > 0)
        essential.push_back(Requirement::atLeast(out.optionalNeeded, std::move(optional)));
    if (essential.size() == 1 && essential.front().isItem())
        out.goal.requirement = std::move(essential.front());
    else if (!essential.empty())
        out.goal.requirement = Requirement::all(std::move(essential));
    return out;
}

} // namespace cairn
