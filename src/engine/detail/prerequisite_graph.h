#pragma once

#include <cstddef>
#include <utility>
#include <vector>

namespace cairn::detail {

/// A "needs" graph over credentials: an edge a → b says a needs something that b provides.
/// It finds the loops in which every credential waits for the next one. The Boost.Graph
/// machinery stays in the .cpp so no header outside the engine's own sources sees it.
class PrerequisiteGraph {
public:
    /// One loop: `path` starts and ends at the same node (a → b → a); `others` are further
    /// nodes caught in the same strongly connected component but not on `path`.
    struct Cycle {
        std::vector<std::size_t> path;
        std::vector<std::size_t> others;
    };

    explicit PrerequisiteGraph(std::size_t nodeCount) : nodeCount_(nodeCount) {}

    /// Records that `from` needs something `to` provides. Self-edges are ignored: a node
    /// that needs only itself is not a loop between credentials.
    void addNeed(std::size_t from, std::size_t to);

    /// One cycle per strongly connected component of two or more nodes, ordered by the
    /// component's smallest node; each path starts at that smallest node and is a shortest
    /// loop through it.
    [[nodiscard]] std::vector<Cycle> cycles() const;

private:
    std::size_t nodeCount_;
    std::vector<std::pair<std::size_t, std::size_t>> edges_;
};

} // namespace cairn::detail
