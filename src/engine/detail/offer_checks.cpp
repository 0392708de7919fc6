#include "detail/offer_checks.h"

#include "cairn/engine/limits.h"
#include "detail/problem_wording.h"

#include <map>
#include <set>
#include <string>

namespace cairn::detail {

namespace {

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
                add("duplicate-id", o,
                    "The id " + quoted(o.id) + " is used by " + std::to_string(n) +
                        " offers; each offer needs an id of its own (id).");
            n = 0; // once per id
        }
    }

    void offer(const Offer& o) {
        if (!limits::kPrice.contains(o.price))
            add("bad-number", o,
                who(o) + " has price " + formatNumber(o.price) + "; price must be " + limits::kPrice.text() + ".");
        if (o.isSubscription() && o.period == Offer::Period::None)
            add("offer-without-period", o,
                who(o) + " is a subscription without a billing period; period must be \"month\" or \"year\".");
        if (!o.isSubscription() && o.period != Offer::Period::None)
            add("bad-offer", o,
                who(o) + " is a " + toString(o.kind) +
                    " offer but has a period; only a subscription "
                    "is billed by the period.");
        covers(o);
    }

    void unsoldCredentials() {
        for (const auto& c : catalog_.credentials)
            if (!c.hasCost && catalog_.offersFor(c).empty())
                out_.push_back(
                    {"credential-without-price", "credential " + c.id,
                     "Credential " + label(c) + " has no cost, and no offer covers it, so it cannot be bought (cost).",
                     Problem::Severity::Error, c.id});
    }

private:
    static std::string who(const Offer& o) { return "Offer " + quoted(o.id); }

    void add(const char* code, const Offer& o, std::string message) {
        out_.push_back({code, "offer " + o.id, std::move(message), Problem::Severity::Error, {}});
    }

    void covers(const Offer& o) {
        if (o.covers.empty()) {
            add("offer-covers-nothing", o, who(o) + " covers no credential; covers must name at least one.");
            return;
        }
        std::string name;
        bool isTag = false;
        for (const auto& item : o.covers) {
            if (!parseCoverItem(item, name, isTag)) {
                add("bad-offer", o,
                    who(o) + " covers " + quoted(item) + "; each item of covers is cred:ID or tag:TAG.");
                continue;
            }
            if (!isTag && credentialIds_.count(name) == 0) {
                add("unknown-credential", o,
                    who(o) + " covers " + quoted(item) + ", but the catalog has no credential with id " + quoted(name) +
                        " (covers).");
                continue;
            }
            if (isTag && tags_.count(name) == 0) {
                add("offer-covers-nothing", o,
                    who(o) + " covers " + quoted(item) + ", but no credential has the tag " + quoted(name) +
                        " (covers).");
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
