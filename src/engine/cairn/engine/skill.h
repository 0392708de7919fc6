#pragma once

#include <string>

namespace cairn {

/// A skill a learner can hold at levels 1–5 (defined in docs/formats.md), optionally
/// linked to public taxonomies.
struct Skill {
    std::string id;
    std::string name;
    std::string esco;        ///< ESCO concept URI, may be empty
    std::string onet;        ///< O*NET element id, technology name or SOC code, may be empty
    std::string description; ///< optional
    std::string area;        ///< optional grouping (taxonomy area) for charts and filters

    bool operator==(const Skill&) const = default;
};

/// A skill at a level: what a credential grants or what a profile holds.
struct SkillLevel {
    std::string skill;
    int level = 1;

    bool operator==(const SkillLevel&) const = default;
};

constexpr int kMinLevel = 1;
constexpr int kMaxLevel = 5;

} // namespace cairn
