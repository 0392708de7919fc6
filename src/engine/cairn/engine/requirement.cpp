#include "cairn/engine/requirement.h"

namespace cairn {

Requirement Requirement::credential(std::string id) {
    Requirement r;
    r.kind = Kind::Credential;
    r.id = std::move(id);
    return r;
}

Requirement Requirement::skill(std::string id, int level) {
    Requirement r;
    r.kind = Kind::Skill;
    r.id = std::move(id);
    r.level = level;
    return r;
}

Requirement Requirement::all(std::vector<Requirement> members) {
    Requirement r;
    r.kind = Kind::All;
    r.members = std::move(members);
    return r;
}

Requirement Requirement::any(std::vector<Requirement> members) {
    Requirement r;
    r.kind = Kind::Any;
    r.members = std::move(members);
    return r;
}

Requirement Requirement::atLeast(int k, std::vector<Requirement> members) {
    Requirement r;
    r.kind = Kind::AtLeast;
    r.k = k;
    r.members = std::move(members);
    return r;
}

int Requirement::needed() const {
    switch (kind) {
    case Kind::All:
        return static_cast<int>(members.size());
    case Kind::Any:
        return 1;
    case Kind::AtLeast:
        return k;
    default:
        return 0;
    }
}

std::string Requirement::itemText() const {
    if (kind == Kind::Credential)
        return "cred:" + id;
    if (kind == Kind::Skill)
        return "skill:" + id + "@" + std::to_string(level);
    return {};
}

} // namespace cairn
