#include "detail/landmarks.h"

#include <algorithm>
#include <limits>
#include <queue>

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
        t.add({factOf(c.root)}, c.provides, c.pinned ? 0 : weights[i], static_cast<int>(i));
    }
    for (const auto& [pre, g] : groupActions)
        t.add(pre, {g}, 0, -1);
    std::vector<int> goalPre{factOf(p.goalRoot)};
    for (const auto& c : p.credentials)
        if (c.pinned)
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
    explicit LmCut(Task& t) : t_(t) {}

    Landmarks run() {
        Landmarks out;
        while (true) {
            hmax();
            const Amount g = value_[static_cast<std::size_t>(t_.goalFact)];
            if (g == kUnreached) {
                out.unreachable = true;
                return out;
            }
            if (g == 0)
                return out;
            std::vector<int> cut = findCut();
            Amount m = kUnreached;
            for (int a : cut)
                m = std::min(m, t_.actions[static_cast<std::size_t>(a)].cost);
            if (cut.empty() || m <= 0 || m == kUnreached)
                return out; // cannot happen for a well-formed task; stop with what is proven
            std::vector<int> creds;
            for (int a : cut) {
                t_.actions[static_cast<std::size_t>(a)].cost -= m;
                creds.push_back(t_.actions[static_cast<std::size_t>(a)].credential);
            }
            std::sort(creds.begin(), creds.end());
            creds.erase(std::unique(creds.begin(), creds.end()), creds.end());
            out.sets.push_back(std::move(creds));
            out.values.push_back(m);
            out.total += m;
        }
    }

private:
    /// h^max of every fact with the current costs; records each reached action's
    /// precondition of greatest value (its "supporter").
    void hmax() {
        const auto facts = static_cast<std::size_t>(t_.facts);
        value_.assign(facts, kUnreached);
        supporter_.assign(t_.actions.size(), -1);
        missing_.resize(t_.actions.size());
        for (std::size_t a = 0; a < t_.actions.size(); ++a)
            missing_[a] = t_.actions[a].preEnd - t_.actions[a].preBegin;
        using Item = std::pair<Amount, int>;
        std::priority_queue<Item, std::vector<Item>, std::greater<>> queue;
        for (int f : t_.initial) {
            value_[static_cast<std::size_t>(f)] = 0;
            queue.push({0, f});
        }
        std::vector<char> done(facts, 0);
        while (!queue.empty()) {
            const auto [v, f] = queue.top();
            queue.pop();
            if (done[static_cast<std::size_t>(f)])
                continue;
            done[static_cast<std::size_t>(f)] = 1;
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
                        queue.push({reach, e});
                    }
                }
            }
        }
    }

    std::vector<int> findCut() {
        const auto facts = static_cast<std::size_t>(t_.facts);
        // Achievers in the justification graph: supported actions, edge supporter → effect.
        std::vector<std::vector<int>> achievers(facts);
        std::vector<std::vector<int>> bySupporter(facts);
        for (std::size_t a = 0; a < t_.actions.size(); ++a) {
            const int s = supporter_[a];
            if (s < 0)
                continue;
            bySupporter[static_cast<std::size_t>(s)].push_back(static_cast<int>(a));
            for (int i = t_.actions[a].effBegin; i < t_.actions[a].effEnd; ++i)
                achievers[static_cast<std::size_t>(t_.eff[static_cast<std::size_t>(i)])].push_back(static_cast<int>(a));
        }
        // The goal zone: facts that reach the goal through zero-cost edges.
        std::vector<char> goalZone(facts, 0);
        std::vector<int> stack{t_.goalFact};
        goalZone[static_cast<std::size_t>(t_.goalFact)] = 1;
        while (!stack.empty()) {
            const int f = stack.back();
            stack.pop_back();
            for (int a : achievers[static_cast<std::size_t>(f)]) {
                if (t_.actions[static_cast<std::size_t>(a)].cost != 0)
                    continue;
                const int s = supporter_[static_cast<std::size_t>(a)];
                if (!goalZone[static_cast<std::size_t>(s)]) {
                    goalZone[static_cast<std::size_t>(s)] = 1;
                    stack.push_back(s);
                }
            }
        }
        // Forward from the initial facts without entering the goal zone; actions that cross
        // into it form the cut.
        std::vector<char> seen(facts, 0), inCut(t_.actions.size(), 0);
        std::vector<int> cut;
        for (int f : t_.initial)
            if (!goalZone[static_cast<std::size_t>(f)] && !seen[static_cast<std::size_t>(f)]) {
                seen[static_cast<std::size_t>(f)] = 1;
                stack.push_back(f);
            }
        while (!stack.empty()) {
            const int f = stack.back();
            stack.pop_back();
            for (int a : bySupporter[static_cast<std::size_t>(f)]) {
                const auto& act = t_.actions[static_cast<std::size_t>(a)];
                for (int i = act.effBegin; i < act.effEnd; ++i) {
                    const int e = t_.eff[static_cast<std::size_t>(i)];
                    if (goalZone[static_cast<std::size_t>(e)]) {
                        if (!inCut[static_cast<std::size_t>(a)]) {
                            inCut[static_cast<std::size_t>(a)] = 1;
                            cut.push_back(a);
                        }
                    } else if (!seen[static_cast<std::size_t>(e)]) {
                        seen[static_cast<std::size_t>(e)] = 1;
                        stack.push_back(e);
                    }
                }
            }
        }
        return cut;
    }

    Task& t_;
    std::vector<Amount> value_;
    std::vector<int> supporter_;
    std::vector<int> missing_;
};

} // namespace

Landmarks computeLandmarks(const PlanningProblem& problem, const std::vector<Amount>& weights) {
    Task task = buildTask(problem, weights);
    return LmCut(task).run();
}

} // namespace cairn::detail
