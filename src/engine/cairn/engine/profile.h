#pragma once

#include "cairn/engine/date.h"
#include "cairn/engine/funding.h"
#include "cairn/engine/skill.h"

#include <optional>
#include <string>
#include <vector>

namespace cairn {

/// A learner: what they hold, what they can spend, and what they want in or out of a plan.
struct Profile {
    std::string name;
    std::string goal; ///< id of the goal the learner aims for; empty when not chosen yet
    std::vector<SkillLevel> skills;
    std::vector<std::string> completed; ///< credential ids already completed
    std::optional<double> budget;       ///< money; none = unlimited
    double hoursPerWeek = 10;
    Date start = Date::today();
    std::optional<Date> deadline;
    double hourlyValue = 0;            ///< money per hour of the learner's time, for the balanced objective
    std::vector<std::string> pinned;   ///< must be in every plan
    std::vector<std::string> excluded; ///< never in a plan

    // Who pays (docs/planning-model.md, "Funding and out-of-pocket money").
    BudgetBasis budgetOn = BudgetBasis::Total; ///< what `budget` limits
    std::vector<FundingSource> funding;        ///< in the order the learner claims them

    bool operator==(const Profile&) const = default;
};

} // namespace cairn
