#pragma once

#include <QCoreApplication>
#include <QString>
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

/// What the person chooses for a conflict.
enum class ConflictChoice {
    KeepMine,   ///< save this window's details over theirs, as the next version
    TakeTheirs, ///< drop this window's edits and show what is stored
    Merge,      ///< this window's details, with both sides' free texts kept
    Cancel,     ///< decide later: nothing is saved, the window keeps its edits
};

/// One field whose two sides differ, as shown to the person.
struct FieldDifference {
    QString field;
    QString mine;
    QString theirs;
    bool freeText = false; ///< both texts can be kept (ConflictChoice::Merge)
};

/// The fields of a client that differ between the two sides, in the order a person reads a
/// profile: name, contact, notes, goal, skills, and the rest.
std::vector<FieldDifference> differences(const ClientDetails& mine, const ClientDetails& theirs);

/// Whether a free-text field differs, so that Merge means something.
bool canMerge(const std::vector<FieldDifference>& differences);

/// `mine`, with each free-text field that differs holding both texts: theirs, then mine.
ClientDetails merged(const ClientDetails& mine, const ClientDetails& theirs);

} // namespace cairn::app
