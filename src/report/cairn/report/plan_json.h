#pragma once

#include "cairn/report/result.h"

#include <QByteArray>
#include <QString>
#include <cairn/engine/catalog.h>
#include <cairn/engine/plan.h>
#include <cairn/engine/profile.h>
#include <cairn/engine/skill_goal.h>
#include <vector>

namespace cairn::report {

/// The plan as JSON, for `cairn-cli plan --format json` and other programs; its sentences are
/// English, worded from `catalog` (cairn_text). Deterministic:
/// keys in the fixed order below, 2-space indentation, numbers in their shortest exact form,
/// a final newline.
///
///     {
///       "status": "optimal" | "feasible" | "infeasible",
///       "objective": "cost" | "effort" | "balanced" | "time",
///       "goal": "<goal id>",
///       "totals": {"cost": 0, "hours": 0, "credits": 0, "completion": "YYYY-MM-DD", "weeks": 0},
///       "credentials": [
///         {"id": "...", "title": "...", "cost": 0, "hours": 0, "start": "YYYY-MM-DD",
///          "end": "YYYY-MM-DD", "why": ["..."]}
///       ],
///       "reason": "..."            (only when infeasible)
///     }
///
/// With a profile, a plan whose credentials expire (or planned for cost-to-hold) also gets
/// `holding` for `holdYears`, and one with figure ranges `ranges` (docs/formats.md, "Plan output").
QByteArray planToJson(const Catalog& catalog, const Plan& plan, const Profile* profile = nullptr, int holdYears = 3);
/// The same for a goal made from ESCO skills (`plan --goal-file`): when the goal left skills out,
/// a last field lists them, one object per skill:
///
///       "untaught": [{"esco": "...", "label": "...", "level": 2, "essential": true,
///                     "why": "not-in-catalog" | "no-credential" | "level-too-high",
///                     "skill": "<catalog skill id, when there is one>",
///                     "taught_level": 1 (for level-too-high)}]
QByteArray planToJson(const Catalog& catalog, const Plan& plan, const std::vector<UntaughtSkill>& untaught,
                      const Profile* profile = nullptr, int holdYears = 3);

/// Writes planToJson() to `path` (atomically, see saveFile()).
Result writeJson(const Catalog& catalog, const Plan& plan, const QString& path, const Profile* profile = nullptr,
                 int holdYears = 3);

} // namespace cairn::report
