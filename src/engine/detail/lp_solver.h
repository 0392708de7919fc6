#pragma once

// A mixed-integer linear program and the one call that solves it: the planner's window onto an
// LP/MIP library (GLPK today, in lp_solver_glpk.cpp), kept this narrow so that the library can be
// swapped. Private to the engine; no library type appears here.
//
// The solver works in floating point. Callers use it to find plans and bounds and check every
// plan it returns exactly, in integers (mip_search.cpp).

#include <atomic>
#include <chrono>
#include <cstddef>
#include <functional>
#include <limits>
#include <utility>
#include <vector>

namespace cairn::detail {

class MipModel {
public:
    static constexpr double kUnbounded = std::numeric_limits<double>::infinity();

    /// A new column; returns its index. `integer` columns with bounds [0, 1] are binaries.
    int addColumn(double lower, double upper, bool integer);
    /// lower <= sum(coefficient × column) <= upper; ±kUnbounded for a free side.
    void addRow(std::vector<std::pair<int, double>> terms, double lower, double upper);
    /// Terms by column, a column named twice once with the sum of its coefficients.
    static std::vector<std::pair<int, double>> merged(std::vector<std::pair<int, double>> terms);
    void setObjective(int column, double coefficient);
    void clearObjective();
    void setColumnBounds(int column, double lower, double upper);
    void setRowBounds(int row, double lower, double upper);

    struct Column {
        double lower = 0, upper = 1, objective = 0;
        bool integer = false;
    };
    struct Row {
        std::vector<std::pair<int, double>> terms;
        double lower = -kUnbounded, upper = kUnbounded;
    };
    [[nodiscard]] const std::vector<Column>& columns() const { return columns_; }
    [[nodiscard]] const std::vector<Row>& rows() const { return rows_; }

private:
    std::vector<Column> columns_;
    std::vector<Row> rows_;
};

struct MipLimits {
    std::chrono::steady_clock::time_point deadline = std::chrono::steady_clock::time_point::max();
    const std::atomic<bool>* cancel = nullptr;
    /// Stop after this many branch-and-bound nodes (0: no limit). Unlike time, it stops the
    /// solver at the same point on every run.
    long long maxNodes = 0;
    /// Called during the solve whenever the best proven lower bound on the objective rises.
    std::function<void(double bound)> onBound;
    /// How the solver picks the column to branch on. Pseudo-costs suit the credential MIP up
    /// to kLazyColumns columns; Driebeck and Tomlin's heuristic proves the offer MIP's
    /// questions in half the time (docs/performance.md, "Subscriptions"), and the larger
    /// credential MIPs sooner too (mip_search.cpp).
    enum class Branching { PseudoCost, DriebeckTomlin } branching = Branching::PseudoCost;
};

struct MipOutcome {
    enum class Status {
        Optimal,    ///< the solver proved `values` optimal (within its tolerances)
        Feasible,   ///< stopped (time or cancel) with `values` the best found
        Infeasible, ///< the solver proved that no integer solution exists
        Stopped,    ///< stopped before any solution
        Failed      ///< the library reported an error; nothing is known
    };
    Status status = Status::Failed;
    std::vector<double> values; ///< per column, when Optimal or Feasible
    double objective = 0;
    /// The best proven lower bound on the objective (minimisation), -kUnbounded when none.
    double bound = -MipModel::kUnbounded;
};

/// Lazy rows: called with every column's value whenever the solver holds a solution that is
/// integral in the integer columns, before it accepts it; returns rows that solution breaks and
/// every solution the caller wants still meets (none: the solution stands). They spare
/// stating rows up front that few solutions ever come near.
using LazyRows = std::function<std::vector<MipModel::Row>(const std::vector<double>& values)>;

/// Minimises the model's objective. Never throws and never aborts: an error inside the library
/// is reported as Status::Failed. Reentrant: independent calls may run on different threads.
/// `start`, when given with lazy rows, is a solution (every column's value) the solver starts
/// from as its best so far: a known plan lets it prune from the first node.
MipOutcome solveMip(const MipModel& model, const MipLimits& limits, const LazyRows* lazy = nullptr,
                    const std::vector<double>* start = nullptr);

/// The optimum of a model's linear relaxation (integer columns relaxed) and what each column's
/// reduced cost says: raising a column at its lower bound by one raises every solution's
/// objective by at least that much above `objective`.
struct LpOutcome {
    bool optimal = false;    ///< false when stopped, infeasible or failed: nothing below is known
    bool infeasible = false; ///< the simplex proved that no solution exists (so no integer one)
    double objective = 0;
    std::vector<double> values;      ///< per column: an optimal solution of the relaxation
    std::vector<double> reducedCost; ///< per column
    std::vector<char> atLower;       ///< per column: nonbasic at its lower bound
};

/// Minimises the linear relaxation of `model`. Never throws and never aborts, as solveMip().
LpOutcome solveLp(const MipModel& model, const MipLimits& limits);

} // namespace cairn::detail
