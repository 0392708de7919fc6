// The planner against a brute-force reference on catalogs with offers: every subset, every
// choice of offer for each credential, and every valid order, with money computed from the
// schedule — a subscription costs its price for each period, from the moment its first covered
// credential starts, in which a credential it pays for is studied; it lapses when nothing it
// covers is studied for a whole period and starts again with the next one (docs/planning-model.md,
// "Money"). Shares no planning code with the planner.
#include "message_text.h"
#include "support/money_reference.h"

#include <algorithm>
#include <cairn/engine/planner.h>
#include <cairn/engine/requirement_text.h>
#include <cairn/engine/validation.h>
#include <cstdint>
#include <cstdio>
#include <gtest/gtest.h>
#include <optional>
#include <random>
#include <sstream>

namespace {

using namespace cairn;
using namespace cairn::test;

struct Score {
    long long primary = 0, secondary = 0;
    long long money = 0, hours = 0;
};

/// Money of paying `order` through `choice`, at `perWeek` hours a week, every credential
/// studied at full pace one after another.
long long scheduledMoney(const Catalog& cat, const std::vector<const Credential*>& order,
                         const std::vector<int>& choice, double perWeek) {
    long long money = 0;
    std::vector<std::vector<std::pair<long long, long long>>> intervals(cat.offers.size());
    std::vector<char> bundlePaid(cat.offers.size(), 0);
    long long at = 0; // hundredths of an hour studied so far
    for (std::size_t k = 0; k < order.size(); ++k) {
        const long long h = cents(order[k]->hours);
        const int o = choice[k];
        if (o < 0) {
            money += cents(order[k]->cost);
        } else {
            const Offer& offer = cat.offers[static_cast<std::size_t>(o)];
            if (offer.kind == Offer::Kind::OneTime)
                money += cents(offer.price);
            else if (offer.kind == Offer::Kind::Bundle && !bundlePaid[static_cast<std::size_t>(o)]) {
                money += cents(offer.price);
                bundlePaid[static_cast<std::size_t>(o)] = 1;
            } else if (offer.kind == Offer::Kind::Subscription) {
                intervals[static_cast<std::size_t>(o)].emplace_back(at, at + h);
            }
        }
        at += h;
    }
    for (std::size_t o = 0; o < cat.offers.size(); ++o) {
        if (intervals[o].empty())
            continue;
        // Times in sevenths of hundredths of an hour, so that a period of `days` days holds
        // days × hours-per-week of them. A subscription runs from its first credential's start and lapses when nothing
        // it covers is studied for a whole period; at least one period per run.
        const long long days = cat.offers[o].period == Offer::Period::Month ? 30 : 365;
        const long long per = cents(perWeek) * days;
        long long periods = 0, runStart = -1, run = 0;
        for (const auto& [from, to] : intervals[o]) {
            if (runStart < 0 || 7 * from >= runStart + run * per) {
                periods += run;
                runStart = 7 * from;
                run = 0;
            }
            run = std::max({run, 1LL, (7 * to - runStart + per - 1) / per});
        }
        money += cents(cat.offers[o].price) * (periods + run);
    }
    return money;
}

Score scoreOf(Objective o, long long money, long long hours, long long day, double hourly) {
    switch (o) {
    case Objective::Cost:
    case Objective::CostToHold: // these catalogs have no renewals: nothing to hold
        return {money, hours, money, hours};
    case Objective::Effort:
        return {hours, money, money, hours};
    case Objective::Balanced:
        return {money * 100 + cents(hourly) * hours, hours, money, hours};
    case Objective::Time:
        return {day, money, money, hours};
    case Objective::OutOfPocket: // without funding: money, then hours (funding_reference_test.cpp)
        return {money, hours, money, hours};
    }
    return {};
}

std::optional<Score> reference(const Catalog& cat, const Profile& profile, const PlanRequest& req) {
    std::optional<Score> best;
    for (std::uint32_t mask = 0; mask < (1u << cat.credentials.size()); ++mask) {
        const std::vector<const Credential*> set = setOf(cat, mask);
        if (!meetsGoalWithPins(cat, profile, req, set))
            continue;
        long long hours = 0;
        for (auto* c : set)
            hours += cents(c->hours);
        const long long day =
            hours <= 0 ? -1 : (7 * hours + cents(profile.hoursPerWeek) - 1) / cents(profile.hoursPerWeek) - 1;
        if (req.deadline && day > req.deadline->days() - profile.start.days())
            continue;
        forEachPaidOrder(cat, profile, set, [&](const auto& order, const auto& choice) {
            const long long money = scheduledMoney(cat, order, choice, profile.hoursPerWeek);
            if (req.budget && money > cents(*req.budget))
                return;
            const Score s = scoreOf(req.objective, money, hours, day, profile.hourlyValue);
            if (!best || s.primary < best->primary || (s.primary == best->primary && s.secondary < best->secondary))
                best = s;
        });
    }
    return best;
}

/// A small catalog: skills granted at levels, a few prerequisites, and subscriptions, bundles
/// and one-time offers covering credentials by id and by tag; some credentials without a cost.
Catalog randomCatalog(std::mt19937& rng, int credentials) {
    auto pick = [&](int lo, int hi) { return draw(rng, lo, hi); };
    Catalog cat = drawCredentials(rng, credentials, 3, [&](Credential& c) {
        c.provider = "P";
        c.cost = pick(0, 6) * 50;
        c.hours = pick(0, 2) == 0 ? pick(1, 9) * 10 : pick(2, 40) * 5;
    });
    const int offers = pick(1, 3);
    for (int o = 0; o < offers; ++o) {
        Offer offer = drawOffer(rng, o, "P", 2, 10);
        const std::string tag = "t" + std::to_string(pick(0, 1));
        const bool tagged = std::any_of(cat.credentials.begin(), cat.credentials.end(), [&](const Credential& c) {
            return std::count(c.tags.begin(), c.tags.end(), tag) > 0;
        });
        if (tagged && pick(0, 1) == 0)
            offer.covers.push_back("tag:" + tag);
        else
            drawCoveredCredentials(rng, offer, credentials);
        cat.offers.push_back(offer);
    }
    // Some credentials are sold only through the offers that cover them.
    for (auto& c : cat.credentials)
        if (!cat.offersFor(c).empty() && pick(0, 2) == 0)
            c.hasCost = false, c.cost = 0;
    cat.goals.push_back(drawGoal(rng, 3));
    return cat;
}

std::string describe(const Catalog& cat, const Profile& profile, const PlanRequest& req) {
    std::ostringstream out;
    out << "objective " << toString(req.objective) << ", " << profile.hoursPerWeek << " h/week";
    if (req.budget)
        out << ", budget " << *req.budget;
    if (req.deadline)
        out << ", deadline " << req.deadline->toIso();
    out << "\n";
    for (const auto& c : cat.credentials) {
        out << "  " << c.id << (c.hasCost ? " cost " + std::to_string(c.cost) : std::string(" (offers only)"))
            << " hours " << c.hours;
        describeGrantsAndTags(out, c);
    }
    describeOffers(out, cat);
    out << "  goal " << toText(cat.goals[0].requirement) << "\n";
    return out.str();
}

struct Tally {
    int optimal = 0, feasible = 0, infeasible = 0, withSubscription = 0, shared = 0;
};

void check(std::uint32_t seed, int credentials, Tally& tally) {
    std::mt19937 rng(seed);
    const Catalog cat = randomCatalog(rng, credentials);
    // Goals some catalogs cannot reach are fine: the planner must say so too.
    for (const auto& problem : validate(cat))
        ASSERT_EQ(problem.object.rfind("offer", 0), std::string::npos) << words(problem.message);
    auto pick = [&](int lo, int hi) { return draw(rng, lo, hi); };
    Profile profile;
    profile.start = Date::fromYmd(2027, 1, 4);
    profile.hoursPerWeek = std::vector<double>{3, 5, 8, 10, 20}[static_cast<std::size_t>(pick(0, 4))];
    profile.hourlyValue = pick(0, 1) * 2;
    PlanRequest req;
    req.goal = "g";
    req.objective = static_cast<Objective>(pick(0, 3));
    if (pick(0, 2) == 0)
        req.budget = pick(2, 16) * 50;
    if (pick(0, 3) == 0)
        req.deadline = profile.start.plusDays(pick(30, 500));
    drawPin(rng, req, credentials);
    const auto [plan, ref, where] = answer<Score>(seed, cat, profile, req, reference, describe);
    if (!bothFindAPlan(plan, ref.has_value(), where, tally.infeasible))
        return;
    const long long money = cents(plan.totals.cost), hours = cents(plan.totals.hours);
    const long long day = plan.credentials.empty() ? -1 : plan.totals.completion.days() - profile.start.days();
    const Score s = scoreOf(req.objective, money, hours, day, profile.hourlyValue);
    if (req.budget) {
        EXPECT_LE(money, cents(*req.budget)) << where;
    }
    if (std::any_of(plan.payments.begin(), plan.payments.end(),
                    [](const OfferPayment& p) { return p.kind == Offer::Kind::Subscription; }))
        ++tally.withSubscription;
    if (std::any_of(plan.payments.begin(), plan.payments.end(),
                    [](const OfferPayment& p) { return p.kind != Offer::Kind::OneTime && p.credentials.size() > 1; }))
        ++tally.shared;
    if (plan.status == PlanStatus::Optimal) {
        ++tally.optimal;
        EXPECT_EQ(s.primary, ref->primary) << where << "money " << money << " vs " << ref->money;
        EXPECT_EQ(s.secondary, ref->secondary) << where << "money " << money << " vs " << ref->money;
    } else {
        // Not proven: never better than the reference, and it says why.
        ++tally.feasible;
        EXPECT_TRUE(s.primary > ref->primary || (s.primary == ref->primary && s.secondary >= ref->secondary)) << where;
        EXPECT_FALSE(plan.reason.empty()) << where;
    }
}

Tally run(std::uint32_t firstSeed, int catalogs, int minCredentials, int maxCredentials) {
    Tally tally;
    forEachSeed(firstSeed, catalogs, minCredentials, maxCredentials,
                [&](std::uint32_t seed, int credentials) { check(seed, credentials, tally); });
    std::printf("optimal %d, feasible %d, infeasible %d, with a subscription %d, sharing an offer %d\n", tally.optimal,
                tally.feasible, tally.infeasible, tally.withSubscription, tally.shared);
    return tally;
}

TEST(OfferReference, SmallCatalogsMatchBruteForce) {
    const Tally tally = run(1, 2000, 2, 5);
    // The cases must be mixed, or the comparison proves little.
    EXPECT_GT(tally.optimal, 1000);
    EXPECT_GT(tally.infeasible, 100);
    EXPECT_GT(tally.withSubscription, 150);
    EXPECT_GT(tally.shared, 50);
    EXPECT_LT(tally.feasible, 100);
}

// Registered under the label planner-slow (tests/engine/CMakeLists.txt).
TEST(OfferReferenceSlow, LargerCatalogsMatchBruteForce) {
    const Tally tally = run(100000, 10000, 4, 6);
    EXPECT_GT(tally.optimal, 5000);
    EXPECT_GT(tally.withSubscription, 1000);
    EXPECT_GT(tally.shared, 300);
}

} // namespace
