#pragma once

#include "cairn/cli/command.h"

namespace cairn::cli {

/// `cairn-cli clients list | add NAME [--profile P.json] [--contact TEXT] [--notes TEXT]
/// [--catalog-name CATALOG] | show NAME`: the clients kept in the workspace.
class ClientsCommand : public Command {
public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    int run(const QStringList& arguments, Streams io) override;
};

} // namespace cairn::cli
