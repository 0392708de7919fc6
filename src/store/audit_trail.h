#pragma once

// The audit trail's schema and the triggers that write it (not part of the public API). A trigger
// rather than Cairn's own writes records each change, so that a change made by any program on a
// team's server is recorded, and no advisor can leave it out (docs/architecture.md, "Audit trail").

#include "cairn/store/result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace cairn::store::detail {

/// The migration that adds the trail: its table and indexes, in SQLite's words.
QStringList auditTrailSchema();

/// On a server: the trigger function, run as its owner so that the trail is written whoever
/// makes the change and cannot be written otherwise, and one trigger per audited table; then the
/// team's read access to the trail when the team was set up before the trail existed.
QStringList serverAuditTriggers();

/// Who in a team may read which entries (grants and row-level security): an advisor those of
/// their own and shared clients and of the catalogs, a manager all, a catalog editor the
/// catalogs'. Nobody but the triggers writes it.
QStringList auditTrailAccess();

/// In a file: the same triggers as temporary ones of this connection, naming `actor`, the
/// computer's user. A file is one person's, and SQLite has no user of its own to name.
Result<void> installFileAudit(const QSqlDatabase& db, const QString& path, const QString& actor);

} // namespace cairn::store::detail
