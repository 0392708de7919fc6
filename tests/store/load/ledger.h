#pragma once

// What one advisor process of the load run did, line by line in a file of its own: every
// acknowledged write with what it wrote (a fingerprint), every refusal and error, and how long
// each step took. The driver reads the ledgers back and holds them against the database.
#include <QFile>
#include <QString>
#include <QtGlobal>
#include <optional>
#include <vector>

namespace cairn::load {

enum class Step {
    Open,     ///< a client read with their plans and notes
    Plan,     ///< the planner run on the client's catalog and profile
    PlanSave, ///< a plan saved as the client's next version (acknowledged)
    Note,     ///< a note added (acknowledged)
    Edit,     ///< a shared client saved over the version read (acknowledged)
    Stale,    ///< a client edit refused as stale
    Busy,     ///< a write answered "busy" (a lock wait, deadlock or serialisation failure), then retried
    Error,    ///< anything else the workspace answered with an error
    End,      ///< the advisor's last line: when it stopped, in ms from the common start
};

struct Entry {
    Step step = Step::Error;
    qint64 client = 0;
    qint64 id = 0;       ///< the plan's or note's id
    int version = 0;     ///< an edit's new row version
    int readVersion = 0; ///< the version an edit or a stale refusal was made over
    QString fingerprint; ///< of what was written; for an error, its message
    double ms = 0;       ///< how long the step took
};

const char* stepName(Step step);

/// Appends entries to `path`, each flushed at once so that a crashed advisor's acknowledged
/// writes are still on record.
class LedgerWriter {
public:
    explicit LedgerWriter(const QString& path);
    [[nodiscard]] bool ok() const { return ok_; }
    void write(const Entry& entry);

private:
    QFile file_;
    bool ok_ = false;
};

/// Every entry of the ledger at `path`; empty with `why` set when it cannot be read or a line
/// is not an entry.
std::optional<std::vector<Entry>> readLedger(const QString& path, QString& why);

/// A short hash of `text`: what the audit compares a row's content with.
QString fingerprint(const QString& text);

} // namespace cairn::load
