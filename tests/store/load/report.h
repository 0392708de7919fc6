#pragma once

// The figures of a load run: how many of each step, how many a second, how long they took.
#include "audit.h"
#include "ledger.h"

#include <QTextStream>
#include <vector>

namespace cairn::load {

/// What the server's own statistics and log say about the run (a file has neither).
struct ServerCounts {
    bool known = false;
    qint64 deadlocks = 0;    ///< pg_stat_database.deadlocks: 40P01, each a transaction the server aborted
    int serialization = 0;   ///< 40001 in the log
    int lockTimeouts = 0;    ///< 55P03 (lock_timeout, the workspace's busy timeout) in the log
    QStringList otherErrors; ///< any other ERROR line of the log, counted by message
};

/// Prints the table of `entries` (every advisor's ledger) over `seconds`, then the audit and the
/// server's counts.
void printReport(QTextStream& out, const std::vector<Entry>& entries, double seconds, const Audit& audit,
                 const ServerCounts& server);

} // namespace cairn::load
