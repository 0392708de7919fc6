#pragma once

#include "cairn/app/data/data_source.h"

#include <QCoreApplication>
#include <QString>
#include <map>
#include <memory>
#include <set>

namespace cairn::app {

/// Catalog and clients from JSON files: the catalog from a file (when none is given, the bundled
/// catalog the opened profile was written for, else the bundled sample), clients from the
/// bundled demo profiles that fit that catalog and any profile files opened, the first of which
/// opens first. Profiles opened from files are written back to them; catalog edits live only in
/// the window.
class FileDataSource : public DataSource {
    Q_DECLARE_TR_FUNCTIONS(FileDataSource)

public:
    explicit FileDataSource(QString catalogPath);

    /// The catalog at `catalogPath` with the profile at `profilePath` as the client that opens
    /// first; without a catalog path, the bundled catalog the profile was written for. Null,
    /// with `error` set, when the profile cannot be read.
    static std::unique_ptr<FileDataSource> withProfile(const QString& catalogPath, const QString& profilePath,
                                                       QString* error);

    /// Adds a client read from `path`; its id, or empty with `error` set.
    QString addProfileFile(const QString& path, QString* error);

    [[nodiscard]] QString description() const override;
    QString initialClient() override { return firstFile_; }
    std::optional<Catalog> loadCatalog(QString* error) override;
    std::vector<ClientEntry> clients() override;
    std::optional<Profile> loadClient(const QString& id, QString* error) override;
    QString saveClient(const QString& id, const Profile& profile, const std::string& goal) override;
    QString createClient(const QString& name, QString* error) override;
    [[nodiscard]] bool keepsCatalogEdits() const override { return false; }
    QString saveCredential(const Credential& credential, const std::string& previousId, Catalog& catalog) override;
    QString deleteCredential(const std::string& id, Catalog& catalog) override;
    QString saveSkill(const Skill& skill, const std::string& previousId, Catalog& catalog) override;
    QString deleteSkill(const std::string& id, Catalog& catalog) override;

private:
    struct Entry {
        Profile profile;
        std::string goal;
        QString file; ///< written back on save; empty for demo and new clients
    };
    /// True when every skill, credential and goal the profile names is in the catalog last
    /// loaded: only then can the profile be written back without dropping what it holds.
    [[nodiscard]] bool fitsCatalog(const Profile& profile) const;

    void addDemoClients(); ///< all of them: loadCatalog() keeps those that fit the catalog
    QString addClient(const Profile& profile, const QString& path);

    QString catalogPath_;
    QString firstFile_;                                                 ///< the client of the first profile file opened
    std::map<QString, Entry> clients_;                                  ///< by id, ordered for a stable picker
    std::set<std::string> knownSkills_, knownCredentials_, knownGoals_; ///< of the catalog last loaded
    int nextId_ = 1;
};

} // namespace cairn::app
