// The MIP of lp_solver.h solved by GLPK (GPL-3.0-or-later, see docs/architecture.md).
//
// GLPK reports an internal error by calling its error hook and then abort(). Cairn must never
// abort on a question, so the hook jumps back to solveMip, which frees GLPK's whole environment
// (every object GLPK allocated on this thread) and reports Status::Failed. Models and lazy rows
// are checked before GLPK sees them, so that path is never the normal one; the jump crosses only
// GLPK's C frames and functions here that hold no C++ object while they call GLPK.

#include "detail/lp_solver.h"

#include <algorithm>
#include <cmath>
#include <csetjmp>
#include <cstdlib>
#include <glpk.h>
#include <string>

namespace cairn::detail {

namespace {

struct Guard {
    std::jmp_buf jump;
    const MipLimits* limits = nullptr;
    const LazyRows* lazy = nullptr;
    const std::vector<double>* start = nullptr; ///< offered once, at the first heuristic request
    int columns = 0;
    bool lazyFailed = false;
    double bound = -MipModel::kUnbounded;
    std::vector<double> values;
    std::vector<int> index;
    std::vector<double> coefficients;
    std::vector<MipModel::Row> rows; ///< lazy rows to add: kept here, not in a frame GLPK may jump over
};

/// GLPK prints even with its terminal output off when it reports an error: swallow everything.
int silence(void*, const char*) {
    return 1;
}

/// A model without columns: every row is the constant 0.
MipOutcome solveEmpty(const MipModel& model) {
    MipOutcome out;
    const bool holds = std::all_of(model.rows().begin(), model.rows().end(),
                                   [](const MipModel::Row& r) { return r.lower <= 0 && 0 <= r.upper; });
    out.status = holds ? MipOutcome::Status::Optimal : MipOutcome::Status::Infeasible;
    out.bound = 0;
    return out;
}

void onGlpkError(void* info) {
    std::longjmp(static_cast<Guard*>(info)->jump, 1);
}

/// GLPK silent, and its errors jumping back to `guard` (set with setjmp by the caller).
void hookGlpk(Guard& guard) {
    glp_term_out(GLP_OFF);
    glp_term_hook(silence, nullptr);
    glp_error_hook(onGlpkError, &guard);
}

void unhookGlpk() {
    glp_error_hook(nullptr, nullptr);
    glp_term_hook(nullptr, nullptr);
}

bool pastDeadline(const MipLimits& limits) {
    return (limits.cancel && limits.cancel->load(std::memory_order_relaxed)) ||
           std::chrono::steady_clock::now() >= limits.deadline;
}

bool pastNodeLimit(glp_tree* tree, const MipLimits& limits) {
    if (limits.maxNodes <= 0)
        return false;
    int active = 0, current = 0, total = 0;
    glp_ios_tree_size(tree, &active, &current, &total);
    return total > limits.maxNodes;
}

/// Called by GLPK at every stage of its branch and bound: stops it on cancel or time, and keeps
/// the best bound of the open nodes (the proven lower bound when the search is stopped).
bool wellFormedRow(const MipModel::Row& r, int columns);
int boundType(double lower, double upper);
double finiteOrZero(double v);

/// The solution of the current subproblem, when integral in the integer columns: the lazy rows
/// it breaks join the subproblem, and GLPK solves it again before it accepts anything.
void addLazyRows(glp_tree* tree, Guard& guard) {
    glp_prob* lp = glp_ios_get_prob(tree);
    guard.values.resize(static_cast<std::size_t>(guard.columns));
    for (int j = 1; j <= guard.columns; ++j) {
        const double v = glp_get_col_prim(lp, j);
        if (glp_get_col_kind(lp, j) != GLP_CV && std::abs(v - std::round(v)) > 1e-6)
            return; // fractional: GLPK branches, nothing to accept yet
        guard.values[static_cast<std::size_t>(j - 1)] = v;
    }
    try {
        guard.rows = (*guard.lazy)(guard.values);
    } catch (...) {
        guard.lazyFailed = true;
        guard.rows.clear();
    }
    for (auto& r : guard.rows) {
        r.terms = MipModel::merged(std::move(r.terms));
        if (!wellFormedRow(r, guard.columns))
            guard.lazyFailed = true;
    }
    if (guard.lazyFailed) {
        glp_ios_terminate(tree);
        return;
    }
    for (const auto& r : guard.rows) {
        const int row = glp_add_rows(lp, 1);
        glp_set_row_bnds(lp, row, boundType(r.lower, r.upper), finiteOrZero(r.lower), finiteOrZero(r.upper));
        guard.index.assign(1, 0);
        guard.coefficients.assign(1, 0.0);
        for (const auto& [col, coefficient] : r.terms) {
            guard.index.push_back(col + 1);
            guard.coefficients.push_back(coefficient);
        }
        glp_set_mat_row(lp, row, static_cast<int>(r.terms.size()), guard.index.data(), guard.coefficients.data());
    }
}

/// Hands a new bound to the caller; nothing it throws may cross GLPK's frames.
void reportBound(const MipLimits& limits, double bound) {
    try {
        limits.onBound(bound);
    } catch (...) {
    }
}

void onTreeEvent(glp_tree* tree, void* info) {
    auto* guard = static_cast<Guard*>(info);
    if (guard->lazy && glp_ios_reason(tree) == GLP_IROWGEN)
        addLazyRows(tree, *guard);
    if (guard->start && glp_ios_reason(tree) == GLP_IHEUR) {
        guard->values.assign(1, 0.0); // GLPK's arrays start at 1
        guard->values.insert(guard->values.end(), guard->start->begin(), guard->start->end());
        glp_ios_heur_sol(tree, guard->values.data()); // rejected when no better: then nothing changes
        guard->start = nullptr;
    }
    if (const int node = glp_ios_best_node(tree); node != 0) {
        const double bound = glp_ios_node_bound(tree, node);
        if (guard->limits->onBound && bound > guard->bound && std::isfinite(bound))
            reportBound(*guard->limits, bound);
        guard->bound = bound;
    }
    if (pastDeadline(*guard->limits) || pastNodeLimit(tree, *guard->limits))
        glp_ios_terminate(tree);
}

int boundType(double lower, double upper) {
    const bool hasLower = std::isfinite(lower), hasUpper = std::isfinite(upper);
    if (hasLower && hasUpper)
        return lower == upper ? GLP_FX : GLP_DB;
    if (hasLower)
        return GLP_LO;
    if (hasUpper)
        return GLP_UP;
    return GLP_FR;
}

double finiteOrZero(double v) {
    return std::isfinite(v) ? v : 0.0;
}

/// `index` and `value` are scratch owned by the caller, so that no C++ object lives in a frame a
/// GLPK error could jump over.
[[gnu::noinline]] glp_prob* buildProblem(const MipModel& model, std::vector<int>& index, std::vector<double>& value) {
    glp_prob* lp = glp_create_prob();
    glp_set_obj_dir(lp, GLP_MIN);
    const auto& columns = model.columns();
    if (!columns.empty())
        glp_add_cols(lp, static_cast<int>(columns.size()));
    for (std::size_t j = 0; j < columns.size(); ++j) {
        const auto& c = columns[j];
        const int col = static_cast<int>(j) + 1;
        glp_set_col_bnds(lp, col, boundType(c.lower, c.upper), finiteOrZero(c.lower), finiteOrZero(c.upper));
        glp_set_col_kind(lp, col, c.integer ? GLP_IV : GLP_CV);
        glp_set_obj_coef(lp, col, c.objective);
    }
    const auto& rows = model.rows();
    if (!rows.empty())
        glp_add_rows(lp, static_cast<int>(rows.size()));
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const auto& r = rows[i];
        const int row = static_cast<int>(i) + 1;
        glp_set_row_bnds(lp, row, boundType(r.lower, r.upper), finiteOrZero(r.lower), finiteOrZero(r.upper));
        index.assign(1, 0); // GLPK's arrays start at 1
        value.assign(1, 0.0);
        for (const auto& [col, coefficient] : r.terms) {
            index.push_back(col + 1);
            value.push_back(coefficient);
        }
        glp_set_mat_row(lp, row, static_cast<int>(r.terms.size()), index.data(), value.data());
    }
    return lp;
}

/// The part that may jump back on a GLPK error: no C++ object lives in this frame.
int solveGuarded(glp_prob* lp, glp_iocp* parameters) {
    return glp_intopt(lp, parameters);
}

/// Column indices out of range, a row naming a column twice, NaN, or an empty range make GLPK
/// report an error: they are refused here so that its error path is never the normal one.
bool wellFormedRow(const MipModel::Row& r, int columns) {
    if (std::isnan(r.lower) || std::isnan(r.upper) || r.lower > r.upper)
        return false;
    int previous = -1;
    for (const auto& [col, coefficient] : r.terms) {
        if (col <= previous || col >= columns || !std::isfinite(coefficient))
            return false; // out of range, or named twice (terms are sorted)
        previous = col;
    }
    return true;
}

bool wellFormed(const MipModel& model) {
    for (const auto& c : model.columns())
        if (std::isnan(c.lower) || std::isnan(c.upper) || std::isnan(c.objective) || c.lower > c.upper ||
            !std::isfinite(c.objective))
            return false;
    const auto n = static_cast<int>(model.columns().size());
    return std::all_of(model.rows().begin(), model.rows().end(),
                       [n](const MipModel::Row& r) { return wellFormedRow(r, n); });
}

} // namespace

namespace {

/// Out of line, so that the vector it fills holds no state in the frame that GLPK may jump to.
[[gnu::noinline]] void readSolution(glp_prob* lp, MipOutcome& out) {
    const int columns = glp_get_num_cols(lp);
    out.values.resize(static_cast<std::size_t>(columns));
    for (int j = 1; j <= columns; ++j)
        out.values[static_cast<std::size_t>(j - 1)] = glp_mip_col_val(lp, j);
    out.objective = glp_mip_obj_val(lp);
}

/// One run of GLPK; `presolve` only when there are no lazy rows.
MipOutcome solveOnce(const MipModel& model, const MipLimits& limits, const LazyRows* lazy,
                     const std::vector<double>* start, bool presolve) {
    MipOutcome out;
    if (!wellFormed(model))
        return out; // Failed
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(limits.deadline - std::chrono::steady_clock::now());
    if (pastDeadline(limits) || left.count() <= 0) {
        out.status = MipOutcome::Status::Stopped;
        return out;
    }
    if (model.columns().empty())
        return solveEmpty(model);
    Guard guard;
    guard.limits = &limits;
    guard.lazy = lazy;
    if (lazy && start && start->size() == model.columns().size() &&
        std::all_of(start->begin(), start->end(), [](double v) { return std::isfinite(v); }))
        guard.start = start; // (with presolve on, GLPK's columns are not the model's)
    guard.columns = static_cast<int>(model.columns().size());
    hookGlpk(guard);
    glp_prob* lp = nullptr;
    std::vector<int> index;
    std::vector<double> value;
    if (setjmp(guard.jump) != 0) {
        // GLPK left its environment in an undefined state: free all of it, the problem included.
        glp_free_env();
        return MipOutcome{};
    }
    lp = buildProblem(model, index, value);
    glp_iocp parameters;
    glp_init_iocp(&parameters);
    parameters.msg_lev = GLP_MSG_OFF;
    parameters.presolve = GLP_ON;
    parameters.mip_gap = 0.0;
    // Measured on plancheck's 1,000-credential questions (docs/performance.md): these cuts and
    // pseudo-cost branching halve the time of GLPK's defaults; Gomory cuts did not pay.
    parameters.mir_cuts = GLP_ON;
    parameters.cov_cuts = GLP_ON;
    parameters.clq_cuts = GLP_ON;
    parameters.br_tech = limits.branching == MipLimits::Branching::PseudoCost ? GLP_BR_PCH : GLP_BR_DTH;
    parameters.bt_tech = GLP_BT_BLB;
    parameters.tm_lim = static_cast<int>(std::min<long long>(left.count(), 1LL << 30));
    parameters.cb_func = onTreeEvent;
    parameters.cb_info = &guard;
    int code = 0;
    if (lazy || !presolve) {
        // Lazy rows go into GLPK's own problem, so its presolver, which works on a copy, is off;
        // so is its rounding heuristic, which would accept solutions the rows never saw.
        parameters.presolve = GLP_OFF;
        if (lazy)
            parameters.sr_heur = GLP_OFF;
        // Money rows in cents next to 0/1 rows: scaled by powers of two (exact), or the simplex
        // loses its way.
        glp_scale_prob(lp, GLP_SF_AUTO);
        glp_smcp simplex;
        glp_init_smcp(&simplex);
        simplex.msg_lev = GLP_MSG_OFF;
        simplex.tm_lim = parameters.tm_lim;
        code = glp_simplex(lp, &simplex);
        if (code == 0 && glp_get_status(lp) == GLP_NOFEAS)
            code = GLP_ENOPFS;
        else if (code == 0 && glp_get_status(lp) != GLP_OPT)
            code = GLP_EFAIL;
    }
    if (code == 0)
        code = solveGuarded(lp, &parameters);
    if (guard.lazyFailed)
        code = GLP_EFAIL;
    const int status = glp_mip_status(lp);
    if (code == 0 && status == GLP_OPT) {
        out.status = MipOutcome::Status::Optimal;
        readSolution(lp, out);
        out.bound = out.objective;
    } else if ((code == 0 && status == GLP_NOFEAS) || code == GLP_ENOPFS) {
        out.status = MipOutcome::Status::Infeasible;
    } else if ((code == GLP_ETMLIM || code == GLP_ESTOP) && status == GLP_FEAS) {
        out.status = MipOutcome::Status::Feasible;
        readSolution(lp, out);
        out.bound = std::min(guard.bound, out.objective);
    } else if (code == GLP_ETMLIM || code == GLP_ESTOP) {
        out.status = MipOutcome::Status::Stopped;
        out.bound = guard.bound;
    }
    glp_delete_prob(lp);
    unhookGlpk();
    return out;
}

/// Out of line, so that the vectors it fills hold no state in the frame that GLPK may jump to.
[[gnu::noinline]] void readRelaxation(glp_prob* lp, LpOutcome& out) {
    const int columns = glp_get_num_cols(lp);
    out.optimal = true;
    out.objective = glp_get_obj_val(lp);
    out.values.resize(static_cast<std::size_t>(columns));
    out.reducedCost.resize(static_cast<std::size_t>(columns));
    out.atLower.resize(static_cast<std::size_t>(columns));
    for (int j = 1; j <= columns; ++j) {
        out.values[static_cast<std::size_t>(j - 1)] = glp_get_col_prim(lp, j);
        out.reducedCost[static_cast<std::size_t>(j - 1)] = glp_get_col_dual(lp, j);
        out.atLower[static_cast<std::size_t>(j - 1)] = glp_get_col_stat(lp, j) == GLP_NL ? 1 : 0;
    }
}

/// Whether the model's coefficients span more than three decimal orders: money rows in cents
/// beside 0/1 rows. Only then does the relaxation pay for GLPK's scaling. Rows of 0/1 and
/// credits (at most a few hundred) solve without it in fewer iterations: on plancheck's
/// 10,000-credential credits goals 125-1,800 instead of 324-2,600, and as many at 1,000
/// (docs/performance.md).
bool wideRange(const MipModel& model) {
    double smallest = MipModel::kUnbounded, largest = 0;
    for (const auto& r : model.rows())
        for (const auto& term : r.terms) {
            const double a = std::abs(term.second);
            if (a == 0)
                continue;
            smallest = std::min(smallest, a);
            largest = std::max(largest, a);
        }
    return largest > 1000 * smallest;
}

} // namespace

LpOutcome solveLp(const MipModel& model, const MipLimits& limits) {
    LpOutcome out;
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(limits.deadline - std::chrono::steady_clock::now());
    if (!wellFormed(model) || model.columns().empty() || pastDeadline(limits) || left.count() <= 0)
        return out;
    Guard guard;
    guard.limits = &limits;
    hookGlpk(guard);
    glp_prob* lp = nullptr;
    std::vector<int> index;
    std::vector<double> value;
    if (setjmp(guard.jump) != 0) {
        glp_free_env(); // as in solveOnce()
        return LpOutcome{};
    }
    lp = buildProblem(model, index, value);
    if (wideRange(model))
        glp_scale_prob(lp, GLP_SF_AUTO);
    glp_smcp simplex;
    glp_init_smcp(&simplex);
    simplex.msg_lev = GLP_MSG_OFF;
    simplex.tm_lim = static_cast<int>(std::min<long long>(left.count(), 1LL << 30));
    // Dual simplex (primal when it fails): on plancheck's 10,000-credential models it took
    // 0.06-0.16 s where the primal took 0.15-0.46 s (docs/performance.md).
    simplex.meth = GLP_DUALP;
    if (glp_simplex(lp, &simplex) == 0) {
        if (glp_get_status(lp) == GLP_OPT)
            readRelaxation(lp, out);
        else
            out.infeasible = glp_get_prim_stat(lp) == GLP_NOFEAS;
    }
    glp_delete_prob(lp);
    unhookGlpk();
    return out;
}

MipOutcome solveMip(const MipModel& model, const MipLimits& limits, const LazyRows* lazy,
                    const std::vector<double>* start) {
    MipOutcome out = solveOnce(model, limits, lazy, start, true);
    // GLPK's presolver reports an error when it settles every column itself (glp_add_cols with
    // none left): the same model without it.
    if (out.status == MipOutcome::Status::Failed && !lazy && wellFormed(model))
        out = solveOnce(model, limits, nullptr, nullptr, false);
    return out;
}

} // namespace cairn::detail
