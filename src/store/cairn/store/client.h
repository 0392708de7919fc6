#pragma once

#include <QString>
#include <QtGlobal>
#include <cairn/engine/profile.h>
#include <optional>
#include <string>

namespace cairn::store {

/// A person an advisor works with (or the learner themself): who they are and where they stand.
struct Client {
    qint64 id = 0; ///< assigned by the workspace; 0 for a client not saved yet
    QString name;
    QString contact;
    QString notes;
    Profile profile;                 ///< including the goal they aim for
    std::optional<qint64> catalogId; ///< the catalog they plan against, none when not chosen
    QString createdAt;               ///< ISO 8601 UTC, set by the workspace
    /// The advisor it belongs to: their database role on a server (set by the workspace to
    /// whoever adds the client; a manager reassigns it), empty in a workspace file.
    QString owner;
    /// The row's version when it was read, 1 for a new client; updateClient() saves only over
    /// this version, so a save that would overwrite someone else's is refused.
    int rowVersion = 0;

    bool operator==(const Client&) const = default;
};

} // namespace cairn::store
