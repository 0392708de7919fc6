#pragma once

#include "cairn/cli/command.h"

namespace cairn::cli {

/// `cairn-cli export-client NAME --json FILE`: a client with every saved plan, as JSON.
class ExportClientCommand : public Command {
public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    int run(const QStringList& arguments, Streams io) override;
};

} // namespace cairn::cli
