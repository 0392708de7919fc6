#include "detail/credit_flow.h"

#include "cairn/engine/limits.h"

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/edmonds_karp_max_flow.hpp>
#include <cmath>
#include <limits>
#include <map>

namespace cairn::detail {

namespace {

using Traits = boost::adjacency_list_traits<boost::vecS, boost::vecS, boost::directedS>;
using FlowGraph = boost::adjacency_list<
    boost::vecS, boost::vecS, boost::directedS, boost::no_property,
    boost::property<boost::edge_capacity_t, long long,
                    boost::property<boost::edge_residual_capacity_t, long long,
                                    boost::property<boost::edge_reverse_t, Traits::edge_descriptor>>>>;
using Vertex = boost::graph_traits<FlowGraph>::vertex_descriptor;

// Capacities are integers so the flow is exact; a thousandth of a credit is finer than any
// program counts.
constexpr double kScale = 1000.0;
constexpr long long kUnlimited = std::numeric_limits<long long>::max() / 4;

long long scaled(double credits) {
    if (!std::isfinite(credits) || credits <= 0)
        return 0;
    // Credits beyond their range are reported by validation; bounding them keeps this check
    // exact meanwhile (a sum of many can neither overflow nor turn negative).
    return std::llround(std::min(credits, 2 * limits::kCategoryCredits.max) * kScale);
}

void addArc(FlowGraph& g, Vertex from, Vertex to, long long capacity) {
    auto capacityMap = boost::get(boost::edge_capacity, g);
    auto reverseMap = boost::get(boost::edge_reverse, g);
    const auto forward = boost::add_edge(from, to, g).first;
    const auto backward = boost::add_edge(to, from, g).first;
    capacityMap[forward] = capacity;
    capacityMap[backward] = 0;
    reverseMap[forward] = backward;
    reverseMap[backward] = forward;
}

} // namespace

double maxCountableCredits(const std::vector<CreditSource>& sources, const std::vector<CategoryRule>& rules) {
    FlowGraph g;
    const Vertex source = boost::add_vertex(g);
    const Vertex sink = boost::add_vertex(g);

    std::map<std::string, Vertex, std::less<>> categoryNode;
    auto category = [&](const std::string& name) {
        if (const auto it = categoryNode.find(name); it != categoryNode.end())
            return it->second;
        const Vertex v = boost::add_vertex(g);
        long long cap = kUnlimited;
        for (const auto& rule : rules)
            if (rule.category == name && rule.max)
                cap = std::min(cap, scaled(*rule.max));
        addArc(g, v, sink, cap);
        categoryNode.emplace(name, v);
        return v;
    };

    // Sources that may count in the same categories are one node carrying their sum: the flow's
    // value is the same, and the graph has as many offer nodes as there are distinct category
    // lists (a handful) rather than one per credential, which made a catalog of 100,000
    // credentials spend seconds in the augmenting paths.
    std::map<std::vector<std::string>, long long> creditsByCategories;
    for (const auto& s : sources) {
        const long long credits = scaled(s.credits);
        if (credits == 0)
            continue;
        std::vector<std::string> categories = s.categories;
        std::sort(categories.begin(), categories.end());
        categories.erase(std::unique(categories.begin(), categories.end()), categories.end());
        long long& sum = creditsByCategories[std::move(categories)];
        sum = std::min(kUnlimited, sum + credits);
    }
    for (const auto& [categories, credits] : creditsByCategories) {
        const Vertex offer = boost::add_vertex(g);
        addArc(g, source, offer, credits);
        if (categories.empty())
            addArc(g, offer, sink, kUnlimited);
        for (const auto& c : categories)
            addArc(g, offer, category(c), kUnlimited);
    }
    const long long flow = boost::edmonds_karp_max_flow(g, source, sink);
    return static_cast<double>(flow) / kScale;
}

} // namespace cairn::detail
