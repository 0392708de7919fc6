#pragma once

#include <QString>
#include <cairn/engine/catalog.h>
#include <cairn/io/badge_match.h>
#include <optional>
#include <vector>

namespace cairn::cli {

/// What `import-badges` found, as a person reads it: one line per achievement (what it matched,
/// how, its dates, whether it counts, whether its file carried a proof), then the files that
/// could not be read. All of its wording is here. The skills its alignments name are said to be
/// added at `skillLevel`, or without it, to need --skill-level.
QString badgesReportText(const io::badges::BadgeRead& read, const std::vector<io::badges::Match>& matches,
                         const Catalog& catalog, std::optional<int> skillLevel = std::nullopt);

} // namespace cairn::cli
