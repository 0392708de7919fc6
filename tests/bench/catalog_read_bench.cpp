// Reading a catalog file: the JSON text into its tree (every value with its line and column),
// and that plus decoding it into a Catalog, on synthetic catalogs (tests/support/synthetic_catalog.h)
// written by Cairn's own writer. Every `cairn-cli plan` and every opening of a catalog file pays it.
//   build/dev/tests/bench/cairn_catalog_read_bench --benchmark_repetitions=5 --benchmark_report_aggregates_only=true

#include "../support/synthetic_catalog.h"

#include <benchmark/benchmark.h>
#include <cairn/io/catalog_json.h>
#include <cairn/io/json_reader.h>
#include <map>

using namespace cairn;

namespace {

const QByteArray& catalogJson(int size) {
    static std::map<int, QByteArray> cache;
    auto it = cache.find(size);
    if (it == cache.end())
        it = cache.emplace(size, io::writeCatalog(synthetic::benchmarkCatalog(size))).first;
    return it->second;
}

void parseCatalogJson(benchmark::State& state) {
    const QByteArray& json = catalogJson(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        auto tree = io::parseJson(json);
        if (!std::holds_alternative<io::JsonValue>(tree))
            state.SkipWithError("the catalog is not JSON");
        benchmark::DoNotOptimize(tree);
    }
    state.SetBytesProcessed(state.iterations() * json.size());
}

void readCatalogJson(benchmark::State& state) {
    const QByteArray& json = catalogJson(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        auto read = io::readCatalog(json, QStringLiteral("bench.json"));
        if (!read.ok())
            state.SkipWithError("the catalog did not read");
        benchmark::DoNotOptimize(read);
    }
    state.SetBytesProcessed(state.iterations() * json.size());
}

} // namespace

BENCHMARK(parseCatalogJson)->Arg(1000)->Arg(10000)->Arg(100000)->ArgName("credentials")->Unit(benchmark::kMillisecond);
BENCHMARK(readCatalogJson)->Arg(1000)->Arg(10000)->Arg(100000)->ArgName("credentials")->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
