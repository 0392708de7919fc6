#include <algorithm>
#include <cairn/engine/pathway_layout.h>
#include <gtest/gtest.h>
#include <map>
#include <string>

using namespace cairn;

namespace {

PathwayGraph chain(std::initializer_list<const char*> ids) {
    PathwayGraph g;
    const char* previous = nullptr;
    for (const char* id : ids) {
        g.nodes.push_back({id, id, PathwayNodeKind::Planned});
        if (previous)
            g.edges.push_back({previous, id});
        previous = id;
    }
    return g;
}

std::map<std::string, NodePlacement> byId(const PathwayGraph& g, const PathwayLayout& layout) {
    std::map<std::string, NodePlacement> out;
    for (std::size_t i = 0; i < g.nodes.size(); ++i)
        out[g.nodes[i].id] = layout.nodes[i];
    return out;
}

void expectEdgesLeftToRight(const PathwayGraph& g, const PathwayLayout& layout) {
    const auto placed = byId(g, layout);
    for (std::size_t e = 0; e < g.edges.size(); ++e) {
        const auto& from = placed.at(g.edges[e].from);
        const auto& to = placed.at(g.edges[e].to);
        EXPECT_LT(from.layer, to.layer) << g.edges[e].from << " -> " << g.edges[e].to;
        EXPECT_LT(from.x + from.width, to.x);
        const auto& points = layout.edges[e].points;
        ASSERT_GE(points.size(), 2U);
        EXPECT_DOUBLE_EQ(points.front().x, from.x + from.width);
        EXPECT_DOUBLE_EQ(points.back().x, to.x);
        for (std::size_t i = 1; i < points.size(); ++i)
            EXPECT_LE(points[i - 1].x, points[i].x);
    }
}

void expectNoOverlapInLayers(const PathwayLayout& layout, double gap) {
    for (std::size_t a = 0; a < layout.nodes.size(); ++a)
        for (std::size_t b = a + 1; b < layout.nodes.size(); ++b) {
            const auto& p = layout.nodes[a];
            const auto& q = layout.nodes[b];
            if (p.layer != q.layer)
                continue;
            const bool apart = p.y + p.height + gap <= q.y + 1e-6 || q.y + q.height + gap <= p.y + 1e-6;
            EXPECT_TRUE(apart) << "nodes " << a << " and " << b << " overlap in layer " << p.layer;
            EXPECT_NE(p.order, q.order);
        }
}

/// A deterministic pseudo-random DAG: edges only from lower to higher index.
PathwayGraph randomDag(int n, unsigned seed) {
    PathwayGraph g;
    unsigned state = seed;
    auto next = [&] {
        state = state * 1664525U + 1013904223U;
        return state >> 8;
    };
    for (int i = 0; i < n; ++i)
        g.nodes.push_back({"c" + std::to_string(i), "Credential " + std::to_string(i), PathwayNodeKind::Planned,
                           140.0 + (i % 3) * 20, 40.0 + (i % 2) * 16});
    for (int i = 1; i < n; ++i) {
        const int parents = 1 + static_cast<int>(next() % 3);
        for (int k = 0; k < parents; ++k) {
            const int from = static_cast<int>(next() % static_cast<unsigned>(i));
            const bool known = std::any_of(g.edges.begin(), g.edges.end(), [&](const PathwayEdge& e) {
                return e.from == g.nodes[from].id && e.to == g.nodes[i].id;
            });
            if (!known)
                g.edges.push_back({g.nodes[from].id, g.nodes[i].id});
        }
    }
    g.nodes.push_back({"goal:role", "Role", PathwayNodeKind::Goal});
    for (int i = n - 10; i < n; ++i)
        g.edges.push_back({g.nodes[i].id, "goal:role"});
    return g;
}

Goal careerGoal(const std::string& id, const std::string& title) {
    Goal goal;
    goal.id = id;
    goal.title = title;
    return goal;
}

Credential credential(const std::string& id, const std::string& title) {
    Credential c;
    c.id = id;
    c.title = title;
    return c;
}

PlannedCredential planned(const std::string& id, const std::string& title) {
    PlannedCredential pc;
    pc.id = id;
    pc.title = title;
    return pc;
}

} // namespace

TEST(PathwayLayout, EmptyGraphGivesEmptyLayout) {
    const PathwayLayout layout = layoutPathway({});
    EXPECT_TRUE(layout.nodes.empty());
    EXPECT_EQ(layout.layers, 0);
}

TEST(PathwayLayout, ChainGoesLeftToRightOneLayerEach) {
    const PathwayGraph g = chain({"a", "b", "c", "d"});
    const PathwayLayout layout = layoutPathway(g);
    EXPECT_EQ(layout.layers, 4);
    for (int i = 0; i < 4; ++i)
        EXPECT_EQ(layout.nodes[i].layer, i);
    expectEdgesLeftToRight(g, layout);
    // A straight chain is drawn straight.
    for (int i = 1; i < 4; ++i)
        EXPECT_DOUBLE_EQ(layout.nodes[i].y, layout.nodes[0].y);
}

TEST(PathwayLayout, LayerIsLongestPathAndLongEdgesGetBends) {
    PathwayGraph g = chain({"a", "b", "c"});
    g.nodes.push_back({"x", "x", PathwayNodeKind::Planned});
    g.edges.push_back({"a", "c"}); // spans two layers
    g.edges.push_back({"x", "c"});
    LayoutOptions options;
    options.pullSourcesRight = false;
    const PathwayLayout layout = layoutPathway(g, options);
    const auto placed = byId(g, layout);
    EXPECT_EQ(placed.at("c").layer, 2);
    EXPECT_EQ(placed.at("x").layer, 0);
    expectEdgesLeftToRight(g, layout);
    EXPECT_EQ(layout.edges[2].points.size(), 4U); // start, through layer 1 (two points), end

    const PathwayLayout pulled = layoutPathway(g);
    EXPECT_EQ(byId(g, pulled).at("x").layer, 1); // a source sits next to what needs it
    expectEdgesLeftToRight(g, pulled);
}

TEST(PathwayLayout, GoalIsAloneInTheLastLayer) {
    PathwayGraph g = chain({"a", "b", "c"});
    g.nodes.push_back({"d", "d", PathwayNodeKind::Planned});
    g.nodes.push_back({"goal:g", "Goal", PathwayNodeKind::Goal});
    g.edges.push_back({"a", "goal:g"});
    g.edges.push_back({"d", "goal:g"});
    const PathwayLayout layout = layoutPathway(g);
    const auto placed = byId(g, layout);
    EXPECT_EQ(placed.at("goal:g").layer, layout.layers - 1);
    for (const auto& node : g.nodes)
        if (node.kind != PathwayNodeKind::Goal) {
            EXPECT_LT(placed.at(node.id).layer, layout.layers - 1);
            EXPECT_LT(placed.at(node.id).x, placed.at("goal:g").x);
        }
    expectEdgesLeftToRight(g, layout);
}

TEST(PathwayLayout, NoOverlapsWithinALayer) {
    PathwayGraph g;
    g.nodes.push_back({"root", "root", PathwayNodeKind::Completed});
    for (int i = 0; i < 12; ++i) {
        g.nodes.push_back({"n" + std::to_string(i), "n", PathwayNodeKind::Planned, 150, 30.0 + i * 3});
        g.edges.push_back({"root", "n" + std::to_string(i)});
    }
    LayoutOptions options;
    const PathwayLayout layout = layoutPathway(g, options);
    expectNoOverlapInLayers(layout, options.nodeGap);
    expectEdgesLeftToRight(g, layout);
}

TEST(PathwayLayout, CrossingReductionRemovesAKnownCrossing) {
    // Input order a1, a2 over b1, b2 with a1 → b2 and a2 → b1: one crossing, which a swap removes.
    PathwayGraph g;
    for (const char* id : {"a1", "a2", "b1", "b2"})
        g.nodes.push_back({id, id, PathwayNodeKind::Planned});
    g.edges = {{"a1", "b2"}, {"a2", "b1"}};
    LayoutOptions options;
    options.pullSourcesRight = false;
    const PathwayLayout layout = layoutPathway(g, options);
    EXPECT_EQ(layout.initialCrossings, 1);
    EXPECT_EQ(layout.crossings, 0);
    const auto placed = byId(g, layout);
    EXPECT_EQ(placed.at("a1").order < placed.at("a2").order, placed.at("b2").order < placed.at("b1").order);
}

TEST(PathwayLayout, CrossingsNeverIncrease) {
    for (unsigned seed = 1; seed <= 20; ++seed) {
        const PathwayGraph g = randomDag(40, seed);
        const PathwayLayout layout = layoutPathway(g);
        EXPECT_LE(layout.crossings, layout.initialCrossings) << "seed " << seed;
    }
}

TEST(PathwayLayout, IsDeterministic) {
    const PathwayGraph g = randomDag(60, 7);
    const PathwayLayout first = layoutPathway(g);
    const PathwayLayout second = layoutPathway(g);
    EXPECT_EQ(first, second);
}

TEST(PathwayLayout, CyclesAreBrokenWithoutLosingNodes) {
    PathwayGraph g = chain({"a", "b", "c"});
    g.edges.push_back({"c", "a"});
    g.edges.push_back({"b", "b"});       // self-loop: not drawn
    g.edges.push_back({"a", "missing"}); // unknown endpoint: not drawn
    g.edges.push_back({"a", "b"});       // duplicate: drawn once
    const PathwayLayout layout = layoutPathway(g);
    ASSERT_EQ(layout.nodes.size(), 3U);
    EXPECT_LT(layout.nodes[0].layer, layout.nodes[1].layer);
    EXPECT_LT(layout.nodes[1].layer, layout.nodes[2].layer);
    EXPECT_GE(layout.edges[2].points.size(), 2U);
    EXPECT_TRUE(layout.edges[3].points.empty());
    EXPECT_TRUE(layout.edges[4].points.empty());
    EXPECT_TRUE(layout.edges[5].points.empty());
}

// Its speed is measured in tests/bench/report_bench.cpp (docs/performance.md, "Reports").
TEST(PathwayLayout, HundredFiftyNodesAreClean) {
    const PathwayGraph g = randomDag(150, 42);
    const PathwayLayout layout = layoutPathway(g);
    LayoutOptions options;
    expectNoOverlapInLayers(layout, options.nodeGap);
    expectEdgesLeftToRight(g, layout);
    EXPECT_EQ(layout.nodes.back().layer, layout.layers - 1);
    EXPECT_LE(layout.crossings, layout.initialCrossings);
    for (const auto& node : layout.nodes) {
        EXPECT_GE(node.y, 0);
        EXPECT_LE(node.y + node.height, layout.height + 1e-6);
        EXPECT_LE(node.x + node.width, layout.width + 1e-6);
    }
}

TEST(PathwayGraph, BuildsNodesAndEdgesFromAPlan) {
    Catalog catalog;
    catalog.goals.push_back(careerGoal("analyst", "Data Analyst"));
    Credential basics = credential("basics", "Spreadsheet Basics");
    basics.grants = {{"spreadsheets", 2}};
    Credential sql = credential("sql", "SQL Foundations");
    sql.prerequisites = Requirement::credential("basics");
    Credential viz = credential("viz", "Data Visualisation");
    viz.prerequisites = Requirement::all({Requirement::credential("sql"), Requirement::skill("spreadsheets", 2)});
    catalog.credentials = {basics, sql, viz};

    Profile profile;
    profile.completed = {"basics"};

    Plan plan;
    plan.status = PlanStatus::Optimal;
    plan.goal = "analyst";
    PlannedCredential p1 = planned("sql", "SQL Foundations");
    p1.why.push_back({Reason::Kind::Prerequisite, "cred:sql", "viz", 0});
    PlannedCredential p2 = planned("viz", "Data Visualisation");
    p2.reliesOn = {"sql"};
    p2.why.push_back({Reason::Kind::Goal, "skill:viz@2", "analyst", 0});
    plan.credentials = {p1, p2};

    const PathwayGraph g = pathwayGraph(catalog, profile, plan);
    ASSERT_EQ(g.nodes.size(), 4U);
    EXPECT_EQ(g.nodes[0].id, "sql");
    EXPECT_EQ(g.nodes[1].id, "viz");
    EXPECT_EQ(g.nodes[2].id, pathwayGoalNodeId("analyst"));
    EXPECT_EQ(g.nodes[2].kind, PathwayNodeKind::Goal);
    EXPECT_EQ(g.nodes[2].label, "Data Analyst");
    EXPECT_EQ(g.nodes[3].id, "basics");
    EXPECT_EQ(g.nodes[3].kind, PathwayNodeKind::Completed);
    auto hasEdge = [&](const std::string& from, const std::string& to) {
        return std::any_of(g.edges.begin(), g.edges.end(),
                           [&](const PathwayEdge& e) { return e.from == from && e.to == to; });
    };
    EXPECT_TRUE(hasEdge("sql", "viz"));
    EXPECT_TRUE(hasEdge("viz", "goal:analyst"));
    EXPECT_TRUE(hasEdge("basics", "sql"));
    EXPECT_TRUE(hasEdge("basics", "viz")); // the spreadsheets@2 skill comes from the completed credential
    EXPECT_FALSE(hasEdge("sql", "goal:analyst"));
    EXPECT_EQ(g.edges.size(), 4U);

    const PathwayLayout layout = layoutPathway(g);
    EXPECT_EQ(layout.nodes[2].layer, layout.layers - 1);
}

TEST(PathwayGraph, InfeasiblePlanGivesTheGoalAlone) {
    Catalog catalog;
    catalog.goals.push_back(careerGoal("analyst", "Data Analyst"));
    Plan plan;
    plan.goal = "analyst";
    plan.reason = {Message{Message::Code::Recorded, {arg::text("No credential grants skill:sql@3.")}}};
    const PathwayGraph g = pathwayGraph(catalog, {}, plan);
    ASSERT_EQ(g.nodes.size(), 1U);
    EXPECT_TRUE(g.edges.empty());
    const PathwayLayout layout = layoutPathway(g);
    EXPECT_EQ(layout.layers, 1);
}
