#include "cairn/engine/holdings.h"
#include "cairn/engine/validation.h"
#include "detail/funding_checks.h"
#include "detail/number_checks.h"
#include "detail/problem_wording.h"
#include "detail/reachability.h"
#include "detail/reachability_checks.h"

#include <algorithm>
#include <set>

namespace cairn {

using detail::label;
using detail::quoted;

namespace {

bool contains(const std::vector<std::string>& list, std::string_view value) {
    return std::find(list.begin(), list.end(), value) != list.end();
}

} // namespace

std::vector<Problem> validateProfile(const Catalog& catalog, const Profile& profile) {
    std::vector<Problem> out;
    auto add = [&](std::string code, std::string object, std::string message, std::string credential = {},
                   Problem::Severity severity = Problem::Severity::Error) {
        out.push_back({std::move(code), std::move(object), std::move(message), severity, std::move(credential)});
    };
    constexpr auto warning = Problem::Severity::Warning;

    if (!profile.goal.empty() && catalog.findGoal(profile.goal) == nullptr)
        add("unknown-goal", "profile field goal",
            "The profile aims at goal " + quoted(profile.goal) + ", which the catalog does not define.");
    for (const auto& s : profile.skills) {
        if (catalog.findSkill(s.skill) == nullptr)
            add("unknown-skill", "profile field skills",
                "The profile holds skill " + quoted(s.skill) + ", which the catalog does not define.");
        if (s.level < kMinLevel || s.level > kMaxLevel)
            add("bad-level", "profile field skills",
                "The profile holds skill " + quoted(s.skill) + " at level " + std::to_string(s.level) +
                    "; levels run from 1 to 5.");
    }
    for (const auto& id : profile.completed)
        if (catalog.findCredential(id) == nullptr)
            add("unknown-credential", "profile field completed",
                "The profile lists " + quoted(id) + " as completed, but the catalog has no credential with that id.");
    for (const auto& id : profile.pinned)
        if (catalog.findCredential(id) == nullptr)
            add("unknown-credential", "profile field pinned",
                "The profile pins " + quoted(id) + ", but the catalog has no credential with that id.");
    for (const auto& id : profile.excluded)
        if (catalog.findCredential(id) == nullptr)
            add("unknown-credential", "profile field excluded",
                "The profile excludes " + quoted(id) + ", but the catalog has no credential with that id.", {},
                warning);

    detail::checkNumbers(profile, out);
    detail::checkFundingCoverage(catalog, profile, out);
    if (profile.deadline && *profile.deadline < profile.start)
        add("bad-date", "profile field deadline",
            "The deadline " + profile.deadline->toIso() + " is before the start date " + profile.start.toIso() +
                ", so no plan can meet it.");

    const std::set<std::string, std::less<>> excluded(profile.excluded.begin(), profile.excluded.end());
    const detail::Reachability reach(catalog, Holdings::fromProfile(profile, catalog), excluded);
    std::set<std::string, std::less<>> seen;
    for (const auto& id : profile.pinned) {
        const Credential* c = catalog.findCredential(id);
        if (c == nullptr || !seen.insert(id).second)
            continue;
        const std::string object = "credential " + id;
        if (excluded.count(id) > 0) {
            add("pinned-and-excluded", object,
                "Credential " + label(*c) + " is both pinned and excluded; a plan cannot include and leave it out.",
                id);
            continue;
        }
        if (contains(profile.completed, id)) {
            add("pinned-completed", object,
                "Credential " + label(*c) + " is pinned but already completed, so the pin changes nothing.", id,
                warning);
            continue;
        }
        if (reach.reachable(reach.indexOf(id)))
            continue;
        const auto clauses = detail::unmetClauses(catalog, reach, c->prerequisites, id);
        std::string why;
        for (const auto& clause : clauses)
            why += (why.empty() ? "" : "; ") + clause;
        add("pinned-unreachable", object,
            "Credential " + label(*c) + " is pinned but can never be taken from this profile" +
                (why.empty() ? std::string(" because of problems in the catalog.") : ": " + why + "."),
            id);
    }
    return out;
}

} // namespace cairn
