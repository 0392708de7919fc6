#pragma once

#include <QCoreApplication>
#include <QString>

namespace cairn::text {

/// What copying a workspace to another (`cairn-cli team push` and `team pull`) did, in words:
/// one line per catalog or client, then a summary. Why a catalog or client is in conflict is a
/// message of the store's (text::MessageWords).
class TransferWords {
    Q_DECLARE_TR_FUNCTIONS(TransferWords)

public:
    /// How many of each the copy took, or would take.
    struct Counts {
        int catalogs = 0;
        int clients = 0;
        int plans = 0;
        int notes = 0;
        int goals = 0;
        int sameCatalogs = 0;
        int sameClients = 0;
        int conflicts = 0;
    };

    /// "catalog Cairn sample catalog", "client Maria Alvarez".
    [[nodiscard]] static QString catalog(const QString& name);
    [[nodiscard]] static QString client(const QString& name);
    /// "Copied: client Maria Alvarez", or on a dry run "Would copy: client Maria Alvarez".
    [[nodiscard]] static QString copied(const QString& item, bool dryRun);
    /// "Already there: catalog Cairn sample catalog".
    [[nodiscard]] static QString alreadyThere(const QString& item);
    /// "Conflict: client Maria Alvarez: the target has 3 saved plans, this workspace 4".
    [[nodiscard]] static QString conflict(const QString& item, const QString& why);
    /// "Nothing was copied to TARGET.": after an error, which undid the whole copy.
    [[nodiscard]] static QString nothingCopied(const QString& target);
    /// The last line: what was copied to `target` and what was there already; with conflicts, that
    /// nothing was; on a dry run, what would be and that nothing was written.
    [[nodiscard]] static QString summary(const Counts& counts, const QString& target, bool dryRun);

private:
    static QString catalogs(int n);
    static QString clients(int n);
    static QString with(const Counts& counts);
};

} // namespace cairn::text
