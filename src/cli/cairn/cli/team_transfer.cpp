#include "cairn/cli/team_transfer.h"

#include "cairn/cli/workspace_access.h"

#include <cairn/store/workspace_transfer.h>
#include <cairn/text/message_words.h>
#include <cairn/text/transfer_words.h>

namespace cairn::cli {

namespace {

using text::TransferWords;

text::TransferWords::Counts countsOf(const store::TransferReport& r) {
    const auto size = [](const QStringList& names) { return static_cast<int>(names.size()); };
    return {size(r.copiedCatalogs), size(r.copiedClients), r.copiedPlans,       r.copiedNotes,
            r.copiedGoals,          size(r.sameCatalogs),  size(r.sameClients), static_cast<int>(r.conflicts.size())};
}

QString itemOf(store::TransferConflict::Kind kind, const QString& name) {
    return kind == store::TransferConflict::Kind::Catalog ? TransferWords::catalog(name) : TransferWords::client(name);
}

/// One line per catalog and client: copied (or to be), already there, in conflict.
void printItems(const store::TransferReport& r, bool dryRun, QTextStream& out) {
    // With a conflict nothing is copied, so the lines of what would have been are left out.
    if (r.conflicts.empty() || dryRun) {
        for (const QString& name : r.copiedCatalogs)
            out << TransferWords::copied(TransferWords::catalog(name), !r.written) << '\n';
        for (const QString& name : r.copiedClients)
            out << TransferWords::copied(TransferWords::client(name), !r.written) << '\n';
    }
    for (const QString& name : r.sameCatalogs)
        out << TransferWords::alreadyThere(TransferWords::catalog(name)) << '\n';
    for (const QString& name : r.sameClients)
        out << TransferWords::alreadyThere(TransferWords::client(name)) << '\n';
    for (const store::TransferConflict& c : r.conflicts)
        out << TransferWords::conflict(itemOf(c.kind, c.name), text::MessageWords::english().sentence(c.differs))
            << '\n';
}

} // namespace

int transferWorkspaces(const QString& from, const QString& to, bool dryRun, Streams io, const QString& command) {
    // Neither is seeded: a new target holds what is copied and nothing else.
    store::Workspace::Options sourceOptions;
    sourceOptions.seed = false;
    sourceOptions.create = false;
    auto source = store::Workspace::open(from, sourceOptions);
    if (!source)
        return reportError(source.error(), io.err, command);
    store::Workspace::Options targetOptions;
    targetOptions.seed = false;
    auto target = store::Workspace::open(to, targetOptions);
    if (!target)
        return reportError(target.error(), io.err, command);

    auto report = store::transferWorkspace(**source, **target, store::TransferOptions{dryRun});
    if (!report) {
        const int code = reportError(report.error(), io.err, command);
        io.err << command << ": " << TransferWords::nothingCopied((*target)->path()) << '\n';
        return code;
    }
    printItems(*report, dryRun, io.out);
    io.out << TransferWords::summary(countsOf(*report), (*target)->path(), dryRun) << '\n';
    return report->conflicts.empty() ? kOk : kConflict;
}

} // namespace cairn::cli
