#pragma once

#include "cairn/engine/catalog.h"
#include "cairn/engine/profile.h"
#include "cairn/engine/requirement.h"

#include <map>
#include <set>
#include <string>

namespace cairn {

/// What a learner holds at some moment: skills at levels and credentials done or planned.
/// Requirements are evaluated against holdings.
struct Holdings {
    std::map<std::string, int, std::less<>> skills; ///< skill id → highest level held
    std::set<std::string, std::less<>> credentials;

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
