#include "cairn/engine/offer.h"

#include <algorithm>

namespace cairn {

bool parseCoverItem(std::string_view item, std::string& name, bool& isTag) {
    constexpr std::string_view kCred = "cred:";
    constexpr std::string_view kTag = "tag:";
    if (item.substr(0, kCred.size()) == kCred && item.size() > kCred.size()) {
        name = std::string(item.substr(kCred.size()));
        isTag = false;
        return true;
    }
    if (item.substr(0, kTag.size()) == kTag && item.size() > kTag.size()) {
        name = std::string(item.substr(kTag.size()));
        isTag = true;
        return true;
    }
    return false;
}

bool Offer::coversCredential(const Credential& credential) const {
    std::string name;
    bool isTag = false;
    for (const auto& item : covers) {
        if (!parseCoverItem(item, name, isTag))
            continue;
        if (isTag ? std::find(credential.tags.begin(), credential.tags.end(), name) != credential.tags.end()
                  : name == credential.id)
            return true;
    }
    return false;
}

int periodDays(Offer::Period period) {
    switch (period) {
    case Offer::Period::Month:
        return 30;
    case Offer::Period::Year:
        return 365;
    case Offer::Period::None:
        break;
    }
    return 0;
}

const char* toString(Offer::Kind kind) {
    switch (kind) {
    case Offer::Kind::OneTime:
        return "one-time";
    case Offer::Kind::Subscription:
        return "subscription";
    case Offer::Kind::Bundle:
        return "bundle";
    }
    return "";
}

const char* toString(Offer::Period period) {
    switch (period) {
    case Offer::Period::Month:
        return "month";
    case Offer::Period::Year:
        return "year";
    case Offer::Period::None:
        break;
    }
    return "";
}

} // namespace cairn
