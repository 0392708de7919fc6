#pragma once

#include <QString>

namespace cairn::store {

/// What a person on a team workspace may do. Each is a PostgreSQL group role that the server
/// itself enforces (docs/architecture.md, "Roles on a team workspace"); a workspace file, being
/// one person's, has none.
enum class TeamRole {
    Advisor,       ///< cairn_advisor: their own clients and those shared with them
    Manager,       ///< cairn_manager: every client, reassigning them, and the catalogs
    CatalogEditor, ///< cairn_catalog_editor: the catalogs, and no client
};

/// One person who may log in to a team workspace.
struct TeamMember {
    QString name; ///< their login role on the server
    TeamRole role = TeamRole::Advisor;

    bool operator==(const TeamMember&) const = default;
};

/// What `team init` found.
enum class TeamSetUp {
    Done,         ///< the schema, the roles, the grants and the policies were set up now
    AlreadySetUp, ///< the database already had them; nothing was changed
};

} // namespace cairn::store
