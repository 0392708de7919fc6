#pragma once

#include <QString>
#include <QtGlobal>

namespace cairn::store {

/// One catalog of the workspace as listed: enough to choose it without loading it.
struct CatalogSummary {
    qint64 id = 0;
    QString name;
    QString revision; ///< the catalog's own label plus the workspace's edit count, e.g. "2026.1+3"
    int credentials = 0;
    int skills = 0;
    int goals = 0;
    QString updatedAt; ///< ISO 8601 UTC
    int offers = 0;    ///< ways to pay other than a credential's own cost (catalog format version 2)

    bool operator==(const CatalogSummary&) const = default;
};

} // namespace cairn::store
