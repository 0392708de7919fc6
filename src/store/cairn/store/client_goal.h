#pragma once

#include <QString>
#include <cairn/engine/skill_goal.h>
#include <optional>
#include <string>
#include <string_view>

namespace cairn::store {

/// A goal of a client's own, made from an ESCO occupation or a job ad rather than taken from
/// a catalog: the ESCO skills it asks for, kept with the client and planned against whichever
/// catalog they plan with.
struct ClientGoal {
    std::string id; ///< "own:N", unique for the client
    SkillGoal goal;
    QString createdAt; ///< ISO 8601 UTC, set by the workspace
    /// The row's version when it was read; saveClientGoal() given it saves only over it.
    int rowVersion = 0;

    bool operator==(const ClientGoal&) const = default;
};

/// What every own goal's id starts with.
inline constexpr std::string_view kOwnGoalPrefix = "own:";

/// "own:N" for N > 0.
std::string ownGoalId(int number);
/// N of "own:N", nullopt when `id` is not an own goal's id.
std::optional<int> ownGoalNumber(std::string_view id);

} // namespace cairn::store
