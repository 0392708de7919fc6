#pragma once

// What every refused save has in common, whatever was saved: the fields whose two sides differ,
// and what the person chooses. A client (client_conflict.h) and a catalog entry
// (catalog_conflict.h) each say how their fields read.

#include <QString>
#include <vector>

namespace cairn::app {

/// What the person chooses for a conflict.
enum class ConflictChoice {
    KeepMine,   ///< save this window's version over theirs, as the next version
    TakeTheirs, ///< drop this window's edits and show what is stored
    Merge,      ///< this window's version, with both sides' free texts kept
    Cancel,     ///< decide later: nothing is saved, the window keeps its edits
};

/// One field whose two sides differ, as shown to the person.
struct FieldDifference {
    QString field;
    QString mine;
    QString theirs;
    bool freeText = false; ///< both texts can be kept (ConflictChoice::Merge)

    bool operator==(const FieldDifference&) const = default;
};

/// A refused save as the person is asked about it.
struct ConflictView {
    /// What was saved, for the words of the choices.
    enum class Subject { Client, Credential, Skill };
    Subject subject = Subject::Client;
    QString message; ///< the workspace's sentence: what was changed, and that nothing was saved
    std::vector<FieldDifference> differences;
};

/// Whether a free-text field differs, so that Merge means something.
bool canMerge(const std::vector<FieldDifference>& differences);

/// Both texts, theirs first, when they differ; one of them when they are the same or one is empty.
QString bothTexts(const QString& mine, const QString& theirs);

} // namespace cairn::app
