#pragma once

#include "cairn/cli/command.h"

namespace cairn::cli {

/// `cairn-cli import-badges FILE… --profile PROFILE.json [--catalog CATALOG.json] [--out FILE]`
/// adds what a learner holds, from Open Badges and CLR files, to their profile: every
/// achievement that matches a catalog credential and has neither expired nor been revoked
/// becomes a completed credential.
class ImportBadgesCommand : public Command {
public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    int run(const QStringList& arguments, Streams io) override;
};

} // namespace cairn::cli
