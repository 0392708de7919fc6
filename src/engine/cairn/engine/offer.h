#pragma once

#include "cairn/engine/credential.h"

#include <string>
#include <string_view>
#include <vector>

namespace cairn {

/// A way money buys access to credentials, as the provider sells it (docs/planning-model.md,
/// "Money"). A credential's own `cost` is its default one-time price; an offer is another way
/// to pay for every credential it covers.
struct Offer {
    enum class Kind {
        OneTime,      ///< `price` once for each credential bought through it
        Subscription, ///< `price` for every billing period in which a covered credential is studied
        Bundle,       ///< `price` once for the whole set of credentials it covers
    };
    enum class Period { None, Month, Year };

    std::string id;
    std::string title;
    std::string provider;
    Kind kind = Kind::OneTime;
    double price = 0;                ///< in the catalog's currency, above 0
    Period period = Period::None;    ///< subscriptions only
    std::vector<std::string> covers; ///< "cred:ID" or "tag:TAG" items
    std::string url;
    std::string source;
    std::string asOf;       ///< "YYYY-MM-DD" the price was read, empty when unknown
    bool estimated = false; ///< the price is an estimate

    [[nodiscard]] bool isSubscription() const { return kind == Kind::Subscription; }
    /// True when `credential` is named by one of `covers` (by id or by one of its tags).
    [[nodiscard]] bool coversCredential(const Credential& credential) const;
    bool operator==(const Offer&) const = default;
};

/// Length of a billing period in days, as Cairn counts it: a month is 30 days, a year 365.
int periodDays(Offer::Period period);

const char* toString(Offer::Kind kind);
const char* toString(Offer::Period period);

/// "cred:ID" → ID with `isTag` false, "tag:TAG" → TAG with `isTag` true; false when neither.
bool parseCoverItem(std::string_view item, std::string& name, bool& isTag);

} // namespace cairn
