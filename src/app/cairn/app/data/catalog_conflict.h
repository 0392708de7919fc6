#pragma once

// A save of a catalog entry (a credential or a skill) that the workspace refused because
// someone else saved the same entry since this window read the catalog: how the two sides
// differ, what "merge" makes of them, and this window's edits laid over theirs.

#include "cairn/app/data/conflict.h"

#include <cairn/engine/credential.h>
#include <cairn/engine/skill.h>
#include <vector>

namespace cairn::app {

/// The fields of a credential that differ between the two sides, in the order its editor shows
/// them; anything else that differs is one "Other details" line.
std::vector<FieldDifference> differences(const Credential& mine, const Credential& theirs);
std::vector<FieldDifference> differences(const Skill& mine, const Skill& theirs);

/// `mine`, with each free-text field (the description) that differs holding both texts.
Credential merged(const Credential& mine, const Credential& theirs);
Skill merged(const Skill& mine, const Skill& theirs);

/// The fields this window changed from `base` (the entry as it read it) take its value, the
/// others theirs: only what both sides changed is in conflict.
Credential rebased(const Credential& mine, const Credential& base, const Credential& theirs);
Skill rebased(const Skill& mine, const Skill& base, const Skill& theirs);

} // namespace cairn::app
