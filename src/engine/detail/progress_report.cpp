#include "detail/progress_report.h"

#include "detail/plan_builder.h"
#include "detail/plan_weights.h"

#include <algorithm>

namespace cairn::detail {

namespace {

/// Bound-only news closer together than this is not reported: GLPK raises its bound at
/// nearly every node, and a listener that redraws on each would slow the search.
constexpr std::chrono::milliseconds kBoundInterval{100};

} // namespace

ProgressReport::ProgressReport(const PlanningProblem& problem, const Profile& profile, const PlanRequest& request,
                               const SearchSpec& spec, StopClock::Clock::time_point start)
    : p_(problem), profile_(profile), request_(request), primary_(spec.primary), secondary_(spec.secondary),
      useBudget_(spec.useBudget), maxCompletionDay_(spec.maxCompletionDay), start_(start),
      lastReport_(start - kBoundInterval) {}

SearchNewsSink ProgressReport::sink() {
    if (!request_.onProgress)
        return {};
    return [this](const SearchNews& news) { take(news); };
}

std::function<void(long long)> ProgressReport::nodeCounter() {
    if (!request_.onProgress)
        return request_.progress;
    return [this](long long nodes) {
        nodes_ = std::max(nodes_, nodes);
        if (request_.progress)
            request_.progress(nodes);
    };
}

PlanProgress ProgressReport::sofar() const {
    PlanProgress progress;
    progress.nodes = nodes_;
    progress.elapsed = std::chrono::duration_cast<std::chrono::milliseconds>(StopClock::Clock::now() - start_);
    return progress;
}

void ProgressReport::explaining() {
    if (!request_.onProgress)
        return;
    PlanProgress progress = sofar();
    progress.explaining = true;
    request_.onProgress(progress);
}

void ProgressReport::take(const SearchNews& news) {
    bool better = false;
    if (news.plan)
        better = takePlan(*news.plan, news.payment);
    if (news.bound)
        better = takeBound(*news.bound) || better;
    const auto now = StopClock::Clock::now();
    if (better && (news.plan || now - lastReport_ >= kBoundInterval)) {
        lastReport_ = now;
        report();
    }
}

bool ProgressReport::takePlan(const std::vector<int>& found, const Payment* payment) {
    std::vector<int> set = found;
    std::sort(set.begin(), set.end());
    const Payment paid = payment ? *payment : standalonePayment(p_, set);
    Amount hours = 0;
    for (int c : set)
        hours += p_.credentials[static_cast<std::size_t>(c)].hours;
    if (useBudget_ && p_.budget && modelMoney(p_, paid) > *p_.budget)
        return false; // no schedule pays less than the model
    if (!orderPlan(p_, set))
        return false; // (never: every search checks its plans' order)
    Plan plan = buildPlan(p_, profile_, request_.goal, set, PlanStatus::Feasible, request_.objective, &paid);
    if (!hasPlan(plan.status))
        return false;                               // its cohorts do not fit the learner's weeks
    const Amount money = toCents(plan.totals.cost); // its schedule's, which may exceed the model's
    if (useBudget_ && p_.budget && money > *p_.budget)
        return false;
    const Amount day = plan.totals.completion.days() - profile_.start.days();
    if (maxCompletionDay_ && day > *maxCompletionDay_)
        return false;
    auto value = [&](Metric m) { return m == Metric::Completion ? day : valueOfTotals(p_, m, money, hours); };
    const Amount primary = value(primary_), secondary = value(secondary_);
    if (best_ && (primary > bestPrimary_ || (primary == bestPrimary_ && secondary >= bestSecondary_)))
        return false;
    best_ = std::move(plan);
    bestPrimary_ = primary;
    bestSecondary_ = secondary;
    return true;
}

bool ProgressReport::takeBound(Amount bound) {
    if (bound <= 0 || (bound_ && bound <= *bound_))
        return false;
    bound_ = bound;
    return true;
}

void ProgressReport::report() {
    PlanProgress progress = sofar();
    progress.best = best_;
    if (best_)
        progress.value = inPlanUnits(primary_, bestPrimary_);
    if (bound_) {
        // A plan is never below the best proven bound; the bound never above the best plan.
        const Amount bound = best_ ? std::min(*bound_, bestPrimary_) : *bound_;
        progress.bound = inPlanUnits(primary_, bound);
        if (best_)
            progress.gap = gapAbove(bestPrimary_, bound);
    }
    request_.onProgress(progress);
}

} // namespace cairn::detail
