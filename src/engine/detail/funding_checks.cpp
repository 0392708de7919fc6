#include "detail/funding_checks.h"

#include "cairn/engine/limits.h"
#include "cairn/engine/message.h"

#include <algorithm>
#include <set>

namespace cairn::detail {

namespace {

using Code = Message::Code;

/// A problem about one source: the object names it, the message names the field.
void sourceProblem(std::vector<Problem>& out, const FundingSource& s, const char* code, Message message,
                   Problem::Severity severity = Problem::Severity::Error) {
    out.push_back({code, "funding " + s.name, std::move(message), severity, {}});
}

} // namespace

void checkFunding(const Profile& profile, std::vector<Problem>& out) {
    if (profile.funding.size() > static_cast<std::size_t>(limits::kMaxFundingSources))
        out.push_back({"bad-number",
                       "profile field funding",
                       Message{Code::TooManyFundingSources,
                               {arg::count(static_cast<long long>(profile.funding.size())),
                                arg::count(limits::kMaxFundingSources)}},
                       Problem::Severity::Error,
                       {}});
    std::set<std::string> names;
    for (const FundingSource& s : profile.funding) {
        if (s.name.empty() || s.name.size() > limits::kMaxFundingNameLength)
            sourceProblem(out, s, "bad-funding",
                          {Code::FundingNameLength,
                           {arg::count(static_cast<long long>(s.name.size())),
                            arg::count(static_cast<long long>(limits::kMaxFundingNameLength))}});
        else if (!names.insert(s.name).second)
            sourceProblem(out, s, "duplicate-id", {Code::DuplicateFundingSource, {arg::text(s.name)}});
        if (!limits::kFundingShare.contains(s.share))
            sourceProblem(out, s, "bad-number",
                          {Code::FundingShareOutOfRange,
                           {arg::text(s.name), arg::number(s.share), arg::range(limits::kFundingShare)}});
        if (s.cap && !limits::kFundingCap.contains(*s.cap))
            sourceProblem(out, s, "bad-number",
                          {Code::FundingCapOutOfRange,
                           {arg::text(s.name), arg::number(*s.cap), arg::range(limits::kFundingCap)}});
        std::string prefix, name;
        for (const auto& item : s.covers)
            if (!parseFundingCover(item, prefix, name))
                sourceProblem(out, s, "bad-funding", {Code::FundingBadCoverItem, {arg::text(s.name), arg::text(item)}});
    }
}

void checkFundingCoverage(const Catalog& catalog, const Profile& profile, std::vector<Problem>& out) {
    for (const FundingSource& s : profile.funding) {
        std::string prefix, name;
        for (const auto& item : s.covers) {
            if (!parseFundingCover(item, prefix, name))
                continue; // checkFunding() reports it
            if (prefix == "cred") {
                if (!catalog.findCredential(name))
                    sourceProblem(out, s, "unknown-credential",
                                  {Code::FundingCoversUnknownCredential, {arg::text(s.name), arg::text(name)}});
                continue;
            }
            const bool any =
                std::any_of(catalog.credentials.begin(), catalog.credentials.end(), [&](const Credential& c) {
                    return prefix == "provider" ? c.provider == name
                                                : std::find(c.tags.begin(), c.tags.end(), name) != c.tags.end();
                });
            if (!any)
                sourceProblem(out, s, "funding-covers-nothing",
                              {Code::FundingCoversNothing, {arg::text(s.name), arg::text(item), arg::text(prefix)}},
                              Problem::Severity::Warning);
        }
    }
}

} // namespace cairn::detail
