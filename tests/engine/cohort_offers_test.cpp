// Dates and shared offers together (detail/cohort_offers.h): the `time` objective and deadlines on
// catalogs where a subscription shared by credentials meets cohorts. Worked examples computed by
// hand, and random catalogs on which no other set of credentials may beat a proven plan.
#include "message_text.h"
#include "support/money_examples.h"
#include "support/money_reference.h"

#include <algorithm>
#include <cairn/engine/planner.h>
#include <cairn/engine/validation.h>
#include <cstdio>
#include <gtest/gtest.h>
#include <random>

namespace {

using namespace cairn;
using namespace cairn::test;

const Date kStart = Date::fromYmd(2027, 1, 4);

/// Two 20-hour courses sold only through a $49 monthly subscription, and a $2,000 bootcamp that
/// teaches both in four weeks from the learner's first day. At 10 hours a week each course alone
/// is two weeks and a month of the subscription ($98 bought one by one); studied one after the
/// other they fit one month ($49), and finish on the same day as the bootcamp (day 27).
Catalog coursesAndBootcamp() {
    Credential sql = exampleCredential("sql-course", "Platform", 20, std::nullopt, "sql", {"platform"});
    Credential python = exampleCredential("python-course", "Platform", 20, std::nullopt, "python", {"platform"});
    Credential bootcamp = exampleCredential("bootcamp", "Bootcamp", 40, 2000, "sql");
    bootcamp.grants.push_back({"python", 2});
    bootcamp.pace.kind = Pace::Kind::Cohort;
    bootcamp.pace.weeks = 4;
    bootcamp.pace.starts = {kStart};
    return exampleCatalog("cohorts", {"sql", "python"}, {sql, python, bootcamp},
                          {exampleSubscription("platform-monthly", 49, Offer::Period::Month, {"tag:platform"})},
                          Requirement::all({Requirement::skill("sql", 2), Requirement::skill("python", 2)}));
}

Plan planFor(const Catalog& catalog, Objective objective, std::optional<double> budget = std::nullopt,
             std::optional<Date> deadline = std::nullopt) {
    EXPECT_FALSE(hasErrors(validate(catalog)));
    Profile profile;
    profile.start = kStart;
    profile.hoursPerWeek = 10;
    PlanRequest request;
    request.goal = "goal";
    request.objective = objective;
    request.budget = budget;
    request.deadline = deadline;
    return plan(catalog, profile, request);
}

TEST(CohortOffers, TheSoonestPlanPaysOneSharedMonth) {
    const Plan plan = planFor(coursesAndBootcamp(), Objective::Time);
    ASSERT_EQ(plan.status, PlanStatus::Optimal) << words(plan.reason);
    EXPECT_EQ(plan.totals.completion, kStart.plusDays(27));
    EXPECT_DOUBLE_EQ(plan.totals.cost, 49);
    ASSERT_EQ(plan.payments.size(), 1u);
    EXPECT_EQ(plan.payments.front().periods, 1);
    EXPECT_EQ(plan.payments.front().credentials.size(), 2u);
}

// Bought one by one the courses cost $98, over the budget; through the shared month they fit it.
TEST(CohortOffers, ABudgetOnlyTheSharedSubscriptionMeetsStillHasItsPlan) {
    const Plan plan = planFor(coursesAndBootcamp(), Objective::Time, 60);
    ASSERT_EQ(plan.status, PlanStatus::Optimal) << words(plan.reason);
    EXPECT_DOUBLE_EQ(plan.totals.cost, 49);
    EXPECT_EQ(plan.totals.completion, kStart.plusDays(27));
}

// No plan costs less than $49 however it is paid: proven, and the reason names the cheapest plan.
TEST(CohortOffers, ABudgetBelowEveryWayToPayIsProvenTooSmall) {
    const Plan plan = planFor(coursesAndBootcamp(), Objective::Time, 40);
    ASSERT_EQ(plan.status, PlanStatus::Infeasible) << words(plan.reason);
    EXPECT_NE(words(plan.reason).find("$49"), std::string::npos) << words(plan.reason);
}

TEST(CohortOffers, TheCheapestPlanByADeadlineIsProven) {
    const Plan plan = planFor(coursesAndBootcamp(), Objective::Cost, std::nullopt, kStart.plusDays(40));
    ASSERT_EQ(plan.status, PlanStatus::Optimal) << words(plan.reason);
    EXPECT_DOUBLE_EQ(plan.totals.cost, 49);
    // Too soon for the courses' 40 hours (day 27 at the earliest) and for the bootcamp's four weeks.
    const Plan tooSoon = planFor(coursesAndBootcamp(), Objective::Cost, std::nullopt, kStart.plusDays(20));
    EXPECT_EQ(tooSoon.status, PlanStatus::Infeasible) << words(tooSoon.reason);
}

// The bootcamp is the sooner plan when its cohort is shorter than the courses' hours at the
// learner's pace: then the money is the bootcamp's, and it is proven.
TEST(CohortOffers, ASoonerCohortWinsOnTheDateAndItsMoneyIsProven) {
    Catalog catalog = coursesAndBootcamp();
    catalog.credentials[0].hours = catalog.credentials[1].hours = 30; // 60 hours: day 41
    const Plan plan = planFor(catalog, Objective::Time);
    ASSERT_EQ(plan.status, PlanStatus::Optimal) << words(plan.reason);
    EXPECT_EQ(plan.totals.completion, kStart.plusDays(27));
    EXPECT_DOUBLE_EQ(plan.totals.cost, 2000);
    // Under a budget the bootcamp exceeds, the courses' two shared months ($98) are the soonest.
    const Plan cheaper = planFor(catalog, Objective::Time, 500);
    ASSERT_EQ(cheaper.status, PlanStatus::Optimal) << words(cheaper.reason);
    EXPECT_EQ(cheaper.totals.completion, kStart.plusDays(41));
    EXPECT_DOUBLE_EQ(cheaper.totals.cost, 98);
}

// A later bootcamp whose 20 hours alone would end on day 13: the hours allow sooner than day 27,
// but by day 26 its cohort cannot end even alone and the courses' 40 hours cannot either, so
// day 27 is proven the soonest, and the bootcamp's $30 the least money by then.
TEST(CohortOffers, ACohortsDateProvesTheSoonestDayTheHoursCannot) {
    Catalog catalog = coursesAndBootcamp();
    Credential& bootcamp = catalog.credentials[2];
    bootcamp.cost = 30;
    bootcamp.hours = 20;
    bootcamp.pace.weeks = 2;
    bootcamp.pace.starts = {kStart.plusDays(14)};
    const Plan plan = planFor(catalog, Objective::Time);
    ASSERT_EQ(plan.status, PlanStatus::Optimal) << words(plan.reason);
    EXPECT_EQ(plan.totals.completion, kStart.plusDays(27));
    EXPECT_DOUBLE_EQ(plan.totals.cost, 30);
}

// The courses' shared month and the bootcamp finish on the same day: one point, $49. With
// 30-hour courses the bootcamp is sooner, so the front has two points, both proven.
TEST(CohortOffers, TheParetoFrontPaysThroughTheSharedSubscription) {
    Profile profile;
    profile.start = kStart;
    profile.hoursPerWeek = 10;
    PlanRequest request;
    request.goal = "goal";
    const auto one = paretoFront(coursesAndBootcamp(), profile, request);
    ASSERT_EQ(one.size(), 1u);
    EXPECT_EQ(one[0].status, PlanStatus::Optimal) << words(one[0].reason);
    EXPECT_DOUBLE_EQ(one[0].totals.cost, 49);
    EXPECT_EQ(one[0].totals.completion, kStart.plusDays(27));
    Catalog slower = coursesAndBootcamp();
    slower.credentials[0].hours = slower.credentials[1].hours = 30;
    const auto two = paretoFront(slower, profile, request);
    ASSERT_EQ(two.size(), 2u);
    EXPECT_DOUBLE_EQ(two[0].totals.cost, 98);
    EXPECT_EQ(two[0].totals.completion, kStart.plusDays(41));
    EXPECT_DOUBLE_EQ(two[1].totals.cost, 2000);
    EXPECT_EQ(two[1].totals.completion, kStart.plusDays(27));
    for (const Plan& point : two)
        EXPECT_EQ(point.status, PlanStatus::Optimal) << words(point.reason);
}

struct Score {
    long long primary = 0, secondary = 0;
    bool operator<(const Score& o) const {
        return primary != o.primary ? primary < o.primary : secondary < o.secondary;
    }
};

Score scoreOf(Objective o, const Plan& plan, double hourlyValue) {
    const long long money = cents(plan.totals.cost), hours = cents(plan.totals.hours);
    const long long day = plan.credentials.empty() ? -1 : plan.totals.completion.days() - kStart.days();
    switch (o) {
    case Objective::Time:
        return {day, money};
    case Objective::Effort:
        return {hours, money};
    case Objective::Balanced:
        return {money * 100 + cents(hourlyValue) * hours, hours};
    default:
        return {money, hours};
    }
}

/// Credentials c0… of which about a third are cohorts of one to four weeks starting on some of
/// the learner's first weeks, covered by subscriptions (shared by two or more) and other offers.
Catalog randomCohortCatalog(std::mt19937& rng, int credentials) {
    auto pick = [&](int lo, int hi) { return draw(rng, lo, hi); };
    Catalog cat = drawCredentials(rng, credentials, 3, [&](Credential& c) {
        c.provider = "P";
        c.cost = pick(0, 6) * 50;
        c.hours = pick(1, 12) * 5;
        if (pick(0, 2) == 0) {
            c.pace.kind = Pace::Kind::Cohort;
            c.pace.weeks = pick(1, 4);
            for (int week : {0, 1, 2, 4})
                if (pick(0, 1) == 0)
                    c.pace.starts.push_back(kStart.plusDays(7 * week + pick(0, 1)));
            if (c.pace.starts.empty())
                c.pace.starts.push_back(kStart);
        }
    });
    for (int o = 0; o < pick(1, 3); ++o) {
        Offer offer = drawOffer(rng, o, "P", 3, 10);
        if (o == 0) { // at least one subscription to share
            offer.kind = Offer::Kind::Subscription;
            offer.period = Offer::Period::Month;
            offer.price = pick(2, 12) * 5;
        }
        drawCoveredCredentials(rng, offer, credentials);
        cat.offers.push_back(offer);
    }
    for (auto& c : cat.credentials)
        if (!cat.offersFor(c).empty() && pick(0, 2) == 0)
            c.hasCost = false, c.cost = 0;
    cat.goals.push_back(drawGoal(rng, 3));
    return cat;
}

struct Tally {
    int proven = 0, provenNoPlan = 0, sharedAndCohorts = 0, sets = 0, unproven = 0;
};

/// A proven answer must not be beaten by any set of credentials, each set planned on its own
/// (all of it pinned, the rest excluded): a proven "no plan" by none at all.
void checkAgainstEverySet(std::uint32_t seed, int credentials, Tally& tally) {
    std::mt19937 rng(seed);
    const Catalog cat = randomCohortCatalog(rng, credentials);
    // Cycles among prerequisites are fine: the planner must cope with them too.
    for (const auto& problem : validate(cat))
        ASSERT_EQ(problem.object.rfind("offer", 0), std::string::npos) << seed << ": " << words(problem.message);
    Profile profile;
    profile.start = kStart;
    profile.hoursPerWeek = std::vector<double>{5, 10, 20}[static_cast<std::size_t>(draw(rng, 0, 2))];
    profile.hourlyValue = draw(rng, 0, 1) * 2;
    PlanRequest req;
    req.goal = "g";
    req.objective = static_cast<Objective>(draw(rng, 0, 3));
    if (req.objective != Objective::Time || draw(rng, 0, 2) == 0)
        req.deadline = kStart.plusDays(draw(rng, 10, 120));
    if (draw(rng, 0, 2) == 0)
        req.budget = draw(rng, 1, 12) * 50;
    const Plan plan = cairn::plan(cat, profile, req);
    const std::string where = "seed " + std::to_string(seed) + ", objective " + toString(req.objective);
    if (plan.status != PlanStatus::Optimal && plan.status != PlanStatus::Infeasible) {
        ++tally.unproven;
        return;
    }
    ++(plan.status == PlanStatus::Optimal ? tally.proven : tally.provenNoPlan);
    // Questions the offer MIP alone could not answer before: a shared offer and a cohort.
    const bool cohorts = std::any_of(cat.credentials.begin(), cat.credentials.end(),
                                     [](const Credential& c) { return c.pace.isCohort(); });
    std::vector<int> covered(cat.offers.size(), 0);
    for (const auto& c : cat.credentials)
        for (int o : cat.offersFor(c))
            ++covered[static_cast<std::size_t>(o)];
    bool shared = false;
    for (std::size_t o = 0; o < cat.offers.size(); ++o)
        shared = shared || (cat.offers[o].kind != Offer::Kind::OneTime && covered[o] > 1);
    tally.sharedAndCohorts += cohorts && shared ? 1 : 0;
    const Score best = scoreOf(req.objective, plan, profile.hourlyValue);
    for (std::uint32_t mask = 0; mask < (1u << cat.credentials.size()); ++mask) {
        const auto set = setOf(cat, mask);
        if (!meetsGoalWithPins(cat, profile, req, set))
            continue;
        PlanRequest fixed = req;
        for (const auto& c : cat.credentials)
            (mask & (1u << (&c - cat.credentials.data())) ? fixed.pinned : fixed.excluded).push_back(c.id);
        const Plan other = cairn::plan(cat, profile, fixed);
        if (other.status != PlanStatus::Optimal && other.status != PlanStatus::Feasible)
            continue;
        ++tally.sets;
        ASSERT_NE(plan.status, PlanStatus::Infeasible) << where << ": set " << mask << " is a plan";
        ASSERT_FALSE(scoreOf(req.objective, other, profile.hourlyValue) < best)
            << where << ": set " << mask << " beats the proven plan";
    }
}

/// No set of credentials, planned on its own for the soonest date, finishes by a proven point of
/// the Pareto front for less money.
struct Points {
    int proven = 0, unproven = 0;
};

void checkFrontAgainstEverySet(std::uint32_t seed, int credentials, Points& points) {
    std::mt19937 rng(seed);
    const Catalog cat = randomCohortCatalog(rng, credentials);
    Profile profile;
    profile.start = kStart;
    profile.hoursPerWeek = std::vector<double>{5, 10, 20}[static_cast<std::size_t>(draw(rng, 0, 2))];
    PlanRequest req;
    req.goal = "g";
    const auto front = paretoFront(cat, profile, req);
    for (std::uint32_t mask = 0; mask < (1u << cat.credentials.size()); ++mask) {
        if (!meetsGoalWithPins(cat, profile, req, setOf(cat, mask)))
            continue;
        PlanRequest fixed = req;
        fixed.objective = Objective::Time;
        for (const auto& c : cat.credentials)
            (mask & (1u << (&c - cat.credentials.data())) ? fixed.pinned : fixed.excluded).push_back(c.id);
        const Plan other = cairn::plan(cat, profile, fixed);
        if (!hasPlan(other.status))
            continue;
        for (const Plan& point : front) {
            if (point.status != PlanStatus::Optimal)
                continue;
            ASSERT_FALSE(other.totals.completion <= point.totals.completion &&
                         cents(other.totals.cost) < cents(point.totals.cost))
                << "seed " << seed << ": set " << mask << " beats the point of " << point.totals.cost;
        }
    }
    for (const Plan& point : front)
        ++(point.status == PlanStatus::Optimal ? points.proven : points.unproven);
}

TEST(CohortOffers, NoSetBeatsAProvenPointOfTheParetoFront) {
    Points points;
    forEachSeed(1, 300, 3, 6,
                [&](std::uint32_t seed, int credentials) { checkFrontAgainstEverySet(seed, credentials, points); });
    std::printf("points of the fronts: %d proven, %d not\n", points.proven, points.unproven);
    // (Before the front's steps went through the offer MIP with cohorts, 158 were proven.)
    EXPECT_GT(points.proven, 170);
}

TEST(CohortOffers, NoSetBeatsAProvenAnswerOnRandomCatalogs) {
    Tally tally;
    forEachSeed(1, 1000, 3, 6,
                [&](std::uint32_t seed, int credentials) { checkAgainstEverySet(seed, credentials, tally); });
    std::printf("proven: %d plans, %d no plan (%d with a shared offer and a cohort); not proven %d; sets compared %d\n",
                tally.proven, tally.provenNoPlan, tally.sharedAndCohorts, tally.unproven, tally.sets);
    // The cases must be mixed, or the comparison proves little. (Before the offer MIP bounded
    // plans by their hours, 203 answers of these 1,000 were not proven; then 111, mostly deadlines
    // with cohort dates chosen greedily where no offer is shared, which the relaxed question now
    // proves: 49 are left, `time` questions nearly all.)
    EXPECT_GT(tally.proven, 350);
    EXPECT_GT(tally.provenNoPlan, 350);
    EXPECT_GT(tally.sharedAndCohorts, 500);
    EXPECT_LT(tally.unproven, 80);
}

} // namespace
