#pragma once

#include "cairn/io/badge_read.h"

#include <cairn/engine/catalog.h>
#include <cairn/engine/profile.h>
#include <string>
#include <vector>

namespace cairn::io::badges {

/// A skill of the catalog that one of an achievement's alignments names: the learner holds it, at a
/// level they confirm (an alignment gives none).
struct AlignedSkill {
    /// How the alignment names the skill.
    enum class By {
        Esco, ///< its targetUrl or targetCode is the skill's `esco` URI
        Onet, ///< its targetCode or targetName is the skill's `onet` (element id, technology name, SOC code)
        Id,   ///< its targetCode is the skill's id, or its targetUrl Cairn's `urn:cairn:skill:ID`
    };
    std::string skill;         ///< the catalog skill's id
    std::size_t alignment = 0; ///< index in Achievement::alignments of the first alignment naming it
    By by = By::Id;

    bool operator==(const AlignedSkill&) const = default;
};

/// The level an aligned skill is offered at until the learner chooses another: 2, *Working*, the
/// level the CTDL import gives competencies for the same reason (nothing says more).
constexpr int kAlignedSkillLevel = 2;

/// What an achievement is to the catalog.
struct Match {
    enum class By {
        Alignment, ///< an alignment's targetCode or targetUrl names the credential's CTID (or id)
        Added,     ///< the credential made from it earlier (credentialFrom), by its id
        Name,      ///< the credential of that title, its kind agreeing with the achievementType
        None,      ///< no credential, or more than one of that title
    };
    enum class Standing { Valid, Expired, Revoked };

    std::size_t achievement = 0; ///< index in BadgeRead::achievements
    std::string credential;      ///< empty when By::None
    By by = By::None;
    Standing standing = Standing::Valid;
    std::vector<std::string> candidates; ///< for By::None: the credentials that share its name
    /// The catalog's skills its alignments name, each once, in the order of the alignments; none
    /// for a revoked achievement, whose file withdraws what it says.
    std::vector<AlignedSkill> skills;

    /// Only a matched achievement that is neither expired nor revoked counts as completed.
    [[nodiscard]] bool counts() const { return by != By::None && standing == Standing::Valid; }
};

/// Matches every achievement to the catalog, in order; `today` decides what has expired.
std::vector<Match> matchAchievements(const std::vector<Achievement>& achievements, const Catalog& catalog, Date today);

/// Adds each match that counts to the profile's completed credentials, with the dates the
/// achievement gives (issued, expires). A credential already completed keeps its place and gets the
/// dates of its most recent award. Returns how many credentials were added.
int addToProfile(const std::vector<Match>& matches, const std::vector<Achievement>& achievements, Profile& profile);

/// The catalog's skills that the achievement's alignments name, each once (see AlignedSkill).
std::vector<AlignedSkill> alignedSkills(const Achievement& achievement, const Catalog& catalog);

/// A credential for the catalog made from an achievement that matches none, for the learner to hold:
/// its name as title, its issuer as provider, its description, its criteria page as url, cost and
/// hours 0 marked as estimated (a badge says neither). Its id is addedId(): imported again, the
/// achievement matches it (By::Added) whatever its title has become.
Credential credentialFrom(const Achievement& achievement);

/// The id credentialFrom() gives: "badge-", a readable part of the name and 8 hex digits of the
/// SHA-1 of the achievement's id (else of its name and issuer), the same on every import.
std::string addedId(const Achievement& achievement);

/// Adds each confirmed skill to the profile's held skills, at the higher of the level it holds and
/// the confirmed one. Returns how many skills were added or raised.
int addSkillsToProfile(const std::vector<SkillLevel>& confirmed, Profile& profile);

} // namespace cairn::io::badges
