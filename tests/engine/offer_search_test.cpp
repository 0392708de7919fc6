// The offer MIP's own mechanisms (detail/offer_search.h): the rows that cut off sets that cannot
// be ordered, and the start from the searches' plan. Its answers are checked against brute force
// in offer_reference_test.cpp.

#include "../support/synthetic_catalog.h"
#include "detail/offer_money.h"
#include "detail/offer_schedule.h"
#include "detail/offer_search.h"
#include "detail/plan_search.h"
#include "detail/planning_problem.h"

#include <algorithm>
#include <cairn/engine/planner.h>
#include <gtest/gtest.h>
#include <map>
#include <random>

using namespace cairn;
using namespace cairn::detail;

namespace {

Credential credential(std::string id, double cost, double hours, std::vector<SkillLevel> grants,
                      Requirement prerequisites = Requirement::none(), std::vector<std::string> tags = {}) {
    Credential c;
    c.id = id;
    c.title = id;
    c.provider = "Provider";
    c.cost = cost;
    c.hours = hours;
    c.grants = std::move(grants);
    c.prerequisites = std::move(prerequisites);
    c.tags = std::move(tags);
    return c;
}

Offer monthly(std::string id, double price, std::string tag) {
    Offer o;
    o.id = id;
    o.title = id;
    o.provider = "Provider";
    o.kind = Offer::Kind::Subscription;
    o.price = price;
    o.period = Offer::Period::Month;
    o.covers = {"tag:" + std::move(tag)};
    return o;
}

Profile learner() {
    Profile p;
    p.name = "Learner";
    p.start = Date::fromYmd(2027, 1, 4);
    p.hoursPerWeek = 10;
    return p;
}

SearchSpec costSpec() {
    SearchSpec spec;
    spec.primary = Metric::Cost;
    spec.secondary = Metric::Hours;
    return spec;
}

int localOf(const Catalog& cat, const PlanningProblem& p, const std::string& id) {
    for (std::size_t i = 0; i < p.credentials.size(); ++i)
        if (cat.credentials[static_cast<std::size_t>(p.credentials[i].catalogIndex)].id == id)
            return static_cast<int>(i);
    return -1;
}

} // namespace

// Three credentials that only enable each other (ca needs c from cc, cc needs b from cb or any of
// thirty copies of it, cb needs a from ca) meet the goal in the relaxation for $3. "Not this
// set" cuts would remove the billions of such sets one at a time; the landmark the cycle misses
// ("way-in or direct": the hours-free `direct` keeps it out of the landmarks computed up front)
// removes them all in one row, and is learned for the problem's later searches.
TEST(OfferSearch, ASetThatCannotBeOrderedIsCutOffByTheLandmarkItMisses) {
    Catalog cat;
    cat.name = "cycle";
    for (const char* s : {"a", "b", "c", "g"})
        cat.skills.push_back({s, s, {}, {}, {}, {}});
    cat.credentials.push_back(credential("ca", 1, 1, {{"a", 1}, {"g", 1}}, Requirement::skill("c", 1)));
    cat.credentials.push_back(credential("cb", 1, 1, {{"b", 1}}, Requirement::skill("a", 1)));
    for (int k = 0; k < 30; ++k)
        cat.credentials.push_back(
            credential("cb" + std::to_string(k), 1, 1, {{"b", 1}}, Requirement::skill("a", 1), {"platform"}));
    cat.credentials.push_back(credential("cc", 1, 1, {{"c", 1}}, Requirement::skill("b", 1)));
    cat.credentials.push_back(credential("way-in", 50, 1, {{"c", 1}}, Requirement::none(), {"platform"}));
    cat.credentials.push_back(credential("direct", 80, 0, {{"g", 1}}));
    cat.offers.push_back(monthly("platform-monthly", 500, "platform"));
    Goal goal;
    goal.id = "goal";
    goal.title = "Goal";
    goal.requirement = Requirement::skill("g", 1);
    cat.goals.push_back(goal);
    PlanRequest request;
    request.goal = "goal";
    const CompileOutcome compiled = compileProblem(cat, learner(), request);
    ASSERT_TRUE(compiled.problem && compiled.problem->offers && compiled.problem->offers->shared);
    const PlanningProblem& p = *compiled.problem;

    SearchSpec spec = costSpec();
    spec.stop = StopClock(std::chrono::milliseconds(20000), nullptr);
    Payment payment;
    const auto r = searchWithOffers(p, spec, payment);
    ASSERT_TRUE(r && r->found && r->exhaustive);
    EXPECT_EQ(r->primary, 5100); // way-in, then ca
    std::vector<int> wayInOrDirect{localOf(cat, p, "way-in"), localOf(cat, p, "direct")};
    std::sort(wayInOrDirect.begin(), wayInOrDirect.end());
    EXPECT_NE(std::find(p.learnedLandmarks.begin(), p.learnedLandmarks.end(), wayInOrDirect), p.learnedLandmarks.end());
}

namespace {

/// A synthetic catalog with a quarter of its credentials sold by subscription, as in the planner
/// benchmark: a monthly subscription for each of four providers and an all-access one for all four.
Catalog subscriptionCatalog(unsigned seed) {
    synthetic::LargeCatalogOptions o;
    o.credentials = 300;
    o.fields = 10;
    o.goals = 6;
    Catalog cat = synthetic::largeCatalog(seed, o);
    for (std::size_t i = 0; i < cat.credentials.size(); ++i) {
        const std::size_t provider = i % 16;
        if (provider >= 4)
            continue;
        cat.credentials[i].tags.push_back("platform-" + std::to_string(provider));
        cat.credentials[i].tags.push_back("all-access");
    }
    for (int provider = 0; provider < 4; ++provider)
        cat.offers.push_back(
            monthly("platform-" + std::to_string(provider), 39 + 2 * provider, "platform-" + std::to_string(provider)));
    cat.offers.push_back(monthly("all-access", 59, "all-access"));
    return cat;
}

} // namespace

// Stopped after its first node, GLPK still has the plan it started from: the searches' plan,
// paid as cheaply as the offers allow, never dearer than that plan bought credential by credential.
TEST(OfferSearch, StartsFromTheSearchesPlanPaidThroughTheOffers) {
    int compared = 0;
    for (unsigned seed : {7u, 8u}) {
        const Catalog cat = subscriptionCatalog(seed);
        for (const auto& goal : cat.goals) {
            PlanRequest request;
            request.goal = goal.id;
            const CompileOutcome compiled = compileProblem(cat, learner(), request);
            if (!compiled.problem || !compiled.problem->offers || !compiled.problem->offers->shared)
                continue;
            const PlanningProblem& p = *compiled.problem;
            SearchSpec spec = costSpec();
            const SearchResult alone = searchPlan(p, spec);
            if (!alone.found)
                continue;
            spec.mipNodes = 1;
            Payment payment;
            const auto r = searchWithOffers(p, spec, payment, &alone);
            SCOPED_TRACE(goal.id);
            ASSERT_TRUE(r && r->found);
            EXPECT_LE(r->primary, alone.primary);
            EXPECT_EQ(r->primary, modelMoney(p, payment));
            ++compared;
        }
    }
    EXPECT_GE(compared, 6);
}

// {a, b, c} is the cheapest plan by the subscription's hours: a and c, 10 hours each, fit one
// $100 month, and b costs $10. But c needs b, which needs a, and b's 40 hours between them stretch
// the subscription over two months: $210 in its cheapest schedule. `direct`, $150 on its own, is
// then the cheapest plan, and proven so: the set {a, b, c} paid through the subscription is
// priced at its schedule's money.
TEST(OfferSearch, AShareWhoseScheduleCostsMoreThanItsHoursNeedLosesToACheaperPlan) {
    Catalog cat;
    cat.name = "gap";
    for (const char* s : {"a", "b", "g"})
        cat.skills.push_back({s, s, {}, {}, {}, {}});
    Credential a = credential("a", 0, 10, {{"a", 1}}, Requirement::none(), {"sub"});
    a.hasCost = false;
    Credential c = credential("c", 0, 10, {{"g", 1}}, Requirement::skill("b", 1), {"sub"});
    c.hasCost = false;
    cat.credentials = {a, credential("b", 10, 40, {{"b", 1}}, Requirement::skill("a", 1)), c,
                       credential("direct", 150, 80, {{"g", 1}})};
    cat.offers.push_back(monthly("sub", 100, "sub"));
    Goal goal;
    goal.id = "goal";
    goal.title = "Goal";
    goal.requirement = Requirement::skill("g", 1);
    cat.goals.push_back(goal);
    PlanRequest request;
    request.goal = "goal";
    const Plan p = plan(cat, learner(), request);
    EXPECT_EQ(p.status, PlanStatus::Optimal);
    ASSERT_EQ(p.credentials.size(), 1u);
    EXPECT_EQ(p.credentials[0].id, "direct");
    EXPECT_DOUBLE_EQ(p.totals.cost, 150.0);
    EXPECT_FALSE(p.bound.has_value());

    // With `direct` dearer than the chain in its schedule, the chain is the proven answer at $210.
    cat.credentials[3].cost = 250;
    const Plan chain = plan(cat, learner(), request);
    EXPECT_EQ(chain.status, PlanStatus::Optimal);
    EXPECT_EQ(chain.credentials.size(), 3u);
    EXPECT_DOUBLE_EQ(chain.totals.cost, 210.0);
}

namespace {

/// The money of `payment` studied in `order`, counted from the model's definition alone: own
/// prices, and for each subscription the windows of a period that cover its study, a new window
/// at the first moment of study no window covers.
Amount moneyInOrder(const PlanningProblem& p, const Catalog& cat, const std::vector<int>& order,
                    const Payment& payment) {
    Amount money = 0, now = 0;
    std::map<int, std::pair<Amount, Amount>> windows; // subscription -> (covered until, count)
    for (int c : order) {
        const auto k =
            static_cast<std::size_t>(std::find(payment.set.begin(), payment.set.end(), c) - payment.set.begin());
        const int option = payment.option[k];
        const Amount from = now, to = now + 7 * p.credentials[static_cast<std::size_t>(c)].hours;
        now = to;
        if (option == kOwnCost) {
            money += toCents(
                cat.credentials[static_cast<std::size_t>(p.credentials[static_cast<std::size_t>(c)].catalogIndex)]
                    .cost);
            continue;
        }
        const OfferLocal& offer = p.offers->offers[static_cast<std::size_t>(option)];
        const Amount period = p.hoursPerWeek * offer.periodDays;
        auto& [until, count] = windows[option];
        if (count == 0 || from >= until) {
            until = from + period;
            ++count;
        }
        while (until < to) {
            until += period;
            ++count;
        }
    }
    for (const auto& [option, w] : windows)
        money += p.offers->offers[static_cast<std::size_t>(option)].price * w.second;
    return money;
}

bool validOrder(const PlanningProblem& p, const std::vector<int>& order) {
    std::vector<char> held(p.atoms.size(), 0);
    for (std::size_t a = 0; a < p.atoms.size(); ++a)
        held[a] = p.atoms[a].initiallyHeld ? 1 : 0;
    for (int c : order) {
        const auto& local = p.credentials[static_cast<std::size_t>(c)];
        if (!p.formulas.eval(local.root, [&](int a) { return held[static_cast<std::size_t>(a)] != 0; }))
            return false;
        for (int a : local.provides)
            held[static_cast<std::size_t>(a)] = 1;
    }
    return true;
}

} // namespace

// The cheapest order of a plan paid through subscriptions, against every order: seven
// credentials with random hours (some none) and prerequisites, each paid on its own, through a monthly or
// through a yearly subscription, at random hours a week. The search leaves credentials paid on
// their own out of its choices in two ways (offer_schedule.cpp); trying every order checks both.
TEST(OfferSchedule, TheCheapestOrderPaysWhatTheBestOfEveryOrderPays) {
    std::mt19937 rng(2027);
    auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    int compared = 0, orderMatters = 0;
    for (int round = 0; round < 1000; ++round) {
        constexpr int n = 7;
        Catalog cat;
        cat.name = "orders";
        Goal goal;
        goal.id = "goal";
        goal.title = "Goal";
        std::vector<Requirement> everything;
        for (int i = 0; i < n; ++i) {
            const std::string skill = "s" + std::to_string(i);
            cat.skills.push_back({skill, skill, {}, {}, {}, {}});
            Requirement before = Requirement::none();
            if (i > 0 && pick(0, 2) > 0) {
                std::vector<Requirement> earlier;
                for (int k = pick(1, 2); k > 0; --k)
                    earlier.push_back(Requirement::skill("s" + std::to_string(pick(0, i - 1))));
                before = pick(0, 1) ? Requirement::all(earlier) : Requirement::any(earlier);
            }
            std::vector<std::string> tags;
            if (pick(0, 1))
                tags.push_back("monthly");
            if (pick(0, 2) == 0)
                tags.push_back("yearly");
            const int hours = pick(0, 5) == 0 ? 0 : pick(1, 120);
            cat.credentials.push_back(credential("c" + std::to_string(i), 100, hours, {{skill, 1}}, before, tags));
            everything.push_back(Requirement::skill(skill));
        }
        cat.offers.push_back(monthly("monthly", 49, "monthly"));
        Offer yearly = monthly("yearly", 399, "yearly");
        yearly.period = Offer::Period::Year;
        cat.offers.push_back(yearly);
        goal.requirement = Requirement::all(everything);
        cat.goals.push_back(goal);
        Profile learner = ::learner();
        learner.hoursPerWeek = pick(2, 25);
        PlanRequest request;
        request.goal = "goal";
        const CompileOutcome compiled = compileProblem(cat, learner, request);
        ASSERT_TRUE(compiled.problem);
        const PlanningProblem& p = *compiled.problem;
        ASSERT_EQ(p.credentials.size(), static_cast<std::size_t>(n));
        Payment payment;
        for (int c = 0; c < n; ++c) {
            const auto& options = p.offers->options[static_cast<std::size_t>(c)];
            payment.set.push_back(c);
            payment.option.push_back(options[static_cast<std::size_t>(pick(0, static_cast<int>(options.size()) - 1))]);
        }
        const auto cheapest = cheapestSchedule(p, payment);
        ASSERT_TRUE(cheapest) << "round " << round;
        EXPECT_TRUE(validOrder(p, cheapest->order)) << "round " << round;
        EXPECT_EQ(moneyInOrder(p, cat, cheapest->order, payment), cheapest->money) << "round " << round;
        std::vector<int> order = payment.set;
        Amount least = kInfiniteAmount, most = 0;
        do {
            if (validOrder(p, order)) {
                const Amount money = moneyInOrder(p, cat, order, payment);
                least = std::min(least, money);
                most = std::max(most, money);
            }
        } while (std::next_permutation(order.begin(), order.end()));
        EXPECT_EQ(cheapest->money, least) << "round " << round;
        ++compared;
        orderMatters += most > least;
    }
    EXPECT_EQ(compared, 1000);
    EXPECT_GT(orderMatters, 150); // or the comparison proves little
}
