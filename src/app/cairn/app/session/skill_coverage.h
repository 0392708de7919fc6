#pragma once

#include <cairn/engine/catalog.h>
#include <cairn/engine/plan.h>
#include <cairn/engine/profile.h>
#include <string>
#include <vector>

namespace cairn::app {

/// One skill a goal names, and where the learner stands on it before and after a plan.
struct SkillCoverageItem {
    enum class State {
        Held,      ///< the profile already meets it
        Gained,    ///< the plan's credentials bring it to the level the goal asks for
        NotNeeded, ///< unmet, but the goal is reached through an alternative to it
        Missing,   ///< unmet, and the goal is not reached
    };
    std::string skill; ///< skill id
    std::string name;  ///< the catalog's name for it (the id when the catalog has none)
    std::string area;  ///< the skill's taxonomy area; empty when the catalog gives none
    int required = 1;  ///< the level the goal asks for
    int heldLevel = 0; ///< the level held now
    State state = State::Missing;
};

/// Every skill the goal's requirement names, once each, in the order it names them. "Gained" is
/// judged by the engine's gap() for the profile with the plan's credentials completed; without a
/// plan (or with an infeasible one) nothing is gained. Empty for an unknown goal.
std::vector<SkillCoverageItem> skillCoverage(const Catalog& catalog, const Profile& profile, const std::string& goalId,
                                             const Plan* plan);

} // namespace cairn::app
