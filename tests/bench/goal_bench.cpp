// Goals from occupations and job ads: reading the bundled ESCO and O*NET data, building the
// matcher's index (ESCO's labels and O*NET's technologies), matching a two-page job ad (the ten test ads together,
// about 960 words; the target is under 100 ms), searching occupations (target under 50 ms), and making a goal from an
// occupation and planning for it on the bundled catalog (target under 1 s together).
//   build/dev/tests/bench/cairn_goal_bench --benchmark_repetitions=5 --benchmark_report_aggregates_only=true

#include <QDir>
#include <QFile>
#include <benchmark/benchmark.h>
#include <cairn/engine/planner.h>
#include <cairn/engine/skill_goal.h>
#include <cairn/io/catalog_json.h>
#include <cairn/io/esco_data.h>
#include <cairn/io/esco_goal.h>
#include <cairn/io/onet_goal.h>
#include <cairn/io/skill_matcher.h>

using namespace cairn;

namespace {

const QString kSource = QStringLiteral(CAIRN_SOURCE_DIR);

std::shared_ptr<const io::EscoData> esco() {
    return *io::bundledEscoData().value;
}

std::shared_ptr<const io::OnetData> onet() {
    return *io::bundledOnetData().value;
}

QString twoPageAd() {
    QString ad;
    const QDir dir(kSource + QStringLiteral("/tests/io/data/job_ads"));
    for (const QString& name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (f.open(QIODevice::ReadOnly))
            ad += QString::fromUtf8(f.readAll()) + u'\n';
    }
    return ad;
}

void BM_ReadEscoData(benchmark::State& state) {
    for (auto _ : state)
        benchmark::DoNotOptimize(io::readEscoDataFile(QStringLiteral(":/esco/esco-skills.tsv")));
}
BENCHMARK(BM_ReadEscoData)->Unit(benchmark::kMillisecond);

void BM_ReadOnetData(benchmark::State& state) {
    for (auto _ : state)
        benchmark::DoNotOptimize(io::readOnetDataFile(QStringLiteral(":/onet/onet-technologies.tsv")));
}
BENCHMARK(BM_ReadOnetData)->Unit(benchmark::kMillisecond);

void BM_BuildMatcher(benchmark::State& state) {
    const auto data = esco();
    for (auto _ : state)
        benchmark::DoNotOptimize(io::SkillMatcher(data, onet()));
}
BENCHMARK(BM_BuildMatcher)->Unit(benchmark::kMillisecond);

void BM_MatchTwoPageAd(benchmark::State& state) {
    const io::SkillMatcher matcher(esco(), onet());
    const QString ad = twoPageAd();
    std::size_t found = 0;
    for (auto _ : state)
        found = matcher.find(ad).size();
    state.counters["chars"] = static_cast<double>(ad.size());
    state.counters["mentions"] = static_cast<double>(found);
}
BENCHMARK(BM_MatchTwoPageAd)->Unit(benchmark::kMillisecond);

void BM_SearchOccupations(benchmark::State& state) {
    const auto data = esco();
    for (auto _ : state)
        benchmark::DoNotOptimize(io::searchOccupations(*data, QStringLiteral("software developer")));
}
BENCHMARK(BM_SearchOccupations)->Unit(benchmark::kMillisecond);

void BM_SearchOnetOccupations(benchmark::State& state) {
    const auto data = onet();
    for (auto _ : state)
        benchmark::DoNotOptimize(io::searchOnetOccupations(*data, QStringLiteral("software developer")));
}
BENCHMARK(BM_SearchOnetOccupations)->Unit(benchmark::kMillisecond);

void BM_GoalFromOnetOccupationAndPlan(benchmark::State& state) {
    const auto data = onet();
    const auto escoData = esco();
    auto read = io::readCatalogFile(kSource + QStringLiteral("/resources/catalogs/cairn-catalog.json"));
    if (!read.ok()) {
        state.SkipWithError("cannot read the bundled catalog");
        return;
    }
    Profile learner;
    learner.hoursPerWeek = 10;
    learner.start = Date::fromIso("2027-01-04").value();
    PlanStatus status = PlanStatus::Unknown;
    for (auto _ : state) {
        Catalog catalog = *read.value;
        const int occupation = io::searchOnetOccupations(*data, QStringLiteral("15-2051.01")).front().occupation;
        const auto built =
            catalogGoal(catalog, learner, io::goalFromOnetOccupation(*data, occupation, escoData.get()), "goal-file");
        catalog.goals.push_back(built.goal);
        PlanRequest request;
        request.goal = "goal-file";
        status = plan(catalog, learner, request).status;
    }
    state.counters["plan_found"] = status == PlanStatus::Optimal || status == PlanStatus::Feasible ? 1 : 0;
}
BENCHMARK(BM_GoalFromOnetOccupationAndPlan)->Unit(benchmark::kMillisecond);

// The goal alone, as the window makes it at each O*NET occupation chosen: range 0 by a pass
// over every ESCO label (cairn-cli), 1 from the matcher the window keeps.
void BM_GoalFromOnetOccupation(benchmark::State& state) {
    const auto data = onet();
    const auto escoData = esco();
    const io::SkillMatcher matcher(escoData, data);
    const int occupation = io::searchOnetOccupations(*data, QStringLiteral("15-2051.01")).front().occupation;
    for (auto _ : state)
        benchmark::DoNotOptimize(state.range(0) == 0 ? io::goalFromOnetOccupation(*data, occupation, escoData.get())
                                                     : io::goalFromOnetOccupation(matcher, occupation));
}
BENCHMARK(BM_GoalFromOnetOccupation)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

void BM_GoalFromOccupationAndPlan(benchmark::State& state) {
    const auto data = esco();
    auto read = io::readCatalogFile(kSource + QStringLiteral("/resources/catalogs/cairn-catalog.json"));
    if (!read.ok()) {
        state.SkipWithError("cannot read the bundled catalog");
        return;
    }
    Profile learner;
    learner.hoursPerWeek = 10;
    learner.start = Date::fromIso("2027-01-04").value();
    PlanStatus status = PlanStatus::Unknown;
    for (auto _ : state) {
        Catalog catalog = *read.value;
        const int occupation = io::searchOccupations(*data, QStringLiteral("data analyst")).front().occupation;
        const auto built = catalogGoal(catalog, learner, io::goalFromOccupation(*data, occupation), "goal-file");
        catalog.goals.push_back(built.goal);
        PlanRequest request;
        request.goal = "goal-file";
        status = plan(catalog, learner, request).status;
    }
    state.counters["plan_found"] = status == PlanStatus::Optimal || status == PlanStatus::Feasible ? 1 : 0;
}
BENCHMARK(BM_GoalFromOccupationAndPlan)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
