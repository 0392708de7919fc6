#pragma once

#include "cairn/app/data/client_conflict.h"
#include "cairn/app/goals/own_goal.h"
#include "cairn/app/session/plan_inputs.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <QStringList>
#include <cairn/engine/catalog.h>
#include <cairn/engine/profile.h>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace cairn::app {

/// A client as listed in the client picker.
struct ClientEntry {
    QString id;
    QString name;
    std::string goal; ///< the goal last chosen for them, may be empty
};

/// The first clients by name, and how many there are in all.
struct ClientPage {
    std::vector<ClientEntry> entries;
    int total = 0;
};

/// A client as listed in the caseload: who, what for, and where their latest saved plan stands.
struct CaseloadEntry {
    QString id;
    QString name;
    std::string goal;
    QString goalTitle;    ///< from the client's own catalog; empty when unknown there
    std::string currency; ///< of the client's own catalog; empty when unknown
    int savedPlans = 0;
    // The latest saved plan, when there is one.
    std::optional<PlanStatus> status;
    std::optional<Date> completion;
    double cost = 0;
    QString savedAt; ///< ISO 8601 UTC
    QString owner;   ///< the advisor on a team's server; empty in a file
    bool operator==(const CaseloadEntry&) const = default;
};

/// A page of the caseload, and how many clients the whole list holds.
struct CaseloadPage {
    std::vector<CaseloadEntry> entries;
    int total = 0;
};

/// One saved version of a client's plan, with what changed from the version before it.
struct PlanVersionEntry {
    QString id;
    int version = 0;
    QString title;
    QString savedAt; ///< ISO 8601 UTC
    PlanStatus status = PlanStatus::Infeasible;
    double cost = 0;
    double hours = 0;
    Date completion;
    QStringList changes; ///< sentences; empty for the first version
    QString note;        ///< the advisor's words saved with it, may be empty
};

/// One saved plan in full, as it is opened from the history: the plan, what it was asked for,
/// the client's profile as it was saved, and the catalog to name its credentials from (the
/// client's own, as it is now).
struct SavedPlanView {
    PlanVersionEntry entry; ///< without `changes`
    QString clientId;
    Profile profile;
    PlanInputs inputs;
    Plan plan;
    Catalog catalog;
    /// The client's own goals to show it with: those they have now, with the goal the plan was
    /// made for as it was saved, so that a goal since edited or deleted is still the one shown.
    std::vector<OwnGoal> ownGoals;
};

/// A dated note about a client, or about one of their saved plans.
struct NoteEntry {
    QString id;
    QString text;
    QString createdAt;   ///< ISO 8601 UTC
    int planVersion = 0; ///< the plan version it is about, 0 for the client in general
};

/// One change in a client's audit trail, in words: when, who, what.
struct ChangeEntry {
    QString when; ///< in local time, as the user's locale writes it
    QString who;  ///< the advisor's login on a server, the computer's user in a file
    QString what; ///< "Changed the budget from $2,000 to $3,500."
};

/// Where the window's catalog and clients come from and go to: the workspace database, or
/// plain catalog and profile files. Every write returns an error sentence, empty on success.
class DataSource {
public:
    virtual ~DataSource() = default;

    /// Shown in the window title and status bar, e.g. the database file.
    [[nodiscard]] virtual QString description() const = 0;
    /// The catalog to plan with; an error sentence when it could not be read.
    virtual std::optional<Catalog> loadCatalog(QString* error) = 0;

    /// The catalog a client plans against when it is not the one loaded now; nullopt when the
    /// loaded catalog is theirs (or on failure, with `error` set).
    virtual std::optional<Catalog> catalogForClient(const QString& /*clientId*/, QString* /*error*/) {
        return std::nullopt;
    }

    /// The team workspace's server address (without a password) when the data is on a server,
    /// else empty.
    [[nodiscard]] virtual QString serverAddress() const { return {}; }

    /// Calls `changed` whenever someone else changes the workspace (a team's workspace on a
    /// server), for as long as `context` lives; false when the source cannot tell.
    virtual bool watchChanges(QObject* /*context*/, std::function<void()> /*changed*/) { return false; }
    /// On a server: whether the connection still answers; a file or plain files always do.
    [[nodiscard]] virtual bool connected() const { return true; }
    /// On a server: connects again after the connection was lost; an error sentence, empty on
    /// success.
    virtual QString reconnect() { return {}; }

    /// Whether this opening created the workspace: Cairn's first start for this person (or for
    /// this --database file). Files never are.
    [[nodiscard]] virtual bool isNewWorkspace() const { return false; }

    /// Whether a catalog file opened from the menu is added to this source (a workspace) rather
    /// than replacing it (files).
    [[nodiscard]] virtual bool keepsCatalogs() const { return false; }
    /// Adds the catalog file at `path` (or finds the copy added before) and makes it the one new
    /// clients plan against, so that initialClient() gives someone planning with it. False with
    /// `error` set when it cannot be read or added; nothing changes then.
    virtual bool addCatalogFile(const QString& /*path*/, QString* error) {
        if (error)
            *error = QCoreApplication::translate("cairn::app::DataSource", "Catalogs are not kept here.");
        return false;
    }

    /// The client the source wants opened first (e.g. one planning against a catalog named on
    /// the command line); empty to leave the choice to the window.
    virtual QString initialClient() { return {}; }

    virtual std::vector<ClientEntry> clients() = 0;
    /// The first `limit` clients of clients(), and how many there are in all: what a client
    /// picker lists when there may be a hundred thousand. A workspace reads only those.
    virtual ClientPage clientPage(int limit);
    /// The client a person means by `text` (an id, a name, the start of its words; see
    /// clientMeant()), empty for no one or several. A workspace looks among the names that hold
    /// its first word rather than reading every client.
    virtual QString findClient(const QString& text);
    virtual std::optional<Profile> loadClient(const QString& id, QString* error) = 0;
    virtual QString saveClient(const QString& id, const Profile& profile, const std::string& goal) = 0;
    /// Creates a client with a default profile; its id, or empty with `error` set.
    virtual QString createClient(const QString& name, QString* error) = 0;

    /// When the last saveClient() was refused because someone else saved the client since they
    /// were opened: both sides, until resolveClientConflict() settles it. Files never conflict.
    virtual std::optional<ClientConflict> takeClientConflict() { return std::nullopt; }
    /// Carries out `choice` for `conflict`: KeepMine and Merge save over the version stored now,
    /// TakeTheirs makes it the version the next save starts from (the caller reloads the client).
    /// An error sentence, empty on success; a new conflict when someone saved yet again.
    virtual QString resolveClientConflict(const ClientConflict& /*conflict*/, ConflictChoice /*choice*/) { return {}; }

    /// The client's own goals (made from an occupation or a job ad); empty with `error` set when
    /// they cannot be read. A source that does not keep them keeps those made in this window.
    virtual std::vector<OwnGoal> ownGoals(const QString& clientId, QString* /*error*/) {
        return windowGoals_[clientId];
    }
    /// Keeps `goal` as the client's own, under its id ("own:N") or, when that is empty, under a
    /// new one written into it; an error sentence, empty on success.
    virtual QString saveOwnGoal(const QString& clientId, OwnGoal& goal);
    virtual QString deleteOwnGoal(const QString& clientId, const std::string& goalId);
    /// The client's saved plans made for `goalId`, newest first (without `changes`); none for a
    /// source that keeps no plans.
    virtual std::vector<PlanVersionEntry> plansForGoal(const QString& /*clientId*/, const std::string& /*goalId*/) {
        return {};
    }

    /// Whether catalog edits are kept (a database) or only live in this window (a file).
    [[nodiscard]] virtual bool keepsCatalogEdits() const = 0;
    /// Adds or replaces a credential (`previousId` empty to add); the catalog written must
    /// stay valid. On success `catalog` holds the catalog as now stored.
    virtual QString saveCredential(const Credential& credential, const std::string& previousId, Catalog& catalog) = 0;
    virtual QString deleteCredential(const std::string& id, Catalog& catalog) = 0;
    virtual QString saveSkill(const Skill& skill, const std::string& previousId, Catalog& catalog) = 0;
    virtual QString deleteSkill(const std::string& id, Catalog& catalog) = 0;
    /// When the last saveCredential() or saveSkill() was refused because someone else saved or
    /// removed the entry since this window read the catalog, and `catalog` then received the
    /// catalog as stored now: the workspace's sentence, once. Files never conflict.
    virtual std::optional<QString> takeStaleEdit() { return std::nullopt; }
    /// Whether someone else changed the loaded catalog since this window last read it (a
    /// colleague's edit on a team's server); loadCatalog() reads it anew. Files never do.
    virtual bool catalogChangedElsewhere() { return false; }

    // Saved plans and notes: kept by a workspace only. A source without them lists nothing and
    // refuses writes with a sentence saying why.
    [[nodiscard]] virtual bool keepsPlans() const { return false; }
    /// Every client with their latest saved plan.
    virtual std::vector<CaseloadEntry> caseload() {
        std::vector<CaseloadEntry> list;
        for (const auto& c : clients())
            list.push_back({c.id, c.name, c.goal, {}, {}, 0, std::nullopt, std::nullopt, 0, {}, {}});
        return list;
    }
    /// The caseload's clients whose name holds `search` (ignoring case; all when empty), in the
    /// caseload's order: at most `limit` (0: all) from `offset` on, and how many there are in all.
    /// A workspace on a server reads only that page; this reads the whole caseload and cuts it.
    virtual CaseloadPage caseloadPage(const QString& search, int offset, int limit);
    /// The client's saved plans, newest first, each with what changed from the one before;
    /// credentials are named from the client's own catalog, or from `catalog` when it is theirs.
    virtual std::vector<PlanVersionEntry> planHistory(const QString& /*clientId*/, const Catalog& /*catalog*/) {
        return {};
    }
    /// The inputs a saved plan was made with.
    virtual std::optional<PlanInputs> planInputs(const QString& /*planId*/, QString* error) {
        if (error)
            *error = noPlans();
        return std::nullopt;
    }
    /// A saved plan in full; credentials are named from the client's own catalog, or from
    /// `catalog` when it is theirs (or theirs is gone). Nullopt with `error` set on failure.
    virtual std::optional<SavedPlanView> savedPlan(const QString& /*planId*/, const Catalog& /*catalog*/,
                                                   QString* error) {
        if (error)
            *error = noPlans();
        return std::nullopt;
    }
    /// Saves a plan as the client's next version, with its title and the advisor's note (may be
    /// empty); an error sentence, empty on success.
    virtual QString savePlan(const QString& /*clientId*/, const Profile& /*profile*/, const PlanInputs& /*inputs*/,
                             const Plan& /*plan*/, const QString& /*title*/, const QString& /*note*/) {
        return noPlans();
    }
    /// The client's notes, newest first.
    virtual std::vector<NoteEntry> notes(const QString& /*clientId*/) { return {}; }
    /// Who changed what about the client and when (their plans, notes, own goals and shares too),
    /// newest first, money in `currency`; empty for a source that keeps no record.
    virtual std::vector<ChangeEntry> changes(const QString& /*clientId*/, const std::string& /*currency*/) {
        return {};
    }
    /// Adds a dated note (about a saved plan when `planId` is not empty); an error sentence or empty.
    virtual QString addNote(const QString& /*clientId*/, const QString& /*text*/, const QString& /*planId*/) {
        return noPlans();
    }

protected:
    /// The own goals of a source that does not keep them, by client, for this window only.
    std::map<QString, std::vector<OwnGoal>> windowGoals_;

    static QString noPlans() {
        return QCoreApplication::translate("cairn::app::DataSource",
                                           "Saved plans and notes are kept in a workspace; this window works from "
                                           "files. Open Cairn without --files to keep them.");
    }
};

} // namespace cairn::app
