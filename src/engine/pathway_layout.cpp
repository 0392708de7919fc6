#include "cairn/engine/pathway_layout.h"

#include <algorithm>
#include <cstddef>
#include <limits>
#include <map>
#include <numeric>
#include <set>
#include <string_view>
#include <utility>

namespace cairn {

const char* toString(PathwayNodeKind kind) {
    switch (kind) {
    case PathwayNodeKind::Completed:
        return "completed";
    case PathwayNodeKind::Planned:
        return "planned";
    case PathwayNodeKind::Open:
        return "open";
    case PathwayNodeKind::Locked:
        return "locked";
    case PathwayNodeKind::Goal:
        return "goal";
    }
    return "planned";
}

namespace {

constexpr int kNone = -1;

/// A node of the layered graph: a real node, or a dummy standing in for a long edge in one layer.
struct LayerItem {
    int node = kNone; ///< index into the graph's nodes, kNone for a dummy
    int layer = 0;
    double height = 0;
    std::vector<int> up;   ///< neighbours in the previous layer (item indices)
    std::vector<int> down; ///< neighbours in the next layer
    double center = 0;     ///< vertical centre
};

/// An edge the layout draws, oriented left to right after cycle breaking.
struct OrientedEdge {
    int graphEdge = 0;
    int from = 0; ///< node index, the left end
    int to = 0;
    bool reversed = false;
    std::vector<int> chain; ///< item indices from the left end to the right end, dummies between
};

/// Depth-first search in node order; an edge into a node still on the stack closes a cycle and is
/// reversed. Iterative so that a long chain cannot exhaust the stack.
std::vector<bool> findBackEdges(int nodeCount, const std::vector<std::pair<int, int>>& edges,
                                const std::vector<std::vector<int>>& outEdges) {
    std::vector<bool> back(edges.size(), false);
    enum class Mark { New, Active, Done };
    std::vector<Mark> mark(static_cast<std::size_t>(nodeCount), Mark::New);
    std::vector<std::pair<int, std::size_t>> stack;
    for (int root = 0; root < nodeCount; ++root) {
        if (mark[root] != Mark::New)
            continue;
        mark[root] = Mark::Active;
        stack.emplace_back(root, 0);
        while (!stack.empty()) {
            auto& [node, next] = stack.back();
            if (next == outEdges[node].size()) {
                mark[node] = Mark::Done;
                stack.pop_back();
                continue;
            }
            const int e = outEdges[node][next++];
            const int target = edges[e].second;
            if (mark[target] == Mark::Active) {
                back[e] = true;
            } else if (mark[target] == Mark::New) {
                mark[target] = Mark::Active;
                stack.emplace_back(target, 0);
            }
        }
    }
    return back;
}

/// Crossings between two adjacent layers: the inversions among the segments once sorted by
/// their upper end (a Fenwick tree counts them in O(E log V)).
int crossingsBetween(const std::vector<int>& upper, const std::vector<LayerItem>& items,
                     const std::vector<int>& position, std::size_t lowerSize) {
    std::vector<std::pair<int, int>> segments;
    for (int a : upper)
        for (int b : items[a].down)
            segments.emplace_back(position[a], position[b]);
    std::sort(segments.begin(), segments.end());
    std::vector<int> tree(lowerSize + 1, 0);
    int crossings = 0;
    int seen = 0;
    for (const auto& [_, lower] : segments) {
        // Count segments already seen whose lower end is strictly after this one's.
        int notAfter = 0;
        for (int i = lower + 1; i > 0; i -= i & -i)
            notAfter += tree[i];
        crossings += seen - notAfter;
        for (int i = lower + 1; i <= static_cast<int>(lowerSize); i += i & -i)
            ++tree[i];
        ++seen;
    }
    return crossings;
}

int totalCrossings(const std::vector<std::vector<int>>& layers, const std::vector<LayerItem>& items,
                   const std::vector<int>& position) {
    int total = 0;
    for (std::size_t l = 0; l + 1 < layers.size(); ++l)
        total += crossingsBetween(layers[l], items, position, layers[l + 1].size());
    return total;
}

/// Reorders `layer` by the mean position of each item's neighbours in the fixed layer; an item
/// without such neighbours keeps its own position as its key. The sort is stable, so ties keep order.
void sortByBarycenter(std::vector<int>& layer, const std::vector<LayerItem>& items, std::vector<int>& position,
                      bool useUpper) {
    std::vector<std::pair<double, int>> keyed;
    keyed.reserve(layer.size());
    for (int item : layer) {
        const auto& neighbours = useUpper ? items[item].up : items[item].down;
        double key = position[item];
        if (!neighbours.empty()) {
            double sum = 0;
            for (int n : neighbours)
                sum += position[n];
            key = sum / static_cast<double>(neighbours.size());
        }
        keyed.emplace_back(key, item);
    }
    std::stable_sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (std::size_t i = 0; i < keyed.size(); ++i) {
        layer[i] = keyed[i].second;
        position[keyed[i].second] = static_cast<int>(i);
    }
}

/// Places the centres of one layer's items as close as possible (least squares) to `desired`
/// while keeping their order and the minimum separations: isotonic regression by pooling
/// adjacent violators, after shifting out the separations.
std::vector<double> packLayer(const std::vector<double>& desired, const std::vector<double>& separation) {
    const std::size_t n = desired.size();
    std::vector<double> offset(n, 0);
    for (std::size_t i = 1; i < n; ++i)
        offset[i] = offset[i - 1] + separation[i - 1];
    struct Block {
        double sum;
        int count;
        std::size_t first;
    };
    std::vector<Block> blocks;
    for (std::size_t i = 0; i < n; ++i) {
        blocks.push_back({desired[i] - offset[i], 1, i});
        while (blocks.size() > 1) {
            const Block& last = blocks.back();
            const Block& prev = blocks[blocks.size() - 2];
            if (prev.sum / prev.count <= last.sum / last.count)
                break;
            Block merged{prev.sum + last.sum, prev.count + last.count, prev.first};
            blocks.pop_back();
            blocks.back() = merged;
        }
    }
    std::vector<double> result(n, 0);
    for (std::size_t b = 0; b < blocks.size(); ++b) {
        const std::size_t end = b + 1 < blocks.size() ? blocks[b + 1].first : n;
        const double value = blocks[b].sum / blocks[b].count;
        for (std::size_t i = blocks[b].first; i < end; ++i)
            result[i] = value + offset[i];
    }
    return result;
}

/// The graph's edges as node indices, with the index of the graph edge each one draws. An edge
/// with an unknown end, a self-loop or a repeat is left out; the first node with an id wins.
struct UsableEdges {
    std::vector<std::pair<int, int>> ends;
    std::vector<int> graphEdge;
};

UsableEdges usableEdges(const PathwayGraph& graph) {
    std::map<std::string_view, int> indexOf;
    for (int i = 0; i < static_cast<int>(graph.nodes.size()); ++i)
        indexOf.emplace(graph.nodes[i].id, i);
    UsableEdges usable;
    std::set<std::pair<int, int>> seen;
    for (std::size_t e = 0; e < graph.edges.size(); ++e) {
        const auto from = indexOf.find(graph.edges[e].from);
        const auto to = indexOf.find(graph.edges[e].to);
        if (from == indexOf.end() || to == indexOf.end() || from->second == to->second)
            continue;
        if (!seen.emplace(from->second, to->second).second)
            continue;
        usable.ends.emplace_back(from->second, to->second);
        usable.graphEdge.push_back(static_cast<int>(e));
    }
    return usable;
}

/// The usable edges pointing left to right: the back edges of cycles reversed.
std::vector<OrientedEdge> orientEdges(int nodeCount, const UsableEdges& usable) {
    std::vector<std::vector<int>> outEdges(nodeCount);
    for (std::size_t e = 0; e < usable.ends.size(); ++e)
        outEdges[usable.ends[e].first].push_back(static_cast<int>(e));
    const std::vector<bool> back = findBackEdges(nodeCount, usable.ends, outEdges);
    std::vector<OrientedEdge> oriented;
    for (std::size_t e = 0; e < usable.ends.size(); ++e) {
        auto [from, to] = usable.ends[e];
        if (back[e])
            std::swap(from, to);
        oriented.push_back({usable.graphEdge[e], from, to, back[e], {}});
    }
    return oriented;
}

/// Each node's neighbours along the oriented edges. A reversed edge may duplicate an existing
/// one; it counts once for layering but still gets its own route.
struct Neighbours {
    std::vector<std::vector<int>> successors, predecessors;
};

Neighbours neighboursOf(int nodeCount, const std::vector<OrientedEdge>& oriented) {
    std::set<std::pair<int, int>> orientedPairs;
    for (const auto& edge : oriented)
        orientedPairs.emplace(edge.from, edge.to);
    Neighbours n{std::vector<std::vector<int>>(nodeCount), std::vector<std::vector<int>>(nodeCount)};
    for (const auto& [from, to] : orientedPairs) {
        n.successors[from].push_back(to);
        n.predecessors[to].push_back(from);
    }
    return n;
}

/// Layers: longest path from the sources, in a topological order (Kahn, lowest index first).
std::vector<int> longestPathLayers(const Neighbours& n) {
    const int nodeCount = static_cast<int>(n.successors.size());
    std::vector<int> inDegree(nodeCount);
    for (int v = 0; v < nodeCount; ++v)
        inDegree[v] = static_cast<int>(n.predecessors[v].size());
    std::set<int> ready;
    for (int v = 0; v < nodeCount; ++v)
        if (inDegree[v] == 0)
            ready.insert(v);
    std::vector<int> layerOf(nodeCount, 0);
    while (!ready.empty()) {
        const int v = *ready.begin();
        ready.erase(ready.begin());
        for (int w : n.successors[v]) {
            layerOf[w] = std::max(layerOf[w], layerOf[v] + 1);
            if (--inDegree[w] == 0)
                ready.insert(w);
        }
    }
    return layerOf;
}

/// Moves each source to the layer just before the first node that needs it.
void pullSourcesRight(const Neighbours& n, std::vector<int>& layerOf) {
    for (std::size_t v = 0; v < layerOf.size(); ++v) {
        if (!n.predecessors[v].empty() || n.successors[v].empty())
            continue;
        int nearest = std::numeric_limits<int>::max();
        for (int w : n.successors[v])
            nearest = std::min(nearest, layerOf[w]);
        layerOf[v] = nearest - 1;
    }
}

/// Goals that lead nowhere get a column of their own at the right.
void moveGoalSinksLast(const PathwayGraph& graph, const Neighbours& n, std::vector<int>& layerOf) {
    const auto goalSink = [&](std::size_t v) {
        return graph.nodes[v].kind == PathwayNodeKind::Goal && n.successors[v].empty();
    };
    int lastOther = -1;
    bool anyGoal = false;
    for (std::size_t v = 0; v < layerOf.size(); ++v) {
        anyGoal = anyGoal || goalSink(v);
        if (!goalSink(v))
            lastOther = std::max(lastOther, layerOf[v]);
    }
    if (anyGoal)
        for (std::size_t v = 0; v < layerOf.size(); ++v)
            if (goalSink(v))
                layerOf[v] = lastOther + 1;
}

std::vector<int> assignLayers(const PathwayGraph& graph, const std::vector<OrientedEdge>& oriented,
                              const LayoutOptions& options) {
    const Neighbours n = neighboursOf(static_cast<int>(graph.nodes.size()), oriented);
    std::vector<int> layerOf = longestPathLayers(n);
    if (options.pullSourcesRight)
        pullSourcesRight(n, layerOf);
    moveGoalSinksLast(graph, n, layerOf);
    return layerOf;
}

/// The layered graph: one item per node, plus a dummy per layer a long edge passes through;
/// each edge's chain names its items from left to right.
std::vector<LayerItem> layeredItems(const PathwayGraph& graph, const std::vector<int>& layerOf,
                                    std::vector<OrientedEdge>& oriented) {
    std::vector<LayerItem> items(graph.nodes.size());
    for (std::size_t v = 0; v < graph.nodes.size(); ++v) {
        items[v].node = static_cast<int>(v);
        items[v].layer = layerOf[v];
        items[v].height = graph.nodes[v].height;
    }
    for (auto& edge : oriented) {
        edge.chain.push_back(edge.from);
        for (int l = layerOf[edge.from] + 1; l < layerOf[edge.to]; ++l) {
            LayerItem dummy;
            dummy.layer = l;
            items.push_back(dummy);
            edge.chain.push_back(static_cast<int>(items.size()) - 1);
        }
        edge.chain.push_back(edge.to);
        for (std::size_t i = 0; i + 1 < edge.chain.size(); ++i) {
            items[edge.chain[i]].down.push_back(edge.chain[i + 1]);
            items[edge.chain[i + 1]].up.push_back(edge.chain[i]);
        }
    }
    return items;
}

/// Each item's index within its layer.
void numberPositions(const std::vector<std::vector<int>>& layers, std::vector<int>& position) {
    for (const auto& layer : layers)
        for (std::size_t i = 0; i < layer.size(); ++i)
            position[layer[i]] = static_cast<int>(i);
}

/// The items of each layer, top to bottom, with as few crossings as the barycenter sweeps
/// find; starts from real nodes in input order, then dummies in edge order, and keeps the best
/// order seen. Records the crossings before and after in `layout`.
std::vector<std::vector<int>> orderLayers(const std::vector<LayerItem>& items, int layerCount,
                                          const LayoutOptions& options, PathwayLayout& layout) {
    std::vector<std::vector<int>> layers(layerCount);
    for (std::size_t i = 0; i < items.size(); ++i)
        layers[items[i].layer].push_back(static_cast<int>(i));
    std::vector<int> position(items.size(), 0);
    numberPositions(layers, position);
    layout.initialCrossings = totalCrossings(layers, items, position);
    int best = layout.initialCrossings;
    std::vector<std::vector<int>> bestLayers = layers;
    for (int sweep = 0; sweep < options.sweeps && best > 0; ++sweep) {
        for (int l = 1; l < layerCount; ++l)
            sortByBarycenter(layers[l], items, position, true);
        for (int l = layerCount - 2; l >= 0; --l)
            sortByBarycenter(layers[l], items, position, false);
        const int crossings = totalCrossings(layers, items, position);
        if (crossings < best) {
            best = crossings;
            bestLayers = layers;
        }
    }
    layout.crossings = best;
    return bestLayers;
}

/// Vertical placement: stack each layer with its separations, pull items toward their
/// neighbours' height in alternating sweeps, then shift everything so the top is at 0.
class VerticalPlacement {
public:
    VerticalPlacement(const std::vector<std::vector<int>>& layers, std::vector<LayerItem>& items)
        : layers_(layers), items_(items), separation_(layers.size()) {}

    void place(const LayoutOptions& options) {
        stack(options);
        const int layerCount = static_cast<int>(layers_.size());
        for (int pass = 0; pass < options.straightenPasses; ++pass) {
            if (pass % 2 == 0)
                for (int l = 1; l < layerCount; ++l)
                    straighten(l, true, false);
            else
                for (int l = layerCount - 2; l >= 0; --l)
                    straighten(l, false, true);
        }
        if (options.straightenPasses > 0)
            for (int l = 0; l < layerCount; ++l)
                straighten(l, true, true);
        moveToTop();
    }

private:
    void stack(const LayoutOptions& options) {
        for (std::size_t l = 0; l < layers_.size(); ++l) {
            const auto& layer = layers_[l];
            for (std::size_t i = 0; i + 1 < layer.size(); ++i) {
                const LayerItem& a = items_[layer[i]];
                const LayerItem& b = items_[layer[i + 1]];
                const bool bothReal = a.node != kNone && b.node != kNone;
                separation_[l].push_back(a.height / 2 + b.height / 2 + (bothReal ? options.nodeGap : options.edgeGap));
            }
            double y = layer.empty() ? 0 : items_[layer[0]].height / 2;
            for (std::size_t i = 0; i < layer.size(); ++i) {
                if (i > 0)
                    y += separation_[l][i - 1];
                items_[layer[i]].center = y;
            }
        }
    }

    void straighten(int l, bool useUp, bool useDown) {
        std::vector<double> desired;
        for (int item : layers_[l]) {
            double sum = 0;
            int count = 0;
            if (useUp)
                for (int n : items_[item].up)
                    sum += items_[n].center, ++count;
            if (useDown)
                for (int n : items_[item].down)
                    sum += items_[n].center, ++count;
            desired.push_back(count > 0 ? sum / count : items_[item].center);
        }
        const std::vector<double> placed = packLayer(desired, separation_[l]);
        for (std::size_t i = 0; i < layers_[l].size(); ++i)
            items_[layers_[l][i]].center = placed[i];
    }

    void moveToTop() {
        double top = std::numeric_limits<double>::max();
        for (const auto& item : items_)
            top = std::min(top, item.center - item.height / 2);
        for (auto& item : items_)
            item.center -= top;
    }

    const std::vector<std::vector<int>>& layers_;
    std::vector<LayerItem>& items_;
    std::vector<std::vector<double>> separation_;
};

/// Columns, each as wide as its widest box.
void placeColumns(const PathwayGraph& graph, const std::vector<int>& layerOf, const LayoutOptions& options,
                  PathwayLayout& layout) {
    layout.layerX.assign(layout.layers, 0);
    layout.layerWidth.assign(layout.layers, 0);
    for (std::size_t v = 0; v < graph.nodes.size(); ++v)
        layout.layerWidth[layerOf[v]] = std::max(layout.layerWidth[layerOf[v]], graph.nodes[v].width);
    for (int l = 1; l < layout.layers; ++l)
        layout.layerX[l] = layout.layerX[l - 1] + layout.layerWidth[l - 1] + options.layerGap;
}

/// Each box centred in its column at its item's height.
void placeNodes(const PathwayGraph& graph, const std::vector<std::vector<int>>& layers,
                const std::vector<LayerItem>& items, PathwayLayout& layout) {
    for (int l = 0; l < layout.layers; ++l) {
        int order = 0;
        for (int item : layers[l]) {
            const int v = items[item].node;
            if (v == kNone)
                continue;
            NodePlacement& p = layout.nodes[v];
            p.width = graph.nodes[v].width;
            p.height = graph.nodes[v].height;
            p.x = layout.layerX[l] + (layout.layerWidth[l] - p.width) / 2;
            p.y = items[item].center - p.height / 2;
            p.layer = l;
            p.order = order++;
            layout.width = std::max(layout.width, p.x + p.width);
            layout.height = std::max(layout.height, p.y + p.height);
        }
    }
}

/// Routes: out of the right side of the left box, across each passed column at the height
/// reserved for the edge, into the left side of the right box.
void routeEdges(const std::vector<OrientedEdge>& oriented, const std::vector<LayerItem>& items, PathwayLayout& layout) {
    for (const auto& edge : oriented) {
        std::vector<LayoutPoint> points;
        const NodePlacement& from = layout.nodes[edge.from];
        const NodePlacement& to = layout.nodes[edge.to];
        points.push_back({from.x + from.width, from.y + from.height / 2});
        for (std::size_t i = 1; i + 1 < edge.chain.size(); ++i) {
            const LayerItem& dummy = items[edge.chain[i]];
            points.push_back({layout.layerX[dummy.layer], dummy.center});
            points.push_back({layout.layerX[dummy.layer] + layout.layerWidth[dummy.layer], dummy.center});
            layout.height = std::max(layout.height, dummy.center);
        }
        points.push_back({to.x, to.y + to.height / 2});
        if (edge.reversed)
            std::reverse(points.begin(), points.end());
        layout.edges[edge.graphEdge].points = std::move(points);
    }
}

} // namespace

PathwayLayout layoutPathway(const PathwayGraph& graph, const LayoutOptions& options) {
    PathwayLayout layout;
    const int nodeCount = static_cast<int>(graph.nodes.size());
    layout.nodes.resize(graph.nodes.size());
    layout.edges.resize(graph.edges.size());
    if (nodeCount == 0)
        return layout;
    std::vector<OrientedEdge> oriented = orientEdges(nodeCount, usableEdges(graph));
    const std::vector<int> layerOf = assignLayers(graph, oriented, options);
    layout.layers = *std::max_element(layerOf.begin(), layerOf.end()) + 1;
    std::vector<LayerItem> items = layeredItems(graph, layerOf, oriented);
    const std::vector<std::vector<int>> layers = orderLayers(items, layout.layers, options, layout);
    VerticalPlacement(layers, items).place(options);
    placeColumns(graph, layerOf, options, layout);
    placeNodes(graph, layers, items, layout);
    routeEdges(oriented, items, layout);
    return layout;
}

std::string pathwayGoalNodeId(const std::string& goalId) {
    return "goal:" + goalId;
}

PathwayGraph pathwayGraph(const Catalog& catalog, const Profile& given, const Plan& plan) {
    // Credentials that lapsed before the plan starts are no longer held (profile.h).
    const Profile profile = heldOnStart(given);
    PathwayGraph graph;
    std::set<std::string, std::less<>> planned;
    for (const auto& pc : plan.credentials) {
        planned.insert(pc.id);
        graph.nodes.push_back({pc.id, pc.title, PathwayNodeKind::Planned});
    }
    const Goal* goal = catalog.findGoal(plan.goal);
    const std::string goalNode = pathwayGoalNodeId(plan.goal);
    graph.nodes.push_back({goalNode, goal ? goal->title : plan.goal, PathwayNodeKind::Goal});

    const std::set<std::string, std::less<>> completed(profile.completed.begin(), profile.completed.end());
    std::set<std::string, std::less<>> completedShown;
    std::set<std::pair<std::string, std::string>> edgeSet;
    auto addEdge = [&](const std::string& from, const std::string& to) {
        if (edgeSet.emplace(from, to).second)
            graph.edges.push_back({from, to});
    };
    auto addCompleted = [&](const std::string& id, const std::string& to) {
        if (completedShown.insert(id).second) {
            const Credential* credential = catalog.findCredential(id);
            graph.nodes.push_back({id, credential ? credential->title : id, PathwayNodeKind::Completed});
        }
        addEdge(id, to);
    };
    auto ownLevel = [&](const std::string& skill) {
        int level = 0;
        for (const auto& s : profile.skills)
            if (s.skill == skill)
                level = std::max(level, s.level);
        return level;
    };
    // The completed credential that supplies a skill the learner does not hold on their own,
    // unless one of `providers` (planned credentials) already does.
    auto completedSupplier = [&](const Requirement& item, const std::vector<std::string>& providers) -> std::string {
        if (ownLevel(item.id) >= item.level)
            return {};
        for (const auto& id : providers) {
            const Credential* c = catalog.findCredential(id);
            if (c && c->grantLevel(item.id) >= item.level)
                return {};
        }
        for (const auto& id : profile.completed) {
            const Credential* c = catalog.findCredential(id);
            if (c && c->grantLevel(item.id) >= item.level)
                return id;
        }
        return {};
    };
    auto linkCompletedPrerequisites = [&](const Requirement& requirement, const std::vector<std::string>& providers,
                                          const std::string& to) {
        forEachItem(requirement, [&](const Requirement& item) {
            if (item.kind == Requirement::Kind::Credential) {
                if (completed.count(item.id) && !planned.count(item.id))
                    addCompleted(item.id, to);
            } else if (const std::string supplier = completedSupplier(item, providers); !supplier.empty()) {
                if (!planned.count(supplier))
                    addCompleted(supplier, to);
            }
        });
    };

    std::vector<std::string> goalProviders;
    for (const auto& pc : plan.credentials) {
        for (const auto& dependency : pc.reliesOn) {
            if (planned.count(dependency))
                addEdge(dependency, pc.id);
            else if (completed.count(dependency))
                addCompleted(dependency, pc.id);
        }
        if (const Credential* credential = catalog.findCredential(pc.id))
            linkCompletedPrerequisites(credential->prerequisites, pc.reliesOn, pc.id);
        const bool servesGoal = std::any_of(pc.why.begin(), pc.why.end(), [](const Reason& r) {
            return r.kind == Reason::Kind::Goal || r.kind == Reason::Kind::Credits;
        });
        if (servesGoal) {
            addEdge(pc.id, goalNode);
            goalProviders.push_back(pc.id);
        }
    }
    if (goal && hasPlan(plan.status))
        linkCompletedPrerequisites(goal->requirement, goalProviders, goalNode);
    return graph;
}

} // namespace cairn
