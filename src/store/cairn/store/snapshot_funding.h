#pragma once

#include <QJsonObject>
#include <cairn/engine/plan.h>
#include <cairn/engine/profile.h>

// A profile's funding and a plan's out-of-pocket money in the workspace's JSON snapshots
// (client profiles, saved plans and the inputs they were planned with). A profile's keys are left
// out at their defaults; snapshots written before funding existed read as the learner paying all.
namespace cairn::store {

void fundingToJson(const Profile& profile, QJsonObject& json);
/// False when a source cannot be read back (an unknown kind or cap period).
bool fundingFromJson(const QJsonObject& json, Profile& profile);

void outOfPocketToJson(const Plan& plan, QJsonObject& json);
/// Without the keys (a plan saved before funding existed) the learner paid the whole cost.
bool outOfPocketFromJson(const QJsonObject& json, Plan& plan);

} // namespace cairn::store
