#pragma once

#include "cairn/cli/command.h"

namespace cairn::cli {

/// `cairn-cli gap`: which of a goal's items the profile meets and which are missing.
class GapCommand : public Command {
public:
    QString name() const override { return QStringLiteral("gap"); }
    QString summary() const override { return QStringLiteral("Show what a profile still lacks for a goal"); }
    int run(const QStringList& arguments, Streams io) override;
};

} // namespace cairn::cli
