#pragma once

#include "cairn/io/esco_data.h"

#include <QString>
#include <cairn/engine/skill_goal.h>
#include <vector>

namespace cairn::io {

/// The level a goal asks for when ESCO names a skill, by the skill's type (ESCO gives no
/// levels). Documented in docs/formats.md#goal-file; a goal file's levels can be edited.
struct GoalLevels {
    int skill = 2;          ///< skill/competence: Working — routine tasks with guidance, the start of a job
    int knowledge = 2;      ///< knowledge: Working — applies it, beyond knowing the vocabulary
    int transversal = 1;    ///< transversal skills (teamwork, attitudes): Awareness — few courses teach more
    int technology = 2;     ///< O*NET technologies: Working — uses the tool in daily work
    int optionalNeeded = 3; ///< how many of the occupation's optional skills the goal needs

    [[nodiscard]] int levelFor(const EscoSkill& skill) const;
};

/// One occupation found by search, best first.
struct OccupationMatch {
    int occupation = -1; ///< index into EscoData::occupations
    std::string label;   ///< the label that matched
    int rank = 0;        ///< 0 best: exact preferred label, exact alternative, prefix, all words
};

/// The most occupations one search returns.
inline constexpr int kMaxOccupationMatches = 50;

/// Occupations whose preferred or alternative labels (any language) match `query`: an exact
/// label first, then labels that begin with it, then labels holding all its words; case does
/// not matter. A concept URI, a bare id or an ESCO code ("2511.3") finds that occupation alone.
std::vector<OccupationMatch> searchOccupations(const EscoData& data, const QString& query,
                                               int limit = kMaxOccupationMatches);

/// The goal an ESCO occupation asks for: its essential skills at the levels of `levels`, and
/// `levels.optionalNeeded` of its optional skills (fewer when it has fewer).
SkillGoal goalFromOccupation(const EscoData& data, int occupation, const GoalLevels& levels = {},
                             const std::string& language = "en");

} // namespace cairn::io
