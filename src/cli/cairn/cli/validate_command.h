#pragma once

#include "cairn/cli/command.h"

namespace cairn::cli {

/// `cairn-cli validate [CATALOG.json] [--profile PROFILE.json] [--format text|json]`: reads the
/// catalog (and profile) and reports every problem. Exit 0 when valid (warnings allowed), 1 when
/// validation finds errors, 2 when a file cannot be read or is not well formed, or on bad usage.
class ValidateCommand : public Command {
public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    int run(const QStringList& arguments, Streams io) override;
};

} // namespace cairn::cli
