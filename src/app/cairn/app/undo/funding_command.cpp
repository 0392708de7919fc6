#include "cairn/app/undo/funding_command.h"

#include "cairn/app/session/planning_session.h"

#include <QUndoStack>

namespace cairn::app {

namespace {

Profile withFunding(Profile profile, std::vector<FundingSource> funding) {
    profile.funding = std::move(funding);
    return profile;
}

} // namespace

FundingCommand::FundingCommand(PlanningSession* session, std::vector<FundingSource> funding, const QString& text)
    : ProfileCommand(session, withFunding(session->profile(), std::move(funding)), text) {}

void FundingCommand::push(PlanningSession* session, std::vector<FundingSource> funding, const QString& text) {
    if (funding == session->profile().funding)
        return;
    session->undoStack()->push(new FundingCommand(session, std::move(funding), text));
}

} // namespace cairn::app
