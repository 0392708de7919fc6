// The offer MIP's own mechanisms (detail/offer_search.h): the rows that cut off sets that cannot
// be ordered, and the start from the searches' plan. Its answers are checked against brute force
// in offer_reference_test.cpp.

#include "../support/synthetic_catalog.h"
#include "detail/offer_money.h"
#include "detail/offer_search.h"
#include "detail/plan_search.h"
#include "detail/planning_problem.h"

#include <algorithm>
#include <cairn/engine/planner.h>
#include <gtest/gtest.h>

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
// the subscription over two months: $210 in its schedule. `direct`, $150 on its own, is the
// plan then, with the proven $110 as its bound.
TEST(OfferSearch, APlanWhoseScheduleCostsLessThanTheModelsOptimumIsPreferred) {
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
    EXPECT_EQ(p.status, PlanStatus::Feasible);
    ASSERT_EQ(p.credentials.size(), 1u);
    EXPECT_EQ(p.credentials[0].id, "direct");
    EXPECT_DOUBLE_EQ(p.totals.cost, 150.0);
    ASSERT_TRUE(p.bound.has_value());
    EXPECT_DOUBLE_EQ(*p.bound, 110.0);
    ASSERT_EQ(p.reason.size(), 1u);
    EXPECT_EQ(p.reason[0].code, Message::Code::SharedPlanSchedulesDearer);
}
