#include "cairn/engine/catalog.h"

#include <algorithm>

namespace cairn {

namespace {
template <typename T> const T* findById(const std::vector<T>& items, std::string_view id) {
    const auto it = std::find_if(items.begin(), items.end(), [&](const T& x) { return x.id == id; });
    return it == items.end() ? nullptr : &*it;
}
} // namespace

const Skill* Catalog::findSkill(std::string_view id) const {
    return findById(skills, id);
}
const Credential* Catalog::findCredential(std::string_view id) const {
    return findById(credentials, id);
}
const Program* Catalog::findProgram(std::string_view id) const {
    return findById(programs, id);
}
const Goal* Catalog::findGoal(std::string_view id) const {
    return findById(goals, id);
}
const Offer* Catalog::findOffer(std::string_view id) const {
    return findById(offers, id);
}

std::vector<int> Catalog::offersFor(const Credential& credential) const {
    std::vector<int> out;
    for (std::size_t i = 0; i < offers.size(); ++i)
        if (offers[i].coversCredential(credential))
            out.push_back(static_cast<int>(i));
    return out;
}

int Credential::grantLevel(const std::string& skill) const {
    int best = 0;
    for (const auto& g : grants)
        if (g.skill == skill)
            best = std::max(best, g.level);
    return best;
}

} // namespace cairn
