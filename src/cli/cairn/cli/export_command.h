#pragma once

#include "cairn/cli/command.h"

namespace cairn::cli {

/// `cairn-cli export CATALOG --json FILE | --csv FILE`: writes a workspace catalog as a
/// cairn-catalog JSON file or its credentials as CSV ("-" for standard output).
class ExportCommand : public Command {
public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    int run(const QStringList& arguments, Streams io) override;
};

} // namespace cairn::cli
