#include "money_reference.h"

#include "../message_text.h"

#include <algorithm>
#include <cairn/engine/holdings.h>
#include <cairn/engine/requirement_text.h>
#include <cmath>
#include <gtest/gtest.h>
#include <ostream>

namespace cairn::test {

long long cents(double v) {
    return std::llround(v * 100.0);
}

std::vector<int> paymentOptions(const Catalog& cat, const Credential& c) {
    std::vector<int> out;
    if (c.hasCost)
        out.push_back(-1);
    for (std::size_t o = 0; o < cat.offers.size(); ++o) {
        for (const auto& item : cat.offers[o].covers) {
            const bool byTag = item.rfind("tag:", 0) == 0;
            const std::string name = item.substr(byTag ? 4 : 5);
            if (byTag ? std::count(c.tags.begin(), c.tags.end(), name) > 0 : name == c.id) {
                out.push_back(static_cast<int>(o));
                break;
            }
        }
    }
    return out;
}

bool orderValid(const Catalog& cat, const Profile& profile, const std::vector<const Credential*>& order) {
    Holdings h = Holdings::fromProfile(profile, cat);
    for (const Credential* c : order) {
        if (!isSatisfied(c->prerequisites, h))
            return false;
        h.addCredential(*c);
    }
    return true;
}

std::vector<const Credential*> setOf(const Catalog& cat, std::uint32_t mask) {
    std::vector<const Credential*> set;
    for (std::size_t i = 0; i < cat.credentials.size(); ++i)
        if (mask & (1u << i))
            set.push_back(&cat.credentials[i]);
    return set;
}

bool meetsGoalWithPins(const Catalog& cat, const Profile& profile, const PlanRequest& req,
                       const std::vector<const Credential*>& set) {
    for (const auto& id : req.pinned)
        if (std::none_of(set.begin(), set.end(), [&](auto* c) { return c->id == id; }))
            return false;
    Holdings end = Holdings::fromProfile(profile, cat);
    for (auto* c : set)
        end.addCredential(*c);
    return isSatisfied(cat.findGoal(req.goal)->requirement, end);
}

namespace {

/// Every choice of one option per position, the first position turning fastest.
void forEachChoice(const std::vector<std::vector<int>>& options,
                   const std::function<void(const std::vector<int>&)>& visit) {
    std::vector<std::size_t> pick(options.size(), 0);
    for (;;) {
        std::vector<int> choice;
        for (std::size_t k = 0; k < options.size(); ++k)
            choice.push_back(options[k][pick[k]]);
        visit(choice);
        std::size_t k = 0;
        while (k < pick.size() && ++pick[k] == options[k].size())
            pick[k++] = 0;
        if (k == pick.size())
            break;
    }
}

} // namespace

void forEachPaidOrder(const Catalog& cat, const Profile& profile, std::vector<const Credential*> set,
                      const PaidOrderVisit& visit) {
    std::vector<const Credential*>& order = set;
    std::sort(order.begin(), order.end());
    do {
        if (!orderValid(cat, profile, order))
            continue;
        std::vector<std::vector<int>> options;
        for (auto* c : order)
            options.push_back(paymentOptions(cat, *c));
        forEachChoice(options, [&](const std::vector<int>& choice) { visit(order, choice); });
    } while (std::next_permutation(order.begin(), order.end()));
}

int draw(std::mt19937& rng, int lo, int hi) {
    return std::uniform_int_distribution<int>(lo, hi)(rng);
}

namespace {

/// Grants one or two of skills s0 to s2, a prerequisite on one of them (one chance in
/// `prerequisiteOdds` + 1, never for the first credential) and perhaps tag t0 or t1.
void drawGrantsAndTags(std::mt19937& rng, Credential& c, int index, int prerequisiteOdds) {
    c.grants.push_back({"s" + std::to_string(draw(rng, 0, 2)), draw(rng, 1, 2)});
    if (draw(rng, 0, 3) == 0)
        c.grants.push_back({"s" + std::to_string(draw(rng, 0, 2)), 1});
    if (index > 0 && draw(rng, 0, prerequisiteOdds) == 0)
        c.prerequisites = Requirement::skill("s" + std::to_string(draw(rng, 0, 2)), 1);
    if (draw(rng, 0, 2) != 0)
        c.tags.push_back("t" + std::to_string(draw(rng, 0, 1)));
}

} // namespace

Catalog drawCredentials(std::mt19937& rng, int count, int prerequisiteOdds,
                        const std::function<void(Credential&)>& head) {
    Catalog cat;
    cat.name = "random";
    for (int s = 0; s < 3; ++s) {
        Skill sk;
        sk.id = "s" + std::to_string(s);
        sk.name = sk.id;
        cat.skills.push_back(sk);
    }
    for (int i = 0; i < count; ++i) {
        Credential c;
        c.id = "c" + std::to_string(i);
        c.title = c.id;
        head(c);
        drawGrantsAndTags(rng, c, i, prerequisiteOdds);
        cat.credentials.push_back(c);
    }
    return cat;
}

Offer drawOffer(std::mt19937& rng, int index, const std::string& provider, int yearOdds, int oneTimeQuarters) {
    Offer offer;
    offer.id = "o" + std::to_string(index);
    offer.title = offer.id;
    offer.provider = provider;
    const int kind = draw(rng, 0, 2);
    offer.kind = kind == 0 ? Offer::Kind::Subscription : kind == 1 ? Offer::Kind::Bundle : Offer::Kind::OneTime;
    if (offer.kind == Offer::Kind::Subscription) {
        offer.period = draw(rng, 0, yearOdds) == 0 ? Offer::Period::Year : Offer::Period::Month;
        offer.price = offer.period == Offer::Period::Year ? draw(rng, 2, 8) * 50 : draw(rng, 2, 12) * 5;
    } else {
        offer.price = draw(rng, 1, oneTimeQuarters) * 25;
    }
    return offer;
}

void drawCoveredCredentials(std::mt19937& rng, Offer& offer, int credentials) {
    const int n = draw(rng, offer.kind == Offer::Kind::OneTime ? 1 : 2, std::min(3, credentials));
    for (int k = 0; k < n; ++k) {
        const std::string item = "cred:c" + std::to_string(draw(rng, 0, credentials - 1));
        if (std::find(offer.covers.begin(), offer.covers.end(), item) == offer.covers.end())
            offer.covers.push_back(item);
    }
}

Goal drawGoal(std::mt19937& rng, int levelTwoOdds) {
    Goal g;
    g.id = "g";
    g.title = "Goal";
    std::vector<Requirement> items;
    for (int s = 0; s < 3; ++s)
        if (draw(rng, 0, 1) == 0)
            items.push_back(Requirement::skill("s" + std::to_string(s), draw(rng, 0, levelTwoOdds) == 0 ? 2 : 1));
    if (items.empty())
        items.push_back(Requirement::skill("s0", 1));
    g.requirement = draw(rng, 0, 3) == 0 ? Requirement::any(items) : Requirement::all(items);
    return g;
}

void describeGrantsAndTags(std::ostream& out, const Credential& c) {
    out << " grants";
    for (const auto& g : c.grants)
        out << " " << g.skill << "@" << g.level;
    out << " requires " << toText(c.prerequisites) << " tags";
    for (const auto& t : c.tags)
        out << " " << t;
    out << "\n";
}

void describeOffers(std::ostream& out, const Catalog& cat) {
    for (const auto& o : cat.offers) {
        out << "  offer " << o.id << " " << toString(o.kind) << " " << o.price << " " << toString(o.period)
            << " covers";
        for (const auto& c : o.covers)
            out << " " << c;
        out << "\n";
    }
}

void drawPin(std::mt19937& rng, PlanRequest& req, int credentials) {
    if (draw(rng, 0, 5) == 0)
        req.pinned = {"c" + std::to_string(draw(rng, 0, credentials - 1))};
}

bool bothFindAPlan(const Plan& plan, bool referenceFound, const std::string& where, int& infeasible) {
    if (plan.status == PlanStatus::Unknown) {
        ADD_FAILURE() << where << words(plan.reason);
        return false;
    }
    if (!referenceFound) {
        EXPECT_EQ(plan.status, PlanStatus::Infeasible)
            << where << "planner money " << plan.totals.cost << ", out of pocket " << plan.outOfPocket;
        ++infeasible;
        return false;
    }
    EXPECT_TRUE(hasPlan(plan.status)) << where << words(plan.reason);
    return hasPlan(plan.status);
}

void forEachSeed(std::uint32_t firstSeed, int catalogs, int minCredentials, int maxCredentials,
                 const std::function<void(std::uint32_t seed, int credentials)>& check) {
    const int spread = maxCredentials - minCredentials + 1;
    for (std::uint32_t seed = firstSeed; seed < firstSeed + static_cast<std::uint32_t>(catalogs); ++seed) {
        check(seed, minCredentials + static_cast<int>(seed % static_cast<std::uint32_t>(spread)));
        if (testing::Test::HasFailure())
            break;
    }
}

} // namespace cairn::test
