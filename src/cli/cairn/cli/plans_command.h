#pragma once

#include "cairn/cli/command.h"

namespace cairn::cli {

/// `cairn-cli plans list [--client NAME] | show ID`: the plans saved in the workspace.
class PlansCommand : public Command {
public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    int run(const QStringList& arguments, Streams io) override;
};

} // namespace cairn::cli
