#pragma once

#include "cairn/app/undo/profile_command.h"

namespace cairn::app {

/// Replaces the profile's funding sources (docs/planning-model.md, "Funding and out-of-pocket
/// money"): adding, removing or editing one source is one undo step.
class FundingCommand : public ProfileCommand {
public:
    FundingCommand(PlanningSession* session, std::vector<FundingSource> funding, const QString& text);

    /// Pushes the edit onto the session's undo stack unless it changes nothing.
    static void push(PlanningSession* session, std::vector<FundingSource> funding, const QString& text);
};

} // namespace cairn::app
