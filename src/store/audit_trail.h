#pragma once

// The audit trail's schema and the triggers that write it (not part of the public API). A trigger
// rather than Cairn's own writes records each change, so that a change made by any program on a
// team's server is recorded, and no advisor can leave it out (docs/architecture.md, "Audit trail").

#include "cairn/store/result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <string>
#include <vector>

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

/// In a file: the same triggers as temporary ones of this connection, naming computerUser(). A
/// file is one person's, and SQLite has no user of its own to name.
Result<void> installFileAudit(const QSqlDatabase& db, const QString& path);

/// The computer's user: the account's name, else the environment's.
QString computerUser();

/// In a file, while it lives: a bulk write (a catalog added, a CSV imported) is not recorded row by
/// row, which would double the time of a 100,000-credential import; the caller records it as one
/// entry (recordImport). On a server nothing pauses: its triggers record every row of every
/// program, which is what makes them worth trusting. Use inside the caller's transaction.
class FileAuditPause {
public:
    explicit FileAuditPause(QSqlDatabase db);
    ~FileAuditPause();
    FileAuditPause(const FileAuditPause&) = delete;
    FileAuditPause& operator=(const FileAuditPause&) = delete;

private:
    QSqlDatabase db_;
    bool paused_ = false;
};

/// In a file: one entry for an import from `fileName` into a catalog, naming the credentials it
/// wrote (io::auditImportValues), inside the caller's transaction. Nothing on a server, whose
/// triggers recorded each row.
Result<void> recordImport(const QSqlDatabase& db, const QString& path, qint64 catalogId, const QString& fileName,
                          const std::vector<std::string>& ids);

} // namespace cairn::store::detail
