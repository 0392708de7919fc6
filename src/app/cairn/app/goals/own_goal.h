#pragma once

// moc (Qt 6.4) cannot parse libstdc++'s <compare>, which the engine's headers include.
#ifndef Q_MOC_RUN
#include <cairn/engine/skill_goal.h>
#endif

#include <string>

namespace cairn::app {

/// A goal of the client's own, made from an ESCO occupation or a job ad: the ESCO skills it
/// asks for, under its id "own:N".
struct OwnGoal {
    std::string id;
    SkillGoal goal;

    bool operator==(const OwnGoal&) const = default;
};

} // namespace cairn::app
