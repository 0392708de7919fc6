#pragma once

// Where the shared workspace suites keep their workspaces: SQLite files in cairn_store_tests,
// databases on a private PostgreSQL server in cairn_store_postgres_tests. The same tests run
// against both back ends; each executable's main() chooses its back end.
#include <QString>
#include <QStringList>
#include <memory>

namespace cairn::store::test {

class Backend {
public:
    virtual ~Backend() = default;
    /// A new, empty place for a workspace, for Workspace::open(): a file path or a server
    /// address. `name` says what it is for; each call gives a place of its own.
    virtual QString location(const QString& name) = 0;
    /// Runs statements on the workspace's database directly, as another program would.
    virtual void execAll(const QString& location, const QStringList& statements) = 0;
};

/// The back end of this test executable.
Backend& backend();
void useBackend(std::unique_ptr<Backend> backend);

/// Workspace files in one temporary folder.
std::unique_ptr<Backend> sqliteBackend();

} // namespace cairn::store::test
