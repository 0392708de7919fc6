#include "detail/plan_weights.h"

namespace cairn::detail {

int metricSlot(Metric m) {
    switch (m) {
    case Metric::Cost:
        return CostSlot;
    case Metric::Hours:
    case Metric::Completion:
        return HoursSlot;
    case Metric::Balanced:
        return BalancedSlot;
    }
    return CostSlot;
}

std::vector<Amount> metricWeights(const PlanningProblem& p, Metric m) {
    std::vector<Amount> w;
    w.reserve(p.credentials.size());
    for (const auto& c : p.credentials) {
        switch (metricSlot(m)) {
        case CostSlot:
            w.push_back(c.cost);
            break;
        case HoursSlot:
            w.push_back(c.hours);
            break;
        default:
            w.push_back(c.cost * 100 + p.hourlyValue * c.hours);
            break;
        }
    }
    return w;
}

std::optional<WideLexicographicWeights> wideLexicographicWeights(const PlanningProblem& p, Metric primary,
                                                                 Metric secondary) {
    if (primary == Metric::Completion || secondary == Metric::Completion)
        return std::nullopt;
    const int pi = metricSlot(primary), si = metricSlot(secondary);
    const int slot = pi == CostSlot && si == HoursSlot       ? CostHoursSlot
                     : pi == HoursSlot && si == CostSlot     ? HoursCostSlot
                     : pi == BalancedSlot && si == HoursSlot ? BalancedHoursSlot
                                                             : -1;
    if (slot < 0)
        return std::nullopt;
    const std::vector<Amount> pw = metricWeights(p, primary), sw = metricWeights(p, secondary);
    Wide secondaryTotal = 0;
    for (Amount w : sw)
        secondaryTotal += w;
    WideLexicographicWeights lex;
    lex.slot = slot;
    lex.scale = secondaryTotal + 1;
    lex.weights.resize(pw.size());
    for (std::size_t i = 0; i < pw.size(); ++i)
        lex.weights[i] = pw[i] * lex.scale + sw[i];
    return lex;
}

std::optional<LexicographicWeights> lexicographicWeights(const PlanningProblem& p, Metric primary, Metric secondary) {
    auto wide = wideLexicographicWeights(p, primary, secondary);
    if (!wide)
        return std::nullopt;
    Wide total = 0;
    for (Wide w : wide->weights)
        total += w;
    if (total >= (static_cast<Wide>(1) << 60))
        return std::nullopt; // sums of these weights must stay well inside 64 bits
    LexicographicWeights lex;
    lex.slot = wide->slot;
    lex.scale = static_cast<Amount>(wide->scale);
    lex.weights.assign(wide->weights.begin(), wide->weights.end());
    return lex;
}

double inPlanUnits(Metric m, Amount v) {
    return static_cast<double>(v) / (m == Metric::Balanced ? 10000.0 : m == Metric::Completion ? 1.0 : 100.0);
}

std::optional<double> gapAbove(Amount value, Amount bound) {
    if (value <= bound)
        return 0.0;
    if (bound <= 0)
        return std::nullopt;
    return static_cast<double>(value - bound) / static_cast<double>(bound);
}

Amount valueOfTotals(const PlanningProblem& p, Metric m, Amount money, Amount hours) {
    switch (m) {
    case Metric::Cost:
        return money;
    case Metric::Hours:
        return hours;
    case Metric::Balanced:
        return money * 100 + p.hourlyValue * hours;
    case Metric::Completion:
        break;
    }
    return 0;
}

Amount sumOf(const std::vector<Amount>& weights, const std::vector<int>& set) {
    Amount total = 0;
    for (int c : set)
        total += weights[static_cast<std::size_t>(c)];
    return total;
}

} // namespace cairn::detail
