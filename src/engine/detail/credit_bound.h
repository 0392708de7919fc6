#pragma once

// A lower bound on what the credentials still to add weigh, for a credits goal. Private to
// the engine.

#include "detail/planning_problem.h"

#include <algorithm>
#include <vector>

namespace cairn::detail {

/// The least weight of candidates, taken fractionally in credits-per-weight order, that
/// supplies `need` credits: from credentials listing `category` (any, when -1), with those
/// whose credits may only count in capped categories sharing `room`.
template <typename Candidate, typename CappedOnly>
Amount coverCredits(const PlanningProblem& p, const std::vector<int>& order, const std::vector<Amount>& weights,
                    const Candidate& candidate, Amount need, int category, Amount& room, const CappedOnly& cappedOnly) {
    if (need <= 0)
        return 0;
    Amount lb = 0;
    for (int q : order) {
        if (!candidate(q))
            continue;
        const auto& offer = *p.credentials[static_cast<std::size_t>(q)].credit;
        if (category >= 0 &&
            std::find(offer.categories.begin(), offer.categories.end(), category) == offer.categories.end())
            continue;
        const bool shared = category < 0 && room < kInfiniteAmount && cappedOnly(offer);
        const auto qi = static_cast<std::size_t>(q);
        Amount take = offer.credits;
        if (shared)
            take = std::min(take, room);
        if (take <= 0)
            continue;
        const Amount w = weights[qi];
        if (take >= need) {
            // Rounded down, as a part the room allows may have been.
            lb += static_cast<Amount>(static_cast<Wide>(w) * need / offer.credits);
            return lb;
        }
        // Whole, or the part the room allows (rounded down, so the sum stays a lower bound).
        lb += take == offer.credits ? w : static_cast<Amount>(static_cast<Wide>(w) * take / offer.credits);
        need -= take;
        if (shared)
            room -= take;
    }
    return kInfiniteAmount;
}

/// Fractional knapsack over the credits still needed, given the credentials `chosen`; `order`
/// lists the credit-bearing credentials lightest per credit first.
///
/// Two relaxations of the category rules keep it honest where they bind. Credits that may
/// only count in capped categories add up to at most the caps' sum, so such credentials share
/// that room; and each category's minimum must be met by credentials that list it. The bound
/// is the largest of the total's knapsack and the minimums' knapsacks.
template <typename Candidate>
Amount creditLowerBound(const PlanningProblem& p, const std::vector<int>& chosen, const std::vector<int>& order,
                        const std::vector<Amount>& weights, const Candidate& candidate) {
    if (!p.creditsGoal)
        return 0;
    auto cappedOnly = [&p](const CreditOfferLocal& offer) {
        return !offer.categories.empty() && std::all_of(offer.categories.begin(), offer.categories.end(), [&p](int c) {
            return p.categories[static_cast<std::size_t>(c)].max >= 0;
        });
    };
    Amount capsTotal = 0;
    bool anyCap = false;
    for (const auto& category : p.categories)
        if (category.max >= 0) {
            capsTotal += category.max;
            anyCap = true;
        }
    Amount cappedHave = 0, otherHave = 0;
    auto count = [&](const CreditOfferLocal& offer) { (cappedOnly(offer) ? cappedHave : otherHave) += offer.credits; };
    for (const auto& credit : p.completedCredits)
        count(credit);
    for (int i : chosen)
        if (const auto& credit = p.credentials[static_cast<std::size_t>(i)].credit)
            count(*credit);
    const Amount usable = otherHave + (anyCap ? std::min(cappedHave, capsTotal) : cappedHave);
    Amount room = anyCap ? std::max<Amount>(0, capsTotal - cappedHave) : kInfiniteAmount;
    Amount lb = coverCredits(p, order, weights, candidate, p.minCredits - usable, -1, room, cappedOnly);
    for (std::size_t c = 0; c < p.categories.size() && lb < kInfiniteAmount; ++c) {
        const Amount min = p.categories[c].min;
        if (min <= 0)
            continue;
        Amount have = 0;
        auto lists = [&](const CreditOfferLocal& offer) {
            return std::find(offer.categories.begin(), offer.categories.end(), static_cast<int>(c)) !=
                   offer.categories.end();
        };
        for (const auto& credit : p.completedCredits)
            if (lists(credit))
                have += credit.credits;
        for (int i : chosen)
            if (const auto& credit = p.credentials[static_cast<std::size_t>(i)].credit; credit && lists(*credit))
                have += credit->credits;
        Amount unlimited = kInfiniteAmount;
        lb = std::max(
            lb, coverCredits(p, order, weights, candidate, min - have, static_cast<int>(c), unlimited, cappedOnly));
    }
    return lb;
}

/// The credit-bearing credentials, lightest per credit first: the order creditLowerBound reads.
inline std::vector<int> creditsLightestFirst(const PlanningProblem& p, const std::vector<Amount>& weights) {
    std::vector<int> order;
    for (std::size_t i = 0; i < p.credentials.size(); ++i)
        if (p.credentials[i].credit)
            order.push_back(static_cast<int>(i));
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        // weight per credit, compared without division
        const auto ia = static_cast<std::size_t>(a), ib = static_cast<std::size_t>(b);
        return static_cast<Wide>(weights[ia]) * p.credentials[ib].credit->credits <
               static_cast<Wide>(weights[ib]) * p.credentials[ia].credit->credits;
    });
    return order;
}

/// A bound on the weight of every plan for a credits goal, before any search: what every plan
/// takes (pinned and forced credentials) and the lightest fractional cover of the credits still
/// missing. A search cut short before it proved anything still has this, where a bound of zero
/// would say nothing. 0 for a career goal; kInfiniteAmount when no choice has the credits.
inline Amount creditsGoalBound(const PlanningProblem& p, const std::vector<Amount>& weights) {
    if (!p.creditsGoal)
        return 0;
    std::vector<int> taken;
    std::vector<char> inTaken(p.credentials.size(), 0);
    Amount weight = 0;
    for (std::size_t i = 0; i < p.credentials.size(); ++i)
        if (p.credentials[i].mustTake()) {
            taken.push_back(static_cast<int>(i));
            inTaken[i] = 1;
            weight += weights[i];
        }
    const auto candidate = [&inTaken](int q) { return !inTaken[static_cast<std::size_t>(q)]; };
    const Amount cover = creditLowerBound(p, taken, creditsLightestFirst(p, weights), weights, candidate);
    return cover >= kInfiniteAmount ? kInfiniteAmount : weight + cover;
}

} // namespace cairn::detail
