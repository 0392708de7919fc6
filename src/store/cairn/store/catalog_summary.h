#pragma once

#include <QString>
#include <QtGlobal>
#include <map>
#include <string>

namespace cairn::store {

/// One catalog of the workspace as listed: enough to choose it without loading it.
struct CatalogSummary {
    qint64 id = 0;
    QString name;
    QString revision; ///< the catalog's own label plus the workspace's edit count, e.g. "2026.1+3"
    int credentials = 0;
    int skills = 0;
    int goals = 0;
    QString updatedAt;            ///< ISO 8601 UTC
    std::string currency = "USD"; ///< ISO 4217, what its costs are in
    int offers = 0;               ///< ways to pay other than a credential's own cost (catalog format version 2)
    /// The catalog row's version when it was read (its name); renameCatalog() saves only over it.
    int rowVersion = 0;

    bool operator==(const CatalogSummary&) const = default;
};

/// The versions of a catalog's credentials and skills when they were read, by id: what an editor
/// passes back to saveCredential() and saveSkill() so that a stale edit is refused.
struct CatalogItemVersions {
    std::map<std::string, int> credentials;
    std::map<std::string, int> skills;

    bool operator==(const CatalogItemVersions&) const = default;
};

} // namespace cairn::store
