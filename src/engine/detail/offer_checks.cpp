#include "detail/offer_checks.h"

#include "cairn/engine/limits.h"
#include "detail/message_args.h"
#include "detail/number_checks.h"

#include <map>
#include <set>
#include <string>

namespace cairn::detail {

namespace {

using Code = Message::Code;

class OfferChecker {
public:
    OfferChecker(const Catalog& catalog, std::vector<Problem>& out) : catalog_(catalog), out_(out) {
        for (const auto& c : catalog_.credentials) {
            credentialIds_.insert(c.id);
            for (const auto& t : c.tags)
                tags_.insert(t);
        }
    }

    void duplicates() {
        std::map<std::string, int> count;
        for (const auto& o : catalog_.offers)
            ++count[o.id];
        for (const auto& o : catalog_.offers) {
            int& n = count[o.id];
            if (n >= 2)
                add("duplicate-id", o, {Code::DuplicateOfferId, {arg::text(o.id), arg::count(n)}});
            n = 0; // once per id
        }
    }

    void offer(const Offer& o) {
        if (auto price = priceOutOfRange(o))
            add("bad-number", o, std::move(*price));
        if (o.isSubscription() && o.period == Offer::Period::None)
            add("offer-without-period", o, {Code::OfferWithoutPeriod, {offerArg(o)}});
        if (!o.isSubscription() && o.period != Offer::Period::None)
            add("bad-offer", o, {Code::PeriodOnNonSubscription, {offerArg(o), arg::text(toString(o.kind))}});
        covers(o);
    }

    void unsoldCredentials() {
        for (const auto& c : catalog_.credentials)
            if (!c.hasCost && catalog_.offersFor(c).empty())
                out_.push_back({"credential-without-price",
                                "credential " + c.id,
                                {Code::CredentialWithoutPrice, {credentialArg(c)}},
                                Problem::Severity::Error,
                                c.id});
    }

private:
    void add(const char* code, const Offer& o, Message message) {
        out_.push_back({code, "offer " + o.id, std::move(message), Problem::Severity::Error, {}});
    }

    void covers(const Offer& o) {
        if (o.covers.empty()) {
            add("offer-covers-nothing", o, {Code::OfferCoversNothing, {offerArg(o)}});
            return;
        }
        std::string name;
        bool isTag = false;
        for (const auto& item : o.covers) {
            if (!parseCoverItem(item, name, isTag)) {
                add("bad-offer", o, {Code::OfferBadCoverItem, {offerArg(o), arg::text(item)}});
                continue;
            }
            if (!isTag && credentialIds_.count(name) == 0) {
                add("unknown-credential", o,
                    {Code::OfferCoversUnknownCredential, {offerArg(o), arg::text(item), arg::text(name)}});
                continue;
            }
            if (isTag && tags_.count(name) == 0) {
                add("offer-covers-nothing", o,
                    {Code::OfferCoversUnknownTag, {offerArg(o), arg::text(item), arg::text(name)}});
                continue;
            }
        }
    }

    const Catalog& catalog_;
    std::vector<Problem>& out_;
    std::set<std::string> credentialIds_;
    std::set<std::string> tags_;
};

} // namespace

void checkOffers(const Catalog& catalog, std::vector<Problem>& out) {
    OfferChecker check(catalog, out);
    check.duplicates();
    for (const auto& o : catalog.offers)
        check.offer(o);
    check.unsoldCredentials();
}

} // namespace cairn::detail
