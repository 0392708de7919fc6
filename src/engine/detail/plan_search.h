#pragma once

#include "detail/planning_problem.h"
#include "detail/stop_clock.h"

#include <atomic>
#include <chrono>
#include <functional>
#include <optional>
#include <vector>

namespace cairn::detail {

/// What a plan is measured by. Completion is the schedule's last day.
enum class Metric { Cost, Hours, Balanced, Completion };

struct Payment; // offer_money.h

/// News from a search while it runs, for the planner's progress reports: a plan it found (local
/// indices; checked by the search as far as it checks its leaves: the planner checks order,
/// budget and deadline again) and a proven lower bound on the primary value of every plan.
struct SearchNews {
    const std::vector<int>* plan = nullptr;
    std::optional<Amount> bound;
    /// How the plan is paid, when not each credential at its own cheapest (offer_money.h).
    const Payment* payment = nullptr;
};
using SearchNewsSink = std::function<void(const SearchNews&)>;

/// The sink with bounds left out: for searches whose bounds are on another metric than the
/// question's primary (the steps of the earliest completion, money priced without offers).
SearchNewsSink plansOnly(const SearchNewsSink& sink);

struct SearchSpec {
    Metric primary = Metric::Cost;
    Metric secondary = Metric::Hours;
    bool useBudget = true;               ///< enforce the problem's budget
    std::optional<int> maxCompletionDay; ///< the deadline (or a Pareto step), as a day offset
    StopClock stop;                      ///< the question's time limit and cancel flag, shared by every search of it
    std::function<void(long long)> progress;
    /// Plans and bounds as they are found (empty: nobody listens).
    SearchNewsSink news;
    /// Let sums of weights go to the landmark search (landmark_search.h); off to compare the two.
    bool landmarkSearch = true;
    /// Let questions the searches do not settle quickly go to the MIP (mip_search.h).
    bool mipSearch = true;
    /// Stop after this many checks of the time limit (0: no such limit). Unlike time, it stops
    /// a search at the same point on every run.
    long long stopChecks = 0;
    /// Stop the MIPs after this many branch-and-bound nodes each (0: no limit); deterministic too.
    long long mipNodes = 0;
    /// On models of more columns than this, stop the MIP after its relaxation: its bound, and the
    /// plan rounded from it. On large models a node's cuts alone can take seconds, so a count of
    /// nodes does not bound the work.
    std::optional<std::size_t> relaxationOnlyAbove;
};

struct SearchResult {
    bool found = false;
    bool exhaustive = false;     ///< the whole space was searched (no time limit or cancel hit)
    bool completionExact = true; ///< every completion compared was the earliest for its set
    bool cohortRejected = false; ///< a set was dropped because its cohorts did not fit greedily
    std::vector<int> set;        ///< local indices, ascending
    Amount primary = 0, secondary = 0;
    Amount rootBound = 0; ///< a proven lower bound on the primary value, the best the search reached
    long long nodes = 0;
};

/// Exact branch and bound over credential sets (see docs/planning-model.md, "How plans are found").
SearchResult searchPlan(const PlanningProblem& problem, const SearchSpec& spec);

/// A valid order of `set` in which every credential's prerequisites are met by the profile and
/// the credentials before it; empty optional when there is none (or the goal is not met).
std::optional<std::vector<int>> orderPlan(const PlanningProblem& problem, const std::vector<int>& set);

/// For each position of `order`, the positions before it whose grants it relies on; and the
/// positions the goal relies on (returned in `goalSupport`), with the atoms each supplies.
struct Support {
    std::vector<std::vector<int>> reliesOn;                   ///< positions
    std::vector<std::vector<std::pair<int, int>>> suppliesTo; ///< per position: (dependent position, atom)
    std::vector<std::vector<int>> goalAtoms;                  ///< per position: goal atoms it supplies
};
Support supportOf(const PlanningProblem& problem, const std::vector<int>& order);

/// The completion day of an ordered set: exact for self-paced credentials (see schedule.h).
struct Completion {
    bool feasible = true;
    bool exact = true;
    int day = -1;
};
Completion completionOf(const PlanningProblem& problem, const std::vector<int>& order);

} // namespace cairn::detail
