#pragma once

#include <QStringList>
#include <vector>

namespace cairn::store {

/// The workspace database's schema history. Version N is reached from N−1 by running
/// `migrations()[N-1].statements` in one transaction; a new file runs them all.
/// Released versions are never edited: a change is always a new migration.
struct Migration {
    int version = 0;     ///< the schema version this migration produces
    QString description; ///< what it does, for the log and the documentation
    QStringList statements;
    /// Run after `statements` on a PostgreSQL server only: what a team's shared database needs
    /// and a one-person SQLite file has no use for, or what the two spell differently.
    QStringList serverOnly = {};
    /// Run after `statements` in a SQLite file only: where the two differ in spelling (an index
    /// on an expression, reading JSON).
    QStringList fileOnly = {};
};

/// The PostgreSQL channel a server workspace notifies after each committed change to its tables
/// (Workspace::watchChanges).
inline constexpr const char* kChangeChannel = "cairn_workspace_changed";

/// Marks the file as a Cairn workspace (`PRAGMA application_id`, "Crn1" in ASCII).
constexpr int kApplicationId = 0x43726E31;

/// Every migration, in order; the last one's version is the current schema version.
const std::vector<Migration>& migrations();
int currentSchemaVersion();

/// The first released schema exactly as version 1 created it (kept for the migration tests).
QStringList schemaV1();

} // namespace cairn::store
