// The out-of-pocket objective on the bundled catalog (resources/catalogs/cairn-catalog.json):
// every goal planned for a learner starting in September, with the cheapest plan's time in the
// same run for the ratio. Two employers: one paying up to $5,250 a year for everything (the
// cheapest plan is usually free: one enumeration step), and one paying 75% up to $300 a year for
// CompTIA and Google only (many plans to try; `optimal` says how many were proven).
//   build/dev/tests/bench/cairn_funding_bench --benchmark_min_time=1

#include <algorithm>
#include <benchmark/benchmark.h>
#include <cairn/engine/planner.h>
#include <cairn/io/catalog_json.h>
#include <ctime>
#include <vector>

using namespace cairn;

namespace {

const Catalog& bundled() {
    static const Catalog catalog = [] {
        auto loaded = io::readCatalogFile(QStringLiteral(CAIRN_SOURCE_DIR "/resources/catalogs/cairn-catalog.json"));
        return loaded.value ? std::move(*loaded.value) : Catalog{};
    }();
    return catalog;
}

Profile learner(bool tight) {
    Profile p;
    p.name = "Bench";
    p.start = Date::fromYmd(2027, 9, 6);
    p.hoursPerWeek = 10;
    FundingSource employer;
    employer.name = "Employer";
    employer.share = tight ? 75 : 100;
    employer.cap = tight ? 300 : 5250;
    if (tight)
        employer.covers = {"provider:CompTIA", "provider:Google"};
    p.funding = {employer};
    return p;
}

double threadCpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

double median(std::vector<double> v) {
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

void outOfPocket(benchmark::State& state) {
    const Catalog& cat = bundled();
    if (cat.goals.empty()) {
        state.SkipWithError("the bundled catalog could not be read");
        return;
    }
    const Profile profile = learner(state.range(0) != 0);
    std::vector<double> own, cheapest;
    int optimal = 0, runs = 0;
    for (auto _ : state) {
        for (const auto& goal : cat.goals) {
            PlanRequest req;
            req.goal = goal.id;
            req.objective = Objective::OutOfPocket;
            req.timeLimit = std::chrono::seconds(10);
            double start = threadCpuMs();
            const Plan p = plan(cat, profile, req);
            own.push_back(threadCpuMs() - start);
            optimal += p.status == PlanStatus::Optimal;
            ++runs;
            req.objective = Objective::Cost;
            start = threadCpuMs();
            benchmark::DoNotOptimize(plan(cat, profile, req).totals.cost);
            cheapest.push_back(threadCpuMs() - start);
        }
    }
    state.counters["median_ms"] = median(own);
    state.counters["max_ms"] = own.empty() ? 0 : *std::max_element(own.begin(), own.end());
    state.counters["cost_median_ms"] = median(cheapest);
    state.counters["optimal"] = runs ? static_cast<double>(optimal) / runs : 0;
}

} // namespace

BENCHMARK(outOfPocket)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK_MAIN();
