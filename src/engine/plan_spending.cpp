#include "cairn/engine/plan_spending.h"

#include <algorithm>
#include <map>

namespace cairn {

std::vector<Charge> charges(const Plan& plan) {
    std::map<std::string, Date> startOf;
    std::vector<Charge> out;
    for (const PlannedCredential& pc : plan.credentials) {
        startOf.emplace(pc.id, pc.start);
        // A credential bought through an offer is paid by the offer's charges below: its own
        // `cost` is only its share, 0 when it shares a subscription or bundle.
        if (pc.offer.empty())
            out.push_back(Charge{pc.start, pc.cost, {}, pc.id, 0});
    }
    const auto firstStart = [&](const OfferPayment& p) {
        Date first = p.start;
        bool any = false;
        for (const std::string& id : p.credentials)
            if (const auto it = startOf.find(id); it != startOf.end() && (!any || it->second < first)) {
                first = it->second;
                any = true;
            }
        return first;
    };
    for (const OfferPayment& p : plan.payments) {
        switch (p.kind) {
        case Offer::Kind::OneTime:
            for (const std::string& id : p.credentials) {
                const auto it = startOf.find(id);
                out.push_back(Charge{it != startOf.end() ? it->second : plan.start, p.price, p.offer, id, 0});
            }
            break;
        case Offer::Kind::Bundle:
            out.push_back(Charge{firstStart(p), p.amount, p.offer, {}, 0});
            break;
        case Offer::Kind::Subscription:
            for (int k = 0; k < p.periods; ++k)
                out.push_back(Charge{p.start.plusDays(k * periodDays(p.period)), p.price, p.offer, {}, k + 1});
            break;
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const Charge& a, const Charge& b) { return a.day < b.day; });
    return out;
}

} // namespace cairn
