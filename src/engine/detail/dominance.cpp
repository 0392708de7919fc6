#include "detail/dominance.h"

#include <algorithm>

namespace cairn::detail {

int removeDominated(PlanningProblem& p, const StopClock& clock) {
    const std::size_t n = p.credentials.size();
    const Catalog& catalog = *p.catalog;
    auto initially = [&](int a) { return p.atoms[static_cast<std::size_t>(a)].initiallyHeld; };
    std::vector<char> openNow(n), dropped(n, 0);
    for (std::size_t i = 0; i < n; ++i)
        openNow[i] = p.formulas.eval(p.credentials[i].root, initially);

    auto noHarder = [&](std::size_t r, std::size_t q) {
        if (openNow[r])
            return true;
        const auto& pr = catalog.credentials[static_cast<std::size_t>(p.credentials[r].catalogIndex)].prerequisites;
        const auto& pq = catalog.credentials[static_cast<std::size_t>(p.credentials[q].catalogIndex)].prerequisites;
        return pr == pq;
    };
    auto dominates = [&](std::size_t r, std::size_t q) {
        const CredentialLocal& R = p.credentials[r];
        const CredentialLocal& Q = p.credentials[q];
        if (R.cohort || R.cost > Q.cost || R.hours > Q.hours)
            return false;
        if (!std::includes(R.provides.begin(), R.provides.end(), Q.provides.begin(), Q.provides.end()))
            return false;
        if (!noHarder(r, q))
            return false;
        // Exactly as good in every respect: keep the one earlier in the catalog.
        const bool same =
            R.cost == Q.cost && R.hours == Q.hours && R.provides == Q.provides && !R.credit && noHarder(q, r);
        return !same || r < q;
    };

    int count = 0;
    StopPoll<256> stop(clock);
    for (std::size_t q = 0; q < n && !stop(); ++q) {
        const CredentialLocal& Q = p.credentials[q];
        // Credits add up where skills do not: a plan may need both credentials' credits, so a
        // credential that carries credits is never replaced.
        if (Q.pinned || Q.provides.empty() || Q.credit)
            continue;
        // A credential named in some requirement (cred:ID) cannot be replaced by another.
        if (std::any_of(Q.provides.begin(), Q.provides.end(),
                        [&](int a) { return p.atoms[static_cast<std::size_t>(a)].isCredential; }))
            continue;
        // Rivals must provide Q's rarest atom.
        int rarest = Q.provides.front();
        for (int a : Q.provides)
            if (p.atoms[static_cast<std::size_t>(a)].providers.size() <
                p.atoms[static_cast<std::size_t>(rarest)].providers.size())
                rarest = a;
        int rivals = 0;
        for (int r : p.atoms[static_cast<std::size_t>(rarest)].providers) {
            const auto ri = static_cast<std::size_t>(r);
            if (ri == q || dropped[ri])
                continue;
            if (++rivals > kMaxRivals)
                break;
            if (dominates(ri, q)) {
                dropped[q] = 1;
                ++count;
                break;
            }
        }
    }
    if (count == 0)
        return 0;

    std::vector<int> newIndex(n, -1);
    std::vector<CredentialLocal> kept;
    for (std::size_t i = 0; i < n; ++i)
        if (!dropped[i]) {
            newIndex[i] = static_cast<int>(kept.size());
            kept.push_back(std::move(p.credentials[i]));
        }
    p.credentials = std::move(kept);
    for (auto& atom : p.atoms) {
        std::vector<int> providers;
        for (int i : atom.providers)
            if (newIndex[static_cast<std::size_t>(i)] >= 0)
                providers.push_back(newIndex[static_cast<std::size_t>(i)]);
        atom.providers = std::move(providers);
    }
    return count;
}

} // namespace cairn::detail
