#pragma once

#include "cairn/report/result.h"

#include <QByteArray>
#include <QString>
#include <cairn/engine/catalog.h>
#include <cairn/engine/plan.h>

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
QByteArray planToJson(const Catalog& catalog, const Plan& plan);

/// Writes planToJson() to `path` (atomically, see saveFile()).
Result writeJson(const Catalog& catalog, const Plan& plan, const QString& path);

} // namespace cairn::report
