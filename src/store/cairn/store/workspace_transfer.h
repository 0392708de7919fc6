#pragma once

#include "cairn/store/result.h"

#include <QString>
#include <QStringList>
#include <cairn/engine/message.h>
#include <vector>

namespace cairn::store {

class Workspace;

/// A catalog or client that both workspaces have under one name, with different content: a copy
/// would have to overwrite one of them, so nothing is copied.
struct TransferConflict {
    enum class Kind { Catalog, Client };
    Kind kind = Kind::Client;
    QString name;
    Message differs; ///< what differs, in a few words (a Transfer… code, text::MessageWords)

    bool operator==(const TransferConflict&) const = default;
};

/// What a copy from one workspace to another did, or on a dry run or a conflict would have done.
/// Names as the source has them, in its order (catalogs and clients by name).
struct TransferReport {
    QStringList copiedCatalogs;
    QStringList copiedClients;
    QStringList sameCatalogs; ///< already on the target, identical: skipped
    QStringList sameClients;
    std::vector<TransferConflict> conflicts;
    // What came with the copied clients.
    int copiedPlans = 0;
    int copiedNotes = 0;
    int copiedGoals = 0;
    /// Whether the copy was committed: false on a dry run and whenever there is a conflict.
    bool written = false;

    bool operator==(const TransferReport&) const = default;
};

struct TransferOptions {
    /// Only compare: say what would be copied, skipped and in conflict, and write nothing.
    bool dryRun = false;
};

/// Copies the catalogs and clients of `source` into `target` (docs/architecture.md, "Moving to
/// the server"): each client with their own goals, every saved plan version and their notes,
/// keeping version numbers, titles, notes and dates; the target's own ids are used, and a
/// client's or plan's catalog becomes the target's catalog of that name. Who a client belongs to
/// and whom they are shared with stay behind: on a server the copied clients belong to the user
/// who copies them.
///
/// A catalog is matched by its name and is the same when its exported JSON is equal; a client
/// by their name and is the same when their details, goals, saved plans and notes are. What is
/// the same is skipped. What differs is a conflict, and then nothing at all is written; so is it
/// when any write fails (one transaction on the target), and the error says why. Reading
/// `source` sees what its user may see (on a server, row-level security decides).
Result<TransferReport> transferWorkspace(const Workspace& source, Workspace& target, const TransferOptions& options);

} // namespace cairn::store
