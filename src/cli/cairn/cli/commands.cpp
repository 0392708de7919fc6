#include "cairn/cli/commands.h"

namespace cairn::cli {

std::vector<std::unique_ptr<Command>> allCommands() {
    std::vector<std::unique_ptr<Command>> commands;
    return commands;
}

} // namespace cairn::cli
