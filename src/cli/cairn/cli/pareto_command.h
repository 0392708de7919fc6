#pragma once

#include "cairn/cli/command.h"

namespace cairn::cli {

/// `cairn-cli pareto`: every non-dominated trade-off between money and completion date.
class ParetoCommand : public Command {
public:
    QString name() const override { return QStringLiteral("pareto"); }
    QString summary() const override { return QStringLiteral("List the trade-offs between money and time"); }
    int run(const QStringList& arguments, Streams io) override;
};

} // namespace cairn::cli
