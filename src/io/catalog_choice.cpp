#include "cairn/io/catalog_choice.h"

#include "cairn/io/catalog_json.h"

#include <algorithm>
#include <cairn/engine/validation.h>
#include <limits>

namespace cairn::io {

namespace {

std::ptrdiff_t errorsAgainst(const QString& catalogPath, const Profile& profile) {
    const auto catalog = readCatalogFile(catalogPath);
    if (!catalog.ok())
        return std::numeric_limits<std::ptrdiff_t>::max();
    const auto problems = validateProfile(*catalog.value, profile);
    return std::count_if(problems.begin(), problems.end(),
                         [](const Problem& p) { return p.severity == Problem::Severity::Error; });
}

} // namespace

QString catalogWrittenFor(const Profile& profile, const QStringList& catalogPaths) {
    QString best;
    auto fewest = std::numeric_limits<std::ptrdiff_t>::max();
    for (const QString& path : catalogPaths) {
        const auto errors = errorsAgainst(path, profile);
        if (best.isEmpty() || errors < fewest) {
            best = path;
            fewest = errors;
        }
    }
    return best;
}

} // namespace cairn::io
