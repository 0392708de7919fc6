#pragma once

#include "cairn/engine/catalog.h"
#include "cairn/engine/plan.h"
#include "cairn/engine/profile.h"

#include <atomic>
#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace cairn {

/// What the planner knows while it searches: the best plan so far and how far from the best
/// possible it can be. Handed to PlanRequest::onProgress.
struct PlanProgress {
    /// Search nodes explored so far (the same count PlanRequest::progress gets).
    long long nodes = 0;
    /// Time since plan() was called.
    std::chrono::milliseconds elapsed{0};
    /// The best plan found so far, with status Feasible (not proven yet); empty before the first.
    std::optional<Plan> best;
    /// The best plan's score, in Plan::bound's unit (money, hours, money plus valued hours, or
    /// days from the start).
    std::optional<double> value;
    /// No plan scores below this, in Plan::bound's unit; empty while nothing above zero is proven.
    std::optional<double> bound;
    /// (best - bound) / bound, when both are known and the bound is above zero.
    std::optional<double> gap;
    /// No plan exists (proven), and the planner is finding out why: the cheapest plan without
    /// the budget, the soonest without the deadline. The answer, `infeasible`, follows.
    bool explaining = false;
};

/// What to plan for. Budget, deadline, pins and excludes here add to the profile's own.
struct PlanRequest {
    std::string goal;
    Objective objective = Objective::Cost;
    std::optional<double> budget;
    std::optional<Date> deadline;
    std::vector<std::string> pinned;
    /// The years the `cost-to-hold` objective holds each credential (limits::kMinHoldYears to kMaxHoldYears).
    int holdYears = 3;
    std::vector<std::string> excluded;
    /// After this the best plan so far is returned as `feasible` (`unknown` when there is none
    /// yet); zero = no limit. It counts every phase of planning, compilation included.
    std::chrono::milliseconds timeLimit{0};
    /// Set to true from another thread to stop early (the best plan so far is returned as
    /// `feasible`, or `unknown` when there is none yet; never `infeasible`).
    const std::atomic<bool>* cancel = nullptr;
    /// Called now and then with the number of search nodes explored.
    std::function<void(long long nodes)> progress;
    /// plan() only: called on the planning thread whenever the best plan found or the proven
    /// bound improves (bound-only news at most every 100 ms). Both only ever improve within one
    /// call of plan(). The callback must be quick; to stop, set `cancel`.
    std::function<void(const PlanProgress&)> onProgress;
};

/// Finds a provably optimal plan (see docs/planning-model.md).
Plan plan(const Catalog& catalog, const Profile& profile, const PlanRequest& request);

/// Every non-dominated (money, completion) plan, from the cheapest to the fastest. When the front
/// is empty, `emptyStatus` (if given) says why: Infeasible (proven) or Unknown (stopped first).
std::vector<Plan> paretoFront(const Catalog& catalog, const Profile& profile, const PlanRequest& request,
                              PlanStatus* emptyStatus = nullptr);

/// Where the profile stands against a goal.
struct GapItem {
    std::string item; ///< e.g. "skill:sql@2"; text::RequirementWords::itemText writes it in words
    bool met = false;
    int heldLevel = 0; ///< for skill items
    /// Index in Gap::groups when the item is one option of a choice ("2 of these 6"); -1 when
    /// the goal needs it outright.
    int group = -1;
};
/// A choice in the goal: any `needed` of its `size` members. An unmet item of a met group is
/// not needed, not missing.
struct GapGroup {
    int needed = 1;
    int size = 0;
    bool met = false;
};
struct Gap {
    std::string goal;
    std::vector<GapItem> items;
    std::vector<GapGroup> groups;
    bool goalMet = false;
    double credits = 0; ///< credits goals: credits already counted
};
Gap gap(const Catalog& catalog, const Profile& profile, const std::string& goalId);

/// Which credentials can be started now, and what each locked one is missing.
struct Availability {
    std::string credential;
    enum class State { Completed, Open, Locked } state = State::Locked;
    /// The unmet parts of its prerequisites: each an item, or an "any" / "at least k" group of the
    /// options still open (an option of several parts is an "all" group of them).
    /// text::RequirementWords::missing writes each in words.
    std::vector<Requirement> missing;
};
std::vector<Availability> availability(const Catalog& catalog, const Profile& profile);

} // namespace cairn
