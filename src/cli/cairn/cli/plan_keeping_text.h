#pragma once

#include <QTextStream>
#include <cairn/engine/catalog.h>
#include <cairn/engine/plan.h>
#include <cairn/engine/planner.h>
#include <cairn/engine/profile.h>

// The lines of a plan about keeping its credentials and how sure its totals are
// (docs/planning-model.md, "Keeping a credential" and "Ranges").
namespace cairn::cli {

/// Writes the ranges of the totals when a figure has one, what the high hours guarantee, and
/// the cost to hold with its dates when a planned credential expires (or the objective is
/// cost-to-hold). Writes nothing for a plan none of this applies to.
void keepingLines(QTextStream& s, const Catalog& catalog, const Profile& profile, const Plan& plan,
                  const PlanRequest& request);

} // namespace cairn::cli
