#pragma once

#include "cairn/engine/date.h"
#include "cairn/engine/funding.h"
#include "cairn/engine/skill.h"

#include <optional>
#include <string>
#include <vector>

namespace cairn {

/// When a completed credential was earned and until when it counts, where the learner's records
/// (an Open Badge, a CLR) say so. A credential that expired before the plan starts is no longer
/// held: planning leaves it out of what the learner holds (heldOnStart), and validation says so.
struct CompletionDates {
    std::string credential; ///< one of Profile::completed
    std::optional<Date> earned;
    std::optional<Date> expires; ///< the last day it counts; none = it does not expire

    bool operator==(const CompletionDates&) const = default;
};

/// A learner: what they hold, what they can spend, and what they want in or out of a plan.
struct Profile {
    std::string name;
    std::string goal; ///< id of the goal the learner aims for; empty when not chosen yet
    std::vector<SkillLevel> skills;
    std::vector<std::string> completed;          ///< credential ids already completed
    std::vector<CompletionDates> completedDates; ///< for completed credentials whose dates are known
    std::optional<double> budget;                ///< money; none = unlimited
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

/// The completed credentials that expired before `profile.start`, in the order of `completed`.
[[nodiscard]] std::vector<std::string> lapsedOnStart(const Profile& profile);

/// The profile as planning sees it: without the completed credentials that expired before the
/// plan starts. The learner can earn such a credential again; the plan then includes it.
[[nodiscard]] Profile heldOnStart(const Profile& profile);

} // namespace cairn
