#include "cairn/cli/catalogs_command.h"

#include "cairn/cli/counted.h"
#include "cairn/cli/inputs.h"
#include "cairn/cli/workspace_access.h"

#include <cairn/io/audit_import.h>
#include <cairn/text/audit_words.h>

namespace cairn::cli {

namespace {

/// The most entries `history` reads, and its default.
constexpr int kMaxEntries = 100000;
constexpr int kDefaultEntries = 1000;

int list(const store::Workspace& ws, Streams io, const QString& command) {
    auto catalogs = ws.catalogs();
    if (!catalogs)
        return reportError(catalogs.error(), io.err, command);
    if (catalogs->empty()) {
        io.out << "No catalogs yet. Add one with: cairn-cli import CATALOG.json\n";
        return kOk;
    }
    const auto words = text::AuditWords::english();
    for (const store::CatalogSummary& c : *catalogs) {
        io.out << c.id << '\t' << c.name << '\t' << c.revision << '\t'
               << counted(c.credentials, "credential", "credentials") << ", " << counted(c.skills, "skill", "skills")
               << ", " << counted(c.goals, "goal", "goals");
        if (c.offers > 0)
            io.out << ", " << counted(c.offers, "offer", "offers");
        io.out << '\t' << QString::fromStdString(c.currency) << '\t' << "changed " << words.when(c.updatedAt) << '\n';
    }
    return kOk;
}

/// history CATALOG: the catalog's audit trail since it was added, newest first, one change a
/// line; with `item`, only the changes to that credential, skill, program, goal or offer.
int history(const store::Workspace& ws, const QString& which, const QString& item, int limit, Streams io,
            const QString& command) {
    auto id = ws.findCatalog(which);
    if (!id)
        return reportError(id.error(), io.err, command);
    auto summary = ws.catalogSummary(*id);
    if (!summary)
        return reportError(summary.error(), io.err, command);
    // Filtering by item reads the whole trail up to the cap, so that `limit` counts its entries.
    auto trail = ws.catalogAudit(*id, item.isEmpty() ? limit : kMaxEntries);
    if (!trail)
        return reportError(trail.error(), io.err, command);
    if (!item.isEmpty())
        std::erase_if(*trail, [&](const io::AuditEntry& e) { return !io::auditEntryConcerns(e, item); });
    if (static_cast<int>(trail->size()) > limit)
        trail->resize(static_cast<std::size_t>(limit));
    if (trail->empty()) {
        io.out << "No recorded changes to " << (item.isEmpty() ? summary->name : item + " in " + summary->name)
               << " yet.\n";
        return kOk;
    }
    const auto words = text::AuditWords::english(summary->currency);
    for (const io::AuditEntry& e : *trail)
        io.out << words.when(e) << "  " << e.actor << "  " << words.change(e) << '\n';
    return kOk;
}

} // namespace

QString CatalogsCommand::name() const {
    return QStringLiteral("catalogs");
}

QString CatalogsCommand::summary() const {
    return QStringLiteral("List the workspace's catalogs, or who changed what in one of them");
}

int CatalogsCommand::run(const QStringList& arguments, Streams io) {
    const QString command = arguments.value(0);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("The catalogs kept in the workspace.\n"
                       "  list                 every catalog: its id, name, revision, what it holds, its currency "
                       "and when it last changed\n"
                       "  history CATALOG      who changed what in the catalog and when, since it was added: its "
                       "credentials, skills, programs, goals and offers, newest first (CATALOG: its name or id)\n"
                       "Exit codes: 0 done, 2 bad usage, no such catalog, or a workspace that cannot be read."));
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("list or history."),
                                 QStringLiteral("list|history CATALOG"));
    const QCommandLineOption item(QStringLiteral("item"),
                                  QStringLiteral("Only the changes to this credential, skill, program, goal or "
                                                 "offer, by its id (history)."),
                                  QStringLiteral("ID"));
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   QStringLiteral("At most N changes, the newest (history; 1 to %1, default %2).")
                                       .arg(kMaxEntries)
                                       .arg(kDefaultEntries),
                                   QStringLiteral("N"), QString::number(kDefaultEntries));
    const QCommandLineOption database = databaseOption();
    for (const auto& o : {item, limit, database})
        parser.addOption(o);
    if (auto exit = parseOrExit(parser, arguments, io))
        return *exit;

    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    const bool lists = action == QLatin1String("list") && args.size() == 1;
    const bool shows = action == QLatin1String("history") && args.size() == 2;
    if (!lists && !shows) {
        io.err << command << ": usage: " << command << " list | history CATALOG [--item ID] [--limit N]\n";
        return kUsage;
    }
    bool numeric = false;
    const int most = parser.value(limit).toInt(&numeric);
    if (!numeric || most < 1 || most > kMaxEntries) {
        io.err << command << ": --limit must be a whole number from 1 to " << kMaxEntries << ", not "
               << parser.value(limit) << ".\n";
        return kUsage;
    }
    auto ws = openWorkspace(parser, database, io, command);
    if (!ws)
        return kUsage;
    if (lists)
        return list(*ws, io, command);
    return history(*ws, args[1], parser.value(item), most, io, command);
}

} // namespace cairn::cli
