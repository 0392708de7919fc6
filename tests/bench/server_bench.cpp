// Opening a workspace on a PostgreSQL server (a private cluster on this machine, over the
// loopback): a new database set up (migrations, then the bundled catalogs and demo clients), and
// an existing one; and the same for a new SQLite file, for comparison. Then `team push`: a
// workspace file copied to a new database, seeded, and with 1,000 clients of 5 plan versions each.
//   build/dev/tests/bench/cairn_server_bench --benchmark_repetitions=3 --benchmark_report_aggregates_only=true

#include "private_cluster.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <cairn/store/workspace.h>
#include <cairn/store/workspace_transfer.h>
#include <cstdio>
#include <map>

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

/// A plan of two credentials, about the size the planner saves for a short pathway.
Plan twoCredentialPlan(int version) {
    Plan p;
    p.status = PlanStatus::Optimal;
    p.goal = "data-analyst";
    p.start = Date::fromYmd(2027, 1, 4);
    p.hoursPerWeek = 8;
    for (int i = 0; i < 2; ++i) {
        PlannedCredential c;
        c.id = "credential-" + std::to_string(i);
        c.title = "Credential " + std::to_string(i);
        c.cost = 49.0 * (i + version);
        c.hours = 12.5;
        c.start = Date::fromYmd(2027, 1, 4 + 14 * i);
        c.end = Date::fromYmd(2027, 1, 18 + 14 * i);
        p.credentials.push_back(c);
    }
    p.totals.cost = p.credentials[0].cost + p.credentials[1].cost;
    p.totals.hours = 25;
    return p;
}

/// A seeded workspace file, with `clients` more clients of 5 saved plan versions each; made once
/// per size and kept for the whole run.
const QString& sourceFile(int clients) {
    static QTemporaryDir dir;
    static std::map<int, QString> made;
    if (const auto it = made.find(clients); it != made.end())
        return it->second;
    const QString path = dir.filePath(QStringLiteral("source-%1.sqlite").arg(clients));
    auto ws = Workspace::open(path, withSeed(true));
    if (ws && clients > 0) {
        const auto catalog = (*ws)->findCatalog(QStringLiteral("Cairn career catalog"));
        for (int i = 0; i < clients && catalog; ++i) {
            Client c;
            c.name = QStringLiteral("Client %1").arg(i, 4, 10, QLatin1Char('0'));
            c.catalogId = *catalog;
            c.profile.goal = "data-analyst";
            auto id = (*ws)->addClient(c);
            for (int v = 1; id && v <= 5; ++v) {
                SavedPlanInputs in;
                in.catalogId = *catalog;
                in.profile = c.profile;
                in.goal = c.profile.goal;
                (*ws)->savePlan(*id, in, twoCredentialPlan(v), QStringLiteral("Version %1").arg(v));
            }
        }
    }
    return made.emplace(clients, path).first->second;
}

/// `team push` as the command line does it: open the file and the new database (set up, not
/// seeded), compare and copy in one transaction.
void pushToNewServerWorkspace(benchmark::State& state) {
    const QString& file = sourceFile(static_cast<int>(state.range(0)));
    Workspace::Options sourceOptions = withSeed(false);
    sourceOptions.create = false;
    for (auto _ : state) {
        state.PauseTiming();
        const QString address = newDatabase(state);
        state.ResumeTiming();
        auto source = Workspace::open(file, sourceOptions);
        auto target = Workspace::open(address, withSeed(false));
        if (!source || !target) {
            state.SkipWithError("could not open the workspaces");
            return;
        }
        auto report = transferWorkspace(**source, **target, TransferOptions{});
        if (!report || !report->written) {
            state.SkipWithError("the push failed");
            return;
        }
        state.counters["clients"] = static_cast<double>(report->copiedClients.size());
        state.counters["plans"] = report->copiedPlans;
    }
}
BENCHMARK(pushToNewServerWorkspace)
    ->ArgName("extraClients")
    ->Arg(0)
    ->Arg(1000)
    ->Iterations(1)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

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
