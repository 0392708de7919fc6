#pragma once

#include "cairn/engine/catalog.h"
#include "cairn/engine/profile.h"
#include "cairn/engine/requirement.h"

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace cairn {

/// Hashes an id held as std::string or looked up as std::string_view alike.
struct IdHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view id) const noexcept { return std::hash<std::string_view>{}(id); }
};

/// What a learner holds at some moment: skills at levels and credentials done or planned.
/// Requirements are evaluated against holdings, hundreds of thousands of times while a large
/// catalog is validated: hashed, and looked up without copying the id.
struct Holdings {
    std::unordered_map<std::string, int, IdHash, std::equal_to<>> skills; ///< skill id → highest level held
    std::unordered_set<std::string, IdHash, std::equal_to<>> credentials;

    /// The profile's own skills and completed credentials, plus what those credentials grant.
    static Holdings fromProfile(const Profile& profile, const Catalog& catalog);

    void addSkill(const std::string& skill, int level);
    /// Adds the credential and every skill it grants.
    void addCredential(const Credential& credential);

    [[nodiscard]] int level(std::string_view skill) const;
    [[nodiscard]] bool has(const Requirement& item) const;
};

/// True when `r` holds for `h`. A group "at least k of" counts distinct members.
bool isSatisfied(const Requirement& r, const Holdings& h);

} // namespace cairn
