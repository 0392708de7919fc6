// Workspace database speed on a realistic generated catalog (valid, as an import must be):
// importing credentials from CSV (parse, validate, one transaction), loading a catalog back,
// and saving a plan. The budget: 100,000 credentials import in under 5 s.
//   build/dev/tests/bench/cairn_store_bench --benchmark_repetitions=3 --benchmark_report_aggregates_only=true

#include <QCoreApplication>
#include <QFileInfo>
#include <QTemporaryDir>
#include <algorithm>
#include <benchmark/benchmark.h>
#include <cairn/store/credential_csv.h>
#include <cairn/store/workspace.h>
#include <map>
#include <memory>
#include <random>

using namespace cairn;
using namespace cairn::store;

namespace {

struct Fixture {
    Catalog skeleton; ///< the catalog's skills only: credentials come from the CSV
    Catalog full;
    QByteArray csv;
};

/// A valid catalog of `size` credentials shaped like a real one: each grants 1–3 skills,
/// most require skills (or a credential) that earlier credentials give, a fifth run in
/// cohorts, and every one carries tags and provenance. Only earlier credentials are
/// referenced, so there are no cycles and everything can be taken.
Catalog realisticCatalog(int size, std::uint32_t seed) {
    std::mt19937 rng(seed);
    auto pick = [&](int n) { return std::uniform_int_distribution<int>(0, n - 1)(rng); };
    Catalog c;
    c.name = "benchmark " + std::to_string(size);
    const int skills = std::max(50, size / 20);
    for (int s = 0; s < skills; ++s)
        c.skills.push_back(
            {"k" + std::to_string(s), "Skill " + std::to_string(s), {}, {}, {}, "Area " + std::to_string(s % 12)});
    for (int i = 0; i < size; ++i) {
        Credential x;
        x.id = "x" + std::to_string(i);
        x.title = "Credential " + std::to_string(i) + ", part " + std::to_string(i % 7);
        x.provider = "Provider " + std::to_string(i % 300);
        x.url = "https://example.org/c/" + std::to_string(i);
        x.cost = 49 + pick(60) * 10;
        x.hours = 5 + pick(120) + 0.5;
        const int grants = 1 + pick(3);
        for (int g = 0; g < grants; ++g) {
            const std::string skill = "k" + std::to_string((i * 3 + g * 7) % skills);
            if (x.grantLevel(skill) == 0)
                x.grants.push_back({skill, 1 + pick(3)});
        }
        if (pick(5) == 0) {
            x.pace.kind = Pace::Kind::Cohort;
            x.pace.weeks = 4 + pick(8);
            x.pace.starts = {Date::fromYmd(2027, 1, 11), Date::fromYmd(2027, 4, 5), Date::fromYmd(2027, 9, 6)};
        }
        if (i >= 50) {
            std::vector<Requirement> items;
            const int need = 1 + pick(3);
            for (int r = 0; r < need; ++r) {
                const Credential& earlier = c.credentials[pick(i)];
                if (pick(4) == 0)
                    items.push_back(Requirement::credential(earlier.id));
                else
                    items.push_back(Requirement::skill(earlier.grants[0].skill, earlier.grants[0].level));
            }
            x.prerequisites = items.size() == 1 || pick(2) == 0 ? Requirement::all(std::move(items))
                                                                : Requirement::any(std::move(items));
        }
        x.tags = {"field-" + std::to_string(i % 40), i % 2 ? "online" : "in-person"};
        x.source = "https://example.org/pricing";
        x.asOf = "2026-10-01";
        c.credentials.push_back(std::move(x));
    }
    return c;
}

const Fixture& fixtureOf(int size) {
    static std::map<int, Fixture> cache;
    auto it = cache.find(size);
    if (it == cache.end()) {
        Fixture f;
        f.full = realisticCatalog(size, 4242u + static_cast<unsigned>(size));
        f.skeleton = f.full;
        f.skeleton.credentials.clear();
        f.csv = writeCredentialCsv(f.full.credentials);
        it = cache.emplace(size, std::move(f)).first;
    }
    return it->second;
}

Workspace::Options quiet() {
    Workspace::Options o;
    o.seed = false;
    return o;
}

void importCsv(benchmark::State& state) {
    const Fixture& f = fixtureOf(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        auto ws = Workspace::open(dir.filePath(QStringLiteral("bench.sqlite")), quiet());
        if (!ws) {
            state.SkipWithError(ws.error().message.toUtf8().constData());
            return;
        }
        const qint64 id = (*ws)->addCatalog(f.skeleton).value();
        state.ResumeTiming();
        auto imported = (*ws)->importCredentialsCsv(id, f.csv, QStringLiteral("bench.csv"));
        if (!imported) {
            state.SkipWithError(imported.error().toString().left(400).toUtf8().constData());
            return;
        }
        state.PauseTiming();
        ws->reset();
        state.ResumeTiming();
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
    state.SetBytesProcessed(state.iterations() * f.csv.size());
}
BENCHMARK(importCsv)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond)->UseRealTime();

void loadCatalog(benchmark::State& state) {
    const Fixture& f = fixtureOf(static_cast<int>(state.range(0)));
    QTemporaryDir dir;
    auto ws = Workspace::open(dir.filePath(QStringLiteral("bench.sqlite")), quiet());
    if (!ws) {
        state.SkipWithError(ws.error().message.toUtf8().constData());
        return;
    }
    auto id = (*ws)->addCatalog(f.full);
    if (!id) {
        state.SkipWithError(id.error().toString().left(400).toUtf8().constData());
        return;
    }
    for (auto _ : state) {
        auto c = (*ws)->loadCatalog(*id);
        benchmark::DoNotOptimize(c);
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(loadCatalog)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond)->UseRealTime();

// Opening an existing workspace, which includes SQLite's quick check of every page.
void openWorkspace(benchmark::State& state) {
    const Fixture& f = fixtureOf(static_cast<int>(state.range(0)));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.sqlite"));
    {
        auto ws = Workspace::open(path, quiet());
        if (!ws || !(*ws)->addCatalog(f.full)) {
            state.SkipWithError("could not prepare the workspace");
            return;
        }
    }
    for (auto _ : state) {
        auto ws = Workspace::open(path, quiet());
        if (!ws) {
            state.SkipWithError(ws.error().message.toUtf8().constData());
            return;
        }
    }
    state.counters["file_MB"] = static_cast<double>(QFileInfo(path).size()) / 1e6;
}
BENCHMARK(openWorkspace)->Arg(1000)->Arg(100000)->Unit(benchmark::kMillisecond)->UseRealTime();

void exportCsv(benchmark::State& state) {
    const Fixture& f = fixtureOf(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        QByteArray bytes = writeCredentialCsv(f.full.credentials);
        benchmark::DoNotOptimize(bytes);
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(exportCsv)->Arg(100000)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv); // the SQL driver is a plugin and needs an application object
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
