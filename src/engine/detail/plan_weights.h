#pragma once

// The weights plans are measured by, per credential. Private to the engine.

#include "detail/plan_search.h"
#include "detail/planning_problem.h"

#include <optional>
#include <vector>

namespace cairn::detail {

/// Weightings of the landmark cache (PlanningProblem::landmarkCache).
enum WeightSlot : int {
    CostSlot = 0,
    HoursSlot = 1,
    BalancedSlot = 2,
    CostHoursSlot = 3,
    HoursCostSlot = 4,
    BalancedHoursSlot = 5
};

/// The slot of an additive metric (completion is bounded through hours).
int metricSlot(Metric m);

/// Cents, hundredths of an hour, or the balanced sum (cents × 100 + hourly value × hours).
std::vector<Amount> metricWeights(const PlanningProblem& p, Metric m);

/// What the credentials of `set` weigh together.
Amount sumOf(const std::vector<Amount>& weights, const std::vector<int>& set);

/// A plan's value on `m`, from its money (cents) and hours (hundredths), when money is not a sum
/// over its credentials (shared offers). Not for the completion date, which these do not give.
Amount valueOfTotals(const PlanningProblem& p, Metric m, Amount money, Amount hours);

/// One weight that orders plans exactly as (primary, secondary) does when both are sums:
/// primary × scale + secondary, the scale above any plan's secondary total.
struct LexicographicWeights {
    int slot = -1;
    Amount scale = 1;
    std::vector<Amount> weights;
};
/// Empty when a metric is not a sum, the pair has no slot, or the products could overflow.
std::optional<LexicographicWeights> lexicographicWeights(const PlanningProblem& p, Metric primary, Metric secondary);

/// The same in 128 bits, which never overflow (products of two amounts).
struct WideLexicographicWeights {
    int slot = -1;
    Wide scale = 1;
    std::vector<Wide> weights;
};
/// Empty when a metric is not a sum or the pair has no slot.
std::optional<WideLexicographicWeights> wideLexicographicWeights(const PlanningProblem& p, Metric primary,
                                                                 Metric secondary);

/// A metric's value in the unit of Plan::bound: money, hours, money for balanced, days for time.
double inPlanUnits(Metric m, Amount v);

/// How far `value` may be above the best possible, a share of `bound` (Plan::gap): 0 when the
/// plan has reached its bound (a zero bound too: then only a tie-break is unsettled), none when
/// the bound is 0 and the plan above it.
std::optional<double> gapAbove(Amount value, Amount bound);

} // namespace cairn::detail
