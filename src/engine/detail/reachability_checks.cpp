#include "detail/reachability_checks.h"

#include "detail/credit_flow.h"
#include "detail/message_args.h"
#include "detail/prerequisite_graph.h"
#include "detail/reachability.h"

#include <algorithm>

namespace cairn::detail {

namespace {

using Code = Message::Code;

int distinctMembers(const Requirement& group) {
    int distinct = 0;
    for (auto it = group.members.begin(); it != group.members.end(); ++it)
        if (std::find(group.members.begin(), it, *it) == it)
            ++distinct;
    return distinct;
}

/// True when a learner who brings the right skills could meet `r`: skills needed but granted
/// by no credential are a normal entry requirement (work experience, a prior degree), not a
/// defect of the catalog. Credential items still need a credential that exists.
bool meetableWithOwnSkills(const Catalog& catalog, const Requirement& r) {
    switch (r.kind) {
    case Requirement::Kind::None:
    case Requirement::Kind::Skill:
        return true;
    case Requirement::Kind::Credential:
        return catalog.findCredential(r.id) != nullptr;
    case Requirement::Kind::All:
        return std::all_of(r.members.begin(), r.members.end(),
                           [&](const Requirement& m) { return meetableWithOwnSkills(catalog, m); });
    case Requirement::Kind::Any:
    case Requirement::Kind::AtLeast: {
        const int need = r.kind == Requirement::Kind::Any ? 1 : r.k;
        int ok = 0;
        for (const auto& m : r.members)
            ok += meetableWithOwnSkills(catalog, m);
        return ok >= need;
    }
    }
    return false;
}

} // namespace

bool reportedElsewhere(const Catalog& catalog, const Reachability& reach, const Requirement& part,
                       std::string_view self) {
    switch (part.kind) {
    case Requirement::Kind::None:
        return false;
    case Requirement::Kind::Credential:
        return part.id == self || reach.indexOf(part.id) == Reachability::npos;
    case Requirement::Kind::Skill:
        return !reach.knowsSkill(part.id) || part.level < kMinLevel || part.level > kMaxLevel;
    case Requirement::Kind::All:
    case Requirement::Kind::Any:
    case Requirement::Kind::AtLeast:
        if (part.members.empty() || (part.kind == Requirement::Kind::AtLeast && part.k > distinctMembers(part)))
            return true;
        // A failing group whose failing members are all broken references says nothing new.
        return std::all_of(part.members.begin(), part.members.end(), [&](const Requirement& m) {
            return reach.satisfiable(m) || reportedElsewhere(catalog, reach, m, self);
        });
    }
    return false;
}

std::vector<Message> unmetClauses(const Catalog& catalog, const Reachability& reach, const Requirement& r,
                                  std::string_view self) {
    std::vector<Message> clauses;
    for (const Requirement* part : reach.unmetParts(r))
        if (!reportedElsewhere(catalog, reach, *part, self))
            clauses.push_back(reach.explain(*part, self));
    return clauses;
}

void checkPrerequisites(const Catalog& catalog, const Reachability& reach, std::vector<Problem>& out) {
    const auto& credentials = catalog.credentials;

    // Among credentials never taken, X needs Y when X's unmet part mentions something Y
    // provides: cred:Y, or a skill Y grants at the level asked.
    PrerequisiteGraph needs(credentials.size());
    for (std::size_t x = 0; x < credentials.size(); ++x) {
        if (reach.reachable(x))
            continue;
        for (const Requirement* part : reach.unmetParts(credentials[x].prerequisites))
            forEachItem(*part, [&](const Requirement& item) {
                if (item.kind == Requirement::Kind::Credential) {
                    const std::size_t y = reach.indexOf(item.id);
                    if (y != Reachability::npos && !reach.reachable(y))
                        needs.addNeed(x, y);
                    return;
                }
                for (std::size_t y : reach.grantors(item.id, item.level))
                    if (!reach.reachable(y))
                        needs.addNeed(x, y);
            });
    }

    std::vector<bool> onCycle(credentials.size());
    for (const auto& cycle : needs.cycles()) {
        std::vector<MessageArg> path, others;
        for (std::size_t v : cycle.path) {
            path.push_back(credentialArg(credentials[v]));
            onCycle[v] = true;
        }
        for (std::size_t v : cycle.others) {
            others.push_back(credentialArg(credentials[v]));
            onCycle[v] = true;
        }
        Message message{Code::Cycle, {arg::names(std::move(path)), arg::names(std::move(others))}};
        const Credential& first = credentials[cycle.path.front()];
        out.push_back({"cycle", "credential " + first.id, std::move(message), Problem::Severity::Error, first.id});
    }

    for (std::size_t x = 0; x < credentials.size(); ++x) {
        if (reach.reachable(x) || onCycle[x])
            continue;
        const Credential& c = credentials[x];
        const auto clauses = unmetClauses(catalog, reach, c.prerequisites, c.id);
        if (clauses.empty())
            continue; // fails only for reasons already reported, e.g. an unknown id
        if (meetableWithOwnSkills(catalog, c.prerequisites))
            out.push_back({"unmeetable-prerequisite",
                           "credential " + c.id,
                           {Code::PrerequisiteNeedsOwnSkills, {credentialArg(c), arg::clauses(clauses)}},
                           Problem::Severity::Warning,
                           c.id});
        else
            out.push_back({"unmeetable-prerequisite",
                           "credential " + c.id,
                           {Code::PrerequisiteNeverMet, {credentialArg(c), arg::clauses(clauses)}},
                           Problem::Severity::Error,
                           c.id});
    }
}

void checkGoals(const Catalog& catalog, const Reachability& reach, std::vector<Problem>& out) {
    for (const auto& goal : catalog.goals) {
        const std::string object = "goal " + goal.id;
        const MessageArg who = goalArg(goal);
        const auto clauses = unmetClauses(catalog, reach, goal.requirement, {});
        if (!clauses.empty() && meetableWithOwnSkills(catalog, goal.requirement))
            out.push_back({"unreachable-goal",
                           object,
                           {Code::GoalNeedsOwnSkills, {who, arg::clauses(clauses)}},
                           Problem::Severity::Warning,
                           {}});
        else if (!clauses.empty())
            out.push_back({"unreachable-goal",
                           object,
                           {Code::GoalNeverReached, {who, arg::clauses(clauses)}},
                           Problem::Severity::Error,
                           {}});
        if (goal.kind != Goal::Kind::Credits || catalog.findProgram(goal.program) == nullptr)
            continue;

        // What the credentials that can be taken offer toward this program.
        std::vector<CreditSource> sources;
        for (std::size_t i = 0; i < catalog.credentials.size(); ++i)
            if (reach.reachable(i))
                for (const auto& offer : catalog.credentials[i].credits)
                    if (offer.program == goal.program)
                        sources.push_back({offer.credits, offer.categories});

        const double countable = maxCountableCredits(sources, goal.categories);
        if (countable + 1e-9 < goal.minCredits)
            out.push_back({"unreachable-goal",
                           object,
                           {Code::GoalCreditsUnreachable,
                            {who, arg::number(goal.minCredits), arg::text(goal.program), arg::number(countable)}},
                           Problem::Severity::Error,
                           {}});
        for (const auto& rule : goal.categories) {
            if (!rule.min)
                continue;
            std::vector<CreditSource> inCategory;
            for (const auto& s : sources)
                if (std::find(s.categories.begin(), s.categories.end(), rule.category) != s.categories.end())
                    inCategory.push_back({s.credits, {rule.category}});
            const double available = maxCountableCredits(inCategory, goal.categories);
            if (available + 1e-9 < *rule.min)
                out.push_back({"unreachable-goal",
                               object,
                               {Code::GoalCategoryUnreachable,
                                {who, arg::number(*rule.min), arg::text(rule.category), arg::number(available)}},
                               Problem::Severity::Error,
                               {}});
        }
    }
}

} // namespace cairn::detail
