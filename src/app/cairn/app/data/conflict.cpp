#include "cairn/app/data/conflict.h"

#include <algorithm>

namespace cairn::app {

bool canMerge(const std::vector<FieldDifference>& differences) {
    return std::any_of(differences.begin(), differences.end(), [](const FieldDifference& d) { return d.freeText; });
}

QString bothTexts(const QString& mine, const QString& theirs) {
    if (mine == theirs || mine.isEmpty())
        return theirs;
    if (theirs.isEmpty())
        return mine;
    return theirs + QStringLiteral("\n") + mine;
}

} // namespace cairn::app
