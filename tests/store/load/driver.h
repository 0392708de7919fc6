#pragma once

// Setting up the workspace for a load run and running the advisors as processes of their own.
#include <QString>
#include <QStringList>
#include <QtGlobal>
#include <optional>
#include <vector>

namespace cairn::load {

/// The workspace as the advisors find it.
struct Team {
    QString adminAddress;          ///< where the driver sets up and audits: a file, or the server as its superuser
    std::vector<qint64> shared;    ///< the five clients every advisor edits
    std::vector<qint64> own;       ///< one client of each advisor's own
    std::vector<QString> logins;   ///< each advisor's address (its own user on a server with roles)
    std::vector<QString> password; ///< each advisor's password, empty to use the driver's PGPASSWORD
};

/// Creates the workspace at `address` (a file or an empty database), seeded with the bundled
/// catalogs and demo clients, adds the shared clients and one of each advisor's own, copies of
/// the demo clients with a goal, and with `roles` (a server only) sets the team up: every
/// advisor a login in the advisor group, the shared clients shared with them all, their own
/// given to them.
std::optional<Team> setUpTeam(const QString& address, int advisors, bool roles, QString& why);

struct AdvisorsRun {
    int seconds = 60;
    int busyTimeoutMs = 5000;
    QString ledgers; ///< the folder the advisors write their ledgers (and their stderr) to
};

/// How each advisor process ended.
struct Ending {
    bool finished = false; ///< ran to its end and exited with 0
    QString why;           ///< otherwise: its exit code, crash or being stopped
};

/// Starts one process per advisor (this program again, with --advisor), lets them all begin at
/// once and waits for them: up to two minutes past the end, then the stragglers are stopped.
std::vector<Ending> runAdvisors(const Team& team, const AdvisorsRun& run);

/// The ledger file of advisor `n` in `folder`.
QString ledgerPath(const QString& folder, int n);

} // namespace cairn::load
