// Catalog validation speed on realistic synthetic catalogs (tests/support/synthetic_catalog.h),
// at 1,000 / 10,000 / 100,000 credentials, clean and with a prerequisite cycle added.
//   build/dev/tests/bench/cairn_validation_bench --benchmark_repetitions=5 --benchmark_report_aggregates_only=true

#include "../support/synthetic_catalog.h"

#include <benchmark/benchmark.h>
#include <cairn/engine/validation.h>
#include <map>

using namespace cairn;

namespace {

const Catalog& catalogOf(int size, bool withCycle) {
    static std::map<std::pair<int, bool>, Catalog> cache;
    auto it = cache.find({size, withCycle});
    if (it == cache.end()) {
        synthetic::LargeCatalogOptions o;
        o.credentials = size;
        o.fields = std::max(10, size / 100 > 200 ? 200 : size / 50);
        Catalog c = synthetic::largeCatalog(4242u + static_cast<unsigned>(size), o);
        if (withCycle) {
            // Two credentials waiting on each other, and one more that can only follow them.
            Credential a = c.credentials.front();
            a.id = "loop-a";
            a.prerequisites = Requirement::credential("loop-b");
            Credential b = a;
            b.id = "loop-b";
            b.prerequisites = Requirement::credential("loop-a");
            Credential after = a;
            after.id = "after-loop";
            after.prerequisites = Requirement::credential("loop-b");
            c.credentials.push_back(a);
            c.credentials.push_back(b);
            c.credentials.push_back(after);
        }
        it = cache.emplace(std::pair{size, withCycle}, std::move(c)).first;
    }
    return it->second;
}

void validateCatalog(benchmark::State& state) {
    const Catalog& cat = catalogOf(static_cast<int>(state.range(0)), state.range(1) != 0);
    std::size_t problems = 0;
    for (auto _ : state) {
        const auto found = validate(cat);
        problems = found.size();
        benchmark::DoNotOptimize(problems);
    }
    state.counters["problems"] = static_cast<double>(problems);
}

} // namespace

BENCHMARK(validateCatalog)
    ->ArgsProduct({{1000, 10000, 100000}, {0, 1}})
    ->ArgNames({"credentials", "cycle"})
    ->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
