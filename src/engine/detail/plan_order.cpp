// Orders, dependencies and completion dates of a chosen set of credentials.
#include "detail/plan_search.h"
#include "detail/schedule.h"

#include <algorithm>
#include <functional>

namespace cairn::detail {

std::optional<std::vector<int>> orderPlan(const PlanningProblem& p, const std::vector<int>& set) {
    std::vector<int> reachCount(p.atoms.size(), 0);
    auto held = [&](int a) {
        return p.atoms[static_cast<std::size_t>(a)].initiallyHeld || reachCount[static_cast<std::size_t>(a)] > 0;
    };
    // One round takes every credential whose prerequisites the previous rounds met; keeping
    // rounds (not single steps) makes the order independent of how `set` is sorted. Only a
    // credential watching an atom that the last round reached can join the next round, so a
    // chain of n credentials costs n small rounds, not n passes over the whole set.
    std::vector<std::vector<int>> watchers(p.atoms.size());
    for (std::size_t pos = 0; pos < set.size(); ++pos)
        p.formulas.forEachAtom(p.credentials[static_cast<std::size_t>(set[pos])].root, [&](int a) {
            auto& w = watchers[static_cast<std::size_t>(a)];
            if (w.empty() || w.back() != static_cast<int>(pos))
                w.push_back(static_cast<int>(pos));
        });
    std::vector<char> placed(set.size(), 0), queued(set.size(), 0);
    std::vector<int> order, candidates(set.size());
    for (std::size_t pos = 0; pos < set.size(); ++pos)
        candidates[pos] = static_cast<int>(pos);
    std::vector<int> round, next;
    while (order.size() < set.size()) {
        round.clear();
        for (int pos : candidates) {
            queued[static_cast<std::size_t>(pos)] = 0;
            if (!placed[static_cast<std::size_t>(pos)] &&
                p.formulas.eval(p.credentials[static_cast<std::size_t>(set[static_cast<std::size_t>(pos)])].root, held))
                round.push_back(pos);
        }
        if (round.empty())
            return std::nullopt;
        next.clear();
        for (int pos : round) {
            placed[static_cast<std::size_t>(pos)] = 1;
            order.push_back(set[static_cast<std::size_t>(pos)]);
        }
        for (int pos : round)
            for (int a : p.credentials[static_cast<std::size_t>(set[static_cast<std::size_t>(pos)])].provides)
                if (reachCount[static_cast<std::size_t>(a)]++ == 0 &&
                    !p.atoms[static_cast<std::size_t>(a)].initiallyHeld)
                    for (int w : watchers[static_cast<std::size_t>(a)])
                        if (!placed[static_cast<std::size_t>(w)] && !queued[static_cast<std::size_t>(w)]) {
                            queued[static_cast<std::size_t>(w)] = 1;
                            next.push_back(w);
                        }
        std::sort(next.begin(), next.end()); // each round in the order of `set`
        candidates.swap(next);
    }
    if (!p.formulas.eval(p.goalRoot, held))
        return std::nullopt;
    return order;
}

Completion completionOf(const PlanningProblem& p, const std::vector<int>& order) {
    Completion c;
    bool cohort = false;
    Amount hours = 0;
    for (int i : order) {
        cohort = cohort || p.credentials[static_cast<std::size_t>(i)].cohort;
        hours += p.credentials[static_cast<std::size_t>(i)].hours;
    }
    if (!cohort) {
        // Self-paced only: the learner's hours are the bottleneck, so the earliest finish is
        // when they have put in the plan's hours.
        c.day = completionDayForHours(hours, p.hoursPerWeek);
        return c;
    }
    const Support support = supportOf(p, order);
    const Schedule s = schedule(p, order, support.reliesOn);
    c.feasible = s.feasible;
    c.exact = s.completionDay <= completionDayForHours(hours, p.hoursPerWeek);
    c.day = s.completionDay;
    return c;
}

namespace {

/// Chooses which satisfied parts of a requirement a plan relies on: items the profile already
/// holds first, then items in written order, as many as the group needs.
template <typename Held, typename Use>
void selectSupport(const FormulaArena& f, int node, const Held& held, const Held& initially, const Use& use) {
    const auto& n = f.nodes[static_cast<std::size_t>(node)];
    if (n.kind == FormulaArena::Atom) {
        if (!initially(n.atom))
            use(n.atom);
        return;
    }
    if (n.kind != FormulaArena::Gate)
        return;
    std::vector<int> pick;
    for (int pass = 0; pass < 2 && static_cast<int>(pick.size()) < n.need; ++pass)
        for (int i = 0; i < n.count && static_cast<int>(pick.size()) < n.need; ++i) {
            const int child = f.children[static_cast<std::size_t>(n.first + i)];
            const bool byProfile = f.eval(child, initially);
            if ((pass == 0 && byProfile) || (pass == 1 && !byProfile && f.eval(child, held)))
                pick.push_back(child);
        }
    for (int child : pick)
        selectSupport(f, child, held, initially, use);
}

} // namespace

Support supportOf(const PlanningProblem& p, const std::vector<int>& order) {
    Support s;
    s.reliesOn.resize(order.size());
    s.suppliesTo.resize(order.size());
    s.goalAtoms.resize(order.size());
    std::vector<int> firstProvider(p.atoms.size(), -1); // position of the earliest provider so far
    auto initially = [&](int a) { return p.atoms[static_cast<std::size_t>(a)].initiallyHeld; };
    auto held = [&](int a) { return initially(a) || firstProvider[static_cast<std::size_t>(a)] >= 0; };
    std::function<bool(int)> heldFn = held, initFn = initially;
    for (std::size_t pos = 0; pos < order.size(); ++pos) {
        const auto& c = p.credentials[static_cast<std::size_t>(order[pos])];
        selectSupport(p.formulas, c.root, heldFn, initFn, [&](int a) {
            const int from = firstProvider[static_cast<std::size_t>(a)];
            if (from < 0)
                return;
            auto& deps = s.reliesOn[pos];
            if (std::find(deps.begin(), deps.end(), from) == deps.end())
                deps.push_back(from);
            s.suppliesTo[static_cast<std::size_t>(from)].emplace_back(static_cast<int>(pos), a);
        });
        std::sort(s.reliesOn[pos].begin(), s.reliesOn[pos].end());
        for (int a : c.provides)
            if (firstProvider[static_cast<std::size_t>(a)] < 0)
                firstProvider[static_cast<std::size_t>(a)] = static_cast<int>(pos);
    }
    selectSupport(p.formulas, p.goalRoot, heldFn, initFn, [&](int a) {
        const int from = firstProvider[static_cast<std::size_t>(a)];
        if (from >= 0)
            s.goalAtoms[static_cast<std::size_t>(from)].push_back(a);
    });
    return s;
}

} // namespace cairn::detail
