#pragma once

#include "cairn/cli/command.h"

namespace cairn::cli {

/// `cairn-cli import-ctdl FILE|DIR… [--catalog-name NAME | --into CATALOG] [--report FILE]`
/// makes a catalog of the workspace from Credential Engine CTDL documents, or adds them to one.
/// Files that cannot be read are listed and left out; the rest is imported whole or not at all.
class ImportCtdlCommand : public Command {
public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    int run(const QStringList& arguments, Streams io) override;
};

} // namespace cairn::cli
