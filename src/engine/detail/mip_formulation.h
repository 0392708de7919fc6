#pragma once

// A planning question as a mixed-integer program (see docs/planning-model.md, "The MIP"): a
// binary per credential, the prerequisite and goal formulas as linear rows, credits as a binary
// per (credential, category), the budget and a deadline's hours as rows. Its feasible sets are
// closed under the prerequisites but may still have no order (credentials that only enable each
// other): the search adds landmark rows until the optimum can be ordered. Private to the engine.

#include "detail/lp_solver.h"
#include "detail/planning_problem.h"

#include <optional>
#include <vector>

namespace cairn::detail {

/// Models up to this many columns are solved with lazy rows and a warm start, GLPK's presolver
/// off; larger ones with the presolver, rows added between solves (docs/performance.md).
constexpr std::size_t kLazyColumns = 8000;

struct MipFormulation {
    MipModel model;
    std::vector<int> take;   ///< per local credential: its binary column
    bool impossible = false; ///< a formula that must hold can never hold: no plan exists
    /// Credits counted in a category: where a solution says an offer's credits count.
    struct Counted {
        int column = -1;
        int offer = 0; ///< local credential index, or -1 - i for the i-th credit already earned
        int category = 0;
        Amount credits = 0;
    };
    std::vector<Counted> counted;
};

/// Whether the assignment of credits in `values` meets every category rule and the total,
/// checked in integers: a certificate that the taken credentials' credits suffice.
bool creditsCertified(const PlanningProblem& problem, const MipFormulation& f, const std::vector<double>& values);

/// Limits on plans beyond the problem's: at most `maxCost` cents, at most `maxHours` hundredths.
struct MipCaps {
    std::optional<Amount> maxCost;
    std::optional<Amount> maxHours;
};

MipFormulation formulate(const PlanningProblem& problem, const MipCaps& caps);

/// Adds "at least one of `members`" (local credential indices).
void addLandmarkRow(MipFormulation& f, const std::vector<int>& members);

/// The model with every credential's take column fixed to whether `plan` (ascending or not) holds
/// it: solved, it gives the rest of a warm start for that plan.
MipModel withPlanFixed(const MipFormulation& f, const std::vector<int>& plan);

} // namespace cairn::detail
