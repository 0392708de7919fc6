#include "cairn/cli/plan_keeping_text.h"

#include "cairn/cli/terminal_text.h"

#include <algorithm>
#include <cairn/engine/keeping.h>
#include <cairn/text/keeping_words.h>

namespace cairn::cli {

namespace {

bool expires(const Catalog& catalog, const Plan& plan) {
    return std::any_of(plan.credentials.begin(), plan.credentials.end(), [&](const PlannedCredential& pc) {
        const Credential* c = catalog.findCredential(pc.id);
        return c && c->validMonths > 0;
    });
}

QString titleOf(const Catalog& catalog, const std::string& id) {
    const Credential* c = catalog.findCredential(id);
    return printableLine(QString::fromStdString(c ? c->title : id));
}

} // namespace

void keepingLines(QTextStream& s, const Catalog& catalog, const Profile& profile, const Plan& plan,
                  const PlanRequest& request) {
    if (!hasPlan(plan.status) || plan.credentials.empty())
        return;
    const text::KeepingWords words(catalog.currency, text::Format::english());
    const PlanRanges ranges = planRanges(catalog, plan);
    if (ranges.cost.isRange() || ranges.hours.isRange())
        s << "Range: " << words.money(ranges.cost) << "; " << words.hours(ranges.hours) << '\n';
    const std::optional<Date> deadline = request.deadline ? request.deadline : profile.deadline;
    if (const QString guarantee = words.guarantee(plan, ranges, deadline); !guarantee.isEmpty())
        s << printableLine(guarantee) << '\n';
    if (!expires(catalog, plan) && plan.objective != Objective::CostToHold)
        return;
    const Holding held = holding(catalog, profile, plan, request.holdYears);
    s << '\n' << printableLine(words.holding(held)) << '\n';
    for (const auto& e : held.events)
        s << "  " << QString::fromStdString(e.date.toIso()) << "  "
          << printableLine(words.event(e, titleOf(catalog, e.credential))) << '\n';
    for (const auto& id : held.renewedByOthers)
        s << "  " << titleOf(catalog, id) << ": kept by renewing another credential held, no fees of its own.\n";
}

} // namespace cairn::cli
