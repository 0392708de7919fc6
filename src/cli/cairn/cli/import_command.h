#pragma once

#include "cairn/cli/command.h"

namespace cairn::cli {

/// `cairn-cli import CATALOG.json [--catalog-name NAME]` adds a catalog to the workspace;
/// `cairn-cli import CREDENTIALS.csv --into CATALOG` adds or replaces credentials of one.
/// All or nothing: on any problem nothing changes and every problem is printed (exit 1).
class ImportCommand : public Command {
public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    int run(const QStringList& arguments, Streams io) override;
};

} // namespace cairn::cli
