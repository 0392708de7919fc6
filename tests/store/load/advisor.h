#pragma once

// One simulated advisor: a process of its own with its own connection, working in a loop until
// its time is up, and writing down everything the workspace acknowledged (ledger.h).
#include <QString>
#include <QtGlobal>
#include <vector>

namespace cairn::load {

struct AdvisorRun {
    int number = 0;
    QString address;            ///< the workspace: a server address or a file
    int busyTimeoutMs = 5000;   ///< Workspace::Options::busyTimeoutMs
    std::vector<qint64> shared; ///< the five clients every advisor edits on purpose
    qint64 own = 0;             ///< the advisor's own client
    qint64 startAtMs = 0;       ///< when to begin, in ms since the epoch: every advisor at once
    int seconds = 60;           ///< how long after the start every advisor stops
    QString ledger;             ///< the file to write the ledger to
};

/// Runs the advisor; the process's exit code (0 when it ran to its end, whatever the workspace
/// refused on the way, which the ledger holds).
int runAdvisor(const AdvisorRun& run);

} // namespace cairn::load
