#pragma once

#include <QString>
#include <cairn/engine/catalog.h>
#include <cairn/engine/plan.h>
#include <cairn/engine/planner.h>
#include <cairn/engine/profile.h>
#include <vector>

// Plans, fronts and gaps as text a person reads in a terminal.
namespace cairn::cli {

QString planText(const Catalog& catalog, const Profile& profile, const Plan& plan);
QString paretoText(const Catalog& catalog, const std::vector<Plan>& front);
QString gapText(const Catalog& catalog, const Gap& gap);

} // namespace cairn::cli
