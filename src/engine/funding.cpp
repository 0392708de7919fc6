#include "cairn/engine/funding.h"

#include "cairn/engine/catalog.h"
#include "cairn/engine/plan.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace cairn {

namespace {

using Cents = long long;

Cents toCents(double money) {
    return std::llround(money * 100.0);
}

double toMoney(Cents cents) {
    return static_cast<double>(cents) / 100.0;
}

/// One bill of a plan: when it falls, how much, and what it buys.
struct Bill {
    Date day;
    int sequence = 0; ///< bills of one day in the plan's order
    Cents amount = 0;
    std::vector<const Credential*> buys;
};

const Offer* findOffer(const Catalog& catalog, const std::string& id) {
    for (const auto& offer : catalog.offers)
        if (offer.id == id)
            return &offer;
    return nullptr;
}

/// Every bill of the plan, dated by its schedule (docs/planning-model.md, "When money is paid").
std::vector<Bill> billsOf(const Plan& plan, const Catalog& catalog) {
    std::vector<Bill> bills;
    std::map<std::string, std::size_t> firstPosition; // credential id -> position in the plan
    for (std::size_t k = 0; k < plan.credentials.size(); ++k) {
        const PlannedCredential& pc = plan.credentials[k];
        firstPosition[pc.id] = k;
        const Offer* offer = pc.offer.empty() ? nullptr : findOffer(catalog, pc.offer);
        if (offer && offer->kind != Offer::Kind::OneTime)
            continue; // paid once for all it carries, below
        const Credential* c = catalog.findCredential(pc.id);
        const Cents amount = toCents(offer ? offer->price : (c ? c->cost : pc.cost));
        if (amount > 0 && c)
            bills.push_back({pc.start, static_cast<int>(k), amount, {c}});
    }
    for (const OfferPayment& pay : plan.payments) {
        if (pay.kind == Offer::Kind::OneTime || pay.credentials.empty())
            continue;
        Bill bill;
        bill.amount = toCents(pay.price);
        bill.sequence = static_cast<int>(plan.credentials.size());
        for (const auto& id : pay.credentials) {
            if (const Credential* c = catalog.findCredential(id))
                bill.buys.push_back(c);
            if (const auto it = firstPosition.find(id); it != firstPosition.end())
                bill.sequence = std::min(bill.sequence, static_cast<int>(it->second));
        }
        if (pay.kind == Offer::Kind::Bundle) {
            bill.day = plan.credentials[static_cast<std::size_t>(std::min<int>(
                                            bill.sequence, static_cast<int>(plan.credentials.size()) - 1))]
                           .start;
            bills.push_back(bill);
            continue;
        }
        for (const Date& periodStart : pay.periodStarts) {
            bill.day = periodStart;
            bills.push_back(bill);
        }
    }
    std::stable_sort(bills.begin(), bills.end(), [](const Bill& a, const Bill& b) {
        return a.day != b.day ? a.day < b.day : a.sequence < b.sequence;
    });
    return bills;
}

bool coversBill(const FundingSource& source, const Bill& bill) {
    return std::all_of(bill.buys.begin(), bill.buys.end(),
                       [&](const Credential* c) { return source.coversCredential(*c); });
}

} // namespace

bool FundingSource::coversCredential(const Credential& credential) const {
    if (covers.empty())
        return true;
    std::string prefix, name;
    for (const auto& item : covers) {
        if (!parseFundingCover(item, prefix, name))
            continue;
        if ((prefix == "cred" && name == credential.id) || (prefix == "provider" && name == credential.provider) ||
            (prefix == "tag" &&
             std::find(credential.tags.begin(), credential.tags.end(), name) != credential.tags.end()))
            return true;
    }
    return false;
}

bool parseFundingCover(std::string_view item, std::string& prefix, std::string& name) {
    const auto colon = item.find(':');
    if (colon == std::string_view::npos || colon + 1 == item.size())
        return false;
    prefix = std::string(item.substr(0, colon));
    name = std::string(item.substr(colon + 1));
    return prefix == "provider" || prefix == "tag" || prefix == "cred";
}

void applyFunding(Plan& plan, const Catalog& catalog, const std::vector<FundingSource>& sources) {
    plan.years.clear();
    plan.funding.clear();
    std::map<int, std::pair<Cents, Cents>> years;                   // year -> (paid, funded)
    std::vector<std::map<int, Cents>> paidBySource(sources.size()); // per source: year -> paid
    std::vector<Cents> paidInTotal(sources.size(), 0);
    for (const Bill& bill : billsOf(plan, catalog)) {
        const int year = bill.day.year();
        Cents unpaid = bill.amount;
        for (std::size_t s = 0; s < sources.size() && unpaid > 0; ++s) {
            const FundingSource& source = sources[s];
            if (!coversBill(source, bill))
                continue;
            // The share of what is still unpaid, rounded down to the cent: a source never pays
            // more than its share, and percentages in hundredths stay exact in integers.
            const Cents shareBasisPoints = std::llround(source.share * 100.0);
            Cents pays = unpaid * shareBasisPoints / 10000;
            if (source.cap) {
                const Cents used =
                    source.capPer == FundingSource::CapPer::Year ? paidBySource[s][year] : paidInTotal[s];
                pays = std::min(pays, std::max<Cents>(0, toCents(*source.cap) - used));
            }
            if (pays <= 0)
                continue;
            paidBySource[s][year] += pays;
            paidInTotal[s] += pays;
            unpaid -= pays;
        }
        years[year].first += bill.amount;
        years[year].second += bill.amount - unpaid;
    }
    Cents outOfPocket = 0;
    for (const auto& [year, money] : years) {
        plan.years.push_back({year, toMoney(money.first), toMoney(money.second), toMoney(money.first - money.second)});
        outOfPocket += money.first - money.second;
    }
    for (std::size_t s = 0; s < sources.size(); ++s)
        for (const auto& [year, cents] : paidBySource[s])
            if (cents > 0)
                plan.funding.push_back({sources[s].name, sources[s].kind, year, toMoney(cents)});
    plan.outOfPocket = toMoney(outOfPocket);
}

const char* toString(FundingSource::Kind kind) {
    switch (kind) {
    case FundingSource::Kind::Employer:
        return "employer";
    case FundingSource::Kind::Grant:
        return "grant";
    case FundingSource::Kind::Other:
        return "other";
    }
    return "other";
}

const char* toString(FundingSource::CapPer per) {
    return per == FundingSource::CapPer::Year ? "year" : "total";
}

const char* toString(BudgetBasis basis) {
    return basis == BudgetBasis::Total ? "total" : "out-of-pocket";
}

std::optional<FundingSource::Kind> fundingKindFromString(std::string_view text) {
    for (auto k : {FundingSource::Kind::Employer, FundingSource::Kind::Grant, FundingSource::Kind::Other})
        if (text == toString(k))
            return k;
    return std::nullopt;
}

std::optional<FundingSource::CapPer> capPerFromString(std::string_view text) {
    for (auto p : {FundingSource::CapPer::Year, FundingSource::CapPer::Total})
        if (text == toString(p))
            return p;
    return std::nullopt;
}

std::optional<BudgetBasis> budgetBasisFromString(std::string_view text) {
    for (auto b : {BudgetBasis::Total, BudgetBasis::OutOfPocket})
        if (text == toString(b))
            return b;
    return std::nullopt;
}

} // namespace cairn
