// Planner speed on realistic synthetic catalogs (tests/support/synthetic_catalog.h): optimal
// plans at 1,000 / 10,000 / 100,000 credentials and the Pareto front at 10,000.
//
// One iteration answers the question for every one of the catalog's ten career goals, timing
// each on the thread's CPU clock; the counters report the median and the slowest goal (the
// targets are medians on one core), and `optimal` the share of plans proven optimal.
//   build/dev/tests/bench/cairn_planner_bench --benchmark_min_time=1

#include "../support/synthetic_catalog.h"

#include <algorithm>
#include <benchmark/benchmark.h>
#include <cairn/engine/planner.h>
#include <ctime>
#include <map>
#include <vector>

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

double threadCpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

/// Per-goal CPU times across all iterations, summarised as counters.
class GoalTimes {
public:
    void add(double ms) { times_.push_back(ms); }
    void report(benchmark::State& state) {
        if (times_.empty())
            return;
        std::sort(times_.begin(), times_.end());
        const std::size_t n = times_.size();
        const double median = n % 2 ? times_[n / 2] : (times_[n / 2 - 1] + times_[n / 2]) / 2;
        state.counters["median_ms"] = median;
        state.counters["max_ms"] = times_.back();
        state.counters["min_ms"] = times_.front();
    }

private:
    std::vector<double> times_;
};

void runPlans(benchmark::State& state, Objective objective) {
    const Catalog& cat = catalogOf(static_cast<int>(state.range(0)));
    const Profile profile = learner();
    GoalTimes times;
    int optimal = 0, runs = 0;
    for (auto _ : state) {
        for (const auto& goal : cat.goals) {
            PlanRequest req;
            req.goal = goal.id;
            req.objective = objective;
            const double start = threadCpuMs();
            const Plan p = plan(cat, profile, req);
            times.add(threadCpuMs() - start);
            benchmark::DoNotOptimize(p.totals.cost);
            optimal += p.status == PlanStatus::Optimal;
            ++runs;
        }
    }
    times.report(state);
    state.counters["optimal"] = runs ? static_cast<double>(optimal) / runs : 0;
}

void planCost(benchmark::State& state) {
    runPlans(state, Objective::Cost);
}
void planEffort(benchmark::State& state) {
    runPlans(state, Objective::Effort);
}
void planBalanced(benchmark::State& state) {
    runPlans(state, Objective::Balanced);
}
void planTime(benchmark::State& state) {
    runPlans(state, Objective::Time);
}

void pareto(benchmark::State& state) {
    const Catalog& cat = catalogOf(static_cast<int>(state.range(0)));
    const Profile profile = learner();
    GoalTimes times;
    double points = 0;
    long long runs = 0;
    for (auto _ : state) {
        for (const auto& goal : cat.goals) {
            PlanRequest req;
            req.goal = goal.id;
            const double start = threadCpuMs();
            const auto front = paretoFront(cat, profile, req);
            times.add(threadCpuMs() - start);
            points += static_cast<double>(front.size());
            ++runs;
        }
    }
    times.report(state);
    state.counters["points"] = runs ? points / static_cast<double>(runs) : 0;
}

} // namespace

BENCHMARK(planCost)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(planEffort)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(planBalanced)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(planTime)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(pareto)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
