#pragma once

#include "cairn/app/data/conflict.h"

#include <cairn/engine/profile.h>
#include <vector>

namespace cairn::app {

/// A client's details as one side of a conflict has them.
struct ClientDetails {
    QString name;
    QString contact; ///< free text
    QString notes;   ///< free text
    Profile profile;

    bool operator==(const ClientDetails&) const = default;
};

/// A save of a client that the workspace refused because someone else saved them since this
/// window opened them: what this window would have saved and what is stored now.
struct ClientConflict {
    QString clientId;
    QString message; ///< the workspace's sentence: who was changed, and that nothing was saved
    ClientDetails mine;
    ClientDetails theirs;
};

/// The fields of a client that differ between the two sides, in the order a person reads a
/// profile: name, contact, notes, goal, skills, and the rest.
std::vector<FieldDifference> differences(const ClientDetails& mine, const ClientDetails& theirs);

/// `mine`, with each free-text field that differs holding both texts: theirs, then mine.
ClientDetails merged(const ClientDetails& mine, const ClientDetails& theirs);

/// The conflict as the person is asked about it.
ConflictView viewOf(const ClientConflict& conflict);

} // namespace cairn::app
