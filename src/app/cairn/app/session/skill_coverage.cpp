#include "cairn/app/session/skill_coverage.h"

#include <algorithm>
#include <cairn/engine/planner.h>
#include <cairn/engine/requirement.h>

namespace cairn::app {

namespace {

/// How good a state is for the learner: a skill named twice keeps its better standing.
int rank(SkillCoverageItem::State state) {
    switch (state) {
    case SkillCoverageItem::State::Held:
        return 3;
    case SkillCoverageItem::State::Gained:
        return 2;
    case SkillCoverageItem::State::NotNeeded:
        return 1;
    case SkillCoverageItem::State::Missing:
        break;
    }
    return 0;
}

} // namespace

std::vector<SkillCoverageItem> skillCoverage(const Catalog& catalog, const Profile& profile, const std::string& goalId,
                                             const Plan* plan) {
    std::vector<SkillCoverageItem> out;
    const Goal* goal = catalog.findGoal(goalId);
    if (!goal)
        return out;
    const bool planned = plan && hasPlan(plan->status) && plan->goal == goalId;
    // The learner once the plan is done: its credentials count as completed.
    Profile after = profile;
    if (planned)
        for (const auto& pc : plan->credentials)
            if (std::find(after.completed.begin(), after.completed.end(), pc.id) == after.completed.end())
                after.completed.push_back(pc.id);
    const Gap now = gap(catalog, profile, goalId);
    const Gap then = gap(catalog, after, goalId);
    // gap() lists the requirement's items depth first in written order, the same walk as here.
    std::size_t index = 0;
    forEachItem(goal->requirement, [&](const Requirement& item) {
        const std::size_t i = index++;
        if (item.kind != Requirement::Kind::Skill || i >= now.items.size() || i >= then.items.size())
            return;
        SkillCoverageItem entry;
        entry.skill = item.id;
        entry.required = item.level;
        entry.heldLevel = now.items[i].heldLevel;
        if (const Skill* s = catalog.findSkill(item.id)) {
            entry.name = s->name.empty() ? s->id : s->name;
            entry.area = s->area;
        } else {
            entry.name = item.id;
        }
        if (now.items[i].met)
            entry.state = SkillCoverageItem::State::Held;
        else if (then.items[i].met)
            entry.state = SkillCoverageItem::State::Gained;
        else if (planned || then.goalMet)
            entry.state = SkillCoverageItem::State::NotNeeded;
        else
            entry.state = SkillCoverageItem::State::Missing;
        const auto same =
            std::find_if(out.begin(), out.end(), [&](const SkillCoverageItem& e) { return e.skill == entry.skill; });
        if (same == out.end())
            out.push_back(std::move(entry));
        else if (rank(entry.state) > rank(same->state) ||
                 (entry.state == same->state && entry.required > same->required))
            *same = std::move(entry);
    });
    return out;
}

} // namespace cairn::app
