#include "detail/forced_credentials.h"

#include <algorithm>
#include <iterator>

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

int addItemLandmarks(PlanningProblem& p, const StopClock& clock) {
    auto initially = [&](int a) { return p.atoms[static_cast<std::size_t>(a)].initiallyHeld; };
    const std::size_t n = p.credentials.size();
    // What each credential needs before it can be taken, computed once, on demand.
    std::vector<std::vector<int>> needs(n);
    std::vector<char> needsKnown(n, 0);
    auto needsOf = [&](int c) -> const std::vector<int>& {
        const auto i = static_cast<std::size_t>(c);
        if (!needsKnown[i]) {
            needsKnown[i] = 1;
            p.formulas.collectUnmet(p.credentials[i].root, initially, true, &needs[i], nullptr);
            std::sort(needs[i].begin(), needs[i].end());
            needs[i].erase(std::unique(needs[i].begin(), needs[i].end()), needs[i].end());
        }
        return needs[i];
    };
    std::vector<char> seen(p.atoms.size(), 0);
    std::vector<int> work;
    auto must = [&](int a) {
        if (!seen[static_cast<std::size_t>(a)]) {
            seen[static_cast<std::size_t>(a)] = 1;
            work.push_back(a);
        }
    };
    std::vector<int> start;
    p.formulas.collectUnmet(p.goalRoot, initially, true, &start, nullptr);
    for (std::size_t i = 0; i < n; ++i)
        if (p.credentials[i].mustTake())
            for (int a : needsOf(static_cast<int>(i)))
                start.push_back(a);
    for (int a : start)
        must(a);
    StopPoll<64> stop(clock);
    int count = 0;
    std::vector<int> common, next;
    for (std::size_t k = 0; k < work.size() && !stop(); ++k) {
        const auto& providers = p.atoms[static_cast<std::size_t>(work[k])].providers;
        if (providers.empty())
            continue;               // no plan at all: the search proves it
        if (providers.size() > 1) { // one provider is a forced credential, taken anyway
            p.learnedLandmarks.push_back(providers);
            ++count;
        }
        // Items every provider needs: one of them must come first.
        common = needsOf(providers.front());
        for (std::size_t j = 1; j < providers.size() && !common.empty(); ++j) {
            const auto& other = needsOf(providers[j]);
            next.clear();
            std::set_intersection(common.begin(), common.end(), other.begin(), other.end(), std::back_inserter(next));
            common.swap(next);
        }
        for (int a : common)
            must(a);
    }
    return count;
}

} // namespace cairn::detail
