#pragma once

// Rows that cut off a set of credentials closed under the prerequisites that still has no
// order: credentials that only enable each other (see docs/planning-model.md, "The MIP").
// Private to the engine.

#include "detail/lp_solver.h"
#include "detail/planning_problem.h"

#include <vector>

namespace cairn::detail {

struct OrderingCuts {
    /// Rows over the credentials' columns (see orderingCuts); empty when `set` can be ordered as
    /// far as its prerequisites go.
    std::vector<MipModel::Row> rows;
    /// The part of `set` a greedy order places before it sticks, ascending. Never heavier than
    /// `set` itself, so when it is a plan it is at least as good.
    std::vector<int> placed;
};

/// Takes what fits of `set` (local indices, ascending); the rest, K, is stuck. Each credential c
/// of K misses atoms U(c) of its prerequisites that the placed part does not provide. In the
/// graph on K with an edge c → a when a provides an atom of U(c), take a component C that no
/// edge leaves. In any plan that contains all of C, its first member c still misses U(c) unless
/// a provider of U(c) from outside `set` was taken before it — the members of K outside C
/// provide none, and every other atom its prerequisites can use holds after the placed part —
/// so its prerequisites fail. Hence, with `take` the credentials' columns:
///     sum over providers a of U(C) outside `set` of x_a  -  sum over c in C of x_c  >=  1 - |C|.
OrderingCuts orderingCuts(const PlanningProblem& problem, const std::vector<int>& set, const std::vector<int>& take);

} // namespace cairn::detail
