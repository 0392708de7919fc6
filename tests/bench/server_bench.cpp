// Opening a workspace on a PostgreSQL server (a private cluster on this machine, over the
// loopback): a new database set up (migrations, then the bundled catalogs and demo clients), and
// an existing one; and the same for a new SQLite file, for comparison.
//   build/dev/tests/bench/cairn_server_bench --benchmark_repetitions=3 --benchmark_report_aggregates_only=true

#include "private_cluster.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <cairn/store/workspace.h>
#include <cstdio>

using namespace cairn;
using namespace cairn::store;

namespace {

cairn::test::PrivateCluster* server = nullptr;

Workspace::Options withSeed(bool seed) {
    Workspace::Options o;
    o.seed = seed;
    return o;
}

/// A new, empty database on the cluster, made outside the timed part.
QString newDatabase(benchmark::State& state) {
    static int count = 0;
    const QString name = QStringLiteral("bench_%1").arg(++count);
    QString why;
    if (!server->createDatabase(name, why))
        state.SkipWithError(why.toUtf8().constData());
    return server->address(name);
}

void openNewServerWorkspace(benchmark::State& state) {
    for (auto _ : state) {
        state.PauseTiming();
        const QString address = newDatabase(state);
        state.ResumeTiming();
        auto ws = Workspace::open(address, withSeed(state.range(0) != 0));
        if (!ws) {
            state.SkipWithError(ws.error().message.toUtf8().constData());
            return;
        }
    }
}
BENCHMARK(openNewServerWorkspace)->ArgName("seed")->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->UseRealTime();

void openExistingServerWorkspace(benchmark::State& state) {
    const QString address = newDatabase(state);
    if (!Workspace::open(address, withSeed(true))) {
        state.SkipWithError("could not prepare the workspace");
        return;
    }
    for (auto _ : state) {
        auto ws = Workspace::open(address, withSeed(true));
        if (!ws) {
            state.SkipWithError(ws.error().message.toUtf8().constData());
            return;
        }
    }
}
BENCHMARK(openExistingServerWorkspace)->Unit(benchmark::kMillisecond)->UseRealTime();

void openNewFileWorkspace(benchmark::State& state) {
    QTemporaryDir dir;
    int count = 0;
    for (auto _ : state) {
        auto ws = Workspace::open(dir.filePath(QStringLiteral("new-%1.sqlite").arg(++count)), withSeed(true));
        if (!ws) {
            state.SkipWithError(ws.error().message.toUtf8().constData());
            return;
        }
    }
}
BENCHMARK(openNewFileWorkspace)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv); // the SQL drivers are plugins and need an application object
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    QString why;
    auto cluster = cairn::test::PrivateCluster::start(why);
    if (!cluster) {
        std::fprintf(stderr, "No PostgreSQL server for the benchmark: %s\n", why.toLocal8Bit().constData());
        return 1;
    }
    server = cluster.get();
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
