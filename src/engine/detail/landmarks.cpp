#include "detail/landmarks.h"

#include "detail/credit_assignment.h"
#include "detail/relaxed_closure.h"

#include <algorithm>
#include <functional>
#include <limits>

namespace cairn::detail {

namespace {

constexpr Amount kUnreached = std::numeric_limits<Amount>::max();

/// The catalog as a delete-free planning task: facts are atoms, requirement groups and "goal";
/// actions are credentials (weighted) and zero-cost actions that assemble groups from members.
struct Task {
    int facts = 0;
    int goalFact = 0;
    std::vector<int> initial;
    struct Action {
        int preBegin = 0, preEnd = 0;
        int effBegin = 0, effEnd = 0;
        Amount cost = 0;
        int credential = -1;
    };
    std::vector<Action> actions;
    std::vector<int> pre, eff;
    std::vector<std::vector<int>> preOf; ///< fact → actions having it as a precondition

    void add(const std::vector<int>& p, const std::vector<int>& e, Amount cost, int credential) {
        Action a;
        a.preBegin = static_cast<int>(pre.size());
        pre.insert(pre.end(), p.begin(), p.end());
        a.preEnd = static_cast<int>(pre.size());
        a.effBegin = static_cast<int>(eff.size());
        eff.insert(eff.end(), e.begin(), e.end());
        a.effEnd = static_cast<int>(eff.size());
        a.cost = cost;
        a.credential = credential;
        actions.push_back(a);
    }
};

Task buildTask(const PlanningProblem& p, const std::vector<Amount>& weights) {
    Task t;
    const int atoms = static_cast<int>(p.atoms.size());
    const FormulaArena& f = p.formulas;
    std::vector<int> factOfNode(f.nodes.size(), -1);
    int next = atoms;
    const int trueFact = next++;
    const int falseFact = next++;
    // Facts for the formula nodes in use, and the group-assembling actions.
    std::vector<int> stack;
    auto visit = [&](int root) { stack.push_back(root); };
    for (const auto& c : p.credentials)
        visit(c.root);
    visit(p.goalRoot);
    std::vector<std::pair<std::vector<int>, int>> groupActions; // (pre facts, gate fact)
    auto factOf = [&](int node) -> int {
        const auto& n = f.nodes[static_cast<std::size_t>(node)];
        if (n.kind == FormulaArena::Atom)
            return n.atom;
        if (n.kind == FormulaArena::True)
            return trueFact;
        if (n.kind == FormulaArena::False)
            return falseFact;
        auto& id = factOfNode[static_cast<std::size_t>(node)];
        if (id < 0) {
            id = next++;
            stack.push_back(node);
        }
        return id;
    };
    std::vector<int> roots = stack;
    stack.clear();
    for (int r : roots)
        (void)factOf(r);
    while (!stack.empty()) {
        const int node = stack.back();
        stack.pop_back();
        const auto& n = f.nodes[static_cast<std::size_t>(node)];
        const int g = factOfNode[static_cast<std::size_t>(node)];
        std::vector<int> kids;
        for (int i = 0; i < n.count; ++i)
            kids.push_back(factOf(f.children[static_cast<std::size_t>(n.first + i)]));
        if (n.need == n.count) {
            groupActions.push_back({kids, g});
            continue;
        }
        // "k of n": one action per k-subset while that stays small; beyond, relax to "any".
        long long subsets = 1;
        for (int i = 0; i < n.need; ++i)
            subsets = subsets * (n.count - i) / (i + 1);
        if (n.need == 1 || subsets > 24) {
            for (int k : kids)
                groupActions.push_back({{k}, g});
            continue;
        }
        std::vector<int> pick(static_cast<std::size_t>(n.need));
        for (int i = 0; i < n.need; ++i)
            pick[static_cast<std::size_t>(i)] = i;
        while (true) {
            std::vector<int> pre;
            for (int i : pick)
                pre.push_back(kids[static_cast<std::size_t>(i)]);
            groupActions.push_back({pre, g});
            int i = n.need - 1;
            while (i >= 0 && pick[static_cast<std::size_t>(i)] == n.count - n.need + i)
                --i;
            if (i < 0)
                break;
            ++pick[static_cast<std::size_t>(i)];
            for (int j = i + 1; j < n.need; ++j)
                pick[static_cast<std::size_t>(j)] = pick[static_cast<std::size_t>(j - 1)] + 1;
        }
    }
    t.goalFact = next++;
    t.facts = next;
    for (std::size_t i = 0; i < p.credentials.size(); ++i) {
        const auto& c = p.credentials[i];
        t.add({factOf(c.root)}, c.provides, c.mustTake() ? 0 : weights[i], static_cast<int>(i));
    }
    for (const auto& [pre, g] : groupActions)
        t.add(pre, {g}, 0, -1);
    std::vector<int> goalPre{factOf(p.goalRoot)};
    for (const auto& c : p.credentials)
        if (c.mustTake())
            goalPre.push_back(factOf(c.root));
    t.add(goalPre, {t.goalFact}, 0, -1);

    t.initial.push_back(trueFact);
    for (int a = 0; a < atoms; ++a)
        if (p.atoms[static_cast<std::size_t>(a)].initiallyHeld)
            t.initial.push_back(a);
    t.preOf.assign(static_cast<std::size_t>(t.facts), {});
    for (std::size_t a = 0; a < t.actions.size(); ++a)
        for (int i = t.actions[a].preBegin; i < t.actions[a].preEnd; ++i)
            t.preOf[static_cast<std::size_t>(t.pre[static_cast<std::size_t>(i)])].push_back(static_cast<int>(a));
    return t;
}

class LmCut {
public:
    explicit LmCut(Task& t) : t_(t) {
        const auto facts = static_cast<std::size_t>(t_.facts);
        value_.resize(facts);
        done_.resize(facts);
        goalZone_.resize(facts);
        seen_.resize(facts);
        achieverStart_.resize(facts + 1);
        supportedStart_.resize(facts + 1);
        supporter_.resize(t_.actions.size());
        missing_.resize(t_.actions.size());
        inCut_.assign(t_.actions.size(), 0);
        heap_.reserve(facts);
    }

    /// Stops early, with the landmarks found so far (still a valid bound), when `clock` says so.
    Landmarks run(const StopClock& clock) {
        Landmarks out;
        std::vector<int> cut;
        hmax();
        while (!clock.stop()) {
            const Amount g = value_[static_cast<std::size_t>(t_.goalFact)];
            if (g == kUnreached) {
                out.unreachable = true;
                return out;
            }
            if (g == 0)
                return out;
            findCut(cut);
            Amount m = kUnreached;
            for (int a : cut)
                m = std::min(m, t_.actions[static_cast<std::size_t>(a)].cost);
            if (cut.empty() || m <= 0 || m == kUnreached)
                return out; // cannot happen for a well-formed task; stop with what is proven
            std::vector<int> creds;
            for (int a : cut)
                creds.push_back(t_.actions[static_cast<std::size_t>(a)].credential);
            lowerCosts(cut, m);
            std::sort(creds.begin(), creds.end());
            creds.erase(std::unique(creds.begin(), creds.end()), creds.end());
            out.sets.push_back(std::move(creds));
            out.values.push_back(m);
            out.total += m;
        }
        return out;
    }

private:
    using Item = std::pair<Amount, int>;

    /// h^max of every fact with the current costs; records each reached action's
    /// precondition of greatest value (its "supporter"). Buffers are reused across rounds:
    /// one LM-cut makes one round per landmark, over the whole catalog each time.
    void hmax() {
        std::fill(value_.begin(), value_.end(), kUnreached);
        std::fill(supporter_.begin(), supporter_.end(), -1);
        std::fill(done_.begin(), done_.end(), 0);
        for (std::size_t a = 0; a < t_.actions.size(); ++a)
            missing_[a] = t_.actions[a].preEnd - t_.actions[a].preBegin;
        heap_.clear();
        auto push = [&](Amount v, int f) {
            heap_.emplace_back(v, f);
            std::push_heap(heap_.begin(), heap_.end(), std::greater<>());
        };
        for (int f : t_.initial) {
            value_[static_cast<std::size_t>(f)] = 0;
            push(0, f);
        }
        while (!heap_.empty()) {
            std::pop_heap(heap_.begin(), heap_.end(), std::greater<>());
            const auto [v, f] = heap_.back();
            heap_.pop_back();
            if (done_[static_cast<std::size_t>(f)])
                continue;
            done_[static_cast<std::size_t>(f)] = 1;
            for (int a : t_.preOf[static_cast<std::size_t>(f)]) {
                if (--missing_[static_cast<std::size_t>(a)] != 0)
                    continue;
                supporter_[static_cast<std::size_t>(a)] = f; // popped last, so of greatest value
                const auto& act = t_.actions[static_cast<std::size_t>(a)];
                const Amount reach = v + act.cost;
                for (int i = act.effBegin; i < act.effEnd; ++i) {
                    const int e = t_.eff[static_cast<std::size_t>(i)];
                    if (reach < value_[static_cast<std::size_t>(e)]) {
                        value_[static_cast<std::size_t>(e)] = reach;
                        push(reach, e);
                    }
                }
            }
        }
    }

    /// Takes `m` off the cost of the cut's actions and brings h^max up to date. Values only
    /// fall, so only what the cheaper actions reach is revisited: most of the catalog keeps its
    /// values from one round to the next.
    void lowerCosts(const std::vector<int>& cut, Amount m) {
        heap_.clear();
        auto push = [&](Amount v, int f) {
            heap_.emplace_back(v, f);
            std::push_heap(heap_.begin(), heap_.end(), std::greater<>());
        };
        auto relax = [&](int a) {
            const auto& act = t_.actions[static_cast<std::size_t>(a)];
            const Amount reach = value_[static_cast<std::size_t>(supporter_[static_cast<std::size_t>(a)])] + act.cost;
            for (int i = act.effBegin; i < act.effEnd; ++i) {
                const int e = t_.eff[static_cast<std::size_t>(i)];
                if (reach < value_[static_cast<std::size_t>(e)]) {
                    value_[static_cast<std::size_t>(e)] = reach;
                    push(reach, e);
                }
            }
        };
        for (int a : cut) {
            t_.actions[static_cast<std::size_t>(a)].cost -= m;
            relax(a);
        }
        while (!heap_.empty()) {
            std::pop_heap(heap_.begin(), heap_.end(), std::greater<>());
            const auto [v, f] = heap_.back();
            heap_.pop_back();
            if (v != value_[static_cast<std::size_t>(f)])
                continue; // a stale entry: the fact fell further since
            for (int a : t_.preOf[static_cast<std::size_t>(f)]) {
                if (supporter_[static_cast<std::size_t>(a)] != f)
                    continue; // another precondition still decides when the action is reached
                const auto& act = t_.actions[static_cast<std::size_t>(a)];
                int best = f;
                for (int i = act.preBegin; i < act.preEnd; ++i) {
                    const int q = t_.pre[static_cast<std::size_t>(i)];
                    if (value_[static_cast<std::size_t>(q)] > value_[static_cast<std::size_t>(best)])
                        best = q;
                }
                supporter_[static_cast<std::size_t>(a)] = best;
                relax(a);
            }
        }
    }

    /// The justification graph's edges, grouped by fact without allocating per fact:
    /// `achievers` (supported actions by effect) and `supported` (actions by supporter).
    void indexJustification() {
        std::fill(achieverStart_.begin(), achieverStart_.end(), 0);
        std::fill(supportedStart_.begin(), supportedStart_.end(), 0);
        for (std::size_t a = 0; a < t_.actions.size(); ++a) {
            const int s = supporter_[a];
            if (s < 0)
                continue;
            ++supportedStart_[static_cast<std::size_t>(s) + 1];
            for (int i = t_.actions[a].effBegin; i < t_.actions[a].effEnd; ++i)
                ++achieverStart_[static_cast<std::size_t>(t_.eff[static_cast<std::size_t>(i)]) + 1];
        }
        for (std::size_t f = 1; f < achieverStart_.size(); ++f) {
            achieverStart_[f] += achieverStart_[f - 1];
            supportedStart_[f] += supportedStart_[f - 1];
        }
        achievers_.resize(static_cast<std::size_t>(achieverStart_.back()));
        supported_.resize(static_cast<std::size_t>(supportedStart_.back()));
        fillA_.assign(achieverStart_.begin(), achieverStart_.end() - 1);
        fillS_.assign(supportedStart_.begin(), supportedStart_.end() - 1);
        for (std::size_t a = 0; a < t_.actions.size(); ++a) {
            const int s = supporter_[a];
            if (s < 0)
                continue;
            supported_[static_cast<std::size_t>(fillS_[static_cast<std::size_t>(s)]++)] = static_cast<int>(a);
            for (int i = t_.actions[a].effBegin; i < t_.actions[a].effEnd; ++i) {
                const auto e = static_cast<std::size_t>(t_.eff[static_cast<std::size_t>(i)]);
                achievers_[static_cast<std::size_t>(fillA_[e]++)] = static_cast<int>(a);
            }
        }
    }

    void findCut(std::vector<int>& cut) {
        indexJustification();
        cut.clear();
        std::fill(goalZone_.begin(), goalZone_.end(), 0);
        std::fill(seen_.begin(), seen_.end(), 0);
        // The goal zone: facts that reach the goal through zero-cost edges.
        std::vector<int>& stack = stack_;
        stack.assign(1, t_.goalFact);
        goalZone_[static_cast<std::size_t>(t_.goalFact)] = 1;
        while (!stack.empty()) {
            const auto f = static_cast<std::size_t>(stack.back());
            stack.pop_back();
            for (int k = achieverStart_[f]; k < achieverStart_[f + 1]; ++k) {
                const int a = achievers_[static_cast<std::size_t>(k)];
                if (t_.actions[static_cast<std::size_t>(a)].cost != 0)
                    continue;
                const int s = supporter_[static_cast<std::size_t>(a)];
                if (!goalZone_[static_cast<std::size_t>(s)]) {
                    goalZone_[static_cast<std::size_t>(s)] = 1;
                    stack.push_back(s);
                }
            }
        }
        // Forward from the initial facts without entering the goal zone; actions that cross
        // into it form the cut.
        for (int f : t_.initial)
            if (!goalZone_[static_cast<std::size_t>(f)] && !seen_[static_cast<std::size_t>(f)]) {
                seen_[static_cast<std::size_t>(f)] = 1;
                stack.push_back(f);
            }
        while (!stack.empty()) {
            const auto f = static_cast<std::size_t>(stack.back());
            stack.pop_back();
            for (int k = supportedStart_[f]; k < supportedStart_[f + 1]; ++k) {
                const int a = supported_[static_cast<std::size_t>(k)];
                const auto& act = t_.actions[static_cast<std::size_t>(a)];
                for (int i = act.effBegin; i < act.effEnd; ++i) {
                    const int e = t_.eff[static_cast<std::size_t>(i)];
                    if (goalZone_[static_cast<std::size_t>(e)]) {
                        if (!inCut_[static_cast<std::size_t>(a)]) {
                            inCut_[static_cast<std::size_t>(a)] = 1;
                            cut.push_back(a);
                        }
                    } else if (!seen_[static_cast<std::size_t>(e)]) {
                        seen_[static_cast<std::size_t>(e)] = 1;
                        stack.push_back(e);
                    }
                }
            }
        }
        for (int a : cut)
            inCut_[static_cast<std::size_t>(a)] = 0;
    }

    Task& t_;
    std::vector<Amount> value_;
    std::vector<int> supporter_;
    std::vector<int> missing_;
    std::vector<char> done_, goalZone_, seen_, inCut_;
    std::vector<Item> heap_;
    std::vector<int> achieverStart_, supportedStart_, achievers_, supported_, fillA_, fillS_, stack_;
};

} // namespace

Landmarks computeLandmarks(const PlanningProblem& problem, const std::vector<Amount>& weights, const StopClock& clock) {
    Task task = buildTask(problem, weights);
    return LmCut(task).run(clock);
}

std::vector<int> landmarkMissedBy(const PlanningProblem& p, const std::vector<int>& set,
                                  const std::vector<int>& pinned) {
    RelaxedClosure closure(p);
    std::vector<char> inside(p.credentials.size(), 0);
    for (int c : set)
        inside[static_cast<std::size_t>(c)] = 1;
    std::vector<int> pending = set;
    closure.takeWhatFits(pending);
    auto taken = [&] {
        std::vector<int> out;
        for (std::size_t i = 0; i < p.credentials.size(); ++i)
            if (closure.taken(static_cast<int>(i)))
                out.push_back(static_cast<int>(i));
        return out;
    };
    auto goalMet = [&] { return closure.goalMet(pinned) && (!p.creditsGoal || creditsMayHold(p, taken())); };
    // Credits count toward a credits goal even from a credential that grants nothing new.
    auto adds = [&](int c) {
        return closure.addsSomething(c) || (p.creditsGoal && p.credentials[static_cast<std::size_t>(c)].credit);
    };
    std::vector<int> open, next, completers;
    for (std::size_t i = 0; i < p.credentials.size(); ++i)
        if (!inside[i] && !closure.taken(static_cast<int>(i)))
            open.push_back(static_cast<int>(i));
    for (bool grew = true; grew;) {
        grew = false;
        next.clear();
        for (int c : open) {
            if (closure.taken(c) || !adds(c))
                continue;
            if (!closure.takeable(c)) {
                next.push_back(c);
                continue;
            }
            const std::size_t mark = closure.mark();
            const std::vector<int> before = pending;
            closure.take(c);
            closure.takeWhatFits(pending);
            if (goalMet()) {
                closure.rollback(mark);
                pending = before;
                completers.push_back(c);
                continue;
            }
            grew = true;
        }
        open.swap(next);
    }
    std::vector<int> landmark;
    for (int c : completers)
        if (adds(c))
            landmark.push_back(c);
    std::sort(landmark.begin(), landmark.end());
    return landmark;
}

} // namespace cairn::detail
