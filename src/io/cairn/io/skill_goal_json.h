#pragma once

#include "cairn/io/load_error.h"

#include <QByteArray>
#include <QString>
#include <cairn/engine/skill_goal.h>

namespace cairn::io {

/// The most skills a goal file may name; an ESCO occupation has at most a few hundred.
inline constexpr int kMaxGoalSkills = 2'000;

/// Reads the `cairn-goal` JSON format (docs/formats.md#goal-file): a goal as the ESCO skills it
/// asks for, independent of any catalog.
LoadResult<SkillGoal> readSkillGoal(const QByteArray& json, const QString& fileName = {});
LoadResult<SkillGoal> readSkillGoalFile(const QString& path);

/// Writes the goal in the canonical form: reading it back gives an equal SkillGoal.
QByteArray writeSkillGoal(const SkillGoal& goal);

} // namespace cairn::io
