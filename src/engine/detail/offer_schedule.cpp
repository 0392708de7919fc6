#include "detail/offer_schedule.h"

#include "detail/offer_plan.h"
#include "detail/plan_search.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <unordered_map>

namespace cairn::detail {

struct CheapestOrders {
    std::map<std::pair<std::vector<int>, std::vector<int>>, std::optional<CheapestSchedule>> byPayment;
};

namespace {

constexpr std::size_t kMaxPartialOrders = 200000; // about a second at most; see performance.md

Amount ceilDiv(Amount a, Amount b) {
    return (a + b - 1) / b;
}

/// A search over the orders of a set of at most 64 credentials. Study runs at full pace, one
/// credential after another, so the moment each starts depends only on which credentials came
/// before it. A subscription's periods are the fewest windows of a period each that cover its
/// credentials' study (the count describePayments() makes, window after window from the left, is
/// that minimum); what it will still cost depends only on where its paid periods end. A partial
/// order is therefore the set placed, the money so far and, per shared subscription, the end of
/// its paid periods (or the present, when they ended before it). Partial orders of the same set
/// are built layer by layer, and one is dropped when another, paying for more periods until
/// each of its ends, would pay no more: a later end never costs more. Those that must pay more
/// than a known order (each subscription's study still to come, less what its paid periods
/// cover, in whole periods) are dropped too.
///
/// Two exchange arguments cut the orders tried. Both move a credential paid otherwise and close
/// the gap it leaves in the others' study, which never adds a period (a window across the gap
/// still covers what it covered once the gap closes):
/// - one whose grants no prerequisite of another names (save those of others going last) goes
///   last;
/// - when no paid period runs past the present, one that can start starts now: the gap it opens
///   at the present costs nothing, as no window reaches across it.
class OrderSearch {
public:
    OrderSearch(const PlanningProblem& p, const Payment& payment) : p_(p), set_(payment.set) {
        std::map<int, int> paidBy; // option -> credentials of the set it pays
        for (int option : payment.option)
            if (isSubscription(option))
                ++paidBy[option];
        for (std::size_t k = 0; k < set_.size(); ++k) {
            const int option = payment.option[k];
            int s = -1;
            if (isSubscription(option) && paidBy[option] > 1) {
                const auto found = std::find(shared_.begin(), shared_.end(), option);
                s = static_cast<int>(found - shared_.begin());
                if (found == shared_.end())
                    shared_.push_back(option);
            }
            subscriptionOf_.push_back(s);
            const CredentialLocal& local = p.credentials[static_cast<std::size_t>(set_[k])];
            hours_.push_back(local.hours);
            for (int a : local.provides)
                providers_[a] |= bit(k);
        }
        for (int option : shared_) {
            const OfferLocal& offer = p.offers->offers[static_cast<std::size_t>(option)];
            price_.push_back(offer.price);
            // Study is counted in sevenths of hundredths of an hour: a period holds period days ×
            // hours per week of them (offer_plan.cpp).
            period_.push_back(p.hoursPerWeek * offer.periodDays);
        }
    }

    bool sharesSubscription() const { return !shared_.empty(); }

    /// The least the shared subscriptions cost over every valid order, and one such order.
    /// `known`, a valid order of the set when not empty, bounds the search: a partial order
    /// that must pay more than it is dropped.
    std::optional<std::pair<Amount, std::vector<int>>> run(const std::vector<int>& known) {
        const std::uint64_t all = set_.size() == 64 ? ~std::uint64_t{0} : bit(set_.size()) - 1;
        if (orderedWithin(all) != all)
            return std::nullopt;
        const std::uint64_t last = lastOnes(all);
        const std::uint64_t body = all & ~last;
        if (!known.empty())
            upper_ = costOf(known);
        labels_.push_back({0, std::vector<Amount>(shared_.size(), 0), 0, -1, -1});
        std::map<std::uint64_t, std::vector<int>> layer{{0, {0}}};
        for (int step = 0, steps = popcount(body); step < steps; ++step) {
            std::map<std::uint64_t, std::vector<int>> next;
            for (const auto& [placed, labels] : layer)
                for (int index : labels)
                    if (!expand(index, body, next))
                        return std::nullopt;
            layer = std::move(next);
        }
        const auto found = layer.find(body);
        const bool none = found == layer.end() || found->second.empty();
        if (none && known.empty())
            return std::nullopt;
        const int best = none ? -1 : *std::min_element(found->second.begin(), found->second.end(), [&](int a, int b) {
            return label(a).cost < label(b).cost;
        });
        if (none || label(best).cost >= upper_) // `known` pays as little: keep its order
            return std::make_pair(upper_, known);
        std::vector<int> order;
        for (int l = best; label(l).parent >= 0; l = label(l).parent)
            order.push_back(set_[static_cast<std::size_t>(label(l).credential)]);
        std::reverse(order.begin(), order.end());
        orderedWithin(last, body, &order); // the last ones: nothing else needs them
        return std::make_pair(label(best).cost, std::move(order));
    }

private:
    struct Label {
        Amount cost = 0;
        std::vector<Amount> ends; ///< per shared subscription: where its paid periods end
        std::uint64_t placed = 0;
        int parent = -1, credential = -1; ///< the label before, and the position placed last
    };

    static std::uint64_t bit(std::size_t k) { return std::uint64_t{1} << k; }
    const Label& label(int index) const { return labels_[static_cast<std::size_t>(index)]; }

    static int popcount(std::uint64_t v) { return __builtin_popcountll(v); }

    bool isSubscription(int option) const {
        return option != kOwnCost &&
               p_.offers->offers[static_cast<std::size_t>(option)].kind == Offer::Kind::Subscription;
    }

    bool ready(std::size_t k, std::uint64_t placed) const {
        const CredentialLocal& local = p_.credentials[static_cast<std::size_t>(set_[k])];
        return p_.formulas.eval(local.root, [&](int a) {
            if (p_.atoms[static_cast<std::size_t>(a)].initiallyHeld)
                return true;
            const auto it = providers_.find(a);
            return it != providers_.end() && (it->second & placed) != 0;
        });
    }

    /// What of `within` can be taken in some order after `placed`, each appended to `order`
    /// when given.
    std::uint64_t orderedWithin(std::uint64_t within, std::uint64_t placed = 0,
                                std::vector<int>* order = nullptr) const {
        for (bool grew = true; grew;) {
            grew = false;
            for (std::size_t k = 0; k < set_.size(); ++k)
                if ((within & bit(k)) && !(placed & bit(k)) && ready(k, placed)) {
                    placed |= bit(k);
                    if (order)
                        order->push_back(set_[k]);
                    grew = true;
                }
        }
        return placed;
    }

    /// Credentials paid otherwise that can all come last: no other credential's prerequisites
    /// name what they grant, so moving them to the end keeps every order valid.
    std::uint64_t lastOnes(std::uint64_t all) const {
        std::uint64_t last = 0;
        for (std::size_t k = 0; k < set_.size(); ++k)
            if (subscriptionOf_[k] < 0)
                last |= bit(k);
        for (bool shrank = true; shrank;) {
            shrank = false;
            for (std::size_t k = 0; k < set_.size(); ++k) {
                if (last & bit(k))
                    continue;
                p_.formulas.forEachAtom(p_.credentials[static_cast<std::size_t>(set_[k])].root, [&](int a) {
                    const auto it = providers_.find(a);
                    if (it != providers_.end() && (it->second & last)) {
                        last &= ~it->second;
                        shrank = true;
                    }
                });
            }
        }
        return last & all;
    }

    /// Places each credential that may come next after `from`; false when the labels exceed
    /// the limit.
    bool expand(int from, std::uint64_t body, std::map<std::uint64_t, std::vector<int>>& next) {
        const Label source = label(from);
        const Amount now = studied(source.placed);
        const bool paying = std::any_of(source.ends.begin(), source.ends.end(), [&](Amount e) { return e > now; });
        std::vector<std::size_t> choices;
        for (std::size_t k = 0; k < set_.size(); ++k)
            if ((body & bit(k)) && !(source.placed & bit(k)) && ready(k, source.placed)) {
                if (!paying && subscriptionOf_[k] < 0) {
                    choices.assign(1, k); // nothing is paid for now: study it now
                    break;
                }
                choices.push_back(k);
            }
        for (std::size_t k : choices) {
            Label child = source;
            child.parent = from;
            place(child, k, now);
            const Amount after = now + 7 * hours_[k];
            for (Amount& end : child.ends)
                end = std::max(end, after); // periods that ended are as good as ones ending now
            if (child.cost + stillToPay(child) > upper_)
                continue; // dearer than an order already known
            if (!keep(std::move(child), next))
                return false;
        }
        return true;
    }

    /// Studies the set's `k`th credential next, from `now`: the periods it adds to its
    /// subscription join the money.
    void place(Label& label, std::size_t k, Amount now) const {
        label.placed |= bit(k);
        label.credential = static_cast<int>(k);
        const int s = subscriptionOf_[k];
        if (s < 0)
            return;
        const auto si = static_cast<std::size_t>(s);
        const Amount to = now + 7 * hours_[k];
        Amount& end = label.ends[si];
        Amount periods = 0;
        if (now >= end) { // nothing paid runs now: a new run from this credential's start
            periods = std::max<Amount>(1, ceilDiv(to - now, period_[si]));
            end = now + periods * period_[si];
        } else if (to > end) { // the run goes on
            periods = ceilDiv(to - end, period_[si]);
            end += periods * period_[si];
        }
        label.cost += periods * price_[si];
    }

    Amount studied(std::uint64_t placed) const {
        Amount units = 0;
        for (std::size_t j = 0; j < set_.size(); ++j)
            if (placed & bit(j))
                units += 7 * hours_[j];
        return units;
    }

    /// At least what the subscriptions still cost after `label`: each one's study still to come,
    /// less what its paid periods already cover, in whole periods.
    Amount stillToPay(const Label& label) const {
        const Amount now = studied(label.placed);
        std::vector<Amount> left(shared_.size(), 0);
        for (std::size_t k = 0; k < set_.size(); ++k)
            if (subscriptionOf_[k] >= 0 && !(label.placed & bit(k)))
                left[static_cast<std::size_t>(subscriptionOf_[k])] += 7 * hours_[k];
        Amount money = 0;
        for (std::size_t s = 0; s < shared_.size(); ++s) {
            const Amount uncovered = left[s] - std::max<Amount>(0, label.ends[s] - now);
            if (uncovered > 0)
                money += ceilDiv(uncovered, period_[s]) * price_[s];
        }
        return money;
    }

    /// The money of the shared subscriptions in `order` (local credentials).
    Amount costOf(const std::vector<int>& order) const {
        Label label{0, std::vector<Amount>(shared_.size(), 0), 0, -1, -1};
        for (int c : order) {
            const auto k = static_cast<std::size_t>(std::find(set_.begin(), set_.end(), c) - set_.begin());
            place(label, k, studied(label.placed));
        }
        return label.cost;
    }

    /// Adds `added` to its set's labels unless another pays no more with periods ending no
    /// earlier; drops those it beats that way.
    bool keep(Label added, std::map<std::uint64_t, std::vector<int>>& next) {
        // `a` could pay for periods until each of `b`'s ends, and then costs no more than `b`
        // from there on.
        auto beats = [this](const Label& a, const Label& b) {
            Amount cost = a.cost;
            for (std::size_t s = 0; s < a.ends.size() && cost <= b.cost; ++s)
                if (b.ends[s] > a.ends[s])
                    cost += ceilDiv(b.ends[s] - a.ends[s], period_[s]) * price_[s];
            return cost <= b.cost;
        };
        std::vector<int>& same = next[added.placed];
        for (int other : same)
            if (beats(label(other), added))
                return true;
        same.erase(std::remove_if(same.begin(), same.end(), [&](int other) { return beats(added, label(other)); }),
                   same.end());
        if (labels_.size() >= kMaxPartialOrders)
            return false;
        same.push_back(static_cast<int>(labels_.size()));
        labels_.push_back(std::move(added));
        return true;
    }

    const PlanningProblem& p_;
    const std::vector<int>& set_;
    std::vector<int> shared_;         ///< subscriptions paying two or more credentials of the set
    std::vector<int> subscriptionOf_; ///< per position: index into shared_, or -1
    std::vector<Amount> hours_;       ///< per position
    std::vector<Amount> price_, period_;
    std::unordered_map<int, std::uint64_t> providers_; ///< atom -> positions that provide it
    std::vector<Label> labels_;
    Amount upper_ = kInfiniteAmount; ///< the money of an order known
};

/// What the payment costs apart from its shared subscriptions, which the order decides.
Amount moneyBesidesShared(const PlanningProblem& p, const Payment& payment) {
    Payment rest;
    std::map<int, int> paidBy;
    for (int option : payment.option)
        ++paidBy[option];
    for (std::size_t k = 0; k < payment.set.size(); ++k) {
        const int option = payment.option[k];
        const bool subscription =
            option != kOwnCost && p.offers->offers[static_cast<std::size_t>(option)].kind == Offer::Kind::Subscription;
        if (subscription && paidBy[option] > 1)
            continue;
        rest.set.push_back(payment.set[k]);
        rest.option.push_back(option);
    }
    return modelMoney(p, rest);
}

} // namespace

std::optional<CheapestSchedule> cheapestSchedule(const PlanningProblem& p, const Payment& payment) {
    if (payment.set.size() > 64)
        return std::nullopt;
    // Only payments that share a subscription are kept: the offer MIP asks about the same plan
    // at every solution it proposes, so a known answer returns before any other work.
    if (p.cheapestOrders)
        if (const auto known = p.cheapestOrders->byPayment.find({payment.set, payment.option});
            known != p.cheapestOrders->byPayment.end())
            return known->second;
    OrderSearch search(p, payment);
    const auto valid = orderPlan(p, payment.set);
    if (!search.sharesSubscription()) {
        // Each subscription pays one credential, whose periods no order changes.
        if (!valid)
            return std::nullopt;
        return CheapestSchedule{groupBySubscription(p, *valid, payment), modelMoney(p, payment)};
    }
    for (int c : payment.set)
        if (p.credentials[static_cast<std::size_t>(c)].cohort)
            return std::nullopt;
    if (!p.cheapestOrders)
        p.cheapestOrders = std::make_shared<CheapestOrders>();
    const auto known = p.cheapestOrders->byPayment.try_emplace({payment.set, payment.option}).first;
    // The order that keeps each subscription's credentials together bounds the search, and is
    // kept when nothing pays less.
    if (auto found = search.run(valid ? groupBySubscription(p, *valid, payment) : std::vector<int>{}))
        known->second = CheapestSchedule{std::move(found->second), moneyBesidesShared(p, payment) + found->first};
    return known->second;
}

} // namespace cairn::detail
