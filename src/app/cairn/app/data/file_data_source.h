#pragma once

#include "cairn/app/data/data_source.h"

#include <QCoreApplication>
#include <QString>
#include <map>
#include <set>

namespace cairn::app {

/// Catalog and clients from JSON files: the catalog from a file (the bundled sample when none
/// is given), clients from the bundled demo profiles and any profile files opened. Profiles
/// opened from files are written back to them; catalog edits live only in the window.
class FileDataSource : public DataSource {
    Q_DECLARE_TR_FUNCTIONS(FileDataSource)

public:
    explicit FileDataSource(QString catalogPath);

    /// Adds a client read from `path`; its id, or empty with `error` set.
    QString addProfileFile(const QString& path, QString* error);

    [[nodiscard]] QString description() const override;
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

    QString catalogPath_;
    std::map<QString, Entry> clients_;                                  ///< by id, ordered for a stable picker
    std::set<std::string> knownSkills_, knownCredentials_, knownGoals_; ///< of the catalog last loaded
    int nextId_ = 1;
};

} // namespace cairn::app
