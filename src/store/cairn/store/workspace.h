#pragma once

#include "cairn/store/caseload.h"
#include "cairn/store/catalog_summary.h"
#include "cairn/store/client.h"
#include "cairn/store/client_goal.h"
#include "cairn/store/client_note.h"
#include "cairn/store/plan_comparison.h"
#include "cairn/store/result.h"
#include "cairn/store/saved_plan.h"
#include "cairn/store/team.h"
#include "cairn/store/workspace_transfer.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <cairn/engine/catalog.h>
#include <cairn/engine/plan.h>
#include <cairn/io/audit_entry.h>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

class QObject;

namespace cairn::store {

/// The workspace database: catalogs, clients and their saved plans, in one local SQLite file or
/// in a database on a PostgreSQL server that a team shares. Both back ends have this one
/// interface; they differ only inside (dialect.h).
///
/// Every method returns its result or an Error with a sentence a person understands; none
/// throws. Every change that touches more than one row happens in one transaction, so a
/// failure leaves the file as it was. One Workspace is used from one thread.
class Workspace {
public:
    struct Options {
        /// How long a write waits for another program holding the file (on a server: the rows it
        /// changes) before giving up "busy".
        int busyTimeoutMs = 5000;
        /// Load the bundled catalogs and demo clients into a new file.
        bool seed = true;
        /// Create the file when it is missing; when false, a missing file is NotFound and nothing is
        /// created (what a workspace is copied from must be there).
        bool create = true;
        /// The most pages (4 KiB each) the file may grow to; 0 = as large as the disk allows.
        /// A write past it fails as "disk full", as on a full disk.
        int maxPages = 0;
        /// On a server, the password a person typed (the app asks for it): never stored, never in
        /// a message. Empty: libpq looks in PGPASSWORD and ~/.pgpass.
        QString password;
    };

    /// `AppDataLocation/cairn.sqlite`.
    static QString defaultPath();

    /// Opens (creating when missing) the workspace at `path`, or the default location when empty.
    /// An older schema is first copied to `<file>.bak-v<N>` and then migrated; a file written
    /// by a newer Cairn, or one that is not a Cairn database, is refused and left untouched, and
    /// so is one with a damaged page (SQLite's quick check runs on every opening). A new file
    /// is created and seeded in the same single transaction as a migration, with no backup:
    /// programs opening it at once wait for one another (up to `busyTimeoutMs`), and one killed
    /// halfway leaves an empty file that the next opening fills.
    ///
    /// A `postgresql://` address (server_address.h) opens the workspace in that database on a
    /// PostgreSQL server instead, the password taken from PGPASSWORD or ~/.pgpass. An empty
    /// database is set up and seeded in one transaction, programs opening it at once wait for
    /// the first (the migration lock), and an older one is migrated the same way, with no
    /// backup: the server's own backups keep its history. A database that holds other tables, or
    /// a newer Cairn's workspace, is refused untouched.
    static Result<std::unique_ptr<Workspace>> open(const QString& path, const Options& options);
    static Result<std::unique_ptr<Workspace>> open(const QString& path = {});

    ~Workspace();
    Workspace(const Workspace&) = delete;
    Workspace& operator=(const Workspace&) = delete;

    /// The file, or the server address without its password.
    [[nodiscard]] QString path() const { return path_; }
    /// The backup copy made while opening, empty when no migration was needed.
    [[nodiscard]] QString migrationBackup() const { return backup_; }
    /// What could not be loaded when a new file was seeded (the file opens regardless): the
    /// reading errors of the bundled files, worded by text::LoadWords.
    [[nodiscard]] const std::vector<io::LoadError>& seedProblems() const { return seedProblems_; }
    [[nodiscard]] Result<int> schemaVersion() const;

    // Catalogs ----------------------------------------------------------------------------
    Result<std::vector<CatalogSummary>> catalogs() const;
    /// A catalog by its name, or by its id written as a number.
    Result<qint64> findCatalog(const QString& nameOrId) const;
    /// Adds a valid catalog under `name` (the catalog's own name when empty).
    Result<qint64> addCatalog(const Catalog& catalog, const QString& name = {});
    /// Reads a `cairn-catalog` JSON file and adds it (see addCatalog).
    Result<qint64> importCatalogJson(const QString& filePath, const QString& name = {});
    Result<qint64> importCatalogJson(const QByteArray& json, const QString& fileName, const QString& name);
    /// Adds the credentials of a CSV file to a catalog, replacing those with the same id.
    /// All or nothing: on any problem nothing changes and every problem is reported.
    /// Returns how many credentials were imported.
    Result<int> importCredentialsCsv(qint64 catalogId, const QString& filePath);
    Result<int> importCredentialsCsv(qint64 catalogId, const QByteArray& csv, const QString& fileName);
    /// Adds the skills, credentials, programs and goals of `additions` to a catalog, replacing
    /// those with the same id (they keep their place). All or nothing: the catalog must stay
    /// valid, else nothing changes and every error is reported, naming `source`.
    Result<void> mergeIntoCatalog(qint64 catalogId, const Catalog& additions, const QString& source);
    Result<Catalog> loadCatalog(qint64 catalogId) const;
    Result<CatalogSummary> catalogSummary(qint64 catalogId) const;
    /// Renames the catalog over the version it was read at (CatalogSummary::rowVersion) and
    /// returns the new version; Stale when someone else renamed it since, NotFound when deleted.
    Result<int> renameCatalog(qint64 catalogId, const QString& name, int rowVersion);
    /// Removes the catalog; clients planning against it keep their saved plans.
    Result<void> deleteCatalog(qint64 catalogId);

    // Editing one item at a time. The catalog must stay valid: an edit that would make it
    // invalid is refused with the problems it would cause.
    //
    // An editor passes the version it read the item at (itemVersions()): when someone else saved
    // or deleted the item since, nothing is written and the error is Stale or NotFound. Without
    // a version the item is added, or replaced whatever is stored, as an import does. Both
    // return the item's new version.
    Result<int> saveCredential(qint64 catalogId, const Credential& credential,
                               std::optional<int> readVersion = std::nullopt);
    Result<void> deleteCredential(qint64 catalogId, const std::string& credentialId);
    Result<int> saveSkill(qint64 catalogId, const Skill& skill, std::optional<int> readVersion = std::nullopt);
    /// The versions of the catalog's credentials and skills as they are now, by id.
    Result<CatalogItemVersions> itemVersions(qint64 catalogId) const;
    Result<void> deleteSkill(qint64 catalogId, const std::string& skillId);

    Result<QByteArray> exportCatalogJson(qint64 catalogId) const;
    Result<QByteArray> exportCatalogCsv(qint64 catalogId) const;

    // Clients -----------------------------------------------------------------------------
    /// Every client in full, profiles included, by name.
    Result<std::vector<Client>> clients() const;
    /// The clients `query` asks for, by name, without their profiles: what a list of clients
    /// shows, a page at a time. `total` counts every client the query matches.
    Result<Page<ClientListing>> clientList(const ClientQuery& query) const;
    /// The caseload `query` asks for, by name: each client with how many plans they saved and
    /// their latest plan's summary (never its JSON), a page at a time.
    Result<Page<CaseloadRow>> caseload(const ClientQuery& query) const;
    /// How many clients `query` matches (its limit and offset aside).
    Result<int> countClients(const ClientQuery& query) const;
    Result<Client> client(qint64 clientId) const;
    /// A client by exact name, or by id written as a number; ambiguous names are an error.
    Result<qint64> findClient(const QString& nameOrId) const;
    Result<qint64> addClient(const Client& client);
    /// Saves the client over the version it was read at (Client::rowVersion) and returns the
    /// new version. When someone else saved them since, nothing is written and the error is
    /// Stale; when they were deleted since, NotFound.
    Result<int> updateClient(const Client& client);
    /// Removes the client and their saved plans.
    Result<void> deleteClient(qint64 clientId);
    /// The client with their own goals and every saved plan, as a `cairn-client` JSON document:
    /// `{"format": "cairn-client", "version": 1, "client": {name, contact, notes, catalog,
    /// createdAt, profile, goals}, "plans": [{version, title, note, createdAt, inputs, plan}, …],
    /// "audit": [entry, …]}`, newest plan and entry first; profiles and plans in the workspace's
    /// snapshot form (snapshot_json.h), each goal a `cairn-goal` document with its `id` and
    /// `createdAt`, each entry of the client's audit trail as io::auditEntryJson() writes it.
    Result<QByteArray> exportClientJson(qint64 clientId) const;

    /// Gives the client to `advisor` (a manager's right on a server; see team.h).
    Result<void> reassignClient(qint64 clientId, const QString& advisor);
    /// Lets `advisor` see and work on the client as well (the owner's or a manager's right).
    Result<void> shareClient(qint64 clientId, const QString& advisor);
    /// The advisors the client is shared with, by name.
    Result<QStringList> clientShares(qint64 clientId) const;

    // A team on a server (workspace_team.cpp) ------------------------------------------------
    /// Sets the PostgreSQL database at `address` up for a team, in one transaction: the schema
    /// (every migration and the seed, as a first opening does), the group roles of team.h when
    /// the server has none yet, their grants, and row-level security on the clients' tables.
    /// The user must be allowed to create roles. A database set up before is left as it is.
    static Result<TeamSetUp> setUpTeam(const QString& address, const Options& options);
    static Result<TeamSetUp> setUpTeam(const QString& address);
    /// Adds `name` as a login role in `role`'s group, with `password`.
    Result<void> addTeamMember(const QString& name, TeamRole role, const QString& password);
    /// Everyone in one of the team's groups, by name.
    Result<std::vector<TeamMember>> teamMembers() const;
    /// The role of the user this workspace is opened as; none on a file or for a user outside
    /// the team's groups (the administrator who set the team up).
    [[nodiscard]] std::optional<TeamRole> teamRole() const { return role_; }

    // A client's own goals ------------------------------------------------------------------
    /// The client's own goals (made from an occupation or a job ad), in the order they were made.
    Result<std::vector<ClientGoal>> clientGoals(qint64 clientId) const;
    /// Keeps `goal` as the client's own under `id` ("own:N"), replacing the goal there, or under
    /// the next free number when `id` is empty; returns its id. A goal the `cairn-goal` format
    /// cannot hold (no title, a level out of 1–5, …) is refused with its problems.
    /// With `readVersion` (and an `id`), the goal is saved only over that version (ClientGoal::
    /// rowVersion): Stale when someone else saved it since, NotFound when it was deleted.
    Result<std::string> saveClientGoal(qint64 clientId, const SkillGoal& goal, const std::string& id = {},
                                       std::optional<int> readVersion = std::nullopt);
    /// Gives the own goal `id` a new title; its skills and the day it was made stay. Written over
    /// the version read here, so a save by someone else in between is refused as Stale.
    Result<void> renameClientGoal(qint64 clientId, const std::string& id, const std::string& title);
    /// Removes the own goal `id`. The saved plans for it keep it (SavedPlanInputs::ownGoal);
    /// plansForGoal() says which they are.
    Result<void> deleteClientGoal(qint64 clientId, const std::string& id);
    /// The client's saved plans made for `goalId`, newest first.
    Result<std::vector<SavedPlanSummary>> plansForGoal(qint64 clientId, const std::string& goalId) const;

    // Saved plans -------------------------------------------------------------------------
    /// Saves a plan as the client's next version. Empty catalog name and revision in
    /// `inputs` are filled in from the catalog as it is now.
    Result<qint64> savePlan(qint64 clientId, const SavedPlanInputs& inputs, const Plan& plan, const QString& title,
                            const QString& note = {});
    /// The client's saved plans, newest first.
    Result<std::vector<SavedPlanSummary>> plans(qint64 clientId) const;
    /// Every saved plan of every client, newest first.
    Result<std::vector<SavedPlanSummary>> allPlans() const;
    Result<SavedPlan> plan(qint64 planId) const;
    /// Saves the plan's note over the version it was read at (SavedPlanSummary::rowVersion) and
    /// returns the new version; Stale when someone else saved it since, NotFound when deleted.
    Result<int> setPlanNote(qint64 planId, const QString& note, int rowVersion);
    Result<void> deletePlan(qint64 planId);
    /// What changed between two saved plans (normally two versions of one client's plan).
    Result<PlanComparison> comparePlans(qint64 fromPlanId, qint64 toPlanId) const;

    // Notes ------------------------------------------------------------------------------
    /// Adds a dated note to the client, about one of their saved plans when `planId` is given.
    Result<qint64> addNote(qint64 clientId, const QString& text, std::optional<qint64> planId = std::nullopt);
    /// The client's notes, newest first.
    Result<std::vector<ClientNote>> notes(qint64 clientId) const;
    Result<void> deleteNote(qint64 noteId);

    // The audit trail (workspace_audit.cpp) -----------------------------------------------------
    // Every change to a client, their plans, notes, own goals and shares, and to a catalog and its
    // items, is recorded by the database itself (docs/architecture.md, "Audit trail"): who, when,
    // from what to what. On a server a person reads the entries of what they may see.
    /// The client's trail, newest first, at most `limit` entries.
    Result<std::vector<io::AuditEntry>> clientAudit(qint64 clientId, int limit = 1000) const;
    /// The trail of the catalog and its items, newest first, at most `limit` entries.
    Result<std::vector<io::AuditEntry>> catalogAudit(qint64 catalogId, int limit = 1000) const;
    /// The titles of the goals a client may have chosen, by id: their catalog's and their own
    /// ("own:N"), as they are now. The trail records a goal by its id; a person reads titles.
    Result<std::map<std::string, QString>> goalTitles(qint64 clientId) const;

    /// Calls `changed` (on this thread, from its event loop) each time another connection
    /// commits a change to this workspace, for as long as `context` lives: on a server, through
    /// PostgreSQL's LISTEN/NOTIFY, so a team sees one another's work without polling. False
    /// when the back end cannot tell (a file: one person, who made the change).
    bool watchChanges(QObject* context, std::function<void()> changed);

    /// On a server: whether the connection still answers (one round trip). False once the server
    /// was stopped or restarted, or the network dropped it; a file is always connected.
    [[nodiscard]] bool connected() const;
    /// On a server: connects again with the same address, password and settings after the
    /// connection was lost, and listens for changes again when watchChanges() was asked. The
    /// error says why not (the server is still down); nothing else changes either way.
    Result<void> reconnect();

private:
    /// Reads and writes rows as they are, dates and version numbers included.
    friend Result<TransferReport> transferWorkspace(const Workspace& source, Workspace& target,
                                                    const TransferOptions& options);

    Workspace(QString path, QString connection);
    /// open() for a server address (workspace_server.cpp).
    static Result<std::unique_ptr<Workspace>> openServer(const QString& address, const Options& options);
    /// Connects to the server at `address` and checks its version, before anything is read.
    static Result<std::unique_ptr<Workspace>> connectServer(const QString& address, const Options& options);
    /// Waits for the lock that one program at a time sets a database up under, held until the
    /// caller's transaction ends.
    Result<void> lockForSetUp(const Options& options);
    /// upgrade() on a server: every missing migration and, for an empty database, the seed, in
    /// one transaction under an advisory lock, the version kept in the table cairn_workspace.
    Result<void> upgradeServer(const Options& options);
    /// Brings a file older than the current schema (or a new, empty one) up to it in one write
    /// transaction: backup, every migration, and for a new file the seed. Another program
    /// opening the same file at the same time waits for it and then finds nothing to do.
    Result<void> upgrade(const Options& options);
    /// Copies the file, as it is at schema version `from`, to `<file>.bak-v<from>`. Called
    /// holding the write lock, with the write-ahead log empty.
    Result<void> backUp(int from);
    /// In a file: has this connection record each change in the trail, under the computer's
    /// user (a server's own triggers record every connection's).
    Result<void> recordChanges();
    /// Loads the bundled catalogs and demo clients, inside upgrade()'s transaction. A bundled
    /// file that cannot be read is a seed problem; a database error undoes the whole upgrade.
    Result<void> seed();
    /// Runs the migrations after version `from`, each in the back end's SQL (dialect.h); the
    /// caller holds the transaction.
    Result<void> migrateFrom(int from);
    /// seed() for a workspace that was empty (`from` 0), when the options ask for it.
    Result<void> seedIfNew(int from, const Options& options);
    /// The name a catalog is added under, once it has been validated.
    Result<QString> checkedCatalogName(const Catalog& catalog, const QString& requestedName) const;
    /// Adds the catalog's rows under `name`; the caller holds the transaction.
    Result<qint64> insertCatalog(const Catalog& catalog, const QString& name);
    [[nodiscard]] QSqlDatabase db() const;
    /// Replaces the catalog's credential list and refuses when the result is invalid; shared by
    /// the CSV import and single-credential edits. With `readVersion`, the first changed
    /// credential must still be at that version. Returns the first changed credential's new
    /// version (0 when none changed).
    Result<int> commitCredentials(qint64 catalogId, const Catalog& merged, const std::vector<Credential>& changed,
                                  const std::vector<std::string>& removed, const QString& fileName,
                                  const std::vector<int>& lines, std::optional<int> readVersion = std::nullopt);

    /// TeamNeedsServer on a workspace file.
    [[nodiscard]] std::optional<Error> fileHasNoTeam() const;
    /// Reads the user's team role (role_) on a server.
    Result<void> readTeamRole();
    /// upgradeServer()'s work inside the caller's transaction: the lock, every missing
    /// migration, the version and for an empty database the seed.
    Result<void> migrateServer(const Options& options);
    /// Whether `name` is an advisor or a manager of the team.
    Result<bool> isAdvisor(const QString& name) const;
    /// The client `clientId` of a team workspace, when `advisor` is an advisor or manager of the
    /// team; what shareClient() and reassignClient() check before they change anything.
    Result<Client> teamClientAndAdvisor(qint64 clientId, const QString& advisor) const;

    QString path_;
    QString connection_;
    /// The lock wait the connection was set up with, set again on reconnect().
    int busyTimeoutMs_ = 5000;
    /// Whether watchChanges() listens, so that reconnect() listens again.
    bool watching_ = false;
    std::optional<TeamRole> role_;
    QString backup_;
    std::vector<io::LoadError> seedProblems_;
};

} // namespace cairn::store
