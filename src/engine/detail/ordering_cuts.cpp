#include "detail/ordering_cuts.h"

#include "detail/relaxed_closure.h"

#include <algorithm>

namespace cairn::detail {

namespace {

/// Strongly connected components of a graph given as adjacency lists (Tarjan, iterative so that
/// a long chain cannot overflow the stack). Returns each node's component number.
std::vector<int> components(const std::vector<std::vector<int>>& next) {
    const int n = static_cast<int>(next.size());
    std::vector<int> index(static_cast<std::size_t>(n), -1), low(static_cast<std::size_t>(n), 0),
        comp(static_cast<std::size_t>(n), -1);
    std::vector<char> onStack(static_cast<std::size_t>(n), 0);
    std::vector<int> stack;
    std::vector<std::pair<int, std::size_t>> frames; // (node, next edge to look at)
    int counter = 0, comps = 0;
    for (int root = 0; root < n; ++root) {
        if (index[static_cast<std::size_t>(root)] >= 0)
            continue;
        frames.emplace_back(root, 0);
        while (!frames.empty()) {
            auto& [v, edge] = frames.back();
            const auto vi = static_cast<std::size_t>(v);
            if (edge == 0 && index[vi] < 0) {
                index[vi] = low[vi] = counter++;
                stack.push_back(v);
                onStack[vi] = 1;
            }
            if (edge < next[vi].size()) {
                const int w = next[vi][edge++];
                const auto wi = static_cast<std::size_t>(w);
                if (index[wi] < 0)
                    frames.emplace_back(w, 0);
                else if (onStack[wi])
                    low[vi] = std::min(low[vi], index[wi]);
                continue;
            }
            if (low[vi] == index[vi]) {
                for (int w = -1; w != v;) {
                    w = stack.back();
                    stack.pop_back();
                    onStack[static_cast<std::size_t>(w)] = 0;
                    comp[static_cast<std::size_t>(w)] = comps;
                }
                ++comps;
            }
            const int done = v;
            frames.pop_back();
            if (!frames.empty()) {
                const auto parent = static_cast<std::size_t>(frames.back().first);
                low[parent] = std::min(low[parent], low[static_cast<std::size_t>(done)]);
            }
        }
    }
    return comp;
}

} // namespace

OrderingCuts orderingCuts(const PlanningProblem& p, const std::vector<int>& set, const std::vector<int>& take) {
    OrderingCuts out;
    RelaxedClosure closure(p);
    std::vector<int> stuck = set;
    closure.takeWhatFits(stuck);
    for (int c : set)
        if (closure.taken(c))
            out.placed.push_back(c);
    if (stuck.empty())
        return out;
    std::sort(stuck.begin(), stuck.end());
    const auto held = [&closure](int a) { return closure.held(a); };
    // Per stuck credential: the providers (other than itself) of the atoms it still misses.
    std::vector<int> position(p.credentials.size(), -1);
    for (std::size_t k = 0; k < stuck.size(); ++k)
        position[static_cast<std::size_t>(stuck[k])] = static_cast<int>(k);
    std::vector<std::vector<int>> helpers(stuck.size()), next(stuck.size());
    std::vector<int> missing;
    for (std::size_t k = 0; k < stuck.size(); ++k) {
        const int c = stuck[k];
        missing.clear();
        p.formulas.collectUnmet(p.credentials[static_cast<std::size_t>(c)].root, held, true, nullptr, &missing);
        for (int a : missing)
            for (int provider : p.atoms[static_cast<std::size_t>(a)].providers)
                if (provider != c)
                    helpers[k].push_back(provider);
        std::sort(helpers[k].begin(), helpers[k].end());
        helpers[k].erase(std::unique(helpers[k].begin(), helpers[k].end()), helpers[k].end());
        for (int provider : helpers[k])
            if (const int j = position[static_cast<std::size_t>(provider)]; j >= 0)
                next[k].push_back(j);
    }
    const std::vector<int> comp = components(next);
    const int count = comp.empty() ? 0 : *std::max_element(comp.begin(), comp.end()) + 1;
    std::vector<char> sink(static_cast<std::size_t>(count), 1);
    for (std::size_t k = 0; k < stuck.size(); ++k)
        for (int j : next[k])
            if (comp[static_cast<std::size_t>(j)] != comp[k])
                sink[static_cast<std::size_t>(comp[k])] = 0;
    std::vector<char> inSet(p.credentials.size(), 0);
    for (int c : set)
        inSet[static_cast<std::size_t>(c)] = 1;
    for (int s = 0; s < count; ++s) {
        if (!sink[static_cast<std::size_t>(s)])
            continue;
        MipModel::Row row;
        int members = 0;
        for (std::size_t k = 0; k < stuck.size(); ++k) {
            if (comp[k] != s)
                continue;
            ++members;
            row.terms.emplace_back(take[static_cast<std::size_t>(stuck[k])], -1.0);
            for (int provider : helpers[k])
                if (!inSet[static_cast<std::size_t>(provider)])
                    row.terms.emplace_back(take[static_cast<std::size_t>(provider)], 1.0);
        }
        row.terms = MipModel::merged(std::move(row.terms));
        // A provider shared by two members is named once (merged adds): back to coefficient 1.
        for (auto& [column, coefficient] : row.terms)
            if (coefficient > 0)
                coefficient = 1.0;
        row.lower = 1.0 - members;
        row.upper = MipModel::kUnbounded;
        out.rows.push_back(std::move(row));
    }
    return out;
}

} // namespace cairn::detail
