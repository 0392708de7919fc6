#pragma once

#include <QString>
#include <cairn/engine/catalog.h>
#include <cairn/engine/profile.h>
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

    /// The client the source wants opened first (e.g. one planning against a catalog named on
    /// the command line); empty to leave the choice to the window.
    virtual QString initialClient() { return {}; }

    virtual std::vector<ClientEntry> clients() = 0;
    virtual std::optional<Profile> loadClient(const QString& id, QString* error) = 0;
    virtual QString saveClient(const QString& id, const Profile& profile, const std::string& goal) = 0;
    /// Creates a client with a default profile; its id, or empty with `error` set.
    virtual QString createClient(const QString& name, QString* error) = 0;

    /// Whether catalog edits are kept (a database) or only live in this window (a file).
    [[nodiscard]] virtual bool keepsCatalogEdits() const = 0;
    /// Adds or replaces a credential (`previousId` empty to add); the catalog written must
    /// stay valid. On success `catalog` holds the catalog as now stored.
    virtual QString saveCredential(const Credential& credential, const std::string& previousId, Catalog& catalog) = 0;
    virtual QString deleteCredential(const std::string& id, Catalog& catalog) = 0;
    virtual QString saveSkill(const Skill& skill, const std::string& previousId, Catalog& catalog) = 0;
    virtual QString deleteSkill(const std::string& id, Catalog& catalog) = 0;
};

} // namespace cairn::app
