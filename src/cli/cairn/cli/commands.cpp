#include "cairn/cli/commands.h"

#include "cairn/cli/catalogs_command.h"
#include "cairn/cli/clients_command.h"
#include "cairn/cli/export_client_command.h"
#include "cairn/cli/export_command.h"
#include "cairn/cli/gap_command.h"
#include "cairn/cli/goal_command.h"
#include "cairn/cli/import_badges_command.h"
#include "cairn/cli/import_command.h"
#include "cairn/cli/import_ctdl_command.h"
#include "cairn/cli/pareto_command.h"
#include "cairn/cli/plan_command.h"
#include "cairn/cli/plans_command.h"
#include "cairn/cli/team_command.h"
#include "cairn/cli/validate_command.h"

namespace cairn::cli {

std::vector<std::unique_ptr<Command>> allCommands() {
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<ValidateCommand>());
    commands.push_back(std::make_unique<PlanCommand>());
    commands.push_back(std::make_unique<ParetoCommand>());
    commands.push_back(std::make_unique<GapCommand>());
    commands.push_back(std::make_unique<GoalCommand>());
    commands.push_back(std::make_unique<ImportCommand>());
    commands.push_back(std::make_unique<ImportCtdlCommand>());
    commands.push_back(std::make_unique<ImportBadgesCommand>());
    commands.push_back(std::make_unique<ExportCommand>());
    commands.push_back(std::make_unique<ExportClientCommand>());
    commands.push_back(std::make_unique<CatalogsCommand>());
    commands.push_back(std::make_unique<ClientsCommand>());
    commands.push_back(std::make_unique<PlansCommand>());
    commands.push_back(std::make_unique<TeamCommand>());
    return commands;
}

} // namespace cairn::cli
