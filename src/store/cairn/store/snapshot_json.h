#pragma once

#include "cairn/store/client.h"
#include "cairn/store/saved_plan.h"

#include <QJsonObject>
#include <cairn/engine/plan.h>
#include <cairn/engine/profile.h>
#include <optional>

namespace cairn::store {

// The JSON the workspace keeps for profiles and saved plans. It is the workspace's own
// snapshot format: complete (reading gives an equal value) and independent of the catalog,
// so a saved plan reads the same after the catalog changes.

/// Lower-case names used in snapshots and listings: "optimal", "feasible", "infeasible", "unknown".
const char* statusName(PlanStatus status);
/// "cost", "effort", "balanced", "time".
const char* objectiveName(Objective objective);

QJsonObject profileToJson(const Profile& profile);
std::optional<Profile> profileFromJson(const QJsonObject& json);

QJsonObject planToJson(const Plan& plan);
std::optional<Plan> planFromJson(const QJsonObject& json);

/// The inputs without the catalog id (a database row id means nothing outside the file).
QJsonObject inputsToJson(const SavedPlanInputs& inputs);
std::optional<SavedPlanInputs> inputsFromJson(const QJsonObject& json);

} // namespace cairn::store
