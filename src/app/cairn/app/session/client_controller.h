#pragma once

#include "cairn/app/data/client_conflict.h"

#include <QObject>
#include <QTimer>
#include <functional>
#include <memory>
#include <string>

namespace cairn {
struct Catalog;
struct Credential;
struct Skill;
} // namespace cairn

namespace cairn::app {

class DataSource;
class PlanningSession;
struct ClientEntry;
struct OwnGoal;

/// Connects the session to where its data lives: loads the catalog and clients, switches
/// clients, saves the client shortly after each edit, and writes catalog edits. Its owner calls
/// saveNow() before destroying it, while the session still exists.
class ClientController : public QObject {
    Q_OBJECT

public:
    ClientController(PlanningSession* session, std::unique_ptr<DataSource> source, QObject* parent = nullptr);
    ~ClientController() override;

    [[nodiscard]] DataSource* source() const { return source_.get(); }

    /// Loads the catalog and the client `preferredClient` (an id or a name, see clientMeant), or
    /// the first one. False when the catalog could not be read; `error` says why.
    bool start(const QString& preferredClient, const QString& preferredGoal, QString* error);
    /// Switches to another client, saving the current one first.
    bool selectClient(const QString& clientId, QString* error);
    /// Creates a client and switches to them.
    bool createClient(const QString& name, QString* error);
    /// Adds a client from a profile file (file mode only) and switches to them.
    bool addProfileFile(const QString& path, QString* error);
    /// Plans with the catalog file at `path`: in a workspace it is added to the workspace and a
    /// client who plans with it is opened (a new one when there is none); working from files, it
    /// replaces the catalog file. False with `error` set when it cannot be read; nothing changes.
    bool openCatalogFile(const QString& path, QString* error);
    /// Replaces the source: another catalog file or workspace.
    bool replaceSource(std::unique_ptr<DataSource> source, QString* error);
    /// Writes the current client now; an error sentence, empty on success. A save refused because
    /// someone else saved the client meanwhile goes to the conflict resolver, when there is one.
    QString saveNow();

    /// Asks the person what to do about a refused save of a client or a catalog entry (the
    /// window shows a dialog; tests answer directly). Without one, a refused save is only
    /// reported.
    using ConflictResolver = std::function<ConflictChoice(const ConflictView&)>;
    void setConflictResolver(ConflictResolver resolver) { resolver_ = std::move(resolver); }

    /// Keeps `goal` as one of the current client's own goals, under its id or, when that is
    /// empty, a new one written into it; an error sentence, empty on success.
    QString saveOwnGoal(OwnGoal& goal);
    QString deleteOwnGoal(const std::string& goalId);

    /// Adds or replaces a credential (`previousId` empty to add); an error sentence, empty on
    /// success. An edit refused because someone else saved the same credential since the
    /// window read the catalog goes to the conflict resolver: Take theirs counts as done (the
    /// window shows theirs), Cancel returns the refusal and the window shows theirs.
    QString saveCredential(const Credential& credential, const std::string& previousId);
    QString deleteCredential(const std::string& credentialId);
    /// As saveCredential(), for a skill.
    QString saveSkill(const Skill& skill, const std::string& previousId);
    QString deleteSkill(const std::string& skillId);

    /// Reads the catalog again when someone else changed it since (a team's server), so that
    /// the window plans with their prices and shows their edits. True when the catalog shown
    /// changed; an error leaves the window as it was, with `error` set.
    bool refreshCatalog(QString* error);

signals:
    /// The list of clients or the current client changed.
    void clientsChanged();
    /// Something could not be saved; the sentence says what.
    void saveFailed(const QString& message);

private:
    /// Carries out the person's choices until the save goes through or they cancel.
    QString resolve(ClientConflict conflict);
    /// Saves a credential or a skill through `save`, asking the resolver when it is refused.
    template <class Entry, class Save, class Find>
    QString saveCatalogEntry(Entry entry, const std::string& previousId, ConflictView::Subject subject, Save save,
                             Find find);
    void showIfReloaded(Catalog catalog);

    ConflictResolver resolver_;
    std::unique_ptr<DataSource> source_;
    PlanningSession* session_;
    QTimer autosave_;
};

} // namespace cairn::app
