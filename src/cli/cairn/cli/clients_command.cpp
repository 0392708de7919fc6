#include "cairn/cli/clients_command.h"

#include "cairn/cli/counted.h"
#include "cairn/cli/inputs.h"
#include "cairn/cli/workspace_access.h"

#include <cairn/text/audit_words.h>

namespace cairn::cli {

namespace {

QString ids(const std::vector<std::string>& items) {
    QStringList out;
    for (const auto& s : items)
        out << QString::fromStdString(s);
    return out.isEmpty() ? QStringLiteral("none") : out.join(QStringLiteral(", "));
}

QString catalogName(const store::Workspace& ws, const std::optional<qint64>& id) {
    if (!id)
        return QStringLiteral("none");
    auto summary = ws.catalogSummary(*id);
    return summary ? summary->name : QStringLiteral("catalog %1").arg(*id);
}

int list(store::Workspace& ws, Streams io, const QString& command) {
    auto clients = ws.clients();
    if (!clients)
        return reportError(clients.error(), io.err, command);
    if (clients->empty()) {
        io.out << "No clients yet. Add one with: cairn-cli clients add NAME --profile PROFILE.json\n";
        return kOk;
    }
    for (const store::Client& c : *clients) {
        auto plans = ws.plans(c.id);
        io.out << c.id << '\t' << c.name << '\t'
               << (c.profile.goal.empty() ? QStringLiteral("-") : QString::fromStdString(c.profile.goal)) << '\t'
               << catalogName(ws, c.catalogId) << '\t'
               << counted(plans ? static_cast<long long>(plans->size()) : 0, "saved plan", "saved plans") << '\n';
    }
    return kOk;
}

/// The client called `who`, by name or id.
store::Result<store::Client> clientNamed(const store::Workspace& ws, const QString& who) {
    auto id = ws.findClient(who);
    if (!id)
        return id.error();
    return ws.client(*id);
}

int show(store::Workspace& ws, const QString& who, Streams io, const QString& command) {
    auto c = clientNamed(ws, who);
    if (!c)
        return reportError(c.error(), io.err, command);
    const Profile& p = c->profile;
    const auto money = [&](double amount) { return workspaceMoney(ws, c->catalogId, amount); };
    QStringList skills;
    for (const auto& s : p.skills)
        skills << QStringLiteral("%1@%2").arg(QString::fromStdString(s.skill)).arg(s.level);
    io.out << "Client " << c->id << ": " << c->name << '\n'
           << "  Contact:        " << (c->contact.isEmpty() ? QStringLiteral("-") : c->contact) << '\n'
           << "  Notes:          " << (c->notes.isEmpty() ? QStringLiteral("-") : c->notes) << '\n'
           << "  Catalog:        " << catalogName(ws, c->catalogId) << '\n'
           << "  Goal:           " << (p.goal.empty() ? QStringLiteral("-") : QString::fromStdString(p.goal)) << '\n'
           << "  Skills:         " << (skills.isEmpty() ? QStringLiteral("none") : skills.join(QStringLiteral(", ")))
           << '\n'
           << "  Completed:      " << ids(p.completed) << '\n'
           << "  Budget:         " << (p.budget ? money(*p.budget) : QStringLiteral("no limit")) << '\n'
           << "  Hours per week: " << p.hoursPerWeek << '\n'
           << "  Start:          " << QString::fromStdString(p.start.toIso()) << '\n'
           << "  Deadline:       "
           << (p.deadline ? QString::fromStdString(p.deadline->toIso()) : QStringLiteral("none")) << '\n'
           << "  Hourly value:   " << money(p.hourlyValue) << '\n'
           << "  Pinned:         " << ids(p.pinned) << '\n'
           << "  Excluded:       " << ids(p.excluded) << '\n';
    auto goals = ws.clientGoals(c->id);
    if (!goals)
        return reportError(goals.error(), io.err, command);
    io.out << "  Own goals:      " << goals->size() << '\n';
    for (const store::ClientGoal& g : *goals)
        io.out << "    " << QString::fromStdString(g.id) << "  " << QString::fromStdString(g.goal.title) << "  ("
               << g.goal.skills.size() << " skills)\n";
    auto plans = ws.plans(c->id);
    if (!plans)
        return reportError(plans.error(), io.err, command);
    io.out << "  Saved plans:    " << plans->size() << '\n';
    for (const auto& s : *plans)
        io.out << "    #" << s.id << " v" << s.version << "  " << s.createdAt.left(10) << "  "
               << (s.title.isEmpty() ? QStringLiteral("(untitled)") : s.title) << "  " << money(s.cost) << ", "
               << s.hours << " h, " << counted(s.credentials, "credential", "credentials") << '\n';
    return kOk;
}

/// add-goal NAME FILE: the goal file's goal becomes one of the client's own, and with --use the
/// goal they plan for.
int addGoal(store::Workspace& ws, const QString& who, const QString& path, bool use, Streams io,
            const QString& command) {
    int exitCode = kUsage;
    auto goal = loadSkillGoal(path, io.err, &exitCode);
    if (!goal)
        return exitCode;
    auto id = ws.findClient(who);
    if (!id)
        return reportError(id.error(), io.err, command);
    auto saved = ws.saveClientGoal(*id, *goal);
    if (!saved)
        return reportError(saved.error(), io.err, command);
    io.out << "Added goal " << QString::fromStdString(*saved) << " (" << QString::fromStdString(goal->title)
           << ") to the client's own goals.\n";
    if (!use)
        return kOk;
    auto c = ws.client(*id);
    if (!c)
        return reportError(c.error(), io.err, command);
    c->profile.goal = *saved;
    if (auto updated = ws.updateClient(*c); !updated)
        return reportError(updated.error(), io.err, command);
    io.out << "It is now the goal " << c->name << " plans for.\n";
    return kOk;
}

/// The versions of `plans`, as "v1, v3".
QString versions(const std::vector<store::SavedPlanSummary>& plans) {
    QStringList out;
    for (const auto& p : plans)
        out << QStringLiteral("v%1").arg(p.version);
    return out.join(QStringLiteral(", "));
}

/// remove-goal NAME GOAL: the own goal goes; the saved plans for it keep their copy, and a
/// client who planned for it has no goal chosen.
int removeGoal(store::Workspace& ws, const QString& who, const QString& goal, Streams io, const QString& command) {
    auto id = ws.findClient(who);
    if (!id)
        return reportError(id.error(), io.err, command);
    const std::string goalId = goal.toStdString();
    auto plans = ws.plansForGoal(*id, goalId);
    if (!plans)
        return reportError(plans.error(), io.err, command);
    if (auto removed = ws.deleteClientGoal(*id, goalId); !removed)
        return reportError(removed.error(), io.err, command);
    io.out << "Removed goal " << goal << " from the client's own goals.\n";
    if (!plans->empty())
        io.out << "The saved plans for it (" << versions(*plans) << ") keep the goal as it was when they were saved.\n";
    auto c = ws.client(*id);
    if (!c)
        return reportError(c.error(), io.err, command);
    if (c->profile.goal != goalId)
        return kOk;
    c->profile.goal.clear();
    if (auto updated = ws.updateClient(*c); !updated)
        return reportError(updated.error(), io.err, command);
    io.out << c->name << " planned for it and has no goal chosen now.\n";
    return kOk;
}

/// rename-goal NAME GOAL TITLE: the own goal's new title; its skills stay.
int renameGoal(store::Workspace& ws, const QString& who, const QString& goal, const QString& title, Streams io,
               const QString& command) {
    auto id = ws.findClient(who);
    if (!id)
        return reportError(id.error(), io.err, command);
    if (auto renamed = ws.renameClientGoal(*id, goal.toStdString(), title.trimmed().toStdString()); !renamed)
        return reportError(renamed.error(), io.err, command);
    io.out << "Goal " << goal << " is now called " << title.trimmed() << ".\n";
    return kOk;
}

/// history NAME: the client's audit trail, newest first, one change a line.
int history(store::Workspace& ws, const QString& who, Streams io, const QString& command) {
    auto c = clientNamed(ws, who);
    if (!c)
        return reportError(c.error(), io.err, command);
    auto trail = ws.clientAudit(c->id);
    if (!trail)
        return reportError(trail.error(), io.err, command);
    if (trail->empty()) {
        io.out << "No recorded changes to " << c->name << " yet.\n";
        return kOk;
    }
    auto words = text::AuditWords::english(workspaceCurrency(ws, c->catalogId));
    if (auto titles = ws.goalTitles(c->id))
        words.withGoalTitles(std::move(*titles));
    for (const io::AuditEntry& e : *trail)
        io.out << words.when(e) << "  " << e.actor << "  " << words.change(e) << '\n';
    return kOk;
}

/// share NAME --with ADVISOR and reassign NAME --to ADVISOR, on a team workspace.
int shareOrReassign(store::Workspace& ws, const QString& who, const QString& advisor, bool reassign, Streams io,
                    const QString& command) {
    auto id = ws.findClient(who);
    if (!id)
        return reportError(id.error(), io.err, command);
    auto done = reassign ? ws.reassignClient(*id, advisor) : ws.shareClient(*id, advisor);
    if (!done)
        return reportError(done.error(), io.err, command);
    if (reassign)
        io.out << who << " is now " << advisor << "'s client.\n";
    else
        io.out << "Shared " << who << " with " << advisor << ".\n";
    return kOk;
}

} // namespace

QString ClientsCommand::name() const {
    return QStringLiteral("clients");
}

QString ClientsCommand::summary() const {
    return QStringLiteral("List, add or show the workspace's clients and their own goals");
}

int ClientsCommand::run(const QStringList& arguments, Streams io) {
    const QString command = arguments.value(0);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "The clients kept in the workspace.\n"
        "  list                 every client with their goal, catalog and number of saved plans\n"
        "  add NAME             a new client; --profile gives their skills, budget, dates and goal\n"
        "  show NAME            one client's profile, own goals and saved plans (NAME may also be "
        "the id)\n"
        "  add-goal NAME FILE   the goal in a goal file (made by 'cairn-cli goal') becomes one of the "
        "client's own goals, own:N; --use makes it the goal they plan for\n"
        "  rename-goal NAME GOAL TITLE\n"
        "                       gives the client's own goal GOAL (own:N) a new title\n"
        "  remove-goal NAME GOAL\n"
        "                       removes the client's own goal GOAL; the saved plans for it keep "
        "the goal as it was, and a client who planned for it has no goal chosen\n"
        "  share NAME --with ADVISOR\n"
        "                       lets another advisor see and work on the client too (on a team "
        "workspace; the client's own advisor or a manager)\n"
        "  reassign NAME --to ADVISOR\n"
        "                       gives the client to another advisor (on a team workspace; managers "
        "only)\n"
        "  history NAME         who changed what about the client and when: the client, their saved "
        "plans, notes, own goals and shares, newest first\n"
        "Exit codes: 0 done, 1 the goal was refused (an empty title), 2 bad usage, no such client, goal or "
        "advisor, share or reassign on a workspace file, a change the user's role does not allow, or a "
        "workspace that cannot be read, 5 someone else saved the client or goal between this command's "
        "reading and writing (on a shared workspace); nothing was saved, run it again."));
    parser.addPositionalArgument(
        QStringLiteral("action"),
        QStringLiteral("list, add, show, history, add-goal, rename-goal, remove-goal, share or reassign."),
        QStringLiteral("list|add NAME|show NAME|history NAME|add-goal NAME FILE|rename-goal NAME GOAL TITLE|"
                       "remove-goal NAME GOAL|share NAME --with ADVISOR|reassign NAME --to ADVISOR"));
    const QCommandLineOption profile = profileOption();
    const QCommandLineOption contact(QStringLiteral("contact"), QStringLiteral("How to reach the client (add)."),
                                     QStringLiteral("TEXT"));
    const QCommandLineOption notes(QStringLiteral("notes"), QStringLiteral("Free notes about the client (add)."),
                                   QStringLiteral("TEXT"));
    const QCommandLineOption catalog(QStringLiteral("catalog-name"),
                                     QStringLiteral("Workspace catalog (name or id) the client plans against (add)."),
                                     QStringLiteral("CATALOG"));
    const QCommandLineOption use(QStringLiteral("use"),
                                 QStringLiteral("Make the added goal the one the client plans for (add-goal)."));
    const QCommandLineOption with(QStringLiteral("with"),
                                  QStringLiteral("The advisor to share the client with (share)."),
                                  QStringLiteral("ADVISOR"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("The advisor the client goes to (reassign)."),
                                QStringLiteral("ADVISOR"));
    const QCommandLineOption database = databaseOption();
    for (const auto& o : {profile, contact, notes, catalog, use, with, to, database})
        parser.addOption(o);
    if (auto exit = parseOrExit(parser, arguments, io))
        return *exit;

    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    const bool needsName =
        action == QLatin1String("add") || action == QLatin1String("show") || action == QLatin1String("history");
    const bool addsGoal = action == QLatin1String("add-goal");
    const bool renamesGoal = action == QLatin1String("rename-goal");
    const bool removesGoal = action == QLatin1String("remove-goal");
    const bool shares = action == QLatin1String("share") && parser.isSet(with);
    const bool reassigns = action == QLatin1String("reassign") && parser.isSet(to);
    const qsizetype expected = renamesGoal                        ? 4
                               : addsGoal || removesGoal          ? 3
                               : needsName || shares || reassigns ? 2
                               : action == QLatin1String("list")  ? 1
                                                                  : -1;
    if (args.size() != expected) {
        io.err << command << ": usage: " << command
               << " list | add NAME [options] | show NAME | history NAME | add-goal NAME FILE [--use] |"
                  " rename-goal NAME GOAL TITLE"
                  " | remove-goal NAME GOAL | share NAME --with ADVISOR | reassign NAME --to ADVISOR\n";
        return kUsage;
    }
    auto ws = openWorkspace(parser, database, io, command);
    if (!ws)
        return kUsage;
    if (action == QLatin1String("list"))
        return list(*ws, io, command);
    if (action == QLatin1String("show"))
        return show(*ws, args[1], io, command);
    if (action == QLatin1String("history"))
        return history(*ws, args[1], io, command);
    if (addsGoal)
        return addGoal(*ws, args[1], args[2], parser.isSet(use), io, command);
    if (renamesGoal)
        return renameGoal(*ws, args[1], args[2], args[3], io, command);
    if (removesGoal)
        return removeGoal(*ws, args[1], args[2], io, command);
    if (shares || reassigns)
        return shareOrReassign(*ws, args[1], parser.value(reassigns ? to : with), reassigns, io, command);

    store::Client c;
    c.name = args[1];
    c.contact = parser.value(contact);
    c.notes = parser.value(notes);
    if (parser.isSet(profile)) {
        int exitCode = kUsage;
        auto read = loadProfile(parser.value(profile), io.err, &exitCode);
        if (!read)
            return exitCode;
        c.profile = std::move(*read);
    }
    if (c.profile.name.empty())
        c.profile.name = c.name.toStdString();
    if (parser.isSet(catalog)) {
        auto id = ws->findCatalog(parser.value(catalog));
        if (!id)
            return reportError(id.error(), io.err, command);
        c.catalogId = *id;
    }
    auto id = ws->addClient(c);
    if (!id)
        return reportError(id.error(), io.err, command);
    io.out << "Added client " << *id << ": " << c.name.trimmed() << '\n';
    return kOk;
}

} // namespace cairn::cli
