#include "detail/dearer_rows.h"

#include "detail/offer_schedule.h"

#include <algorithm>
#include <optional>

namespace cairn::detail {

namespace {

using Terms = std::vector<std::pair<int, double>>;

class DearerRows {
public:
    DearerRows(const PlanningProblem& p, const PaymentColumns& columns) : p_(p), c_(columns) {}

    std::vector<MipModel::Row> rows(const Payment& payment, Amount scheduledMoney,
                                    const std::vector<double>& values) const {
        std::vector<MipModel::Row> rows{atLeast(payment, scheduledMoney, c_.money)};
        const auto part = whyDearer(payment, values);
        if (part && part->first.set.size() < payment.set.size())
            rows.push_back(atLeast(part->first, part->second, subscriptionMoney(part->first)));
        return rows;
    }

private:
    /// The row "`paid` pays at least `least` in `money`, unless something it could use is added".
    MipModel::Row atLeast(const Payment& paid, Amount least, Terms money) const {
        const auto e = static_cast<double>(least);
        MipModel::Row row;
        row.terms = std::move(money);
        std::vector<char> in(c_.take.size(), 0);
        const std::vector<char> named = atomsNamedBy(paid.set);
        for (std::size_t k = 0; k < paid.set.size(); ++k) {
            const auto c = static_cast<std::size_t>(paid.set[k]);
            in[c] = 1;
            for (const auto& [option, column] : c_.pay[c])
                if (option == paid.option[k])
                    row.terms.emplace_back(column, -e);
        }
        for (std::size_t i = 0; i < c_.take.size(); ++i)
            if (!in[i] && grantsAny(static_cast<int>(i), named))
                row.terms.emplace_back(c_.take[i], e);
        row.terms = MipModel::merged(std::move(row.terms));
        row.lower = e - e * static_cast<double>(paid.set.size());
        return row;
    }

    /// The money of the subscriptions `paid` uses: price × periods.
    Terms subscriptionMoney(const Payment& paid) const {
        std::vector<char> used(c_.periods.size(), 0);
        for (int option : paid.option)
            if (isSubscription(option))
                used[static_cast<std::size_t>(option)] = 1;
        Terms money;
        for (std::size_t o = 0; o < c_.periods.size(); ++o)
            if (used[o])
                money.emplace_back(c_.periods[o], static_cast<double>(p_.offers->offers[o].price));
        return money;
    }

    bool isSubscription(int option) const {
        return option != kOwnCost &&
               p_.offers->offers[static_cast<std::size_t>(option)].kind == Offer::Kind::Subscription;
    }

    bool grantsAny(int credential, const std::vector<char>& atoms) const {
        const auto& grants = p_.credentials[static_cast<std::size_t>(credential)].provides;
        return std::any_of(grants.begin(), grants.end(),
                           [&](int a) { return atoms[static_cast<std::size_t>(a)] != 0; });
    }

    /// What the subscriptions of `paid` cost in its cheapest order, and how far that is above
    /// what the solver's `values` pay for them; empty when no order can be found exactly.
    std::optional<std::pair<Amount, double>> subscriptionShortfall(const Payment& paid,
                                                                   const std::vector<double>& values) const {
        const auto cheapest = cheapestSchedule(p_, paid);
        if (!cheapest)
            return std::nullopt;
        Payment rest; // what the order does not change
        for (std::size_t k = 0; k < paid.set.size(); ++k)
            if (!isSubscription(paid.option[k])) {
                rest.set.push_back(paid.set[k]);
                rest.option.push_back(paid.option[k]);
            }
        const Amount least = cheapest->money - modelMoney(p_, rest);
        double counted = 0;
        for (const auto& [column, price] : subscriptionMoney(paid))
            counted += price * values[static_cast<std::size_t>(column)];
        return std::pair{least, static_cast<double>(least) - counted};
    }

    /// A part of `payment` whose subscriptions still pay more in its cheapest order than the
    /// solver counts, and what they pay there. Credentials are left out from the last of the
    /// plan's order back, each when no credential left names what it grants (the part must hold
    /// what its credentials use) and the part is still short; again until none can go.
    std::optional<std::pair<Payment, Amount>> whyDearer(const Payment& payment,
                                                        const std::vector<double>& values) const {
        const auto whole = subscriptionShortfall(payment, values);
        if (!whole || whole->second <= 0.5)
            return std::nullopt;
        std::pair<Payment, Amount> part{payment, whole->first};
        const std::vector<int> order = cheapestSchedule(p_, payment)->order;
        for (bool shrunk = true; shrunk;) {
            shrunk = false;
            for (auto it = order.rbegin(); it != order.rend(); ++it) {
                Payment smaller = part.first;
                const auto at = std::lower_bound(smaller.set.begin(), smaller.set.end(), *it);
                if (at == smaller.set.end() || *at != *it)
                    continue;
                smaller.option.erase(smaller.option.begin() + (at - smaller.set.begin()));
                smaller.set.erase(at);
                if (grantsAny(*it, atomsNamedBy(smaller.set)))
                    continue;
                const auto shortfall = subscriptionShortfall(smaller, values);
                if (!shortfall || shortfall->second <= 0.5)
                    continue;
                part = {std::move(smaller), shortfall->first};
                shrunk = true;
            }
        }
        return part;
    }

    std::vector<char> atomsNamedBy(const std::vector<int>& set) const {
        std::vector<char> named(p_.atoms.size(), 0);
        for (int c : set)
            p_.formulas.forEachAtom(p_.credentials[static_cast<std::size_t>(c)].root,
                                    [&](int a) { named[static_cast<std::size_t>(a)] = 1; });
        return named;
    }
    const PlanningProblem& p_;
    const PaymentColumns& c_;
};

} // namespace

std::vector<MipModel::Row> dearerRows(const PlanningProblem& p, const PaymentColumns& columns, const Payment& payment,
                                      Amount scheduledMoney, const std::vector<double>& values) {
    return DearerRows(p, columns).rows(payment, scheduledMoney, values);
}

} // namespace cairn::detail
