#pragma once

// The ledgers of every advisor held against the database after the run: is every acknowledged
// write there with what it wrote, and did any save go over another unseen?
#include "ledger.h"

#include <QStringList>
#include <cairn/store/workspace.h>
#include <vector>

namespace cairn::load {

struct Audit {
    /// Acknowledged plans, notes and client edits missing afterwards or holding other content,
    /// and shared clients whose row is not their last acknowledged edit.
    int lostWrites = 0;
    /// Two edits acknowledged as the same version of a client, or one acknowledged over a
    /// version other than the one before it, or two saved plans with one number.
    int silentOverwrites = 0;
    /// Versions a client reached that no advisor was told of (a save that went in although it
    /// was reported failed).
    int unacknowledged = 0;
    /// Refusals as stale where no other save of that version was acknowledged.
    int spuriousRefusals = 0;
    /// What went wrong, one line each (the first few of each kind).
    QStringList problems;

    [[nodiscard]] bool clean() const {
        return lostWrites == 0 && silentOverwrites == 0 && unacknowledged == 0 && spuriousRefusals == 0;
    }
};

/// Reads back every client in `clients` with their plans and notes through `ws` (opened as a
/// user who sees them all) and checks `entries`, the ledgers of every advisor together.
Audit audit(const store::Workspace& ws, const std::vector<Entry>& entries, const std::vector<qint64>& clients);

} // namespace cairn::load
