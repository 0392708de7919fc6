#include "cairn/engine/validation.h"

#include "detail/keeping_checks.h"
#include "detail/message_args.h"
#include "detail/number_checks.h"
#include "detail/offer_checks.h"
#include "detail/reachability.h"
#include "detail/reachability_checks.h"

#include <algorithm>
#include <map>
#include <set>
#include <string_view>
#include <unordered_set>

namespace cairn {

using Code = Message::Code;
using detail::credentialArg;
using detail::goalArg;

namespace {

// Checks that need no reasoning about order: unique ids, references that resolve, numbers,
// levels and groups that make sense. Each object's problems come out together, in catalog order.
class StructureChecker {
public:
    StructureChecker(const Catalog& catalog, std::vector<Problem>& out) : catalog_(catalog), out_(out) {
        // Look-ups by id happen for every requirement item; the catalog's own are linear scans.
        for (const auto& s : catalog_.skills)
            skillIds_.insert(s.id);
        for (const auto& c : catalog_.credentials)
            credentialIds_.insert(c.id);
    }

    void checkDuplicates() {
        duplicates(catalog_.skills, "skill", Code::DuplicateSkillId);
        duplicates(catalog_.credentials, "credential", Code::DuplicateCredentialId);
        duplicates(catalog_.programs, "program", Code::DuplicateProgramId);
        duplicates(catalog_.goals, "goal", Code::DuplicateGoalId);
    }

    void checkCredential(const Credential& c) {
        const std::string object = "credential " + c.id;
        const MessageArg who = credentialArg(c);
        detail::checkNumbers(c, out_);
        if (c.pace.isCohort()) {
            if (c.pace.starts.empty())
                add("cohort-without-starts", object, {Code::CohortWithoutStarts, {who}}, c.id);
            if (!std::is_sorted(c.pace.starts.begin(), c.pace.starts.end()) ||
                std::adjacent_find(c.pace.starts.begin(), c.pace.starts.end()) != c.pace.starts.end())
                add("bad-date", object, {Code::CohortStartsUnordered, {who}}, c.id);
        }
        for (const auto& g : c.grants) {
            if (skillIds_.count(g.skill) == 0)
                add("unknown-skill", object, {Code::GrantsUnknownSkill, {who, arg::text(g.skill)}}, c.id);
            if (g.level < kMinLevel || g.level > kMaxLevel)
                add("bad-level", object, {Code::GrantsBadLevel, {who, arg::text(g.skill), arg::count(g.level)}}, c.id);
        }
        requirement(c.prerequisites, object, who, c.id, c.id);
        for (const auto& offer : c.credits)
            creditOffer(c, offer, object, who);
    }

    void checkProgram(const Program& p) {
        std::set<std::string, std::less<>> seen;
        for (const auto& category : p.categories)
            if (!seen.insert(category).second)
                add("duplicate-id", "program " + p.id,
                    {Code::ProgramCategoryTwice, {arg::text(p.title.empty() ? p.id : p.title), arg::text(category)}});
    }

    void checkGoal(const Goal& g) {
        const std::string object = "goal " + g.id;
        const MessageArg who = goalArg(g);
        requirement(g.requirement, object, who, {}, {});
        if (g.kind != Goal::Kind::Credits)
            return;
        const Program* program = g.program.empty() ? nullptr : catalog_.findProgram(g.program);
        if (g.program.empty())
            add("unknown-program", object, {Code::GoalWithoutProgram, {who}});
        else if (program == nullptr)
            add("unknown-program", object, {Code::GoalUnknownProgram, {who, arg::text(g.program)}});
        for (const auto& rule : g.categories)
            if (program != nullptr && !contains(program->categories, rule.category))
                add("unknown-category", object,
                    {Code::GoalUnknownCategory,
                     {who, arg::text(rule.category), arg::text(program->id), arg::texts(program->categories)}});
        detail::checkNumbers(g, out_);
    }

    void checkUnusedSkills() {
        std::set<std::string, std::less<>> used;
        auto useItems = [&](const Requirement& r) {
            forEachItem(r, [&](const Requirement& item) {
                if (item.kind == Requirement::Kind::Skill)
                    used.insert(item.id);
            });
        };
        for (const auto& c : catalog_.credentials) {
            for (const auto& g : c.grants)
                used.insert(g.skill);
            useItems(c.prerequisites);
        }
        for (const auto& g : catalog_.goals)
            useItems(g.requirement);
        for (const auto& s : catalog_.skills)
            if (used.count(s.id) == 0)
                add("unused-skill", "skill " + s.id, {Code::UnusedSkill, {detail::skillArg(s)}}, {},
                    Problem::Severity::Warning);
    }

private:
    void add(std::string code, std::string object, Message message, std::string credential = {},
             Problem::Severity severity = Problem::Severity::Error) {
        out_.push_back({std::move(code), std::move(object), std::move(message), severity, std::move(credential)});
    }

    static bool contains(const std::vector<std::string>& list, std::string_view value) {
        return std::find(list.begin(), list.end(), value) != list.end();
    }

    template <typename T> void duplicates(const std::vector<T>& items, const char* kind, Code message) {
        std::map<std::string, int, std::less<>> count;
        for (const auto& item : items)
            ++count[item.id];
        for (const auto& item : items) {
            auto it = count.find(item.id);
            if (it->second < 2)
                continue;
            const std::string credential = std::string(kind) == "credential" ? item.id : std::string{};
            add("duplicate-id", std::string(kind) + " " + item.id,
                {message, {arg::text(item.id), arg::count(it->second)}}, credential);
            it->second = 0; // report each id once, at its first use
        }
    }

    void creditOffer(const Credential& c, const CreditOffer& offer, const std::string& object, const MessageArg& who) {
        const Program* program = catalog_.findProgram(offer.program);
        if (program == nullptr)
            add("unknown-program", object, {Code::CreditsUnknownProgram, {who, arg::text(offer.program)}}, c.id);
        if (program == nullptr)
            return;
        for (const auto& category : offer.categories)
            if (!contains(program->categories, category))
                add("unknown-category", object,
                    {Code::CreditsUnknownCategory,
                     {who, arg::text(category), arg::text(program->id), arg::texts(program->categories)}},
                    c.id);
    }

    // `self` is the credential whose prerequisites these are, for spotting cred:self.
    void requirement(const Requirement& r, const std::string& object, const MessageArg& who, const std::string& self,
                     const std::string& credential) {
        switch (r.kind) {
        case Requirement::Kind::None:
            return;
        case Requirement::Kind::Credential:
            if (!self.empty() && r.id == self)
                add("self-requirement", object, {Code::RequiresItself, {who, arg::text(r.itemText())}}, credential);
            else if (credentialIds_.count(r.id) == 0)
                add("unknown-credential", object,
                    {Code::RequiresUnknownCredential, {who, arg::text(r.itemText()), arg::text(r.id)}}, credential);
            return;
        case Requirement::Kind::Skill:
            if (skillIds_.count(r.id) == 0)
                add("unknown-skill", object,
                    {Code::RequiresUnknownSkill, {who, arg::text(r.itemText()), arg::text(r.id)}}, credential);
            if (r.level < kMinLevel || r.level > kMaxLevel)
                add("bad-level", object, {Code::RequiresBadLevel, {who, arg::text(r.itemText())}}, credential);
            return;
        case Requirement::Kind::All:
        case Requirement::Kind::Any:
        case Requirement::Kind::AtLeast:
            group(r, object, who, credential);
            for (const auto& m : r.members)
                requirement(m, object, who, self, credential);
            return;
        }
    }

    void group(const Requirement& r, const std::string& object, const MessageArg& who, const std::string& credential) {
        const char* name = r.kind == Requirement::Kind::All ? "all" : r.kind == Requirement::Kind::Any ? "any" : "min";
        if (r.members.empty()) {
            add("bad-group", object, {Code::EmptyGroup, {who, arg::text(name)}}, credential);
            return;
        }
        if (r.kind != Requirement::Kind::AtLeast)
            return;
        int distinct = 0;
        for (auto it = r.members.begin(); it != r.members.end(); ++it)
            if (std::find(r.members.begin(), it, *it) == it)
                ++distinct;
        if (r.k < 1 || r.k > distinct)
            add("bad-group", object, {Code::BadGroupMin, {who, arg::count(r.k), arg::count(distinct)}}, credential);
    }

    const Catalog& catalog_;
    std::vector<Problem>& out_;
    std::unordered_set<std::string_view> skillIds_;
    std::unordered_set<std::string_view> credentialIds_;
};

// The same message about the same object says nothing new (a bad id written twice, say).
void dropRepeats(std::vector<Problem>& problems) {
    std::map<std::pair<std::string, std::string>, std::vector<std::size_t>> seen; // problems kept, by code and object
    std::vector<Problem> unique;
    for (auto& p : problems) {
        auto& same = seen[{p.code, p.object}];
        if (std::any_of(same.begin(), same.end(), [&](std::size_t i) { return unique[i].message == p.message; }))
            continue;
        same.push_back(unique.size());
        unique.push_back(std::move(p));
    }
    problems = std::move(unique);
}

} // namespace

std::vector<Problem> validate(const Catalog& catalog) {
    std::vector<Problem> problems;
    StructureChecker structure(catalog, problems);
    structure.checkDuplicates();
    for (const auto& c : catalog.credentials)
        structure.checkCredential(c);
    for (const auto& p : catalog.programs)
        structure.checkProgram(p);
    for (const auto& g : catalog.goals)
        structure.checkGoal(g);
    detail::checkOffers(catalog, problems);
    detail::checkKeeping(catalog, problems);
    // One fixpoint from an empty profile serves both: what can never be taken, and what can never be reached.
    const detail::Reachability fromNothing(catalog, Holdings{});
    detail::checkPrerequisites(catalog, fromNothing, problems);
    detail::checkGoals(catalog, fromNothing, problems);
    structure.checkUnusedSkills();
    dropRepeats(problems);
    return problems;
}

} // namespace cairn
