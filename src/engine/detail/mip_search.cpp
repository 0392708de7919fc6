#include "detail/mip_search.h"

#include "detail/credit_assignment.h"
#include "detail/credit_bound.h"
#include "detail/landmark_search.h"
#include "detail/landmarks.h"
#include "detail/mip_formulation.h"
#include "detail/ordering_cuts.h"
#include "detail/plan_heuristics.h"
#include "detail/plan_weights.h"
#include "detail/schedule.h"
#include "detail/search_portfolio.h"

#include <algorithm>
#include <cmath>

namespace cairn::detail {

namespace {

/// The relaxation heuristic (MipSearch::planFromRelaxation): nodes for each restricted MIP, and
/// how many times the credentials it may take are widened. Counts, for the same answer on every
/// run. Measured on plancheck's 1,000- and 10,000-credential questions (docs/performance.md): the
/// relaxation's support alone holds a plan for most career goals; credits goals often need two
/// or three widenings, each solved in a few milliseconds.
constexpr long long kHeuristicNodes = 200;
constexpr int kHeuristicWidenings = 4;
/// Far below 2^53: sums of weights stay exact in a double.
constexpr double kExactDoubles = 4.0e15;

std::vector<int> pinnedOf(const PlanningProblem& p) {
    std::vector<int> pinned;
    for (std::size_t i = 0; i < p.credentials.size(); ++i)
        if (p.credentials[i].pinned)
            pinned.push_back(static_cast<int>(i));
    return pinned;
}

/// The exact test of a plan: pinned credentials in it, a valid order that meets the goal, and
/// an assignment of its credits that meets every category rule — the solver's own, checked in
/// integers, or else one found by the exact search.
bool isPlan(const PlanningProblem& p, const std::vector<int>& set, const std::vector<int>& pinned,
            const MipFormulation& f, const std::vector<double>& values) {
    for (int c : pinned)
        if (!std::binary_search(set.begin(), set.end(), c))
            return false;
    if (!orderPlan(p, set))
        return false;
    if (!p.creditsGoal || (!values.empty() && creditsCertified(p, f, values)))
        return true;
    return creditsMayHold(p, set) && assignCredits(p, set).feasible;
}

/// The MIP with landmark rows added until its optimum can be ordered.
class MipSearch {
public:
    MipSearch(const PlanningProblem& p, const SearchSpec& spec, const SearchResult* incumbent)
        : p_(p), spec_(spec), incumbent_(incumbent), pinned_(pinnedOf(p)), primary_(metricWeights(p, spec.primary)),
          secondary_(metricWeights(p, spec.secondary)), floor_(creditsGoalBound(p, primary_)),
          secondaryFloor_(creditsGoalBound(p, secondary_)) {
        limits_.deadline = spec.stop.deadline(); // the question's one clock (stop_clock.h)
        limits_.cancel = spec.stop.cancelFlag();
        limits_.maxNodes = spec.mipNodes;
    }

    std::optional<SearchResult> run() {
        if (!fitsDoubles(primary_) || !fitsDoubles(secondary_))
            return std::nullopt;
        if (auto pinnedOnly = pinnedSetIfPlan())
            return pinnedOnly;
        if (auto atFloor = creditsPlanAtTheFloor())
            return atFloor;
        MipCaps caps;
        if (spec_.useBudget && p_.budget)
            caps.maxCost = *p_.budget;
        if (spec_.maxCompletionDay) {
            // completionDayForHours(h) <= day  <=>  7h <= (day + 1) × hours per week.
            const Amount hours = (static_cast<Amount>(*spec_.maxCompletionDay) + 1) * p_.hoursPerWeek / 7;
            if (hours < 0)
                return noPlan();
            caps.maxHours = hours;
        }
        f_ = formulate(p_, caps);
        if (f_.impossible)
            return noPlan();
        // GLPK starts each column's pseudo-costs with trial solves on a copy of the whole
        // problem. On large models the copies cost more than the choices save: at 10,000
        // credentials they were a quarter of the time, and plancheck's 48 questions took 119 s
        // with Driebeck and Tomlin's rule against 172 s (docs/performance.md). At 1,000
        // credentials pseudo-costs stay: two `balanced` questions took 10 s instead of 3-5 s.
        if (f_.model.columns().size() > kLazyColumns)
            limits_.branching = MipLimits::Branching::DriebeckTomlin;
        // LM-cut's landmarks respect the order in which grants become available, which the
        // closure rows do not: as rows they raise the LP bound where credentials enable each other.
        const auto landmarks = landmarksFor(spec_.primary);
        if (landmarks->unreachable)
            return noPlan();
        for (const auto& set : landmarks->sets)
            addLandmarkRow(f_, set);
        // The primary objective, from a plan known beforehand: the searches' plan or the
        // relaxation heuristic's, whichever is better. The searches' plan is GLPK's start, as it
        // has the values of every column; the heuristic's enters as a cutoff, a row that admits
        // only strictly better plans: it keeps GLPK's presolver on, which a start turns off, so
        // it pays at every size. The heuristic runs even when the searches found a plan: theirs
        // may be only a greedy one (landmark_search.cpp), and GLPK started from one nine times
        // the optimum's cost took 0.64 s where the heuristic's plan and cutoff took 0.42 s (the
        // cheapest plan that explains an infeasible budget, plancheck's 1,000 credentials;
        // docs/performance.md). Above kLazyColumns no start is given at all (GLPK alone found no
        // plan for 26 s on a 10,000-credential question): the better plan is the cutoff. When the
        // cut model has no solution, the known plan is the optimum.
        const bool searched = incumbent_ && incumbent_->found;
        const bool startable = f_.model.columns().size() <= kLazyColumns;
        Phase known = planFromRelaxation();
        if (relaxation_.infeasible)
            return noPlan(); // (under a budget, the search for the cheapest plan took 0.9 s more
                             // to say so on a 10,000-credential question)
        std::vector<double> start;
        if (searched && startable && !(known.found && lexLess(known.set, incumbent_->set))) {
            known = Phase{};
            if (relaxationProves(sumOf(primary_, incumbent_->set))) { // no start needed: settled below
                known.found = true;
                known.set = incumbent_->set;
            } else {
                start = startFor(incumbent_->set);
            }
        }
        if (searched && !startable && (!known.found || lexLess(incumbent_->set, known.set))) {
            known.found = true;
            known.set = incumbent_->set;
        }
        if (!searched && !known.found) {
            // Neither the searches nor the relaxation found a plan: under a budget, the cheapest
            // plan may be one, or settle the question (mip_search.h). Only here, as it costs a
            // search of its own: asked of every budget question, it made plancheck's 1,000-
            // credential ones slower by a third.
            SearchResult cheapest;
            if (auto settled = settledByTheCheapest(p_, spec_, cheapest))
                return settled;
            if (cheapest.found) {
                known.found = true;
                known.set = std::move(cheapest.set);
                Phase near = bestAround(known.set);
                if (near.found && lexLess(near.set, known.set))
                    known = std::move(near);
            }
        }
        // A known plan that weighs what the relaxation does is the optimum: the solve below
        // would only find its cutoff infeasible, after another relaxation as slow as the first.
        const bool settled = known.found && relaxationProves(sumOf(primary_, known.set));
        // Work that stops after the relaxation (SearchSpec::relaxationOnlyAbove): its bound, and
        // the better plan known. (A plan the relaxation proves goes on to its tie-break.)
        if (spec_.relaxationOnlyAbove && f_.model.columns().size() > *spec_.relaxationOnlyAbove && !settled &&
            relaxation_.optimal)
            return unfinished(relaxation_.objective, known.found ? &known.set : nullptr);
        const int cutoff = known.found && !settled ? static_cast<int>(f_.model.rows().size()) : -1;
        if (cutoff >= 0)
            f_.model.addRow(termsOf(primary_), -MipModel::kUnbounded,
                            static_cast<double>(sumOf(primary_, known.set)) - 0.5);
        if (spec_.news)
            limits_.onBound = [this](double bound) { spec_.news({nullptr, provenBelow(bound)}); };
        Phase first;
        if (settled)
            first.status = Phase::NoPlan; // none below the known plan, as the solve would say
        else
            first = solve(primary_, start.empty() ? nullptr : &start);
        if (known.found && !first.found && first.status != Phase::Failed) {
            // (Its bound stands: it is below the cutoff, so below the known plan too.)
            first.status = first.status == Phase::NoPlan ? Phase::Proven : first.status;
            first.found = true;
            first.set = std::move(known.set);
        }
        limits_.onBound = nullptr; // the tie-break's bounds are on the secondary
        if (spec_.news && first.found)
            spec_.news({&first.set, first.status == Phase::Proven ? std::optional<Amount>(sumOf(primary_, first.set))
                                                                  : std::nullopt});
        if (first.status == Phase::Failed)
            return std::nullopt;
        if (first.status == Phase::NoPlan)
            return noPlan();
        if (first.status != Phase::Proven)
            return unfinished(first.bound, first.found ? &first.set : nullptr);
        // The tie-break, with the primary held at its optimum (integers: +0.5 is exact); a
        // cutoff row becomes that row first, as it cuts the optimum off.
        const Amount best = sumOf(primary_, first.set);
        if (cutoff >= 0)
            f_.model.setRowBounds(cutoff, -MipModel::kUnbounded, static_cast<double>(best) + 0.5);
        if (spec_.secondary != spec_.primary)
            leaveOutWhatNoOptimumTakes(best);
        if (cutoff < 0)
            f_.model.addRow(termsOf(primary_), -MipModel::kUnbounded, static_cast<double>(best) + 0.5);
        if (spec_.secondary == spec_.primary)
            return finish(first.set, true, best);
        // The tie-break from the better of the first phase's plan and a quick restricted one. On
        // models up to kLazyColumns, where the first phase's plan was GLPK's start, it is a cutoff
        // on the secondary like the heuristic's plan on the primary: the presolver stays on, and
        // plancheck's 1,000-credential questions took 13-19% less CPU. Above, where no start is
        // given, a cutoff measured no better, and slower on some (docs/performance.md): there
        // the plan is what the tie-break returns if the time runs out first.
        Phase tie = tieBreakStart(first.set);
        if (!tie.found || sumOf(primary_, tie.set) != best || !lexLess(tie.set, first.set))
            tie.set = first.set;
        else if (spec_.news)
            spec_.news({&tie.set, std::nullopt});
        if (p_.creditsGoal && sumOf(secondary_, tie.set) == secondaryFloor_)
            return finish(tie.set, true, best); // no plan at all weighs less on the secondary
        const bool tieCutoff = f_.model.columns().size() <= kLazyColumns;
        if (tieCutoff)
            f_.model.addRow(termsOf(secondary_), -MipModel::kUnbounded,
                            static_cast<double>(sumOf(secondary_, tie.set)) - 0.5);
        Phase second = solve(secondary_, nullptr);
        if (tieCutoff && second.status == Phase::NoPlan)
            second.status = Phase::Proven; // nothing breaks the tie better than that plan
        if (second.status == Phase::Failed || second.status == Phase::NoPlan)
            return std::nullopt; // the first phase's plan satisfies this phase (at worst, the
                                 // cutoff's plan): numerical trouble
        std::vector<int> plan = tie.set;
        if (second.found && lexLess(second.set, plan)) // (the empty set can be a plan)
            plan = second.set;
        if (sumOf(primary_, plan) != best)
            return std::nullopt; // a plan cheaper than the proven optimum: do not trust either
        return finish(plan, second.status == Phase::Proven, best);
    }

private:
    std::shared_ptr<const Landmarks> landmarksFor(Metric m) const {
        auto& cached = p_.landmarkCache[metricSlot(m)];
        if (!cached)
            cached = std::make_shared<const Landmarks>(computeLandmarks(p_, metricWeights(p_, m)));
        return cached;
    }

    struct Phase {
        enum Status { Proven, Stopped, NoPlan, Failed } status = Failed;
        bool found = false;
        std::vector<int> set; ///< when found: a checked plan, ascending (maybe empty)
        double bound = 0;
    };

    /// The pinned credentials alone (none, for most questions), when they are a plan: every plan
    /// holds them and no weight is negative, so nothing beats them on either metric. A learner
    /// whose earned credits already meet a credits goal is answered here; the landmark search,
    /// which settles such career goals at once, never sees credits goals, and the relaxation
    /// and the MIP took up to a second to find the empty plan at 10,000 credentials.
    std::optional<SearchResult> pinnedSetIfPlan() const {
        if (!isPlan(p_, pinned_, pinned_, f_, {}))
            return std::nullopt;
        return finish(pinned_, true, sumOf(primary_, pinned_));
    }

    /// For a credits goal, a greedy plan that weighs, on both metrics, what every plan weighs at
    /// least (creditsGoalBound): nothing beats it, and no relaxation need be solved. On
    /// plancheck's 10,000-credential questions a learner whose free credentials cover the
    /// missing credits waited 0.6 s for the MIP to find that plan of $0 and 0 hours.
    std::optional<SearchResult> creditsPlanAtTheFloor() const {
        if (!p_.creditsGoal)
            return std::nullopt;
        if (floor_ >= kInfiniteAmount || secondaryFloor_ >= kInfiniteAmount)
            return std::nullopt;
        // The floor counts every credential a plan must take and credits alone: a goal whose
        // requirement those leave unmet is above it. (There the greedy would sweep the catalog
        // for the requirement: 5,000 credentials and a second on a 10,000-credential question.)
        std::vector<int> start;
        for (std::size_t i = 0; i < p_.credentials.size(); ++i)
            if (p_.credentials[i].mustTake())
                start.push_back(static_cast<int>(i));
        RelaxedClosure closure(p_);
        std::vector<int> pending = start;
        closure.takeWhatFits(pending);
        if (!closure.goalMet(pinned_))
            return std::nullopt;
        const auto plan = greedyPlan(p_, lightestPerCreditFirst(), start, pinned_, spec_.stop);
        if (!plan || sumOf(primary_, *plan) != floor_ || sumOf(secondary_, *plan) != secondaryFloor_ ||
            !isPlan(p_, *plan, pinned_, f_, {}))
            return std::nullopt;
        return finish(*plan, true, floor_);
    }

    /// Of the credentials not every plan takes, those a plan weighing the floors could hold (no weight is negative):
    /// with credits, lightest per credit first (on the primary, then the secondary), then the others lightest first.
    std::vector<int> lightestPerCreditFirst() const {
        std::vector<int> order;
        for (std::size_t i = 0; i < p_.credentials.size(); ++i)
            if (!p_.credentials[i].mustTake() && primary_[i] <= floor_ && secondary_[i] <= secondaryFloor_)
                order.push_back(static_cast<int>(i));
        const auto credits = [this](int c) -> Wide {
            const auto& credit = p_.credentials[static_cast<std::size_t>(c)].credit;
            return credit ? credit->credits : 0;
        };
        // a/ca < b/cb without division; a credential without credits weighs as if it had one
        const auto lighter = [&](const std::vector<Amount>& w, int a, int b) {
            const Wide ca = std::max<Wide>(credits(a), 1), cb = std::max<Wide>(credits(b), 1);
            return static_cast<Wide>(w[static_cast<std::size_t>(a)]) * cb <
                   static_cast<Wide>(w[static_cast<std::size_t>(b)]) * ca;
        };
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            if ((credits(a) > 0) != (credits(b) > 0))
                return credits(a) > 0;
            if (lighter(primary_, a, b) || lighter(primary_, b, a))
                return lighter(primary_, a, b);
            return lighter(secondary_, a, b);
        });
        return order;
    }

    /// Whether the primary's relaxation, when the heuristic solved it, shows that no plan weighs
    /// less than `weight`: every plan weighs an integer at least its optimum, less the simplex's
    /// rounding (the margin of leaveOutWhatNoOptimumTakes).
    bool relaxationProves(Amount weight) const {
        if (!relaxation_.optimal)
            return false;
        const double least = relaxation_.objective - 1e-6 * std::max(1.0, std::abs(relaxation_.objective));
        return static_cast<double>(weight) - 1 < least;
    }

    static bool fitsDoubles(const std::vector<Amount>& weights) {
        double total = 0;
        for (Amount w : weights) {
            if (w < 0)
                return false;
            total += static_cast<double>(w);
        }
        return total < kExactDoubles;
    }

    bool lexLess(const std::vector<int>& a, const std::vector<int>& b) const {
        const Amount pa = sumOf(primary_, a), pb = sumOf(primary_, b);
        return pa != pb ? pa < pb : sumOf(secondary_, a) < sumOf(secondary_, b);
    }

    /// Fixes out of the model every credential that no plan of primary value `best` can take:
    /// by the relaxation's reduced costs, any plan with it weighs more than `best` (the primary is
    /// the model's objective still). The tie-break's branch and bound then never considers them;
    /// its relaxation alone cannot see this, as its objective is the tie-break's.
    void leaveOutWhatNoOptimumTakes(Amount best) {
        // The relaxation the heuristic solved, when it did, serves: rows added since only
        // tighten the model, and its reduced costs bound every solution of the tighter one too.
        // Solving again would cost as much (up to a second at 10,000 credentials) for a little
        // more fixed.
        const LpOutcome lp = relaxation_.optimal ? std::move(relaxation_) : solveLp(f_.model, limits_);
        relaxation_ = {};
        if (!lp.optimal)
            return;
        // Every plan's primary is an integer: one that weighs more than best + 1/2 weighs at
        // least best + 1. The margin covers the simplex's rounding.
        const double above =
            static_cast<double>(best) + 0.5 + 1e-6 * std::max(1.0, std::abs(static_cast<double>(best)));
        for (int column : f_.take) {
            const auto j = static_cast<std::size_t>(column);
            if (lp.atLower[j] && lp.objective + lp.reducedCost[j] > above)
                f_.model.setColumnBounds(column, 0, 0);
            else if (lp.values[j] > 1e-6)
                relaxed_.push_back(column);
        }
    }

    /// The tie-break's first plan: the tie-break's model restricted to the credentials of the
    /// first phase's plan and those the primary's relaxation takes a part of. It holds that plan,
    /// so it always has one, and it is small: solved within kHeuristicNodes, it often finds the
    /// tie-break's optimum long before the whole model does (plancheck's 10,000-credential
    /// questions: in 0.5 s where GLPK took 20 s), which matters when the time runs out first.
    Phase tieBreakStart(const std::vector<int>& firstPlan) { return bestAmong(firstPlan, relaxed_, secondary_); }

    /// The plan lightest by `weights` of a model restricted to `plan`'s credentials and the
    /// take columns in `support`, within kHeuristicNodes: it holds `plan`, so it always has one.
    Phase bestAmong(const std::vector<int>& plan, const std::vector<int>& support, const std::vector<Amount>& weights) {
        std::vector<char> kept(f_.model.columns().size(), 0);
        for (int column : support)
            kept[static_cast<std::size_t>(column)] = 1;
        for (int c : plan)
            kept[static_cast<std::size_t>(f_.take[static_cast<std::size_t>(c)])] = 1;
        std::vector<int> left;
        for (int column : f_.take) {
            const MipModel::Column& c = f_.model.columns()[static_cast<std::size_t>(column)];
            if (!kept[static_cast<std::size_t>(column)] && c.upper > c.lower)
                left.push_back(column);
        }
        for (int column : left)
            f_.model.setColumnBounds(column, 0, 0);
        MipLimits restricted = limits_;
        restricted.onBound = nullptr;
        restricted.maxNodes = std::min(limits_.maxNodes > 0 ? limits_.maxNodes : kHeuristicNodes, kHeuristicNodes);
        Phase found = solve(weights, nullptr, restricted);
        for (int column : left)
            f_.model.setColumnBounds(column, 0, 1);
        return found;
    }

    void setObjective(const std::vector<Amount>& weights) {
        f_.model.clearObjective();
        for (std::size_t i = 0; i < weights.size(); ++i)
            f_.model.setObjective(f_.take[i], static_cast<double>(weights[i]));
    }

    /// sum(weight × take) as a row's terms.
    std::vector<std::pair<int, double>> termsOf(const std::vector<Amount>& weights) const {
        std::vector<std::pair<int, double>> terms;
        for (std::size_t i = 0; i < weights.size(); ++i)
            if (weights[i] != 0)
                terms.emplace_back(f_.take[i], static_cast<double>(weights[i]));
        return terms;
    }

    /// A plan for questions the searches brought none to (every credits goal among them): the
    /// MIP restricted to the credentials the linear relaxation takes a part of, which is small
    /// and solved in milliseconds, and whose optimum is often the whole model's or close to it.
    /// Where the restriction holds no plan, the credentials of lowest reduced cost are let in
    /// too, twice as many each time. GLPK's own search finds its first plan late on these models
    /// (after 100 nodes and more at 1,000 credentials, where CBC's diving heuristics find one at
    /// the root), and proves far sooner with one.
    Phase planFromRelaxation() {
        setObjective(primary_);
        relaxation_ = solveLp(f_.model, limits_);
        const LpOutcome& lp = relaxation_;
        if (!lp.optimal)
            return {};
        Phase greedy = greedyFromRelaxation(lp);
        // Its credentials join the restricted model's on a career goal, where the support may
        // lack prerequisites. On a credits goal they made the first restricted model hold a plan
        // little better than the greedy one, and the widening that finds better plans stopped
        // there (plancheck's 1,000-credential credits goals: up to 70% slower to prove).
        std::vector<char> inGreedy(f_.take.size(), 0);
        if (!p_.creditsGoal)
            for (int c : greedy.set)
                inGreedy[static_cast<std::size_t>(c)] = 1;
        std::vector<int> support, others;
        for (std::size_t i = 0; i < f_.take.size(); ++i) {
            const int column = f_.take[i];
            const auto j = static_cast<std::size_t>(column);
            const MipModel::Column& c = f_.model.columns()[j];
            if (c.upper > c.lower)
                (lp.values[j] > 1e-6 || inGreedy[i] ? support : others).push_back(column);
        }
        std::stable_sort(others.begin(), others.end(), [&lp](int a, int b) {
            return lp.reducedCost[static_cast<std::size_t>(a)] < lp.reducedCost[static_cast<std::size_t>(b)];
        });
        MipLimits restricted = limits_;
        restricted.onBound = nullptr; // the restricted model's bounds bound nothing else
        restricted.maxNodes = std::min(limits_.maxNodes > 0 ? limits_.maxNodes : kHeuristicNodes, kHeuristicNodes);
        std::size_t width = std::max<std::size_t>(support.size(), 8);
        for (int round = 0; round < kHeuristicWidenings; ++round, width *= 2) {
            const std::size_t letIn = round == 0 ? 0 : std::min(others.size(), width - support.size());
            for (std::size_t k = letIn; k < others.size(); ++k)
                f_.model.setColumnBounds(others[k], 0, 0);
            Phase found = solve(primary_, nullptr, restricted);
            for (std::size_t k = letIn; k < others.size(); ++k)
                f_.model.setColumnBounds(others[k], 0, 1);
            if (found.found) {
                if (greedy.found && lexLess(greedy.set, found.set))
                    found = std::move(greedy);
                if (spec_.news)
                    spec_.news({&found.set, std::nullopt});
                return found;
            }
            if (found.status == Phase::Failed || letIn == others.size() || spec_.stop.stop())
                break;
        }
        if (greedy.found && spec_.news)
            spec_.news({&greedy.set, std::nullopt});
        return greedy;
    }

    /// The best plan of the relaxation's support and `plan`'s credentials, by a restricted MIP
    /// like the heuristic's: it holds `plan` itself, so it finds one at least as good. Under a
    /// budget the heuristic's restrictions may hold no plan at all, and the cheapest plan, the
    /// one known then, weighs far more on another objective: on a 10,000-credential `balanced`
    /// question of plancheck, 40% above the optimum, which GLPK took 35 s to prove from there.
    Phase bestAround(const std::vector<int>& plan) {
        if (!relaxation_.optimal)
            return {};
        std::vector<int> support;
        for (int column : f_.take)
            if (relaxation_.values[static_cast<std::size_t>(column)] > 1e-6)
                support.push_back(column);
        return bestAmong(plan, support, primary_);
    }

    /// A plan rounded from the relaxation: built greedily, taking first the credentials the
    /// relaxation takes most of (then those of least reduced cost). Where the relaxation's
    /// support lacks prerequisites, restricted MIPs can hold no plan at all (plancheck's
    /// 10,000-credential career goals with many "k of n" items: none within 900 columns), and
    /// GLPK's own search may find none for many seconds; this always finds one when one exists.
    Phase greedyFromRelaxation(const LpOutcome& lp) const {
        std::vector<int> preference;
        for (std::size_t i = 0; i < f_.take.size(); ++i) {
            const MipModel::Column& c = f_.model.columns()[static_cast<std::size_t>(f_.take[i])];
            if (c.upper > 0.5 && !p_.credentials[i].pinned)
                preference.push_back(static_cast<int>(i));
        }
        const auto value = [&](int i) {
            return lp.values[static_cast<std::size_t>(f_.take[static_cast<std::size_t>(i)])];
        };
        const auto reduced = [&](int i) {
            return lp.reducedCost[static_cast<std::size_t>(f_.take[static_cast<std::size_t>(i)])];
        };
        std::stable_sort(preference.begin(), preference.end(), [&](int a, int b) {
            if (value(a) != value(b))
                return value(a) > value(b);
            if (reduced(a) != reduced(b))
                return reduced(a) < reduced(b);
            return primary_[static_cast<std::size_t>(a)] < primary_[static_cast<std::size_t>(b)];
        });
        Phase phase;
        auto plan = greedyPlan(p_, preference, pinned_, pinned_, spec_.stop);
        if (!plan || !isPlan(p_, *plan, pinned_, f_, {}) || !finish(*plan, false, 0))
            return phase; // (finish: within the budget and the deadline, cohorts that fit)
        phase.found = true;
        phase.status = Phase::Stopped;
        phase.set = std::move(*plan);
        return phase;
    }

    /// Minimises `weights`, adding a landmark row whenever the optimum cannot be ordered.
    Phase solve(const std::vector<Amount>& weights, const std::vector<double>* start) {
        return solve(weights, start, limits_);
    }
    Phase solve(const std::vector<Amount>& weights, const std::vector<double>* start, const MipLimits& limits) {
        setObjective(weights);
        Phase phase;
        for (;;) {
            const LazyRows lazy = [this](const std::vector<double>& values) { return lazyRows(values); };
            // A start needs GLPK's presolver off (its columns are not the model's), and so do lazy
            // rows. With a start that pays on models of 1,000 credentials (GLPK prunes from its
            // first node) and costs five times the time on models of 10,000; without one the
            // presolver is faster even at 1,000 credentials (a third of the CPU time on
            // plancheck's questions, docs/performance.md), and rows the solution breaks are
            // added between solves instead.
            const bool warm = start != nullptr && f_.model.columns().size() <= kLazyColumns;
            const MipOutcome out = solveMip(f_.model, limits, warm ? &lazy : nullptr, warm ? start : nullptr);
            start = nullptr; // a landmark row may cut the next solve's start off
            for (auto& row : found_)
                f_.model.addRow(std::move(row.terms), row.lower, row.upper);
            found_.clear();
            using S = MipOutcome::Status;
            if (out.status == S::Failed) {
                phase.status = Phase::Failed;
                return phase;
            }
            if (out.status == S::Infeasible) {
                phase.status = Phase::NoPlan;
                return phase;
            }
            phase.bound = std::max(phase.bound, out.bound);
            if (out.status == S::Stopped) {
                phase.status = Phase::Stopped;
                return phase;
            }
            std::vector<int> set;
            for (std::size_t i = 0; i < f_.take.size(); ++i)
                if (out.values[static_cast<std::size_t>(f_.take[i])] > 0.5)
                    set.push_back(static_cast<int>(i));
            if (isPlan(p_, set, pinned_, f_, out.values)) {
                phase.found = true;
                phase.set = std::move(set);
                phase.status = out.status == S::Optimal ? Phase::Proven : Phase::Stopped;
                return phase;
            }
            OrderingCuts cuts = orderingCuts(p_, set, f_.take);
            if (!cuts.rows.empty() && isPlan(p_, cuts.placed, pinned_, f_, {})) {
                // The part that can be ordered is a plan on its own, and no heavier than the
                // solver's optimum, a lower bound: it is optimal too.
                phase.found = true;
                phase.set = std::move(cuts.placed);
                phase.status = out.status == S::Optimal ? Phase::Proven : Phase::Stopped;
                return phase;
            }
            // The landmark the set misses too: on career goals it is small and bounds well.
            std::vector<int> landmark = landmarkMissedBy(p_, set, pinned_);
            if (landmark.empty()) {
                phase.status = Phase::NoPlan;
                return phase;
            }
            p_.learnedLandmarks.push_back(landmark);
            addLandmarkRow(f_, landmark);
            for (auto& row : cuts.rows)
                f_.model.addRow(std::move(row.terms), row.lower, row.upper);
            if (out.status != S::Optimal) {
                phase.status = Phase::Stopped; // out of time with a set that is no plan
                return phase;
            }
        }
    }

    SearchResult noPlan() const {
        SearchResult r;
        r.exhaustive = true;
        return r;
    }

    /// The solver's bound in whole units, rounded down past its tolerances.
    static Amount provenBelow(double bound) {
        return std::max<Amount>(0, static_cast<Amount>(std::floor(bound * (1 - 1e-9) - 1e-6)));
    }

    /// Stopped by time or cancel: the best checked plan, if any, and the bound proven so far.
    std::optional<SearchResult> unfinished(double bound, const std::vector<int>* plan) {
        SearchResult r;
        r.rootBound = provenBelow(bound);
        if (!plan)
            return r;
        auto result = finish(*plan, false, r.rootBound);
        if (result)
            result->exhaustive = false;
        return result;
    }

    /// The checked plan with its exact totals; empty when its cohorts do not fit or it breaks a
    /// limit when measured exactly (then the solver's tolerances misled it).
    std::optional<SearchResult> finish(const std::vector<int>& set, bool proven, Amount bound) const {
        SearchResult r;
        const auto order = orderPlan(p_, set);
        if (!order)
            return std::nullopt;
        const bool hasCohort = std::any_of(
            set.begin(), set.end(), [this](int c) { return p_.credentials[static_cast<std::size_t>(c)].cohort; });
        if (hasCohort || spec_.maxCompletionDay) {
            const Completion c = completionOf(p_, *order);
            if (!c.feasible || (spec_.maxCompletionDay && c.day > *spec_.maxCompletionDay))
                return std::nullopt;
            r.completionExact = c.exact;
        }
        if (spec_.useBudget && p_.budget && sumOf(metricWeights(p_, Metric::Cost), set) > *p_.budget)
            return std::nullopt;
        r.found = true;
        r.exhaustive = proven;
        r.set = set;
        r.primary = sumOf(primary_, set);
        r.secondary = sumOf(secondary_, set);
        r.rootBound = proven ? r.primary : std::min(bound, r.primary);
        return r;
    }

    /// The landmark an integral solution of the solver misses, as a row, when it is no plan.
    std::vector<MipModel::Row> lazyRows(const std::vector<double>& values) {
        std::vector<int> set;
        for (std::size_t i = 0; i < f_.take.size(); ++i)
            if (values[static_cast<std::size_t>(f_.take[i])] > 0.5)
                set.push_back(static_cast<int>(i));
        if (isPlan(p_, set, pinned_, f_, values)) {
            if (spec_.news)
                spec_.news({&set, std::nullopt});
            return {};
        }
        // A set that cannot be ordered is cut off by what its stuck credentials miss, and by
        // the landmark it misses: on career goals that is small and bounds well, on credits
        // goals it names nearly every credential with credits and the cuts do the work.
        std::vector<MipModel::Row> rows = orderingCuts(p_, set, f_.take).rows;
        std::vector<int> landmark = landmarkMissedBy(p_, set, pinned_);
        MipModel::Row row;
        row.lower = 1.0;
        for (int c : landmark)
            row.terms.emplace_back(f_.take[static_cast<std::size_t>(c)], 1.0);
        p_.learnedLandmarks.push_back(std::move(landmark));
        rows.push_back(std::move(row)); // an empty landmark: no plan at all, a row no solution meets
        found_.insert(found_.end(), rows.begin(), rows.end()); // for the next solves too
        return rows;
    }

    /// Every column's value for a plan: the model solved with the plan's binaries fixed
    /// (credits and formula columns follow). Empty when there is none.
    std::vector<double> startFor(const std::vector<int>& plan) const {
        MipModel fixed = withPlanFixed(f_, plan);
        const MipOutcome out = solveMip(fixed, limits_);
        if (out.status != MipOutcome::Status::Optimal)
            return {};
        return out.values;
    }

    const PlanningProblem& p_;
    const SearchSpec& spec_;
    const SearchResult* incumbent_ = nullptr;
    std::vector<MipModel::Row> found_; ///< lazy rows GLPK added to one solve, for the next
    std::vector<int> pinned_;
    std::vector<Amount> primary_, secondary_;
    /// For a credits goal, what every plan weighs at least on each (creditsGoalBound); 0 else.
    Amount floor_, secondaryFloor_;
    MipLimits limits_;
    MipFormulation f_;
    LpOutcome relaxation_;     ///< the primary's, when the heuristic solved it
    std::vector<int> relaxed_; ///< columns the primary's relaxation takes a part of (tie-break)
};

} // namespace

bool mipSearchApplies(const PlanningProblem& p, const SearchSpec& spec) {
    if (spec.primary == Metric::Completion || spec.secondary == Metric::Completion)
        return false;
    const bool cohorts =
        std::any_of(p.credentials.begin(), p.credentials.end(), [](const CredentialLocal& c) { return c.cohort; });
    return !(spec.maxCompletionDay && cohorts);
}

std::optional<SearchResult> searchWithMip(const PlanningProblem& problem, const SearchSpec& spec,
                                          const SearchResult* incumbent) {
    if (!mipSearchApplies(problem, spec))
        return std::nullopt;
    return MipSearch(problem, spec, incumbent).run();
}

} // namespace cairn::detail
