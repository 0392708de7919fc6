// Planner speed on realistic synthetic catalogs (tests/support/synthetic_catalog.h):
// an optimal `cost` plan at 1,000 / 10,000 / 100,000 credentials and the Pareto front at 10,000.
//   build/dev/tests/bench/cairn_planner_bench --benchmark_repetitions=5 --benchmark_report_aggregates_only=true

#include "../support/synthetic_catalog.h"

#include <benchmark/benchmark.h>
#include <cairn/engine/planner.h>
#include <map>
#include <stdexcept>

using namespace cairn;

namespace {

const Catalog& catalogOf(int size) {
    static std::map<int, Catalog> cache;
    auto it = cache.find(size);
    if (it == cache.end()) {
        synthetic::LargeCatalogOptions o;
        o.credentials = size;
        o.fields = std::max(10, size / 100 > 200 ? 200 : size / 50);
        it = cache.emplace(size, synthetic::largeCatalog(4242u + static_cast<unsigned>(size), o)).first;
    }
    return it->second;
}

Profile learner() {
    Profile p;
    p.name = "Bench";
    p.start = Date::fromYmd(2027, 1, 4);
    p.hoursPerWeek = 10;
    return p;
}

void planCost(benchmark::State& state) {
    const Catalog& cat = catalogOf(static_cast<int>(state.range(0)));
    const Profile profile = learner();
    int goal = 0, optimal = 0, runs = 0;
    for (auto _ : state) {
        PlanRequest req;
        req.goal = cat.goals[static_cast<std::size_t>(goal)].id;
        goal = (goal + 1) % static_cast<int>(cat.goals.size());
        const Plan p = plan(cat, profile, req);
        benchmark::DoNotOptimize(p.totals.cost);
        optimal += p.status == PlanStatus::Optimal;
        ++runs;
    }
    state.counters["optimal_share"] = runs ? static_cast<double>(optimal) / runs : 0;
}

void pareto(benchmark::State& state) {
    const Catalog& cat = catalogOf(static_cast<int>(state.range(0)));
    const Profile profile = learner();
    int goal = 0;
    double points = 0;
    long long runs = 0;
    for (auto _ : state) {
        PlanRequest req;
        req.goal = cat.goals[static_cast<std::size_t>(goal)].id;
        goal = (goal + 1) % static_cast<int>(cat.goals.size());
        const auto front = paretoFront(cat, profile, req);
        points += static_cast<double>(front.size());
        ++runs;
    }
    state.counters["points"] = runs ? points / static_cast<double>(runs) : 0;
}

} // namespace

BENCHMARK(planCost)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(pareto)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
