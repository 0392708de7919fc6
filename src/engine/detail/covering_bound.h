#pragma once

// The branch and bound's covering bound: a dual ascent over the landmarks not hit yet, the
// atoms a node must still add and its unmet "k of n" groups. Private to the engine.

#include "detail/landmark_bound.h"
#include "detail/planning_problem.h"

#include <algorithm>
#include <utility>
#include <vector>

namespace cairn::detail {

/// Keeps its residual weights between calls (stamped, so each call starts afresh without
/// clearing them).
class CoveringBound {
public:
    explicit CoveringBound(const PlanningProblem& p)
        : p_(p), residual_(p.credentials.size(), 0), residualStamp_(p.credentials.size(), 0) {}

    /// Dual ascent on the covering relaxation of the landmarks not hit yet and the `mandatory`
    /// atoms: a lower bound on what the credentials still to add must weigh. kInfiniteAmount when some
    /// landmark or atom has no candidate left.
    ///
    /// The landmarks' own values are a feasible dual solution to start from (LM-cut never charges
    /// a credential more than its weight), so the bound is never below theirs; raising each
    /// landmark to its cheapest remaining member's residual then credits the credentials ruled
    /// out since the root, and the atoms the node still lacks add what the landmarks miss.
    template <typename Candidate, typename Held>
    Amount bound(const std::vector<int>& mandatory, const std::vector<int>& groups, const std::vector<Amount>& w,
                 const LandmarkBound* lm, const Candidate& candidate, const Held& held) {
        ++stamp_;
        Amount lb = 0;
        if (lm) {
            lm->forEachUnhit([&](const std::vector<int>& members, Amount value) {
                lb += value;
                for (int q : members)
                    if (candidate(q))
                        residual(q, w) -= value;
            });
            bool dead = false;
            lm->forEachUnhit([&](const std::vector<int>& members, Amount) {
                Amount y = kInfiniteAmount;
                for (int q : members)
                    if (candidate(q))
                        y = std::min(y, residual(q, w));
                if (y == kInfiniteAmount) {
                    dead = true;
                    return;
                }
                if (y <= 0)
                    return;
                lb += y;
                for (int q : members)
                    if (candidate(q))
                        residual(q, w) -= y;
            });
            if (dead)
                return kInfiniteAmount;
        }
        for (int a : mandatory) {
            Amount y = kInfiniteAmount;
            const auto& prov = p_.atoms[static_cast<std::size_t>(a)].providers;
            for (int q : prov)
                if (candidate(q))
                    y = std::min(y, residual(q, w));
            if (y == kInfiniteAmount)
                return kInfiniteAmount;
            lb += y;
            if (y > 0)
                for (int q : prov)
                    if (candidate(q))
                        residual(q, w) -= y;
        }
        for (int g : groups) {
            const Amount add = groupStep(g, w, candidate, held);
            if (add == kInfiniteAmount)
                return kInfiniteAmount;
            lb += add;
        }
        return lb;
    }

private:
    Amount& residual(int q, const std::vector<Amount>& w) {
        const auto qi = static_cast<std::size_t>(q);
        if (residualStamp_[qi] != stamp_) {
            residualStamp_[qi] = stamp_;
            residual_[qi] = w[qi];
        }
        return residual_[qi];
    }

    /// One dual-ascent step for an unmet "k of n" group: at least k' more members must be
    /// provided, and a credential provides `count` of them. The fractional covering knapsack
    /// (cheapest residual weight per member first) bounds what they cost; each candidate's
    /// residual is charged what that solution's prices ask of it, which keeps the duals feasible.
    template <typename Candidate, typename Held>
    Amount groupStep(int node, const std::vector<Amount>& w, const Candidate& candidate, const Held& held) {
        const auto& f = p_.formulas;
        const auto& n = f.nodes[static_cast<std::size_t>(node)];
        int need = n.need;
        std::vector<int> atoms;
        for (int i = 0; i < n.count; ++i) {
            const int child = f.children[static_cast<std::size_t>(n.first + i)];
            if (f.eval(child, held))
                --need;
            else if (f.nodes[static_cast<std::size_t>(child)].kind == FormulaArena::Atom)
                atoms.push_back(f.nodes[static_cast<std::size_t>(child)].atom);
            else
                --need; // a nested group: counted as free, which keeps the bound valid
        }
        if (need <= 0)
            return 0;
        // Candidates and how many of the group's unmet members each provides.
        std::vector<std::pair<int, int>> offers; // (credential, members)
        for (int a : atoms)
            for (int q : p_.atoms[static_cast<std::size_t>(a)].providers) {
                if (!candidate(q))
                    continue;
                auto it = std::find_if(offers.begin(), offers.end(), [&](const auto& o) { return o.first == q; });
                if (it == offers.end())
                    offers.emplace_back(q, 1);
                else
                    ++it->second;
            }
        std::sort(offers.begin(), offers.end(), [&](const auto& x, const auto& y) {
            const Wide lx = static_cast<Wide>(residual(x.first, w)) * y.second;
            const Wide ly = static_cast<Wide>(residual(y.first, w)) * x.second;
            return lx < ly || (lx == ly && x.first < y.first);
        });
        Amount covered = 0;
        std::size_t last = 0;
        for (; last < offers.size() && covered < need; ++last)
            covered += offers[last].second;
        if (covered < need)
            return kInfiniteAmount;
        // Price per member: the ratio of the last credential needed.
        const auto& [lastQ, lastCount] = offers[last - 1];
        const Amount lastResidual = residual(lastQ, w);
        Amount value = 0;
        for (std::size_t i = 0; i < offers.size(); ++i) {
            const auto& [q, count] = offers[i];
            // Charge min(residual, price × count), price = lastResidual / lastCount (rounded down).
            const Amount charge = std::min<Amount>(
                residual(q, w), static_cast<Amount>(static_cast<Wide>(lastResidual) * count / lastCount));
            if (i < last)
                value += charge;
            residual(q, w) -= charge;
        }
        // value = cost of the first `last` credentials at their charges; the last one is needed
        // only in part, but counting it whole would overstate: take away the unused fraction.
        const Amount excess = covered - need;
        const Amount unused = static_cast<Amount>(static_cast<Wide>(lastResidual) * excess / lastCount);
        return std::max<Amount>(0, value - unused - 1);
    }

    const PlanningProblem& p_;
    std::vector<Amount> residual_;
    std::vector<int> residualStamp_;
    int stamp_ = 0;
};

} // namespace cairn::detail
