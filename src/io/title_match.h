#pragma once

#include <QString>
#include <QStringList>

namespace cairn::io::detail {

/// A title or query as occupation search compares them: single spaces, case-folded.
inline QString foldedTitle(const QString& text) {
    return text.simplified().toCaseFolded();
}

/// How well `label` answers `query` (both folded, `words` the query's words): 0 exact, 1 the
/// label begins with the query, 2 the label holds all its words, -1 not at all.
inline int titleMatchRank(const QString& label, const QString& query, const QStringList& words) {
    if (label == query)
        return 0;
    if (label.startsWith(query))
        return 1;
    for (const QString& w : words)
        if (!label.contains(w))
            return -1;
    return 2;
}

} // namespace cairn::io::detail
