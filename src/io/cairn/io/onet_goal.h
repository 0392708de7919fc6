#pragma once

#include "cairn/io/esco_data.h"
#include "cairn/io/esco_goal.h"
#include "cairn/io/onet_data.h"

#include <QString>
#include <cairn/engine/skill_goal.h>
#include <vector>

namespace cairn::io {

class SkillMatcher;

/// One O*NET occupation found by search, best first.
struct OnetOccupationMatch {
    int occupation = -1; ///< index into OnetData::occupations
    int rank = 0;        ///< 0 best: exact title or code, title beginning with the query, all words
};

/// O*NET occupations whose title matches `query` as ESCO labels do (searchOccupations): an exact
/// title first, then titles that begin with it, then titles holding all its words; case does not
/// matter. An O*NET-SOC code ("15-2051.01") finds that occupation alone; a SOC code without its
/// suffix ("15-2051") finds the O*NET occupations under it.
std::vector<OnetOccupationMatch> searchOnetOccupations(const OnetData& data, const QString& query,
                                                       int limit = kMaxOccupationMatches);

/// For each technology name, the ESCO skill whose label is that name, case aside (a preferred
/// label before an alternative one; a label's qualifier in brackets, as in "Python (computer
/// programming)", left out), or -1 when no ESCO skill is called so.
std::vector<int> escoSkillsNamed(const EscoData& esco, const std::vector<std::string>& names);

/// The goal an O*NET occupation asks for, made from the technologies O*NET lists for it (O*NET's
/// skills have no ESCO mapping here): every technology O*NET marks in demand for the occupation
/// as a required skill, `levels.optionalNeeded` of its other hot technologies as an "at least k
/// of" choice, the rest left out; each at `levels.technology`. Each skill carries the technology's
/// name (`WantedSkill::onet`) and, when an ESCO skill is called so, that skill's URI
/// (escoSkillsNamed); `esco` may be null.
SkillGoal goalFromOnetOccupation(const OnetData& data, int occupation, const EscoData* esco,
                                 const GoalLevels& levels = {});
/// The same goal, with each technology's ESCO skill as `matcher` found it when it was built
/// (SkillMatcher::technologySkill), instead of a pass over every ESCO label: for a program that
/// keeps a matcher, such as the window choosing one occupation after another.
SkillGoal goalFromOnetOccupation(const SkillMatcher& matcher, int occupation, const GoalLevels& levels = {});

} // namespace cairn::io
