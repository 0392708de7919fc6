#pragma once

#include "cairn/engine/requirement.h"

#include <optional>
#include <string>
#include <vector>

namespace cairn {

/// A degree program that accepts credentials as credit.
struct Program {
    std::string id;
    std::string title;
    std::string institution;
    std::string url;
    std::vector<std::string> categories;

    bool operator==(const Program&) const = default;
};

/// Limits on the credits one category of a program may contribute to a credits goal.
/// A credential's credits count wholly in one category or not at all; the credits counted in a
/// category stay within [min, max].
struct CategoryRule {
    std::string category;
    std::optional<double> min;
    std::optional<double> max;

    bool operator==(const CategoryRule&) const = default;
};

/// What the learner aims for: a career role (a requirement over skills and credentials)
/// or a number of credits toward a degree program (plus an optional requirement).
struct Goal {
    enum class Kind { Career, Credits };

    std::string id;
    Kind kind = Kind::Career;
    std::string title;
    std::string description; ///< optional
    std::string onet;        ///< O*NET-SOC code, optional
    std::string esco;        ///< ESCO occupation URI, optional
    Requirement requirement; ///< `requires` in the format; None when absent
    // Credits goals only:
    std::string program;
    double minCredits = 0;
    std::vector<CategoryRule> categories;

    bool operator==(const Goal&) const = default;
};

} // namespace cairn
