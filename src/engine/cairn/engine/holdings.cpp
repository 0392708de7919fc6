#include "cairn/engine/holdings.h"

#include <algorithm>

namespace cairn {

Holdings Holdings::fromProfile(const Profile& profile, const Catalog& catalog) {
    Holdings h;
    for (const auto& s : profile.skills)
        h.addSkill(s.skill, s.level);
    for (const auto& id : profile.completed) {
        if (const Credential* c = catalog.findCredential(id))
            h.addCredential(*c);
        else
            h.credentials.insert(id);
    }
    return h;
}

void Holdings::addSkill(const std::string& skill, int level) {
    auto [it, inserted] = skills.emplace(skill, level);
    if (!inserted)
        it->second = std::max(it->second, level);
}

void Holdings::addCredential(const Credential& credential) {
    credentials.insert(credential.id);
    for (const auto& g : credential.grants)
        addSkill(g.skill, g.level);
}

int Holdings::level(std::string_view skill) const {
    const auto it = skills.find(skill);
    return it == skills.end() ? 0 : it->second;
}

bool Holdings::has(const Requirement& item) const {
    if (item.kind == Requirement::Kind::Credential)
        return credentials.count(item.id) > 0;
    if (item.kind == Requirement::Kind::Skill)
        return level(item.id) >= item.level;
    return false;
}

bool isSatisfied(const Requirement& r, const Holdings& h) {
    switch (r.kind) {
    case Requirement::Kind::None:
        return true;
    case Requirement::Kind::Credential:
    case Requirement::Kind::Skill:
        return h.has(r);
    case Requirement::Kind::All:
        return std::all_of(r.members.begin(), r.members.end(), [&](const auto& m) { return isSatisfied(m, h); });
    case Requirement::Kind::Any:
        return std::any_of(r.members.begin(), r.members.end(), [&](const auto& m) { return isSatisfied(m, h); });
    case Requirement::Kind::AtLeast: {
        int met = 0;
        for (std::size_t i = 0; i < r.members.size(); ++i) {
            // Distinct members: a member written twice counts once.
            const bool duplicate =
                std::find(r.members.begin(), r.members.begin() + static_cast<long>(i), r.members[i]) !=
                r.members.begin() + static_cast<long>(i);
            if (!duplicate && isSatisfied(r.members[i], h))
                ++met;
        }
        return met >= r.k;
    }
    }
    return false;
}

} // namespace cairn
