#pragma once

#include <QString>
#include <cairn/engine/date.h>
#include <cairn/engine/plan.h>
#include <optional>
#include <string>
#include <vector>

namespace cairn::app {

class PlanningSession;

/// What a plan was asked for, apart from who the client is: the goal, what to optimise for and
/// the limits on the plan. Candidates, saved plans and templates carry these, so choosing one
/// brings back the question without touching the client's skills, credentials or dates.
struct PlanInputs {
    std::string goal;
    Objective objective = Objective::Cost;
    std::optional<double> budget;
    std::optional<Date> deadline;
    std::vector<std::string> pinned;
    std::vector<std::string> excluded;

    bool operator==(const PlanInputs&) const = default;
};

/// The inputs the session plans with now.
PlanInputs captureInputs(const PlanningSession& session);

/// Makes `inputs` the session's: the goal and objective, and the budget, deadline, pins and
/// excludes of the client's profile as one undoable edit named `undoText`. The session plans
/// again by itself.
void applyInputs(PlanningSession& session, const PlanInputs& inputs, const QString& undoText);

} // namespace cairn::app
