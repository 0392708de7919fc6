#pragma once

#include "cairn/cli/command.h"

namespace cairn::cli {

/// `cairn-cli team init | add-advisor NAME --role advisor|manager|catalog-editor | list
/// --database postgresql://…`: a team workspace on a PostgreSQL server, its roles and people;
/// `team push|pull --from … --to …`: a workspace file copied to the server and back.
class TeamCommand : public Command {
public:
    [[nodiscard]] QString name() const override;
    [[nodiscard]] QString summary() const override;
    int run(const QStringList& arguments, Streams io) override;
};

} // namespace cairn::cli
