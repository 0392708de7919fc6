#pragma once

// The planner's progress reports (PlanRequest::onProgress): the best plan the searches have
// found so far and the best bound they have proven, gathered from every phase of one question.
// Private to the engine.

#include "detail/offer_money.h"
#include "detail/plan_search.h"

namespace cairn::detail {

class ProgressReport {
public:
    ProgressReport(const PlanningProblem& problem, const Profile& profile, const PlanRequest& request,
                   const SearchSpec& spec, StopClock::Clock::time_point start);

    /// Where the searches send their news; empty when nobody listens.
    [[nodiscard]] SearchNewsSink sink();
    /// Counts nodes for the reports and passes them on to PlanRequest::progress.
    [[nodiscard]] std::function<void(long long)> nodeCounter();
    /// Reports that no plan exists and the reason is being worked out (PlanProgress::explaining).
    void explaining();

private:
    void take(const SearchNews& news);
    bool takePlan(const std::vector<int>& set, const Payment* payment);
    bool takeBound(Amount bound);
    void report();
    /// A report of the nodes and time so far, nothing else yet.
    [[nodiscard]] PlanProgress sofar() const;

    const PlanningProblem& p_;
    const Profile& profile_;
    const PlanRequest& request_;
    Metric primary_, secondary_;
    bool useBudget_ = true;
    std::optional<int> maxCompletionDay_;
    StopClock::Clock::time_point start_;
    StopClock::Clock::time_point lastReport_; ///< at first long enough ago for any report
    long long nodes_ = 0;
    std::optional<Plan> best_;
    Amount bestPrimary_ = 0, bestSecondary_ = 0;
    std::optional<Amount> bound_;
};

} // namespace cairn::detail
