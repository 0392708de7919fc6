#include "cairn/text/transfer_words.h"

#include <QStringList>

namespace cairn::text {

// English has no plural forms without a translation loaded, so one is written apart.

QString TransferWords::catalog(const QString& name) {
    return tr("catalog %1").arg(name);
}

QString TransferWords::client(const QString& name) {
    return tr("client %1").arg(name);
}

QString TransferWords::copied(const QString& item, bool dryRun) {
    return (dryRun ? tr("Would copy: %1") : tr("Copied: %1")).arg(item);
}

QString TransferWords::alreadyThere(const QString& item) {
    return tr("Already there: %1").arg(item);
}

QString TransferWords::conflict(const QString& item, const QString& why) {
    return tr("Conflict: %1: %2").arg(item, why);
}

QString TransferWords::nothingCopied(const QString& target) {
    return tr("Nothing was copied to %1.").arg(target);
}

QString TransferWords::catalogs(int n) {
    return n == 1 ? tr("1 catalog") : tr("%1 catalogs").arg(n);
}

QString TransferWords::clients(int n) {
    return n == 1 ? tr("1 client") : tr("%1 clients").arg(n);
}

/// "with 12 saved plans, 3 notes and 1 own goal", empty when the clients bring none.
QString TransferWords::with(const Counts& c) {
    QStringList parts;
    if (c.plans > 0)
        parts << (c.plans == 1 ? tr("1 saved plan") : tr("%1 saved plans").arg(c.plans));
    if (c.notes > 0)
        parts << (c.notes == 1 ? tr("1 note") : tr("%1 notes").arg(c.notes));
    if (c.goals > 0)
        parts << (c.goals == 1 ? tr("1 own goal") : tr("%1 own goals").arg(c.goals));
    if (parts.isEmpty())
        return {};
    const QString last = parts.takeLast();
    const QString list = parts.isEmpty() ? last : tr("%1 and %2").arg(parts.join(QStringLiteral(", ")), last);
    return tr(" with %1").arg(list);
}

QString TransferWords::summary(const Counts& c, const QString& target, bool dryRun) {
    const QString there = tr("%1 and %2 already there").arg(catalogs(c.sameCatalogs), clients(c.sameClients));
    if (c.conflicts == 1)
        return tr("Nothing was copied to %1: 1 catalog or client differs from the one of the same name there. Rename "
                  "it or bring the two together, then copy again.")
            .arg(target);
    if (c.conflicts > 1)
        return tr("Nothing was copied to %1: %2 catalogs or clients differ from those of the same name there. Rename "
                  "them or bring them together, then copy again.")
            .arg(target)
            .arg(c.conflicts);
    if (dryRun)
        return tr("Would copy %1 and %2%3 to %4; %5. Nothing was written (dry run).")
            .arg(catalogs(c.catalogs), clients(c.clients), with(c), target, there);
    if (c.catalogs == 0 && c.clients == 0)
        return tr("Nothing to copy to %1: %2.").arg(target, there);
    return tr("Copied %1 and %2%3 to %4; %5.").arg(catalogs(c.catalogs), clients(c.clients), with(c), target, there);
}

} // namespace cairn::text
