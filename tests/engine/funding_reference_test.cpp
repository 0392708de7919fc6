// The out-of-pocket objective against a brute-force reference: every set of credentials with
// none to spare (no smaller set meets the goal in some order), every valid order, every choice
// of payment option, each bill dated by the schedule and funding applied share first, cap in
// date order, per calendar year or in total (docs/planning-model.md, "Funding and out-of-pocket
// money"). Schedules start in the autumn, so that many cross a year boundary. Shares no planning
// code with the planner.
#include "message_text.h"
#include "support/money_reference.h"

#include <algorithm>
#include <cairn/engine/planner.h>
#include <cairn/engine/requirement_text.h>
#include <cairn/engine/validation.h>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <gtest/gtest.h>
#include <map>
#include <optional>
#include <random>
#include <sstream>
#include <tuple>

namespace {

using namespace cairn;
using namespace cairn::test;

using Score = std::tuple<long long, long long, long long>; // out-of-pocket, money, hours

struct Bill {
    int day = 0;
    int sequence = 0; ///< position of the first credential it is for
    long long amount = 0;
    std::vector<const Credential*> buys;
};

bool covers(const FundingSource& s, const Credential& c) {
    if (s.covers.empty())
        return true;
    for (const auto& item : s.covers) {
        const auto colon = item.find(':');
        const std::string kind = item.substr(0, colon), name = item.substr(colon + 1);
        if ((kind == "cred" && c.id == name) || (kind == "provider" && c.provider == name) ||
            (kind == "tag" && std::count(c.tags.begin(), c.tags.end(), name) > 0))
            return true;
    }
    return false;
}

/// The bills of `order` paid through `choice`, studied one after another at full pace.
std::vector<Bill> billsOf(const Catalog& cat, const std::vector<const Credential*>& order,
                          const std::vector<int>& choice, long long perWeek) {
    std::vector<Bill> bills;
    std::map<int, std::vector<std::size_t>> byOffer;
    long long at = 0; // hundredths of an hour studied before
    std::vector<long long> before;
    for (std::size_t k = 0; k < order.size(); ++k) {
        before.push_back(at);
        const int day = static_cast<int>(7 * at / perWeek);
        const int o = choice[k];
        if (o < 0)
            bills.push_back({day, static_cast<int>(k), cents(order[k]->cost), {order[k]}});
        else if (cat.offers[static_cast<std::size_t>(o)].kind == Offer::Kind::OneTime)
            bills.push_back(
                {day, static_cast<int>(k), cents(cat.offers[static_cast<std::size_t>(o)].price), {order[k]}});
        else
            byOffer[o].push_back(k);
        at += cents(order[k]->hours);
    }
    before.push_back(at);
    for (const auto& [o, positions] : byOffer) {
        const Offer& offer = cat.offers[static_cast<std::size_t>(o)];
        Bill bill;
        bill.sequence = static_cast<int>(positions.front());
        bill.amount = cents(offer.price);
        for (std::size_t k : positions)
            bill.buys.push_back(order[k]);
        if (offer.kind == Offer::Kind::Bundle) {
            bill.day = static_cast<int>(7 * before[positions.front()] / perWeek);
            bills.push_back(bill);
            continue;
        }
        // Runs of periods in sevenths of hundredths of an hour; a period of D days holds D × perWeek.
        const long long days = offer.period == Offer::Period::Month ? 30 : 365, per = perWeek * days;
        std::vector<std::pair<long long, long long>> runs; // start, periods
        for (std::size_t k : positions) {
            const long long from = 7 * before[k], to = 7 * before[k + 1];
            if (runs.empty() || from >= runs.back().first + runs.back().second * per)
                runs.emplace_back(from, 0);
            runs.back().second = std::max({runs.back().second, 1LL, (to - runs.back().first + per - 1) / per});
        }
        for (const auto& [start, periods] : runs)
            for (long long p = 0; p < periods; ++p) {
                bill.day = static_cast<int>(start / perWeek + p * days);
                bills.push_back(bill);
            }
    }
    return bills;
}

long long outOfPocket(std::vector<Bill> bills, const Profile& profile) {
    std::stable_sort(bills.begin(), bills.end(), [](const Bill& a, const Bill& b) {
        return std::tie(a.day, a.sequence) < std::tie(b.day, b.sequence);
    });
    std::vector<std::map<int, long long>> yearUsed(profile.funding.size());
    std::vector<long long> totalUsed(profile.funding.size(), 0);
    long long own = 0;
    for (const Bill& bill : bills) {
        const int year = profile.start.plusDays(bill.day).year();
        long long left = bill.amount;
        for (std::size_t s = 0; s < profile.funding.size(); ++s) {
            const FundingSource& src = profile.funding[s];
            if (!std::all_of(bill.buys.begin(), bill.buys.end(), [&](auto* c) { return covers(src, *c); }))
                continue;
            long long pays = left * std::llround(src.share * 100) / 10000;
            if (src.cap) {
                long long& used = src.capPer == FundingSource::CapPer::Year ? yearUsed[s][year] : totalUsed[s];
                pays = std::min(pays, std::max(0LL, cents(*src.cap) - used));
                used += pays;
            }
            left -= pays;
        }
        own += left;
    }
    return own;
}

/// Meets the goal in some order, with the pins (conditions 1 to 4 of the planning model).
bool structuralPlan(const Catalog& cat, const Profile& profile, const PlanRequest& req, std::uint32_t mask) {
    std::vector<const Credential*> order = setOf(cat, mask);
    if (!meetsGoalWithPins(cat, profile, req, order))
        return false;
    std::sort(order.begin(), order.end());
    do
        if (orderValid(cat, profile, order))
            return true;
    while (std::next_permutation(order.begin(), order.end()));
    return false;
}

std::optional<Score> reference(const Catalog& cat, const Profile& profile, const PlanRequest& req) {
    const std::uint32_t masks = 1u << cat.credentials.size();
    std::vector<char> isPlan(masks, 0);
    for (std::uint32_t mask = 0; mask < masks; ++mask)
        isPlan[mask] = structuralPlan(cat, profile, req, mask) ? 1 : 0;
    const long long perWeek = cents(profile.hoursPerWeek);
    std::optional<Score> best;
    for (std::uint32_t mask = 0; mask < masks; ++mask) {
        if (!isPlan[mask])
            continue;
        bool spare = false; // some smaller set is a plan too
        for (std::uint32_t sub = (mask - 1) & mask; sub != mask && !spare; sub = (sub - 1) & mask) {
            spare = isPlan[sub] != 0;
            if (sub == 0)
                break;
        }
        if (spare)
            continue;
        const std::vector<const Credential*> set = setOf(cat, mask);
        long long hours = 0;
        for (auto* c : set)
            hours += cents(c->hours);
        const long long lastDay = hours <= 0 ? -1 : (7 * hours + perWeek - 1) / perWeek - 1;
        if (req.deadline && lastDay > req.deadline->days() - profile.start.days())
            continue;
        forEachPaidOrder(cat, profile, set, [&](const auto& order, const auto& choice) {
            const std::vector<Bill> bills = billsOf(cat, order, choice, perWeek);
            long long money = 0;
            for (const Bill& b : bills)
                money += b.amount;
            const long long own = outOfPocket(bills, profile);
            const bool onOwn = profile.budgetOn == BudgetBasis::OutOfPocket;
            if (req.budget && (onOwn ? own : money) > cents(*req.budget))
                return;
            const Score s{own, money, hours};
            if (!best || s < *best)
                best = s;
        });
    }
    return best;
}

/// Credentials of two providers and two tags, offers of every kind, some prerequisites.
Catalog randomCatalog(std::mt19937& rng, int credentials) {
    auto pick = [&](int lo, int hi) { return draw(rng, lo, hi); };
    Catalog cat = drawCredentials(rng, credentials, 4, [&](Credential& c) {
        c.provider = "P" + std::to_string(pick(0, 1));
        c.cost = pick(0, 8) * 50;
        c.hours = pick(1, 30) * 10;
    });
    for (int o = 0, offers = pick(0, 2); o < offers; ++o) {
        Offer offer = drawOffer(rng, o, "P0", 3, 12);
        drawCoveredCredentials(rng, offer, credentials);
        cat.offers.push_back(offer);
    }
    cat.goals.push_back(drawGoal(rng, 5));
    return cat;
}

std::vector<FundingSource> randomFunding(std::mt19937& rng, int credentials) {
    auto pick = [&](int lo, int hi) { return draw(rng, lo, hi); };
    std::vector<FundingSource> out;
    for (int s = 0, n = pick(1, 2); s < n; ++s) {
        FundingSource f;
        f.name = "f" + std::to_string(s);
        f.kind = s == 0 ? FundingSource::Kind::Employer : FundingSource::Kind::Grant;
        f.share = std::vector<double>{100, 100, 75, 50, 33.33}[static_cast<std::size_t>(pick(0, 4))];
        if (pick(0, 5) != 0)
            f.cap = pick(1, 12) * 50;
        f.capPer = pick(0, 2) == 0 ? FundingSource::CapPer::Total : FundingSource::CapPer::Year;
        switch (pick(0, 4)) {
        case 0:
            f.covers = {"provider:P" + std::to_string(pick(0, 1))};
            break;
        case 1:
            f.covers = {"tag:t" + std::to_string(pick(0, 1))};
            break;
        case 2:
            f.covers = {"cred:c" + std::to_string(pick(0, credentials - 1)), "provider:P1"};
            break;
        default:
            break; // everything
        }
        out.push_back(f);
    }
    return out;
}

std::string describe(const Catalog& cat, const Profile& profile, const PlanRequest& req) {
    std::ostringstream out;
    out << "start " << profile.start.toIso() << ", " << profile.hoursPerWeek << " h/week";
    if (req.budget)
        out << ", budget " << *req.budget << " on " << toString(profile.budgetOn);
    if (req.deadline)
        out << ", deadline " << req.deadline->toIso();
    for (const auto& id : req.pinned)
        out << ", pinned " << id;
    out << "\n";
    for (const auto& c : cat.credentials) {
        out << "  " << c.id << " " << c.provider << " cost " << c.cost << " hours " << c.hours;
        describeGrantsAndTags(out, c);
    }
    describeOffers(out, cat);
    for (const auto& f : profile.funding) {
        out << "  funding " << f.name << " share " << f.share << " cap " << (f.cap ? std::to_string(*f.cap) : "none")
            << " per " << toString(f.capPer) << " covers";
        for (const auto& c : f.covers)
            out << " " << c;
        out << "\n";
    }
    out << "  goal " << toText(cat.goals[0].requirement) << "\n";
    return out.str();
}

struct Tally {
    int optimal = 0, feasible = 0, infeasible = 0, twoYears = 0, funded = 0, notCheapest = 0;
};

void check(std::uint32_t seed, int credentials, Tally& tally) {
    std::mt19937 rng(seed);
    const Catalog cat = randomCatalog(rng, credentials);
    // Cycles and unreachable goals are fine: the planner must say so too.
    for (const auto& problem : validate(cat))
        ASSERT_EQ(problem.object.rfind("offer", 0), std::string::npos)
            << "seed " << seed << ": " << words(problem.message);
    auto pick = [&](int lo, int hi) { return draw(rng, lo, hi); };
    Profile profile;
    // Autumn starts: a schedule of a few months crosses into the next calendar year.
    profile.start = Date::fromYmd(2027, 10, 1).plusDays(pick(0, 85));
    profile.hoursPerWeek = std::vector<double>{5, 8, 10, 15}[static_cast<std::size_t>(pick(0, 3))];
    profile.funding = randomFunding(rng, credentials);
    PlanRequest req;
    req.goal = "g";
    req.objective = Objective::OutOfPocket;
    if (pick(0, 3) == 0) {
        req.budget = pick(0, 12) * 50;
        profile.budgetOn = pick(0, 1) == 0 ? BudgetBasis::Total : BudgetBasis::OutOfPocket;
    }
    if (pick(0, 4) == 0)
        req.deadline = profile.start.plusDays(pick(30, 400));
    drawPin(rng, req, credentials);
    const auto [plan, ref, where] = answer<Score>(seed, cat, profile, req, reference, describe);
    if (!bothFindAPlan(plan, ref.has_value(), where, tally.infeasible))
        return;
    const Score s{cents(plan.outOfPocket), cents(plan.totals.cost), cents(plan.totals.hours)};
    if (plan.years.size() > 1)
        ++tally.twoYears;
    if (!plan.funding.empty())
        ++tally.funded;
    if (plan.status == PlanStatus::Optimal) {
        ++tally.optimal;
        EXPECT_EQ(s, *ref) << where << "planner (" << std::get<0>(s) << ", " << std::get<1>(s) << ", " << std::get<2>(s)
                           << ") vs reference (" << std::get<0>(*ref) << ", " << std::get<1>(*ref) << ", "
                           << std::get<2>(*ref) << ")";
        PlanRequest cheapest = req;
        cheapest.objective = Objective::Cost;
        if (profile.budgetOn == BudgetBasis::Total) {
            const Plan byMoney = cairn::plan(cat, profile, cheapest);
            if (hasPlan(byMoney.status) && cents(byMoney.outOfPocket) > std::get<0>(s))
                ++tally.notCheapest;
        }
    } else {
        ++tally.feasible;
        EXPECT_GE(s, *ref) << where;
        EXPECT_FALSE(plan.reason.empty()) << where;
    }
}

TEST(FundingReference, SmallCatalogsMatchBruteForce) {
    Tally tally;
    forEachSeed(1, 2000, 2, 5, [&](std::uint32_t seed, int credentials) { check(seed, credentials, tally); });
    std::printf("optimal %d, feasible %d, infeasible %d, over two years %d, funded %d, "
                "paying less than the cheapest plan %d\n",
                tally.optimal, tally.feasible, tally.infeasible, tally.twoYears, tally.funded, tally.notCheapest);
    // The cases must be mixed, or the comparison proves little.
    EXPECT_GT(tally.optimal, 1000);
    EXPECT_GT(tally.twoYears, 200);
    EXPECT_GT(tally.funded, 700);
    EXPECT_GT(tally.notCheapest, 20);
    EXPECT_GT(tally.infeasible, 20);
    EXPECT_LT(tally.feasible, 60);
}

} // namespace
