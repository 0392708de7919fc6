#include "detail/prerequisite_graph.h"

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/strong_components.hpp>

namespace cairn::detail {

namespace {

using Graph = boost::adjacency_list<boost::setS, boost::vecS, boost::directedS>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;

// Records BFS parents so the shortest way back to the start can be read off afterwards.
class ParentRecorder : public boost::default_bfs_visitor {
public:
    explicit ParentRecorder(std::vector<Vertex>& parent) : parent_(&parent) {}
    template <typename Edge, typename G> void tree_edge(Edge e, const G& g) const {
        (*parent_)[boost::target(e, g)] = boost::source(e, g);
    }

private:
    std::vector<Vertex>* parent_;
};

} // namespace

void PrerequisiteGraph::addNeed(std::size_t from, std::size_t to) {
    if (from != to)
        edges_.emplace_back(from, to);
}

std::vector<PrerequisiteGraph::Cycle> PrerequisiteGraph::cycles() const {
    Graph g(nodeCount_);
    for (const auto& [from, to] : edges_)
        boost::add_edge(from, to, g);

    std::vector<int> component(nodeCount_);
    const int componentCount = nodeCount_ == 0 ? 0 : boost::strong_components(g, component.data());

    std::vector<std::vector<std::size_t>> members(static_cast<std::size_t>(componentCount));
    for (std::size_t v = 0; v < nodeCount_; ++v)
        members[static_cast<std::size_t>(component[v])].push_back(v); // ascending by construction

    std::vector<Cycle> out;
    for (const auto& nodes : members) {
        if (nodes.size() < 2)
            continue;
        const std::size_t start = nodes.front();
        // Shortest loop through `start`: one BFS from `start` gives the shortest path to every
        // node, and the loop closes through the predecessor of `start` nearest to it. Shortest
        // paths between members of a component never leave it, so the loop stays inside.
        std::vector<Vertex> parent(nodeCount_, Graph::null_vertex());
        std::vector<boost::default_color_type> color(nodeCount_);
        boost::breadth_first_search(g, start, boost::visitor(ParentRecorder(parent)).color_map(color.data()));
        auto depth = [&](std::size_t v) {
            int d = 0;
            for (Vertex u = v; u != start && parent[u] != Graph::null_vertex(); u = parent[u])
                ++d;
            return d;
        };
        std::size_t closing = start;
        int best = -1;
        for (std::size_t v : nodes) {
            if (v == start || !boost::edge(v, start, g).second)
                continue;
            const int d = depth(v);
            if (best < 0 || d < best) {
                best = d;
                closing = v;
            }
        }
        Cycle cycle;
        for (Vertex u = closing; u != start; u = parent[u])
            cycle.path.push_back(u);
        cycle.path.push_back(start);
        std::reverse(cycle.path.begin(), cycle.path.end());
        cycle.path.push_back(start);
        for (std::size_t v : nodes)
            if (std::find(cycle.path.begin(), cycle.path.end(), v) == cycle.path.end())
                cycle.others.push_back(v);
        out.push_back(std::move(cycle));
    }
    std::sort(out.begin(), out.end(), [](const Cycle& a, const Cycle& b) { return a.path.front() < b.path.front(); });
    return out;
}

} // namespace cairn::detail
