// Export speed: the PDF report of a 30- and a 150-credential plan, the other export formats, and
// the pathway layout. A client's 30-credential report must be ready in under a second.
//   build/dev/tests/bench/cairn_report_bench --benchmark_repetitions=5 --benchmark_report_aggregates_only=true

#include <QGuiApplication>
#include <benchmark/benchmark.h>
#include <cairn/engine/pathway_layout.h>
#include <cairn/report/csv_export.h>
#include <cairn/report/ics_export.h>
#include <cairn/report/pdf_report.h>
#include <cairn/report/plan_json.h>
#include <map>
#include <string>

using namespace cairn;

namespace {

/// A catalog of `n` credentials where each needs one or two earlier ones, and a plan taking them all.
struct Fixture {
    Catalog catalog;
    Profile profile;
    Plan plan;
};

const Fixture& fixture(int n) {
    static std::map<int, Fixture> cache;
    if (auto it = cache.find(n); it != cache.end())
        return it->second;
    Fixture f;
    f.catalog.name = "Benchmark Catalog";
    f.catalog.revision = "1";
    f.catalog.attribution = {"Synthetic data."};
    Goal goal;
    goal.id = "role";
    goal.title = "Data Engineer";
    f.catalog.goals.push_back(goal);
    f.plan.status = PlanStatus::Optimal;
    f.plan.goal = "role";
    f.plan.start = Date::fromYmd(2027, 1, 4);
    f.plan.hoursPerWeek = 10;
    Date day = f.plan.start;
    for (int i = 0; i < n; ++i) {
        Credential c;
        c.id = "c" + std::to_string(i);
        c.title = "Credential number " + std::to_string(i) + " on data pipelines and warehousing";
        c.provider = "Provider " + std::to_string(i % 5);
        c.url = "https://example.org/c/" + std::to_string(i);
        c.cost = 50 + 10 * (i % 9);
        c.hours = 10 + 5 * (i % 4);
        f.catalog.credentials.push_back(c);
        PlannedCredential pc;
        pc.id = c.id;
        pc.title = c.title;
        pc.cost = c.cost;
        pc.hours = c.hours;
        pc.start = day;
        pc.end = day.plusDays(13);
        day = day.plusDays(14);
        if (i > 0)
            pc.reliesOn.push_back("c" + std::to_string(i - 1));
        if (i > 3 && i % 3 == 0)
            pc.reliesOn.push_back("c" + std::to_string(i - 4));
        pc.why.push_back({Reason::Kind::Goal, "skill:x", "role", 0});
        f.plan.totals.cost += pc.cost;
        f.plan.totals.hours += pc.hours;
        f.plan.totals.completion = pc.end;
        f.plan.totals.weeks += 2;
        f.plan.credentials.push_back(pc);
    }
    f.profile.name = "Benchmark Client";
    return cache.emplace(n, std::move(f)).first->second;
}

void BM_PdfReport(benchmark::State& state) {
    const Fixture& f = fixture(static_cast<int>(state.range(0)));
    report::ReportInput input(f.catalog, f.profile, f.plan);
    input.pageSize = report::PageSize::A4;
    for (auto _ : state) {
        const QByteArray pdf = report::renderPdf(input);
        benchmark::DoNotOptimize(pdf.data());
    }
}
BENCHMARK(BM_PdfReport)->Arg(30)->Arg(150)->Unit(benchmark::kMillisecond);

void BM_OtherExports(benchmark::State& state) {
    const Fixture& f = fixture(static_cast<int>(state.range(0)));
    const QDateTime stamp = QDateTime::currentDateTimeUtc();
    for (auto _ : state) {
        benchmark::DoNotOptimize(report::renderIcs(f.catalog, f.plan, stamp).size());
        benchmark::DoNotOptimize(report::renderCsv(f.catalog, f.plan).size());
        benchmark::DoNotOptimize(report::planToJson(f.catalog, f.plan).size());
    }
}
BENCHMARK(BM_OtherExports)->Arg(30)->Arg(150)->Unit(benchmark::kMicrosecond);

void BM_PathwayLayout(benchmark::State& state) {
    const Fixture& f = fixture(static_cast<int>(state.range(0)));
    const PathwayGraph graph = pathwayGraph(f.catalog, f.profile, f.plan);
    for (auto _ : state) {
        const PathwayLayout layout = layoutPathway(graph);
        benchmark::DoNotOptimize(layout.width);
    }
}
BENCHMARK(BM_PathwayLayout)->Arg(30)->Arg(150)->Unit(benchmark::kMicrosecond);

} // namespace

// The PDF report draws with QtGui, which needs a QGuiApplication (offscreen is enough).
int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
