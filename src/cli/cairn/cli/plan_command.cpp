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

} // namespace

int PlanCommand::run(const QStringList& arguments, Streams io) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Finds the provably optimal set of credentials, in order and on a schedule, that reaches a "
        "goal from the profile's skills within its budget and weekly hours.\n"
        "--pdf, --ics, --csv, --json and --ctdl are each tried, whatever becomes of the others; FILE \"-\" "
        "writes one of them to standard output instead of the plan.\n"
        "Exit codes: 0 a plan was found (optimal or feasible), 3 no plan is possible (proven), 4 unknown: the "
        "time limit stopped the search before it found a plan, 1 invalid input, 2 usage or a file that could "
        "not be written."));
    PlanOptions options;
    options.addTo(parser);
    const QCommandLineOption client(QStringLiteral("client"),
                                    QStringLiteral("Plan for a client of the workspace (their profile and catalog)."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption save(QStringLiteral("save"), QStringLiteral("Save the plan to the client's history."));
    const QCommandLineOption title(QStringLiteral("title"), QStringLiteral("Title of the saved plan."),
                                   QStringLiteral("TEXT"));
    const QCommandLineOption note(QStringLiteral("note"), QStringLiteral("Note kept with the saved plan."),
                                  QStringLiteral("TEXT"));
    const QCommandLineOption progress(
        QStringLiteral("progress"),
        QStringLiteral("While searching, write the best plan so far, the proven bound and the gap to standard "
                       "error, one line each time one of them improves (JSON lines with --format json)."));
    const ExportOptions exports;
    parser.addOptions({client, save, title, note, progress, databaseOption()});
    exports.addTo(parser);
    if (auto code = parseOrExit(parser, arguments, io))
        return *code;
    if (parser.isSet(save) && !parser.isSet(client)) {
        io.err << "cairn-cli plan: --save needs --client NAME (whose history to save it in).\n";
        return kUsage;
    }
    if (parser.isSet(save) && parser.isSet(options.goalFile)) {
        io.err << "cairn-cli plan: --save keeps plans for the goals of the client's catalog; a plan for a "
                  "--goal-file cannot be saved yet.\n";
        return kUsage;
    }
    const ExportTargets targets = exports.targets(parser);
    if (const auto bad = targets.badCtdlField()) {
        io.err << "cairn-cli plan: " << *bad << '\n';
        return kUsage;
    }
    if (const auto clash = targets.standardOutputClash()) {
        io.err << "cairn-cli plan: " << *clash << '\n';
        return kUsage;
    }
    // A file written to standard output is all that goes there; what is said besides goes to
    // standard error.
    QTextStream& say = targets.usesStandardOutput() ? io.err : io.out;

    int exitCode = kOk;
    std::optional<ClientContext> ctx;
    if (parser.isSet(client)) {
        ctx = openClient(parser, databaseOption(), parser.value(client), io, exitCode);
        if (!ctx)
            return exitCode;
    }
    std::optional<PlanInputs> in;
    if (ctx && !parser.isSet(catalogOption()) && ctx->client.catalogId) {
        // The client's own catalog from the workspace.
        auto catalog = ctx->workspace->loadCatalog(*ctx->client.catalogId);
        if (!catalog)
            return reportError(catalog.error(), io.err, QStringLiteral("plan"));
        CatalogInput fromWorkspace;
        fromWorkspace.catalog = std::move(catalog).value();
        fromWorkspace.path = ctx->workspace->path();
        in = readPlanInputs(parser, options, io, exitCode, ctx->client.profile, std::move(fromWorkspace));
    } else {
        in = readPlanInputs(parser, options, io, exitCode,
                            ctx ? std::optional<Profile>(ctx->client.profile) : std::nullopt);
    }
    if (!in)
        return exitCode;

    if (parser.isSet(progress)) {
        const Catalog& catalog = in->catalog.catalog;
        const Objective objective = in->request.objective;
        const bool json = in->json;
        in->request.onProgress = [&io, &catalog, objective, json](const PlanProgress& news) {
            io.err << (json ? progressJson(news) : progressText(catalog, objective, news));
            io.err.flush();
        };
    }
    const Plan result = plan(in->catalog.catalog, in->profile, in->request);
    if (!targets.usesStandardOutput()) { // else the plan goes there as the file asked for
        if (in->json)
            io.out << QString::fromUtf8(report::planToJson(
                in->catalog.catalog, result, in->goalFile ? in->goalFile->built.untaught : std::vector<UntaughtSkill>{},
                &in->profile, in->request.holdYears));
        else
            io.out << planText(in->catalog.catalog, in->profile, result, &in->request) << untaughtText(*in);
    }

    int exportCode = kOk;
    if (targets.any()) {
        ReportExtras extras;
        extras.holdYears = in->request.holdYears;
        if (!targets.pdf.isEmpty() && hasPlan(result.status))
            extras.front = paretoFront(in->catalog.catalog, in->profile, in->request);
        if (ctx) {
            extras.clientName = ctx->client.name;
            extras.notes = ctx->client.notes;
        }
        exportCode = writeExports(in->catalog.catalog, in->profile, result, targets, extras, io,
                                  QStringLiteral("cairn-cli plan"));
    }

    if (parser.isSet(save)) {
        store::SavedPlanInputs inputs;
        inputs.catalogId = ctx->client.catalogId;
        inputs.profile = in->profile;
        inputs.goal = in->request.goal;
        inputs.objective = in->request.objective;
        inputs.budget = in->request.budget;
        inputs.deadline = in->request.deadline;
        inputs.pinned = in->request.pinned;
        inputs.excluded = in->request.excluded;
        const Goal* goal = in->catalog.catalog.findGoal(in->request.goal);
        const QString planTitle = parser.isSet(title)
                                      ? parser.value(title)
                                      : QStringLiteral("%1 (%2)").arg(QString::fromStdString(goal->title),
                                                                      QString::fromLatin1(toString(result.objective)));
        auto saved = ctx->workspace->savePlan(ctx->client.id, inputs, result, planTitle, parser.value(note));
        if (!saved)
            return reportError(saved.error(), io.err, QStringLiteral("plan"));
        if (!in->json)
            say << "Saved as plan " << *saved << " for " << ctx->client.name << ".\n";
    }
    // A file that could not be written is the outcome to report; otherwise the plan's own.
    if (exportCode == kUsage)
        return kUsage;
    switch (result.status) {
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

} // namespace cairn::cli
