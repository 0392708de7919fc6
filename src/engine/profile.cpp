#include "cairn/engine/profile.h"

#include <algorithm>

namespace cairn {

std::vector<std::string> lapsedOnStart(const Profile& profile) {
    std::vector<std::string> lapsed;
    for (const auto& id : profile.completed) {
        const auto dates = std::find_if(profile.completedDates.begin(), profile.completedDates.end(),
                                        [&](const CompletionDates& d) { return d.credential == id; });
        if (dates != profile.completedDates.end() && dates->expires && *dates->expires < profile.start)
            lapsed.push_back(id);
    }
    return lapsed;
}

Profile heldOnStart(const Profile& profile) {
    const std::vector<std::string> lapsed = lapsedOnStart(profile);
    if (lapsed.empty())
        return profile;
    Profile held = profile;
    std::erase_if(held.completed,
                  [&](const std::string& id) { return std::find(lapsed.begin(), lapsed.end(), id) != lapsed.end(); });
    return held;
}

} // namespace cairn
