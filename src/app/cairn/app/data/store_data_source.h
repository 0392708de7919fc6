#pragma once

#ifdef HAVE_CAIRN_STORE

#include "cairn/app/data/data_source.h"

#include <QCoreApplication>
#include <cairn/store/workspace.h>
#include <map>
#include <memory>
#include <utility>

namespace cairn::app {

/// Catalog and clients from the workspace database. Each client plans against their own
/// catalog; catalog edits are written to the database and survive the window.
class StoreDataSource : public DataSource {
    Q_DECLARE_TR_FUNCTIONS(StoreDataSource)

public:
    /// Opens the workspace at `path` (the default location when empty); null with `error` set
    /// when it cannot be opened. `importCatalog`, when given, is added to the workspace and
    /// becomes the catalog new clients plan against. `password` is for a workspace on a server,
    /// as typed in File → Connect to team workspace…; it is not kept.
    static std::unique_ptr<StoreDataSource> open(const QString& path, const QString& importCatalog, QString* error,
                                                 const QString& password = {});

    [[nodiscard]] QString description() const override;
    std::optional<Catalog> loadCatalog(QString* error) override;
    std::optional<Catalog> catalogForClient(const QString& clientId, QString* error) override;
    [[nodiscard]] bool isNewWorkspace() const override { return created_; }
    [[nodiscard]] QString serverAddress() const override;
    bool watchChanges(QObject* context, std::function<void()> changed) override {
        return workspace_->watchChanges(context, std::move(changed));
    }
    [[nodiscard]] bool connected() const override { return workspace_->connected(); }
    QString reconnect() override;
    [[nodiscard]] bool keepsCatalogs() const override { return true; }
    bool addCatalogFile(const QString& path, QString* error) override;
    QString initialClient() override;
    std::vector<ClientEntry> clients() override;
    ClientPage clientPage(int limit) override;
    QString findClient(const QString& text) override;
    std::optional<Profile> loadClient(const QString& id, QString* error) override;
    QString saveClient(const QString& id, const Profile& profile, const std::string& goal) override;
    QString createClient(const QString& name, QString* error) override;
    std::optional<ClientConflict> takeClientConflict() override;
    QString resolveClientConflict(const ClientConflict& conflict, ConflictChoice choice) override;
    std::vector<OwnGoal> ownGoals(const QString& clientId, QString* error) override;
    QString saveOwnGoal(const QString& clientId, OwnGoal& goal) override;
    QString deleteOwnGoal(const QString& clientId, const std::string& goalId) override;
    [[nodiscard]] bool keepsCatalogEdits() const override { return true; }
    QString saveCredential(const Credential& credential, const std::string& previousId, Catalog& catalog) override;
    QString deleteCredential(const std::string& id, Catalog& catalog) override;
    QString saveSkill(const Skill& skill, const std::string& previousId, Catalog& catalog) override;
    QString deleteSkill(const std::string& id, Catalog& catalog) override;
    std::optional<QString> takeStaleEdit() override;
    bool catalogChangedElsewhere() override;
    [[nodiscard]] bool keepsPlans() const override { return true; }
    std::vector<CaseloadEntry> caseload() override;
    CaseloadPage caseloadPage(const QString& search, int offset, int limit) override;
    std::vector<PlanVersionEntry> planHistory(const QString& clientId, const Catalog& catalog) override;
    std::optional<PlanInputs> planInputs(const QString& planId, QString* error) override;
    std::vector<PlanVersionEntry> plansForGoal(const QString& clientId, const std::string& goalId) override;
    std::optional<SavedPlanView> savedPlan(const QString& planId, const Catalog& catalog, QString* error) override;
    QString savePlan(const QString& clientId, const Profile& profile, const PlanInputs& inputs, const Plan& plan,
                     const QString& title, const QString& note) override;
    std::vector<NoteEntry> notes(const QString& clientId) override;
    std::vector<ChangeEntry> changes(const QString& clientId, const std::string& currency) override;
    QString addNote(const QString& clientId, const QString& text, const QString& planId) override;

    [[nodiscard]] store::Workspace& workspace() const { return *workspace_; }

private:
    explicit StoreDataSource(std::unique_ptr<store::Workspace> workspace) : workspace_(std::move(workspace)) {}
    QString reload(Catalog& catalog);
    static std::optional<int> versionRead(const std::map<std::string, int>& versions, const std::string& id);
    /// A catalog edit refused as stale (or of an item deleted meanwhile): the catalog as stored
    /// now in `catalog`, and the sentence saying so.
    QString staleEdit(const store::Error& error, Catalog& catalog);
    /// The client's own catalog when it is not the one loaded now.
    std::optional<Catalog> ownCatalog(qint64 clientId);
    /// What changes with every edit of the loaded catalog, empty when it cannot be read.
    [[nodiscard]] QString catalogStamp() const;

    /// Saves `updated` over the version `base` was read at, remembering the new version, or the
    /// conflict when someone else saved since.
    QString saveOver(const store::Client& base, store::Client updated);

    /// What the caseload names from a client's catalog.
    struct CatalogNames {
        std::string currency;
        std::map<std::string, QString> goals; ///< goal titles by id
    };
    /// The names of catalog `catalogId`, read once for all the clients planning against it
    /// (empty when it cannot be read).
    const CatalogNames& catalogNames(qint64 catalogId);

    std::unique_ptr<store::Workspace> workspace_;
    std::map<qint64, CatalogNames> catalogNames_;
    qint64 catalogId_ = 0;
    /// Each client as this window last read or saved them, with their row version: a save
    /// writes over that version only, so that someone else's save in between is not lost.
    std::map<QString, store::Client> opened_;
    /// The last refused save, and the client as stored when it was refused.
    std::optional<std::pair<ClientConflict, store::Client>> conflict_;
    std::optional<QString> staleEdit_; ///< the sentence of the last catalog edit refused as stale
    /// The versions of the clients' own goals when they were read, by client and goal id.
    std::map<std::pair<QString, std::string>, int> goalVersions_;
    /// The versions of the loaded catalog's credentials and skills when it was read.
    store::CatalogItemVersions itemVersions_;
    /// The loaded catalog's revision, edit time and row version when it was read: another
    /// connection's edit changes one of them.
    QString catalogStamp_;
    /// A catalog was just added (on the command line or from the menu): the first client
    /// opened is one who plans with it.
    bool catalogJustAdded_ = false;
    bool created_ = false;
};

} // namespace cairn::app

#endif
