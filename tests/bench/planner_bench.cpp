// Planner speed on realistic synthetic catalogs (tests/support/synthetic_catalog.h): optimal
// plans at 1,000 / 10,000 / 100,000 credentials, the Pareto front at 10,000, a budget proven too
// small and explained (`explainBudget`); and the same catalogs with a quarter of the credentials
// sold by subscription (`subscriptions*`).
//
// One iteration answers the question for every one of the catalog's ten career goals, timing
// each on the thread's CPU clock; the counters report the median and the slowest goal (the
// targets are medians on one core), and `optimal` the share of plans proven optimal.
//   build/dev/tests/bench/cairn_planner_bench --benchmark_min_time=1

#include "../support/synthetic_catalog.h"

#include <algorithm>
#include <benchmark/benchmark.h>
#include <cairn/engine/allocator_tuning.h>
#include <cairn/engine/planner.h>
#include <chrono>
#include <ctime>
#include <map>
#include <vector>

using namespace cairn;

namespace {

// As the programs that plan do (src/cli/main.cpp, the app): the solver's large blocks are reused.
[[maybe_unused]] const bool kAllocatorTuned = (keepLargeAllocationsForReuse(), true);

const Catalog& catalogOf(int size) {
    static std::map<int, Catalog> cache;
    auto it = cache.find(size);
    if (it == cache.end())
        it = cache.emplace(size, synthetic::benchmarkCatalog(size)).first;
    return it->second;
}

/// The same catalog with a quarter of its credentials sold by subscription, as the certificate
/// platforms sell them: each of ten providers (of forty) has a monthly subscription for its own
/// credentials, half of which have no price of their own, and two all-access plans (monthly and
/// yearly) cover five providers each.
const Catalog& subscriptionCatalogOf(int size) {
    static std::map<int, Catalog> cache;
    auto it = cache.find(size);
    if (it != cache.end())
        return it->second;
    Catalog cat = catalogOf(size);
    cat.name += " with subscriptions";
    for (std::size_t i = 0; i < cat.credentials.size(); ++i) {
        Credential& c = cat.credentials[i];
        const std::size_t provider = i % 40;
        if (provider >= 10)
            continue;
        c.tags.push_back("platform-" + std::to_string(provider));
        c.tags.push_back(provider < 5 ? "all-access-a" : "all-access-b");
        if (i % 80 < 10)
            c.hasCost = false, c.cost = 0;
    }
    auto offer = [&](std::string id, double price, Offer::Period period, std::string tag) {
        Offer o;
        o.id = std::move(id);
        o.title = o.id;
        o.provider = "Platform";
        o.kind = Offer::Kind::Subscription;
        o.price = price;
        o.period = period;
        o.covers = {"tag:" + std::move(tag)};
        cat.offers.push_back(o);
    };
    for (int provider = 0; provider < 10; ++provider)
        offer("platform-" + std::to_string(provider) + "-monthly", 39 + 2 * provider, Offer::Period::Month,
              "platform-" + std::to_string(provider));
    for (const char* group : {"a", "b"}) {
        offer(std::string("all-access-") + group + "-monthly", 59, Offer::Period::Month,
              std::string("all-access-") + group);
        offer(std::string("all-access-") + group + "-yearly", 399, Offer::Period::Year,
              std::string("all-access-") + group);
    }
    return cache.emplace(size, std::move(cat)).first->second;
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

/// Questions with shared subscriptions go to the offer MIP, which does not meet the targets of
/// the other searches: they get this limit, and `optimal` says how many it proved.
constexpr std::chrono::milliseconds kSubscriptionLimit{10000};

void runPlans(benchmark::State& state, Objective objective, bool subscriptions = false) {
    const Catalog& cat = subscriptions ? subscriptionCatalogOf(static_cast<int>(state.range(0)))
                                       : catalogOf(static_cast<int>(state.range(0)));
    const Profile profile = learner();
    GoalTimes times;
    int optimal = 0, runs = 0;
    for (auto _ : state) {
        for (const auto& goal : cat.goals) {
            PlanRequest req;
            req.goal = goal.id;
            req.objective = objective;
            if (subscriptions)
                req.timeLimit = kSubscriptionLimit;
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

void subscriptionsCost(benchmark::State& state) {
    runPlans(state, Objective::Cost, true);
}
void subscriptionsBalanced(benchmark::State& state) {
    runPlans(state, Objective::Balanced, true);
}
void subscriptionsTime(benchmark::State& state) {
    runPlans(state, Objective::Time, true);
}

/// A budget one cent below each goal's cheapest plan: the answer is `infeasible`, and the time
/// is the proof and its explanation, the cheapest plan without the budget. `exact` is the share
/// of reasons that name that plan's money exactly (a bound and the cheapest found otherwise).
void explainBudget(benchmark::State& state) {
    const Catalog& cat = catalogOf(static_cast<int>(state.range(0)));
    const Profile profile = learner();
    std::vector<std::pair<std::string, double>> budgets;
    for (const auto& goal : cat.goals) {
        PlanRequest req;
        req.goal = goal.id;
        const Plan cheapest = plan(cat, profile, req);
        if (cheapest.status == PlanStatus::Optimal && cheapest.totals.cost > 0)
            budgets.emplace_back(goal.id, cheapest.totals.cost - 0.01);
    }
    GoalTimes times;
    int exact = 0, runs = 0;
    for (auto _ : state) {
        for (const auto& [goal, budget] : budgets) {
            PlanRequest req;
            req.goal = goal;
            req.budget = budget;
            const double start = threadCpuMs();
            const Plan p = plan(cat, profile, req);
            times.add(threadCpuMs() - start);
            exact += p.status == PlanStatus::Infeasible && !p.reason.empty() &&
                     p.reason.front().code == Message::Code::BudgetTooSmall;
            ++runs;
        }
    }
    times.report(state);
    state.counters["exact"] = runs ? static_cast<double>(exact) / runs : 0;
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
BENCHMARK(explainBudget)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(subscriptionsCost)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(subscriptionsBalanced)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(subscriptionsTime)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK_MAIN();
