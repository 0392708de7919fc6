#pragma once

#include "cairn/cli/command.h"

namespace cairn::cli {

/// `cairn-cli catalogs list | history CATALOG [--item ID] [--limit N]`: the catalogs kept in the
/// workspace, and who changed what in one of them and when.
class CatalogsCommand : public Command {
public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    int run(const QStringList& arguments, Streams io) override;
};

} // namespace cairn::cli
