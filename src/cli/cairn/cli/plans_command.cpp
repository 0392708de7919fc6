#include "cairn/cli/plans_command.h"

#include "cairn/cli/counted.h"
#include "cairn/cli/inputs.h"
#include "cairn/cli/plan_exports.h"
#include "cairn/cli/plan_text.h"
#include "cairn/cli/workspace_access.h"

#include <cairn/store/snapshot_json.h>
#include <cairn/text/message_words.h>

namespace cairn::cli {

namespace {

int list(store::Workspace& ws, const QString& client, Streams io, const QString& command) {
    std::vector<store::SavedPlanSummary> plans;
    if (client.isEmpty()) {
        auto all = ws.allPlans();
        if (!all)
            return reportError(all.error(), io.err, command);
        plans = std::move(*all);
    } else {
        auto id = ws.findClient(client);
        if (!id)
            return reportError(id.error(), io.err, command);
        auto mine = ws.plans(*id);
        if (!mine)
            return reportError(mine.error(), io.err, command);
        plans = std::move(*mine);
    }
    if (plans.empty()) {
        io.out << "No saved plans.\n";
        return kOk;
    }
    for (const auto& s : plans) {
        auto c = ws.client(s.clientId);
        io.out << '#' << s.id << '\t' << (c ? c->name : QString::number(s.clientId)) << "\tv" << s.version << '\t'
               << (s.title.isEmpty() ? QStringLiteral("(untitled)") : s.title) << '\t' << store::statusName(s.status)
               << '\t' << workspaceMoney(ws, c ? c->catalogId : std::optional<qint64>(), s.cost) << '\t' << s.hours
               << " h\t" << counted(s.credentials, "credential", "credentials") << '\t' << s.createdAt.left(10) << '\n';
    }
    return kOk;
}

int show(store::Workspace& ws, const QString& idText, Streams io, const QString& command) {
    bool ok = false;
    const qint64 id = QString(idText).remove(QLatin1Char('#')).toLongLong(&ok);
    if (!ok) {
        io.err << command << ": '" << idText << "' is not a plan id; 'plans list' shows them.\n";
        return kUsage;
    }
    auto saved = ws.plan(id);
    if (!saved)
        return reportError(saved.error(), io.err, command);
    const auto& s = saved->summary;
    const auto& in = saved->inputs;
    const Plan& p = saved->plan;
    const auto money = [&](double amount) { return workspaceMoney(ws, in.catalogId, amount); };
    auto c = ws.client(s.clientId);
    io.out << "Plan #" << s.id << " (version " << s.version << " for " << (c ? c->name : QStringLiteral("?"))
           << "): " << (s.title.isEmpty() ? QStringLiteral("(untitled)") : s.title) << '\n'
           << "  Saved:     " << s.createdAt << '\n';
    if (!s.note.isEmpty())
        io.out << "  Note:      " << s.note << '\n';
    io.out << "  Catalog:   " << in.catalogName
           << (in.catalogRevision.isEmpty() ? QString() : QStringLiteral(" (") + in.catalogRevision + QLatin1Char(')'))
           << (in.catalogId ? QString() : QStringLiteral(" — no longer in the workspace")) << '\n'
           << "  Goal:      " << QString::fromStdString(in.goal) << ", objective " << store::objectiveName(in.objective)
           << '\n';
    if (in.budget)
        io.out << "  Budget:    " << money(*in.budget) << '\n';
    if (in.deadline)
        io.out << "  Deadline:  " << QString::fromStdString(in.deadline->toIso()) << '\n';
    io.out << "  Status:    " << store::statusName(p.status) << '\n';
    if (!p.reason.empty())
        io.out << "  Reason:    " << text::MessageWords::english().sentences(p.reason) << '\n';
    for (const PlannedCredential& pc : p.credentials) {
        io.out << "    " << QString::fromStdString(pc.start.toIso()) << " – " << QString::fromStdString(pc.end.toIso())
               << "  " << QString::fromStdString(pc.id) << "  " << QString::fromStdString(pc.title) << "  "
               << money(pc.cost) << ", " << pc.hours << " h";
        // The offer as the plan paid it, which the catalog may no longer sell at that price.
        if (!pc.offer.empty())
            io.out << ", through " << QString::fromStdString(pc.offer);
        io.out << '\n';
    }
    const std::string currency = workspaceCurrency(ws, in.catalogId);
    io.out << paymentsText(p, currency);
    io.out << "  Total:     " << money(p.totals.cost) << ", " << p.totals.hours << " h, " << p.totals.weeks
           << " weeks, done " << QString::fromStdString(p.totals.completion.toIso());
    if (p.totals.creditsEarned > 0)
        io.out << ", " << p.totals.credits << " credits from this plan and " << p.totals.creditsEarned
               << " earned before";
    else if (p.totals.credits > 0)
        io.out << ", " << p.totals.credits << " credits";
    io.out << '\n' << paceText(p, currency);
    io.out << fundingText(p, currency);
    return kOk;
}

/// Writes a saved plan as it was decided: the plan and profile from the snapshot, with the
/// catalog it was planned against (as the workspace holds it now) for titles, links and sources.
int exportPlan(store::Workspace& ws, const QString& idText, const ExportTargets& to, Streams io,
               const QString& command) {
    bool ok = false;
    const qint64 id = QString(idText).remove(QLatin1Char('#')).toLongLong(&ok);
    if (!ok) {
        io.err << command << ": '" << idText << "' is not a plan id; 'plans list' shows them.\n";
        return kUsage;
    }
    if (!to.any()) {
        io.err << command << ": say where to write the plan: --pdf, --ics, --csv, --json or --ctdl FILE.\n";
        return kUsage;
    }
    if (const auto clash = to.standardOutputClash()) {
        io.err << command << ": " << *clash << '\n';
        return kUsage;
    }
    if (const auto bad = to.badCtdlField()) {
        io.err << command << ": " << *bad << '\n';
        return kUsage;
    }
    auto saved = ws.plan(id);
    if (!saved)
        return reportError(saved.error(), io.err, command);
    if (!saved->inputs.catalogId) {
        io.err << command << ": the catalog plan #" << id << " was made from (" << saved->inputs.catalogName
               << ") is no longer in the workspace.\n";
        return kUsage;
    }
    auto catalog = ws.loadCatalog(*saved->inputs.catalogId);
    if (!catalog)
        return reportError(catalog.error(), io.err, command);
    auto client = ws.client(saved->summary.clientId);
    ReportExtras extras;
    if (client) {
        extras.clientName = client->name;
        extras.notes = saved->summary.note.isEmpty() ? client->notes : saved->summary.note;
    }
    return writeExports(*catalog, saved->inputs.profile, saved->plan, to, extras, io, command);
}

} // namespace

QString PlansCommand::name() const {
    return QStringLiteral("plans");
}

QString PlansCommand::summary() const {
    return QStringLiteral("List, show or export the plans saved in the workspace");
}

int PlansCommand::run(const QStringList& arguments, Streams io) {
    const QString command = arguments.value(0);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("The plans saved in the workspace.\n"
                       "  list [--client NAME]   saved plans, newest first\n"
                       "  show ID                one plan: its inputs, schedule, what it paid through offers\n"
                       "                         and totals\n"
                       "  export ID --pdf FILE   one plan as a PDF report (or --ics, --csv, --json, --ctdl FILE;\n"
                       "                         \"-\" for standard output)"));
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("list, show or export."),
                                 QStringLiteral("list|show ID|export ID"));
    const QCommandLineOption client(QStringLiteral("client"), QStringLiteral("Only this client's plans (list)."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption database = databaseOption();
    const ExportOptions exports{};
    parser.addOption(client);
    parser.addOption(database);
    exports.addTo(parser);
    if (auto exit = parseOrExit(parser, arguments, io))
        return *exit;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    if (!((action == QLatin1String("list") && args.size() == 1) ||
          (action == QLatin1String("show") && args.size() == 2) ||
          (action == QLatin1String("export") && args.size() == 2))) {
        io.err << command << ": usage: " << command << " list [--client NAME] | show ID | export ID --pdf FILE\n";
        return kUsage;
    }
    auto ws = openWorkspace(parser, database, io, command);
    if (!ws)
        return kUsage;
    if (action == QLatin1String("list"))
        return list(*ws, parser.value(client), io, command);
    if (action == QLatin1String("export"))
        return exportPlan(*ws, args[1], exports.targets(parser), io, command);
    return show(*ws, args[1], io, command);
}

} // namespace cairn::cli
