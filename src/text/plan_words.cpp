#include "cairn/text/plan_words.h"

#include <algorithm>
#include <cairn/engine/limits.h>
#include <cmath>

namespace cairn::text {

QString PlanWords::bound(const Plan& plan) const {
    if (plan.status != PlanStatus::Feasible || !plan.bound)
        return {};
    if (plan.objective != Objective::Time && plan.gap && *plan.gap == 0.0)
        return tieUnsettled(plan);
    if (*plan.bound <= 0.0) // true of every plan, so it says nothing ("No plan costs less than $0")
        return tr("The search stopped before it proved how close this plan is to the best possible.");
    const QString gapText = gap(plan);
    return gapText.isEmpty() ? boundOnly(plan) : boundOnly(plan) + QLatin1Char(' ') + gapText;
}

QString PlanWords::credits(const Plan& plan, double needed) const {
    if (plan.totals.creditsEarned <= 0)
        return tr("%1 of %2").arg(format_.number(plan.totals.credits), format_.number(needed));
    return tr("%1 from this plan and %2 earned before it, of %3 needed")
        .arg(format_.number(plan.totals.credits), format_.number(plan.totals.creditsEarned), format_.number(needed));
}

QString PlanWords::boundOnly(const Plan& plan) const {
    const double bound = *plan.bound;
    switch (plan.objective) {
    case Objective::Cost:
        return tr("No plan costs less than %1.").arg(format_.money(bound, currency_));
    case Objective::Effort:
        return tr("No plan takes fewer than %1 hours.").arg(format_.number(std::floor(bound)));
    case Objective::Balanced:
        return tr("No plan scores below %1 of money and time.").arg(format_.money(bound, currency_));
    case Objective::CostToHold:
        return tr("No plan costs less than %1 to earn and hold.").arg(format_.money(bound, currency_));
    case Objective::OutOfPocket:
        return tr("No plan costs you less than %1 yourself.").arg(format_.money(bound, currency_));
    case Objective::Time:
        // A bound from hours alone can be centuries away, past any date Cairn writes.
        if (bound > static_cast<double>(limits::lastDate().days() - plan.start.days()))
            return tr("No plan finishes by %1.").arg(format_.date(limits::lastDate()));
        return tr("No plan finishes before %1.")
            .arg(format_.date(plan.start.plusDays(static_cast<int>(std::max(0.0, bound)))));
    }
    return {};
}

QString PlanWords::tieUnsettled(const Plan& plan) const {
    switch (plan.objective) {
    case Objective::Cost:
        return tr("No plan costs less than this one; one of the same cost with fewer hours was not ruled out.");
    case Objective::Effort:
        return tr("No plan takes fewer hours than this one; one of as few hours that costs less was not ruled out.");
    case Objective::Balanced:
        return tr("No plan scores better on money and time; one as good with fewer hours was not ruled out.");
    default:
        return tr("No plan is better by this measure; a tie between equally good plans was not settled.");
    }
}

QString PlanWords::gap(const Plan& plan) const {
    if (plan.objective == Objective::Time) {
        const int finish = plan.totals.completion.days() - plan.start.days();
        const int days = std::max(0, finish - static_cast<int>(*plan.bound));
        return tr("This plan finishes at most %1 days after the earliest possible.").arg(days);
    }
    if (!plan.gap)
        return {};
    if (*plan.gap < 0.0005)
        return tr("This plan is within %1 of the best possible.").arg(format_.percent(0.001));
    const QString share = format_.percent(*plan.gap);
    switch (plan.objective) {
    case Objective::Cost:
        return tr("This plan is at most %1 above the cheapest possible.").arg(share);
    case Objective::Effort:
        return tr("This plan takes at most %1 more hours than the fewest possible.").arg(share);
    default:
        return tr("This plan is at most %1 above the best possible.").arg(share);
    }
}

} // namespace cairn::text
