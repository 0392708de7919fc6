#include "detail/forced_credentials.h"

namespace cairn::detail {

int markForcedCredentials(PlanningProblem& p, const StopClock& clock) {
    auto initially = [&](int a) { return p.atoms[static_cast<std::size_t>(a)].initiallyHeld; };
    // Requirements that every plan must meet: the goal's, and the prerequisites of each
    // credential known to be in every plan (owner >= 0; its own grants never count for it).
    std::vector<std::pair<int, int>> work; // (formula root, owner or -1)
    work.emplace_back(p.goalRoot, -1);
    for (std::size_t i = 0; i < p.credentials.size(); ++i)
        if (p.credentials[i].pinned)
            work.emplace_back(p.credentials[i].root, static_cast<int>(i));
    StopPoll<64> stop(clock);
    int count = 0;
    std::vector<int> mandatory;
    while (!work.empty() && !stop()) {
        const auto [root, owner] = work.back();
        work.pop_back();
        mandatory.clear();
        p.formulas.collectUnmet(root, initially, true, &mandatory, nullptr);
        for (int a : mandatory) {
            int only = -1, providers = 0;
            for (int c : p.atoms[static_cast<std::size_t>(a)].providers)
                if (c != owner && ++providers == 1)
                    only = c;
            if (providers != 1)
                continue; // several ways (or none: the search proves that no plan exists)
            CredentialLocal& c = p.credentials[static_cast<std::size_t>(only)];
            if (c.forced || c.pinned)
                continue;
            c.forced = true;
            ++count;
            work.emplace_back(c.root, only);
        }
    }
    return count;
}

} // namespace cairn::detail
