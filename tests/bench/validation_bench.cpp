// Catalog validation speed on realistic synthetic catalogs (tests/support/synthetic_catalog.h),
// at 1,000 / 10,000 / 100,000 credentials, clean, with a prerequisite cycle added, and as a
// degree catalog (a third of the credentials offer credits toward a program with category rules,
// which the check that a credits goal can be reached works through).
//   build/dev/tests/bench/cairn_validation_bench --benchmark_repetitions=5 --benchmark_report_aggregates_only=true

#include "../support/synthetic_catalog.h"

#include <benchmark/benchmark.h>
#include <cairn/engine/validation.h>
#include <map>

using namespace cairn;

namespace {

enum Variant { Clean = 0, WithCycle = 1, Degree = 2 };

void addCycle(Catalog& c) {
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

void addDegreeProgram(Catalog& c) {
    c.programs.push_back({"degree", "Synthetic degree", {}, {}, {"core", "elective", "general"}});
    const std::vector<std::vector<std::string>> lists = {{"core"}, {"elective"}, {"core", "elective"}, {"general"}, {}};
    for (std::size_t i = 0; i < c.credentials.size(); i += 3)
        c.credentials[i].credits.push_back({"degree", 1.0 + static_cast<double>(i % 4), lists[i % lists.size()]});
    Goal g;
    g.id = "degree-goal";
    g.kind = Goal::Kind::Credits;
    g.title = "Synthetic degree credits";
    g.program = "degree";
    g.minCredits = 120;
    g.categories = {{"core", 40.0, std::nullopt}, {"general", std::nullopt, 30.0}};
    c.goals.push_back(g);
}

const Catalog& catalogOf(int size, Variant variant) {
    static std::map<std::pair<int, Variant>, Catalog> cache;
    auto it = cache.find({size, variant});
    if (it == cache.end()) {
        Catalog c = synthetic::benchmarkCatalog(size);
        if (variant == WithCycle)
            addCycle(c);
        if (variant == Degree)
            addDegreeProgram(c);
        it = cache.emplace(std::pair{size, variant}, std::move(c)).first;
    }
    return it->second;
}

void validateCatalog(benchmark::State& state) {
    const Catalog& cat = catalogOf(static_cast<int>(state.range(0)), static_cast<Variant>(state.range(1)));
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
    ->ArgsProduct({{1000, 10000, 100000}, {Clean, WithCycle, Degree}})
    ->ArgNames({"credentials", "variant"})
    ->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
