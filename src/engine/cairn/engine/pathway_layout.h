#pragma once

#include "cairn/engine/catalog.h"
#include "cairn/engine/plan.h"
#include "cairn/engine/profile.h"

#include <string>
#include <vector>

namespace cairn {

/// What a box in a pathway drawing stands for; drawings colour boxes by kind.
enum class PathwayNodeKind {
    Completed, ///< already held by the learner
    Planned,   ///< in the plan
    Open,      ///< could be started now, not planned
    Locked,    ///< prerequisites not yet met, not planned
    Goal,      ///< the career role or degree aimed for; always drawn in the last layer
};

const char* toString(PathwayNodeKind kind);

struct PathwayNode {
    std::string id;
    std::string label;
    PathwayNodeKind kind = PathwayNodeKind::Planned;
    double width = 160; ///< size hint in drawing units; the layout keeps boxes this size
    double height = 48;
};

/// `from` must be done before `to`: drawn as an arrow from left to right.
struct PathwayEdge {
    std::string from;
    std::string to;
};

struct PathwayGraph {
    std::vector<PathwayNode> nodes;
    std::vector<PathwayEdge> edges;
};

struct LayoutOptions {
    double layerGap = 64;     ///< horizontal space between the columns of two layers
    double nodeGap = 16;      ///< vertical space between two boxes of one layer
    double edgeGap = 8;       ///< vertical space reserved around an edge passing through a layer
    int sweeps = 6;           ///< barycenter sweeps (each one down and one up) for crossing reduction
    int straightenPasses = 8; ///< passes that move boxes toward their neighbours' height
    /// Sources (nodes nothing leads to, e.g. completed credentials) sit one layer before the
    /// first node that needs them instead of in layer 0, which keeps their edges short.
    bool pullSourcesRight = true;
};

struct LayoutPoint {
    double x = 0;
    double y = 0;
    bool operator==(const LayoutPoint&) const = default;
};

/// Where one node is drawn. (x, y) is the top-left corner of its box; y grows downward.
struct NodePlacement {
    double x = 0;
    double y = 0;
    double width = 0;
    double height = 0;
    int layer = 0; ///< column, 0 at the left
    int order = 0; ///< position among the real nodes of its layer, 0 at the top
    bool operator==(const NodePlacement&) const = default;
};

/// An edge as a polyline from the right side of its source box to the left side of its
/// target box, through the places reserved for it in the layers it crosses. Empty for an
/// edge that was not drawn: unknown endpoint, self-loop or duplicate.
struct EdgeRoute {
    std::vector<LayoutPoint> points;
    bool operator==(const EdgeRoute&) const = default;
};

struct PathwayLayout {
    std::vector<NodePlacement> nodes; ///< same order as PathwayGraph::nodes
    std::vector<EdgeRoute> edges;     ///< same order as PathwayGraph::edges
    double width = 0;                 ///< bounding box of everything, from (0, 0)
    double height = 0;
    int layers = 0;
    std::vector<double> layerX;     ///< left edge of each layer's column
    std::vector<double> layerWidth; ///< width of each layer's column
    int initialCrossings = 0;       ///< edge crossings in the input order, before reduction
    int crossings = 0;              ///< edge crossings in the result (never more than initialCrossings)

    bool operator==(const PathwayLayout&) const = default;
};

/// Layered (Sugiyama-style) left-to-right layout: each node's layer is its longest path from
/// the sources, goal nodes go to the last layer, long edges pass through reserved places in
/// the layers between, crossings are reduced by barycenter sweeps, and boxes are moved toward
/// their neighbours' height without overlapping. Cycles, which a valid catalog cannot have,
/// are broken by drawing the closing edge backwards. Deterministic: the same graph gives
/// the same layout, and ties keep the input order.
PathwayLayout layoutPathway(const PathwayGraph& graph, const LayoutOptions& options = {});

/// The pathway of a plan, ready for layoutPathway():
///  - a Planned node per planned credential (id = credential id, label = title), in schedule order;
///  - a Goal node with id "goal:" + goal id, labelled with the goal's title;
///  - an edge to each planned credential from every planned credential it relies on;
///  - an edge from each planned credential that serves the goal (a Goal or Credits reason) to the goal;
///  - a Completed node for each completed credential that a planned credential (or the goal)
///    names as a prerequisite or needs for a skill the learner does not hold otherwise.
/// An infeasible plan gives the goal node alone.
PathwayGraph pathwayGraph(const Catalog& catalog, const Profile& profile, const Plan& plan);

/// The node id pathwayGraph() gives the goal.
std::string pathwayGoalNodeId(const std::string& goalId);

} // namespace cairn
