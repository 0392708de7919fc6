#include "detail/funding_checks.h"

#include "cairn/engine/limits.h"
#include "detail/problem_wording.h"

#include <algorithm>
#include <set>

namespace cairn::detail {

namespace {

/// A problem about one source: the object names it, the message names the field.
void sourceProblem(std::vector<Problem>& out, const FundingSource& s, const char* code, std::string message,
                   Problem::Severity severity = Problem::Severity::Error) {
    out.push_back({code, "funding " + s.name, std::move(message), severity, {}});
}

} // namespace

void checkFunding(const Profile& profile, std::vector<Problem>& out) {
    if (profile.funding.size() > static_cast<std::size_t>(limits::kMaxFundingSources))
        out.push_back({"bad-number",
                       "profile field funding",
                       "The profile lists " + std::to_string(profile.funding.size()) + " funding sources; at most " +
                           std::to_string(limits::kMaxFundingSources) + " are read.",
                       Problem::Severity::Error,
                       {}});
    std::set<std::string> names;
    for (const FundingSource& s : profile.funding) {
        if (s.name.empty() || s.name.size() > limits::kMaxFundingNameLength)
            sourceProblem(out, s, "bad-funding",
                          "A funding source has a name of " + std::to_string(s.name.size()) +
                              " characters; field name must have 1 to " +
                              std::to_string(limits::kMaxFundingNameLength) + ".");
        else if (!names.insert(s.name).second)
            sourceProblem(out, s, "duplicate-id", "Two funding sources are named " + quoted(s.name) + ".");
        if (!limits::kFundingShare.contains(s.share))
            sourceProblem(out, s, "bad-number",
                          "Funding source " + quoted(s.name) + " has share " + formatNumber(s.share) +
                              "; field share must be " + limits::kFundingShare.text() + " (percent).");
        if (s.cap && !limits::kFundingCap.contains(*s.cap))
            sourceProblem(out, s, "bad-number",
                          "Funding source " + quoted(s.name) + " has cap " + formatNumber(*s.cap) +
                              "; field cap must be " + limits::kFundingCap.text() + ", or no cap at all.");
        std::string prefix, name;
        for (const auto& item : s.covers)
            if (!parseFundingCover(item, prefix, name))
                sourceProblem(out, s, "bad-funding",
                              "Funding source " + quoted(s.name) + " covers " + quoted(item) +
                                  "; each item of field covers is provider:NAME, tag:TAG or cred:ID.");
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
                                  "Funding source " + quoted(s.name) + " covers " + quoted(name) +
                                      " (field covers), but the catalog has no credential with that id.");
                continue;
            }
            const bool any =
                std::any_of(catalog.credentials.begin(), catalog.credentials.end(), [&](const Credential& c) {
                    return prefix == "provider" ? c.provider == name
                                                : std::find(c.tags.begin(), c.tags.end(), name) != c.tags.end();
                });
            if (!any)
                sourceProblem(out, s, "funding-covers-nothing",
                              "Funding source " + quoted(s.name) + " covers " + quoted(item) +
                                  " (field covers), but no credential of the catalog has that " + prefix + ".",
                              Problem::Severity::Warning);
        }
    }
}

} // namespace cairn::detail
