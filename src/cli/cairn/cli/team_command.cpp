#include "cairn/cli/team_command.h"

#include "cairn/cli/inputs.h"
#include "cairn/cli/team_transfer.h"
#include "cairn/cli/workspace_access.h"

#include <QFile>
#include <cairn/store/schema.h>
#include <cairn/store/server_address.h>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace cairn::cli {

namespace {

struct RoleName {
    store::TeamRole role;
    const char* name;
};

constexpr RoleName kRoleNames[] = {{store::TeamRole::Advisor, "advisor"},
                                   {store::TeamRole::Manager, "manager"},
                                   {store::TeamRole::CatalogEditor, "catalog-editor"}};

std::optional<store::TeamRole> roleNamed(const QString& name) {
    for (const RoleName& r : kRoleNames)
        if (name == QLatin1String(r.name))
            return r.role;
    return std::nullopt;
}

QString nameOf(store::TeamRole role) {
    for (const RoleName& r : kRoleNames)
        if (r.role == role)
            return QLatin1String(r.name);
    return {};
}

/// Standard input's terminal without echo while a password is typed; nothing when it is not a
/// terminal (a pipe or a file).
class HiddenInput {
public:
    HiddenInput() : terminal_(::isatty(STDIN_FILENO) == 1 && ::tcgetattr(STDIN_FILENO, &saved_) == 0) {
        if (!terminal_)
            return;
        termios quiet = saved_;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    ~HiddenInput() {
        if (terminal_)
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved_);
    }
    HiddenInput(const HiddenInput&) = delete;
    HiddenInput& operator=(const HiddenInput&) = delete;
    [[nodiscard]] bool isTerminal() const { return terminal_; }

private:
    termios saved_{};
    bool terminal_;
};

/// The first line of standard input (or of `io.input` in tests), without its line end. Never an
/// argument: a password on the command line shows in the process list and the shell's history.
QString readPassword(Streams io, const QString& who) {
    if (io.input)
        return QString::fromUtf8(io.input->readLine()).remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
    HiddenInput hidden;
    if (hidden.isTerminal()) {
        io.err << "Password for " << who << ": ";
        io.err.flush();
    }
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return {};
    const QString line = QString::fromUtf8(input.readLine()).remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
    if (hidden.isTerminal())
        io.err << '\n';
    return line;
}

/// The address as messages show it, with `member` as its user when given: the address a member
/// connects with.
QString addressFor(const QString& address, const QString& member = {}) {
    auto parsed = store::ServerAddress::parse(address);
    if (!parsed)
        return address;
    if (!member.isEmpty())
        parsed->user = member;
    return parsed->display();
}

int init(const QString& address, Streams io, const QString& command) {
    auto setUp = store::Workspace::setUpTeam(address);
    if (!setUp)
        return reportError(setUp.error(), io.err, command);
    if (*setUp == store::TeamSetUp::AlreadySetUp) {
        io.out << "The team workspace on " << addressFor(address) << " is already set up; nothing was changed.\n";
        return kOk;
    }
    io.out << "Set up the team workspace on " << addressFor(address) << ": schema version "
           << store::currentSchemaVersion()
           << ", the roles cairn_advisor, cairn_manager and cairn_catalog_editor, their rights, and row-level "
              "security on the clients and their plans, notes and goals.\n"
           << "Add people with: cairn-cli team add-advisor NAME --role advisor|manager|catalog-editor --database "
           << address << '\n';
    return kOk;
}

int addMember(store::Workspace& ws, const QString& address, const QString& member, store::TeamRole role, Streams io,
              const QString& command) {
    const QString password = readPassword(io, member);
    if (auto added = ws.addTeamMember(member, role, password); !added)
        return reportError(added.error(), io.err, command);
    io.out << "Added " << member << " as " << nameOf(role) << ". They connect with --database "
           << addressFor(address, member) << '\n';
    return kOk;
}

int list(store::Workspace& ws, Streams io, const QString& command) {
    auto members = ws.teamMembers();
    if (!members)
        return reportError(members.error(), io.err, command);
    if (members->empty())
        io.out << "Nobody is on the team yet. Add people with: cairn-cli team add-advisor NAME --role ROLE\n";
    for (const store::TeamMember& m : *members)
        io.out << m.name << '\t' << nameOf(m.role) << '\n';
    return kOk;
}

} // namespace

QString TeamCommand::name() const {
    return QStringLiteral("team");
}

QString TeamCommand::summary() const {
    return QStringLiteral("Set up a team workspace on a PostgreSQL server, add its advisors, managers and "
                          "catalog editors, and copy a workspace file to it and back");
}

int TeamCommand::run(const QStringList& arguments, Streams io) {
    const QString command = arguments.value(0);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "A team workspace on a PostgreSQL server, whose roles the server itself enforces.\n"
        "  init               sets an empty database up for a team, in one transaction: the workspace, the roles\n"
        "                     cairn_advisor, cairn_manager and cairn_catalog_editor, their rights, and row-level\n"
        "                     security (an advisor sees only their own clients and those shared with them).\n"
        "                     Connect as a user who may create roles. Run again, it changes nothing.\n"
        "  add-advisor NAME   adds a person who logs in as NAME, with --role advisor (their own and shared\n"
        "                     clients), manager (every client, reassigning them, and the catalogs) or\n"
        "                     catalog-editor (the catalogs). The password is read from standard input, never\n"
        "                     from the command line.\n"
        "  list               everyone on the team and their role\n"
        "  push --from FILE --to postgresql://...\n"
        "                     copies the catalogs and clients of a workspace file to the server: each client with\n"
        "                     their own goals, every saved plan version and their notes, with their dates. The\n"
        "                     copied clients belong to the user who pushes. All or nothing, in one transaction.\n"
        "  pull --from postgresql://... --to FILE\n"
        "                     the same the other way, for offline work: the clients the user may see (a new FILE\n"
        "                     is created, without the demo clients).\n"
        "                     A catalog or client of the same name on the target is skipped when it is the same\n"
        "                     (\"already there\"); when it differs, it is a conflict, listed by name with what\n"
        "                     differs, and nothing at all is copied. --dry-run says what would be copied, skipped\n"
        "                     and in conflict, and writes nothing.\n"
        "Clients are shared and reassigned with 'cairn-cli clients share' and 'clients reassign'.\n"
        "Exit codes: 0 done (also: already set up, everything already there), 1 refused input (a name the server\n"
        "cannot take, an empty password, the same workspace to copy from and to), 2 bad usage, a workspace file\n"
        "instead of a server, a missing file to copy from, a user who may not do it, or a server that cannot be\n"
        "reached, 5 push or pull: a catalog or client of the same name differs on the target; nothing was copied."));
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("init, add-advisor, list, push or pull."),
                                 QStringLiteral("init|add-advisor NAME|list|push|pull"));
    const QCommandLineOption role(QStringLiteral("role"),
                                  QStringLiteral("advisor, manager or catalog-editor (add-advisor)."),
                                  QStringLiteral("ROLE"), QStringLiteral("advisor"));
    const QCommandLineOption database = databaseOption();
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("The workspace to copy from (push, pull)."),
                                  QStringLiteral("FILE|URI"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("The workspace to copy to (push, pull)."),
                                QStringLiteral("FILE|URI"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    QStringLiteral("Say what push or pull would copy, skip and find in conflict; "
                                                   "write nothing."));
    parser.addOption(role);
    parser.addOption(database);
    parser.addOption(from);
    parser.addOption(to);
    parser.addOption(dryRun);
    if (auto exit = parseOrExit(parser, arguments, io))
        return *exit;

    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    if (action == QLatin1String("push") || action == QLatin1String("pull")) {
        if (args.size() != 1 || parser.value(from).isEmpty() || parser.value(to).isEmpty()) {
            io.err << command << ": usage: " << command << ' ' << action
                   << " --from FILE|URI --to FILE|URI [--dry-run]\n";
            return kUsage;
        }
        return transferWorkspaces(parser.value(from), parser.value(to), parser.isSet(dryRun), io, command);
    }
    const bool adds = action == QLatin1String("add-advisor");
    const qsizetype expected = adds ? 2 : action == QLatin1String("init") || action == QLatin1String("list") ? 1 : -1;
    const auto chosenRole = roleNamed(parser.value(role));
    if (args.size() != expected || !chosenRole) {
        io.err << command << ": usage: " << command
               << " init | add-advisor NAME --role advisor|manager|catalog-editor | list, with --database "
                  "postgresql://user@host:port/database; or push|pull --from FILE|URI --to FILE|URI\n";
        return kUsage;
    }
    const QString address = parser.value(database);
    if (action == QLatin1String("init"))
        return init(address, io, command);
    auto ws = openWorkspace(parser, database, io, command);
    if (!ws)
        return kUsage;
    if (adds)
        return addMember(*ws, address, args[1], *chosenRole, io, command);
    return list(*ws, io, command);
}

} // namespace cairn::cli
