#pragma once

#include <QString>
#include <QtGlobal>
#include <cairn/engine/date.h>
#include <cairn/engine/plan.h>
#include <cairn/engine/profile.h>
#include <cairn/engine/skill_goal.h>
#include <optional>
#include <string>
#include <vector>

namespace cairn::store {

/// Everything a plan was computed from, kept as a snapshot so a saved plan still shows what
/// was decided after the catalog or the client's profile changes.
struct SavedPlanInputs {
    std::optional<qint64> catalogId;
    QString catalogName;     ///< filled in by savePlan when empty
    QString catalogRevision; ///< filled in by savePlan when empty (see CatalogSummary::revision)
    Profile profile;
    std::string goal;
    Objective objective = Objective::Cost;
    // Constraints added to the profile's own for this plan.
    std::optional<double> budget;
    std::optional<Date> deadline;
    std::vector<std::string> pinned;
    std::vector<std::string> excluded;
    /// When `goal` is one of the client's own ("own:N"): that goal as it was when the plan was
    /// saved, filled in by savePlan when empty. The saved plan keeps it after the goal is edited
    /// or deleted.
    std::optional<SkillGoal> ownGoal;

    bool operator==(const SavedPlanInputs&) const = default;
};

/// One saved plan as listed in a client's history.
struct SavedPlanSummary {
    qint64 id = 0;
    qint64 clientId = 0;
    int version = 0; ///< 1 for the client's first saved plan, then 2, 3, …
    QString title;
    QString note;
    QString createdAt; ///< ISO 8601 UTC
    PlanStatus status = PlanStatus::Infeasible;
    double cost = 0;
    double hours = 0;
    int credentials = 0;
    /// The row's version when it was read (its title and note can change); setPlanNote() saves
    /// only over this version. Not `version`, which numbers the client's plans.
    int rowVersion = 0;

    bool operator==(const SavedPlanSummary&) const = default;
};

/// A saved plan in full: what went in and what came out.
struct SavedPlan {
    SavedPlanSummary summary;
    SavedPlanInputs inputs;
    Plan plan;

    bool operator==(const SavedPlan&) const = default;
};

} // namespace cairn::store
