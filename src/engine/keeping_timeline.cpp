#include "cairn/engine/keeping_timeline.h"

#include <algorithm>

namespace cairn {

namespace {

int rowOf(const Plan& plan, const std::string& id) {
    for (std::size_t i = 0; i < plan.credentials.size(); ++i)
        if (plan.credentials[i].id == id)
            return static_cast<int>(i);
    return -1;
}

bool renewedByOther(const Holding& held, const std::string& id) {
    return std::find(held.renewedByOthers.begin(), held.renewedByOthers.end(), id) != held.renewedByOthers.end();
}

void extend(KeepingTimeline& out, Date d) {
    out.end = out.end ? std::max(*out.end, d) : d;
}

} // namespace

KeepingTimeline keepingTimeline(const Catalog& catalog, const Profile& profile, const Plan& plan, int years) {
    KeepingTimeline out;
    const Holding held = holding(catalog, profile, plan, years);
    out.years = held.years;
    for (const KeepingEvent& e : held.events)
        if (const int row = rowOf(plan, e.credential); row >= 0) {
            out.marks.push_back({e, row});
            extend(out, e.date);
        }
    for (std::size_t i = 0; i < plan.credentials.size(); ++i) {
        const PlannedCredential& pc = plan.credentials[i];
        const Credential* c = catalog.findCredential(pc.id);
        if (!c || c->validMonths <= 0 || renewedByOther(held, pc.id))
            continue;
        const auto expiry = std::find_if(held.events.begin(), held.events.end(), [&](const KeepingEvent& e) {
            return e.credential == pc.id && e.kind == KeepingEvent::Kind::Expiry;
        });
        const bool lapses = expiry != held.events.end();
        // A renewed credential stays held to the end of the years counted from the day it is earned.
        const Date to = lapses ? expiry->date : addMonths(pc.end, 12 * held.years);
        out.held.push_back({static_cast<int>(i), pc.end, to, lapses});
        extend(out, to);
    }
    return out;
}

} // namespace cairn
