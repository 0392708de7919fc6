#include "detail/offer_money.h"

#include <algorithm>
#include <map>

namespace cairn::detail {

namespace {

Amount ceilDiv(Amount a, Amount b) {
    return (a + b - 1) / b;
}

/// Periods one cohort runs: its weeks from its start date.
Amount cohortPeriods(const Credential& c, int periodDays) {
    return ceilDiv(7 * static_cast<Amount>(c.pace.weeks), periodDays);
}

} // namespace

void attachOffers(PlanningProblem& p) {
    const Catalog& catalog = *p.catalog;
    auto model = std::make_shared<OfferModel>();
    model->options.resize(p.credentials.size());
    std::vector<int> localOf(catalog.credentials.size(), -1);
    for (std::size_t i = 0; i < p.credentials.size(); ++i) {
        localOf[static_cast<std::size_t>(p.credentials[i].catalogIndex)] = static_cast<int>(i);
        if (catalog.credentials[static_cast<std::size_t>(p.credentials[i].catalogIndex)].hasCost)
            model->options[i].push_back(kOwnCost);
    }
    for (std::size_t o = 0; o < catalog.offers.size(); ++o) {
        const Offer& offer = catalog.offers[o];
        OfferLocal local;
        local.catalogIndex = static_cast<int>(o);
        local.kind = offer.kind;
        local.price = toCents(offer.price);
        local.periodDays = periodDays(offer.period);
        for (std::size_t c = 0; c < catalog.credentials.size(); ++c)
            if (localOf[c] >= 0 && offer.coversCredential(catalog.credentials[c]))
                local.covers.push_back(localOf[c]);
        if (local.covers.empty() || local.price <= 0 || (offer.isSubscription() && local.periodDays == 0))
            continue; // nothing of this question, or not usable as written (validation says why)
        const int index = static_cast<int>(model->offers.size());
        for (int c : local.covers)
            model->options[static_cast<std::size_t>(c)].push_back(index);
        if (offer.kind != Offer::Kind::OneTime && local.covers.size() > 1)
            model->shared = true;
        model->offers.push_back(std::move(local));
    }
    p.offers = model;
    for (std::size_t i = 0; i < p.credentials.size(); ++i) {
        Amount best = kInfiniteAmount;
        for (int option : model->options[i])
            best = std::min(best, standaloneMoney(p, static_cast<int>(i), option));
        p.credentials[i].cost = best;
    }
}

Amount modelPeriods(const PlanningProblem& p, const OfferLocal& offer, const std::vector<int>& credentials,
                    Amount hoursPerWeek) {
    if (credentials.empty())
        return 0;
    const Catalog& catalog = *p.catalog;
    Amount selfHours = 0, periods = 1;
    for (int c : credentials) {
        const CredentialLocal& local = p.credentials[static_cast<std::size_t>(c)];
        if (local.cohort)
            periods = std::max(periods, cohortPeriods(catalog.credentials[static_cast<std::size_t>(local.catalogIndex)],
                                                      offer.periodDays));
        else
            selfHours += local.hours;
    }
    // 7·hours / hours-per-week days of study, in periods of periodDays days.
    const Amount perWeek = hoursPerWeek > 0 ? hoursPerWeek : p.hoursPerWeek;
    const Amount self = ceilDiv(7 * selfHours, perWeek * offer.periodDays);
    return std::max(periods, self);
}

Amount standaloneMoney(const PlanningProblem& p, int credential, int option) {
    const CredentialLocal& local = p.credentials[static_cast<std::size_t>(credential)];
    if (option == kOwnCost)
        return toCents(p.catalog->credentials[static_cast<std::size_t>(local.catalogIndex)].cost);
    const OfferLocal& offer = p.offers->offers[static_cast<std::size_t>(option)];
    if (offer.kind == Offer::Kind::Subscription)
        return offer.price * modelPeriods(p, offer, {credential});
    return offer.price;
}

Amount modelMoney(const PlanningProblem& p, const Payment& payment, Amount hoursPerWeek) {
    Amount money = 0;
    std::map<int, std::vector<int>> shared; // subscriptions and bundles: paid once for all they carry
    for (std::size_t k = 0; k < payment.set.size(); ++k) {
        const int option = payment.option[k];
        if (option == kOwnCost || p.offers->offers[static_cast<std::size_t>(option)].kind == Offer::Kind::OneTime)
            money += standaloneMoney(p, payment.set[k], option);
        else
            shared[option].push_back(payment.set[k]); // a subscription alone is priced here too, at any pace
    }
    for (const auto& [option, credentials] : shared) {
        const OfferLocal& offer = p.offers->offers[static_cast<std::size_t>(option)];
        money += offer.kind == Offer::Kind::Bundle ? offer.price
                                                   : offer.price * modelPeriods(p, offer, credentials, hoursPerWeek);
    }
    return money;
}

Payment standalonePayment(const PlanningProblem& p, const std::vector<int>& set) {
    Payment payment;
    payment.set = set;
    for (int c : set) {
        int best = kOwnCost;
        Amount bestMoney = kInfiniteAmount;
        for (int option : p.offers->options[static_cast<std::size_t>(c)])
            if (const Amount m = standaloneMoney(p, c, option); m < bestMoney) {
                bestMoney = m;
                best = option;
            }
        payment.option.push_back(best);
    }
    return payment;
}

} // namespace cairn::detail
