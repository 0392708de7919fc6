#pragma once

#include "cairn/cli/command.h"

namespace cairn::cli {

/// `cairn-cli goal`: a goal file made from an ESCO occupation or from the text of a job ad.
class GoalCommand : public Command {
public:
    QString name() const override { return QStringLiteral("goal"); }
    QString summary() const override { return QStringLiteral("Make a goal file from an ESCO occupation or a job ad"); }
    int run(const QStringList& arguments, Streams io) override;
};

} // namespace cairn::cli
