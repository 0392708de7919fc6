#pragma once

#include "cairn/engine/catalog.h"
#include "cairn/engine/profile.h"

#include <string>
#include <vector>

namespace cairn {

/// A skill that a role asks for, named by its ESCO concept or an O*NET technology (or both), as
/// an ESCO or O*NET occupation or a job ad gives it: independent of any catalog.
struct WantedSkill {
    std::string esco;  ///< ESCO skill concept URI; may be empty when `onet` is not
    std::string label; ///< its name, for people
    int level = 2;     ///< 1..5
    bool essential = true;
    std::string onet; ///< O*NET technology name ("Microsoft Excel"), may be empty

    bool operator==(const WantedSkill&) const = default;
};

/// A goal described by the skills it asks for: all essential ones, and at least
/// `optionalNeeded` of the optional ones.
struct SkillGoal {
    std::string title;
    std::string esco;        ///< ESCO occupation URI when made from an ESCO occupation
    std::string onet;        ///< O*NET-SOC code when made from an O*NET occupation
    std::string description; ///< where it came from, for people
    std::vector<WantedSkill> skills;
    int optionalNeeded = 0;

    bool operator==(const SkillGoal&) const = default;
};

/// A wanted skill that no credential of the catalog brings the learner to (and the profile
/// does not hold): the plan leaves it out, and says so.
struct UntaughtSkill {
    enum class Why {
        NotInCatalog, ///< no skill of the catalog carries its O*NET technology or ESCO URI
        NoCredential, ///< the catalog has the skill, but no credential grants it
        LevelTooHigh, ///< credentials grant it, but below the wanted level: planned to `taughtLevel`
    };
    WantedSkill wanted;
    Why why = Why::NotInCatalog;
    std::string skill;   ///< the catalog's skill id, when it has one
    int taughtLevel = 0; ///< the highest level a credential grants, for LevelTooHigh

    bool operator==(const UntaughtSkill&) const = default;
};

/// A SkillGoal made into a goal over one catalog's skills, with what it had to leave out.
struct CatalogGoal {
    Goal goal;
    std::vector<UntaughtSkill> untaught;
    /// How many optional skills the goal needs: the asked number, or fewer when fewer optional
    /// skills can be reached.
    int optionalNeeded = 0;
};

/// Maps each wanted skill to the catalog's skill whose `onet` names the same technology (case
/// does not matter), else to the one with the same ESCO URI, and keeps those that a
/// credential (not excluded by the profile) grants or the profile already holds. A skill taught
/// only below the wanted level is kept at the level taught and reported. Nothing is dropped
/// silently: every wanted skill is in the goal's requirement or in `untaught`.
CatalogGoal catalogGoal(const Catalog& catalog, const Profile& profile, const SkillGoal& wanted, std::string goalId);

} // namespace cairn
