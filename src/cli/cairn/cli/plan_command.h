#pragma once

#include "cairn/cli/command.h"

namespace cairn::cli {

/// `cairn-cli plan`: the optimal plan for a goal, as text or JSON, optionally saved for a
/// client and exported as PDF, iCalendar or CSV.
class PlanCommand : public Command {
public:
    QString name() const override { return QStringLiteral("plan"); }
    QString summary() const override { return QStringLiteral("Find the optimal plan for a goal"); }
    int run(const QStringList& arguments, Streams io) override;
};

} // namespace cairn::cli
