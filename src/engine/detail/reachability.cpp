#include "detail/reachability.h"

#include "cairn/engine/requirement_text.h"
#include "detail/message_args.h"

#include <algorithm>
#include <deque>

namespace cairn::detail {

namespace {

using Code = Message::Code;

// Names at most a handful of credentials so a sentence stays readable in a huge catalog; the
// last argument is how many more there are.
std::vector<MessageArg> nameList(const Catalog& catalog, const std::vector<std::size_t>& indices) {
    constexpr std::size_t shown = 4;
    std::vector<MessageArg> names;
    for (std::size_t i = 0; i < indices.size() && i < shown; ++i)
        names.push_back(credentialArg(catalog.credentials[indices[i]])); // with its id: titles need not be unique
    const auto more = static_cast<long long>(indices.size() > shown ? indices.size() - shown : 0);
    return {arg::names(std::move(names)), arg::count(more)};
}

// Distinct members count once in "at least k of", as in isSatisfied().
int distinctMetMembers(const Requirement& group, const Holdings& h) {
    int met = 0;
    for (auto it = group.members.begin(); it != group.members.end(); ++it)
        if (std::find(group.members.begin(), it, *it) == it && isSatisfied(*it, h))
            ++met;
    return met;
}

} // namespace

Reachability::Reachability(const Catalog& catalog, Holdings start, const std::set<std::string, std::less<>>& excluded)
    : catalog_(catalog), excluded_(excluded), holdings_(std::move(start)), reachable_(catalog.credentials.size()) {
    const auto& credentials = catalog_.credentials;
    for (const auto& skill : catalog_.skills)
        skills_.insert(skill.id);
    for (std::size_t i = 0; i < credentials.size(); ++i) {
        index_.emplace(credentials[i].id, i);
        reachable_[i] = holdings_.credentials.count(credentials[i].id) > 0;
        for (const auto& g : credentials[i].grants)
            grantsBySkill_[g.skill].emplace_back(g.level, i);
    }
    // Who mentions what: after taking a credential only those whose prerequisites mention it or
    // a skill it grants are looked at again, so the work follows the prerequisite links instead
    // of growing with the square of the catalog when prerequisites chain backwards.
    std::unordered_map<std::string_view, std::vector<std::size_t>> byCredential;
    std::unordered_map<std::string_view, std::vector<std::size_t>> bySkill;
    for (std::size_t i = 0; i < credentials.size(); ++i)
        forEachItem(credentials[i].prerequisites, [&](const Requirement& item) {
            auto& list = (item.kind == Requirement::Kind::Credential ? byCredential : bySkill)[item.id];
            if (list.empty() || list.back() != i)
                list.push_back(i);
        });

    std::deque<std::size_t> pending;
    std::vector<bool> queued(credentials.size(), true);
    for (std::size_t i = 0; i < credentials.size(); ++i)
        pending.push_back(i);
    auto recheck = [&](const std::unordered_map<std::string_view, std::vector<std::size_t>>& index,
                       std::string_view key) {
        const auto it = index.find(key);
        if (it == index.end())
            return;
        for (std::size_t j : it->second)
            if (!reachable_[j] && !queued[j]) {
                queued[j] = true;
                pending.push_back(j);
            }
    };
    while (!pending.empty()) {
        const std::size_t i = pending.front();
        pending.pop_front();
        queued[i] = false;
        const Credential& c = credentials[i];
        if (reachable_[i] || excluded_.count(c.id) > 0 || !isSatisfied(c.prerequisites, holdings_))
            continue;
        reachable_[i] = true;
        holdings_.addCredential(c);
        recheck(byCredential, c.id);
        for (const auto& g : c.grants)
            recheck(bySkill, g.skill);
    }
}

std::vector<const Requirement*> Reachability::unmetParts(const Requirement& r) const {
    std::vector<const Requirement*> out;
    if (!satisfiable(r))
        collectUnmet(r, out);
    return out;
}

void Reachability::collectUnmet(const Requirement& r, std::vector<const Requirement*>& out) const {
    if (r.kind != Requirement::Kind::All) {
        out.push_back(&r);
        return;
    }
    for (const auto& m : r.members)
        if (!satisfiable(m))
            collectUnmet(m, out);
}

std::vector<std::size_t> Reachability::grantors(std::string_view skill, int level) const {
    std::vector<std::size_t> out;
    const auto it = grantsBySkill_.find(skill);
    if (it == grantsBySkill_.end())
        return out;
    for (const auto& [granted, index] : it->second)
        if (granted >= level && (out.empty() || out.back() != index))
            out.push_back(index);
    return out;
}

std::size_t Reachability::indexOf(std::string_view id) const {
    const auto it = index_.find(id);
    return it == index_.end() ? npos : it->second;
}

Message Reachability::explain(const Requirement& part, std::string_view forCredential) const {
    switch (part.kind) {
    case Requirement::Kind::None:
        return {Code::NeedsNothing, {}};
    case Requirement::Kind::Credential:
    case Requirement::Kind::Skill:
        return explainItem(part, forCredential);
    case Requirement::Kind::All:
        return {Code::NeedsAll, {arg::text(toText(part))}};
    case Requirement::Kind::Any:
        return {Code::NeedsAny, {arg::text(toText(part))}};
    case Requirement::Kind::AtLeast:
        return {Code::NeedsAtLeast, {arg::text(toText(part)), arg::count(distinctMetMembers(part, holdings_))}};
    }
    return {Code::NeedsNothing, {}};
}

Message Reachability::explainItem(const Requirement& item, std::string_view forCredential) const {
    const MessageArg text = arg::text(item.itemText());
    if (item.kind == Requirement::Kind::Credential) {
        if (item.id == forCredential)
            return {Code::NeedsItself, {text}};
        const std::size_t index = indexOf(item.id);
        if (index == npos)
            return {Code::NeedsUndefined, {text}};
        const Credential& c = catalog_.credentials[index];
        const MessageArg name = arg::text(c.title.empty() ? c.id : c.title);
        if (excluded_.count(item.id) > 0)
            return {Code::NeedsExcluded, {text, name}};
        return {Code::NeedsUntakeable, {text, name}};
    }
    if (!knowsSkill(item.id))
        return {Code::NeedsUndefined, {text}};
    if (item.level > kMaxLevel)
        return {Code::NeedsLevelAboveMax, {text, arg::count(kMaxLevel)}};
    std::vector<std::size_t> others = grantors(item.id, item.level);
    std::erase_if(others, [&](std::size_t i) { return catalog_.credentials[i].id == forCredential; });
    const MessageArg level = arg::count(item.level);
    if (others.empty())
        return {forCredential.empty() ? Code::NeedsUngranted : Code::NeedsUngrantedByOthers, {text, level}};
    std::vector<MessageArg> args{text, level};
    for (auto& a : nameList(catalog_, others))
        args.push_back(std::move(a));
    return {Code::NeedsGrantorsUntakeable, std::move(args)};
}

} // namespace cairn::detail
