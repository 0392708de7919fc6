#include "cairn/engine/holdings.h"
#include "cairn/engine/validation.h"
#include "detail/funding_checks.h"
#include "detail/message_args.h"
#include "detail/number_checks.h"
#include "detail/reachability.h"
#include "detail/reachability_checks.h"

#include <algorithm>
#include <optional>
#include <set>

namespace cairn {

using Code = Message::Code;
using detail::credentialArg;

namespace {

bool contains(const std::vector<std::string>& list, std::string_view value) {
    return std::find(list.begin(), list.end(), value) != list.end();
}

} // namespace

std::vector<Problem> validateProfile(const Catalog& catalog, const Profile& profile) {
    std::vector<Problem> out;
    auto add = [&](std::string code, std::string object, Message message, std::string credential = {},
                   Problem::Severity severity = Problem::Severity::Error) {
        out.push_back({std::move(code), std::move(object), std::move(message), severity, std::move(credential)});
    };
    constexpr auto warning = Problem::Severity::Warning;

    if (!profile.goal.empty() && catalog.findGoal(profile.goal) == nullptr)
        add("unknown-goal", "profile field goal", {Code::ProfileUnknownGoal, {arg::text(profile.goal)}});
    for (const auto& s : profile.skills) {
        if (catalog.findSkill(s.skill) == nullptr)
            add("unknown-skill", "profile field skills", {Code::ProfileUnknownSkill, {arg::text(s.skill)}});
        if (s.level < kMinLevel || s.level > kMaxLevel)
            add("bad-level", "profile field skills",
                {Code::ProfileBadLevel, {arg::text(s.skill), arg::count(s.level)}});
    }
    for (const auto& id : profile.completed)
        if (catalog.findCredential(id) == nullptr)
            add("unknown-credential", "profile field completed", {Code::ProfileUnknownCompleted, {arg::text(id)}});
    for (const auto& id : profile.pinned)
        if (catalog.findCredential(id) == nullptr)
            add("unknown-credential", "profile field pinned", {Code::ProfileUnknownPinned, {arg::text(id)}});
    for (const auto& id : profile.excluded)
        if (catalog.findCredential(id) == nullptr)
            add("unknown-credential", "profile field excluded", {Code::ProfileUnknownExcluded, {arg::text(id)}}, {},
                warning);

    for (const auto& id : lapsedOnStart(profile)) {
        const auto dates = std::find_if(profile.completedDates.begin(), profile.completedDates.end(),
                                        [&](const CompletionDates& d) { return d.credential == id; });
        if (const Credential* c = catalog.findCredential(id))
            add("completed-lapsed", "credential " + id,
                {Code::CompletedLapsed, {credentialArg(*c), arg::date(*dates->expires), arg::date(profile.start)}}, id,
                warning);
    }

    detail::checkNumbers(profile, out);
    detail::checkFundingCoverage(catalog, profile, out);
    if (profile.deadline && *profile.deadline < profile.start)
        add("bad-date", "profile field deadline",
            {Code::ProfileDeadlineBeforeStart, {arg::date(*profile.deadline), arg::date(profile.start)}});

    const std::set<std::string, std::less<>> excluded(profile.excluded.begin(), profile.excluded.end());
    const Profile held = heldOnStart(profile); // as planning sees it
    // Only pins need it, and it walks the whole catalog: 40 ms of a 10,000-credential question.
    std::optional<detail::Reachability> reach;
    std::set<std::string, std::less<>> seen;
    for (const auto& id : profile.pinned) {
        const Credential* c = catalog.findCredential(id);
        if (c == nullptr || !seen.insert(id).second)
            continue;
        const std::string object = "credential " + id;
        if (excluded.count(id) > 0) {
            add("pinned-and-excluded", object, {Code::PinnedAndExcluded, {credentialArg(*c)}}, id);
            continue;
        }
        if (contains(held.completed, id)) {
            add("pinned-completed", object, {Code::PinnedCompleted, {credentialArg(*c)}}, id, warning);
            continue;
        }
        if (!reach)
            reach.emplace(catalog, Holdings::fromProfile(held, catalog), excluded);
        if (reach->reachable(reach->indexOf(id)))
            continue;
        // A warning: the files are sound and the question is well posed; its answer is that no
        // plan exists, which the planner proves and says (`infeasible`, exit code 3), as it does
        // for a goal out of reach. Pins and excludes are a learner's what-ifs, not broken input.
        add("pinned-unreachable", object,
            {Code::PinnedUnreachable,
             {credentialArg(*c), arg::clauses(detail::unmetClauses(catalog, *reach, c->prerequisites, id))}},
            id, warning);
    }
    return out;
}

} // namespace cairn
