#pragma once

#include "cairn/io/badge_read.h"

#include <cairn/engine/catalog.h>
#include <cairn/engine/profile.h>
#include <string>
#include <vector>

namespace cairn::io::badges {

/// What an achievement is to the catalog.
struct Match {
    enum class By {
        Alignment, ///< an alignment's targetCode or targetUrl names the credential's CTID (or id)
        Name,      ///< the credential of that title, its kind agreeing with the achievementType
        None,      ///< no credential, or more than one of that title
    };
    enum class Standing { Valid, Expired, Revoked };

    std::size_t achievement = 0; ///< index in BadgeRead::achievements
    std::string credential;      ///< empty when By::None
    By by = By::None;
    Standing standing = Standing::Valid;
    std::vector<std::string> candidates; ///< for By::None: the credentials that share its name

    /// Only a matched achievement that is neither expired nor revoked counts as completed.
    [[nodiscard]] bool counts() const { return by != By::None && standing == Standing::Valid; }
};

/// Matches every achievement to the catalog, in order; `today` decides what has expired.
std::vector<Match> matchAchievements(const std::vector<Achievement>& achievements, const Catalog& catalog, Date today);

/// Adds each match that counts to the profile's completed credentials, with the dates the
/// achievement gives (issued, expires). A credential already completed keeps its place and gets the
/// dates of its most recent award. Returns how many credentials were added.
int addToProfile(const std::vector<Match>& matches, const std::vector<Achievement>& achievements, Profile& profile);

} // namespace cairn::io::badges
