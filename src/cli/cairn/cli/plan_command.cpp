#include "cairn/cli/plan_command.h"

#include "cairn/cli/plan_exports.h"
#include "cairn/cli/plan_options.h"
#include "cairn/cli/plan_text.h"
#include "cairn/cli/workspace_access.h"

#include <cairn/report/plan_json.h>

namespace cairn::cli {

namespace {

struct ClientContext {
    std::unique_ptr<store::Workspace> workspace;
    store::Client client;
};

/// Loads the client named by --client, or explains why not.
std::optional<ClientContext> openClient(const QCommandLineParser& parser, const QCommandLineOption& database,
                                        const QString& name, Streams io, int& exitCode) {
    ClientContext ctx;
    ctx.workspace = openWorkspace(parser, database, io, QStringLiteral("plan"));
    if (!ctx.workspace) {
        exitCode = kUsage;
        return std::nullopt;
    }
    auto id = ctx.workspace->findClient(name);
    if (!id) {
        exitCode = reportError(id.error(), io.err, QStringLiteral("plan"));
        return std::nullopt;
    }
    auto client = ctx.workspace->client(*id);
    if (!client) {
        exitCode = reportError(client.error(), io.err, QStringLiteral("plan"));
        return std::nullopt;
    }
    ctx.client = std::move(client).value();
    return ctx;
}

/// The options `plan` adds to those of every planning command (PlanOptions, ExportOptions).
struct PlanCommandOptions {
    PlanOptions plan;
    const QCommandLineOption client{QStringLiteral("client"),
                                    QStringLiteral("Plan for a client of the workspace (their profile and catalog)."),
                                    QStringLiteral("NAME")};
    const QCommandLineOption save{QStringLiteral("save"), QStringLiteral("Save the plan to the client's history.")};
    const QCommandLineOption title{QStringLiteral("title"), QStringLiteral("Title of the saved plan."),
                                   QStringLiteral("TEXT")};
    const QCommandLineOption note{QStringLiteral("note"), QStringLiteral("Note kept with the saved plan."),
                                  QStringLiteral("TEXT")};
    const QCommandLineOption progress{
        QStringLiteral("progress"),
        QStringLiteral("While searching, write the best plan so far, the proven bound and the gap to standard "
                       "error, one line each time one of them improves (JSON lines with --format json).")};
    const ExportOptions exports{};

    void addTo(QCommandLineParser& parser) const {
        parser.setApplicationDescription(QStringLiteral(
            "Finds the provably optimal set of credentials, in order and on a schedule, that reaches a "
            "goal from the profile's skills within its budget and weekly hours.\n"
            "--pdf, --ics, --csv, --json and --ctdl are each tried, whatever becomes of the others; FILE \"-\" "
            "writes one of them to standard output instead of the plan.\n"
            "Exit codes: 0 a plan was found (optimal or feasible), 3 no plan is possible (proven), 4 unknown: the "
            "time limit or a cancel stopped the search before it found a plan, 1 invalid input, 2 usage or a file "
            "that could not be read or written."));
        plan.addTo(parser);
        parser.addOptions({client, save, title, note, progress, databaseOption()});
        exports.addTo(parser);
    }
};

/// Options that do not go together, said on standard error.
bool usageIsSound(const QCommandLineParser& parser, const PlanCommandOptions& o, const ExportTargets& targets,
                  Streams io) {
    if (parser.isSet(o.save) && !parser.isSet(o.client)) {
        io.err << "cairn-cli plan: --save needs --client NAME (whose history to save it in).\n";
        return false;
    }
    if (parser.isSet(o.save) && parser.isSet(o.plan.goalFile)) {
        io.err << "cairn-cli plan: --save keeps plans for the goals of the client's catalog; a plan for a "
                  "--goal-file cannot be saved yet.\n";
        return false;
    }
    if (const auto bad = targets.badCtdlField()) {
        io.err << "cairn-cli plan: " << *bad << '\n';
        return false;
    }
    if (const auto clash = targets.standardOutputClash()) {
        io.err << "cairn-cli plan: " << *clash << '\n';
        return false;
    }
    return true;
}

/// The client's own goals, as the planning commands take them.
std::optional<std::vector<OwnGoal>> ownGoals(const ClientContext& ctx, Streams io, int& exitCode) {
    auto goals = ctx.workspace->clientGoals(ctx.client.id);
    if (!goals) {
        exitCode = reportError(goals.error(), io.err, QStringLiteral("plan"));
        return std::nullopt;
    }
    std::vector<OwnGoal> out;
    for (store::ClientGoal& g : *goals)
        out.push_back(OwnGoal{std::move(g.id), std::move(g.goal)});
    return out;
}

/// The catalog, profile and request: a client's own profile, goals and catalog from the
/// workspace unless --catalog names another catalog file.
std::optional<PlanInputs> readInputs(const QCommandLineParser& parser, const PlanOptions& options,
                                     const std::optional<ClientContext>& ctx, Streams io, int& exitCode) {
    if (!ctx)
        return readPlanInputs(parser, options, io, exitCode);
    const auto own = ownGoals(*ctx, io, exitCode);
    if (!own)
        return std::nullopt;
    if (parser.isSet(catalogOption()) || !ctx->client.catalogId)
        return readPlanInputs(parser, options, io, exitCode, ctx->client.profile, std::nullopt, *own);
    auto catalog = ctx->workspace->loadCatalog(*ctx->client.catalogId);
    if (!catalog) {
        exitCode = reportError(catalog.error(), io.err, QStringLiteral("plan"));
        return std::nullopt;
    }
    CatalogInput fromWorkspace;
    fromWorkspace.catalog = std::move(catalog).value();
    fromWorkspace.path = ctx->workspace->path();
    return readPlanInputs(parser, options, io, exitCode, ctx->client.profile, std::move(fromWorkspace), *own);
}

/// --progress: each improvement of the search as a line on standard error.
void reportProgress(PlanInputs& in, Streams io) {
    const Catalog& catalog = in.catalog.catalog;
    const Objective objective = in.request.objective;
    const bool json = in.json;
    in.request.onProgress = [io, &catalog, objective, json](const PlanProgress& news) {
        io.err << (json ? progressJson(news) : progressText(catalog, objective, news));
        io.err.flush();
    };
}

void writePlan(const PlanInputs& in, const Plan& result, QTextStream& out) {
    if (in.json)
        out << QString::fromUtf8(report::planToJson(
            in.catalog.catalog, result, in.goalFile ? in.goalFile->built.untaught : std::vector<UntaughtSkill>{},
            &in.profile, in.request.holdYears));
    else
        out << planText(in.catalog.catalog, in.profile, result, &in.request) << untaughtText(in);
}

/// Writes the files asked for; the outcome as writeExports() gives it.
int exportPlan(const PlanInputs& in, const Plan& result, const ExportTargets& targets,
               const std::optional<ClientContext>& ctx, Streams io) {
    if (!targets.any())
        return kOk;
    ReportExtras extras;
    extras.holdYears = in.request.holdYears;
    if (in.goalFile) {
        extras.untaught = in.goalFile->built.untaught;
        extras.wantedSkills = static_cast<int>(in.goalFile->wanted.skills.size());
    }
    if (!targets.pdf.isEmpty() && hasPlan(result.status))
        extras.front = paretoFront(in.catalog.catalog, in.profile, in.request);
    if (ctx) {
        extras.clientName = ctx->client.name;
        extras.notes = ctx->client.notes;
    }
    return writeExports(in.catalog.catalog, in.profile, result, targets, extras, io, QStringLiteral("cairn-cli plan"));
}

/// --save: the plan and what it was planned from, in the client's history; kOk or the error's
/// exit code.
int savePlan(const QCommandLineParser& parser, const PlanCommandOptions& o, const PlanInputs& in, const Plan& result,
             const ClientContext& ctx, Streams io, QTextStream& say) {
    store::SavedPlanInputs inputs;
    inputs.catalogId = ctx.client.catalogId;
    inputs.profile = in.profile;
    inputs.goal = in.request.goal;
    inputs.objective = in.request.objective;
    inputs.budget = in.request.budget;
    inputs.deadline = in.request.deadline;
    inputs.pinned = in.request.pinned;
    inputs.excluded = in.request.excluded;
    const Goal* goal = in.catalog.catalog.findGoal(in.request.goal);
    const QString planTitle = parser.isSet(o.title)
                                  ? parser.value(o.title)
                                  : QStringLiteral("%1 (%2)").arg(QString::fromStdString(goal->title),
                                                                  QString::fromLatin1(toString(result.objective)));
    auto saved = ctx.workspace->savePlan(ctx.client.id, inputs, result, planTitle, parser.value(o.note));
    if (!saved)
        return reportError(saved.error(), io.err, QStringLiteral("plan"));
    if (!in.json)
        say << "Saved as plan " << *saved << " for " << ctx.client.name << ".\n";
    return kOk;
}

/// A file that could not be written is the outcome to report; otherwise the plan's own.
int exitCodeOf(PlanStatus status, int exportCode) {
    if (exportCode == kUsage)
        return kUsage;
    switch (status) {
    case PlanStatus::Optimal:
    case PlanStatus::Feasible:
        return kOk;
    case PlanStatus::Infeasible:
        return kInfeasible;
    case PlanStatus::Unknown:
        return kUnknown;
    }
    return kUnknown;
}

} // namespace

int PlanCommand::run(const QStringList& arguments, Streams io) {
    QCommandLineParser parser;
    const PlanCommandOptions o;
    o.addTo(parser);
    if (auto code = parseOrExit(parser, arguments, io))
        return *code;
    const ExportTargets targets = o.exports.targets(parser);
    if (!usageIsSound(parser, o, targets, io))
        return kUsage;
    // A file written to standard output is all that goes there; what is said besides goes to
    // standard error.
    QTextStream& say = targets.usesStandardOutput() ? io.err : io.out;

    int exitCode = kOk;
    std::optional<ClientContext> ctx;
    if (parser.isSet(o.client)) {
        ctx = openClient(parser, databaseOption(), parser.value(o.client), io, exitCode);
        if (!ctx)
            return exitCode;
    }
    std::optional<PlanInputs> in = readInputs(parser, o.plan, ctx, io, exitCode);
    if (!in)
        return exitCode;
    if (parser.isSet(o.progress))
        reportProgress(*in, io);
    const Plan result = plan(in->catalog.catalog, in->profile, in->request);
    if (!targets.usesStandardOutput()) // else the plan goes there as the file asked for
        writePlan(*in, result, io.out);
    const int exportCode = exportPlan(*in, result, targets, ctx, io);
    if (parser.isSet(o.save)) {
        if (const int code = savePlan(parser, o, *in, result, *ctx, io, say); code != kOk)
            return code;
    }
    return exitCodeOf(result.status, exportCode);
}

} // namespace cairn::cli
