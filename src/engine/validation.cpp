#include "cairn/engine/validation.h"

#include "detail/keeping_checks.h"
#include "detail/number_checks.h"
#include "detail/offer_checks.h"
#include "detail/problem_wording.h"
#include "detail/reachability.h"
#include "detail/reachability_checks.h"

#include <algorithm>
#include <map>
#include <set>
#include <string_view>
#include <tuple>
#include <unordered_set>

namespace cairn {

using detail::label;
using detail::quoted;

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
        duplicates(catalog_.skills, "skill", "skills");
        duplicates(catalog_.credentials, "credential", "credentials");
        duplicates(catalog_.programs, "program", "programs");
        duplicates(catalog_.goals, "goal", "goals");
    }

    void checkCredential(const Credential& c) {
        const std::string object = "credential " + c.id;
        const std::string who = "Credential " + label(c);
        detail::checkNumbers(c, out_);
        if (c.pace.isCohort()) {
            if (c.pace.starts.empty())
                add("cohort-without-starts", object,
                    who + " is taught in cohorts but lists no start dates, so it can never be scheduled.", c.id);
            if (!std::is_sorted(c.pace.starts.begin(), c.pace.starts.end()) ||
                std::adjacent_find(c.pace.starts.begin(), c.pace.starts.end()) != c.pace.starts.end())
                add("bad-date", object,
                    who + " lists its cohort start dates out of order or more than once; they must be ascending.",
                    c.id);
        }
        for (const auto& g : c.grants) {
            if (skillIds_.count(g.skill) == 0)
                add("unknown-skill", object,
                    who + " grants skill " + quoted(g.skill) + ", which the catalog does not define.", c.id);
            if (g.level < kMinLevel || g.level > kMaxLevel)
                add("bad-level", object,
                    who + " grants skill " + quoted(g.skill) + " at level " + std::to_string(g.level) +
                        "; levels run from 1 to 5.",
                    c.id);
        }
        requirement(c.prerequisites, object, who + " requires", c.id, c.id);
        for (const auto& offer : c.credits)
            creditOffer(c, offer, object, who);
    }

    void checkProgram(const Program& p) {
        std::set<std::string, std::less<>> seen;
        for (const auto& category : p.categories)
            if (!seen.insert(category).second)
                add("duplicate-id", "program " + p.id,
                    "Program " + quoted(p.title.empty() ? p.id : p.title) + " lists category " + quoted(category) +
                        " more than once.");
    }

    void checkGoal(const Goal& g) {
        const std::string object = "goal " + g.id;
        const std::string who = "Goal " + label(g);
        requirement(g.requirement, object, who + " requires", {}, {});
        if (g.kind != Goal::Kind::Credits)
            return;
        const Program* program = g.program.empty() ? nullptr : catalog_.findProgram(g.program);
        if (g.program.empty())
            add("unknown-program", object, who + " asks for credits but names no program.");
        else if (program == nullptr)
            add("unknown-program", object,
                who + " asks for credits toward program " + quoted(g.program) + ", which the catalog does not define.");
        for (const auto& rule : g.categories)
            if (program != nullptr && !contains(program->categories, rule.category))
                add("unknown-category", object,
                    who + " has a rule for category " + quoted(rule.category) + ", which program " +
                        quoted(program->id) + " does not have (its categories: " + join(program->categories) + ").");
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
                add("unused-skill", "skill " + s.id,
                    "Skill " + label(s) + " is neither granted nor required by anything in the catalog.", {},
                    Problem::Severity::Warning);
    }

private:
    void add(std::string code, std::string object, std::string message, std::string credential = {},
             Problem::Severity severity = Problem::Severity::Error) {
        out_.push_back({std::move(code), std::move(object), std::move(message), severity, std::move(credential)});
    }

    static bool contains(const std::vector<std::string>& list, std::string_view value) {
        return std::find(list.begin(), list.end(), value) != list.end();
    }

    static std::string join(const std::vector<std::string>& list) {
        if (list.empty())
            return "none";
        std::string out;
        for (const auto& s : list)
            out += (out.empty() ? "" : ", ") + s;
        return out;
    }

    template <typename T> void duplicates(const std::vector<T>& items, const char* kind, const char* plural) {
        std::map<std::string, int, std::less<>> count;
        for (const auto& item : items)
            ++count[item.id];
        for (const auto& item : items) {
            auto it = count.find(item.id);
            if (it->second < 2)
                continue;
            const std::string credential = std::string(kind) == "credential" ? item.id : std::string{};
            add("duplicate-id", std::string(kind) + " " + item.id,
                "The id " + quoted(item.id) + " is used by " + std::to_string(it->second) + " " + plural + "; each " +
                    kind + " needs an id of its own.",
                credential);
            it->second = 0; // report each id once, at its first use
        }
    }

    void creditOffer(const Credential& c, const CreditOffer& offer, const std::string& object, const std::string& who) {
        const Program* program = catalog_.findProgram(offer.program);
        if (program == nullptr)
            add("unknown-program", object,
                who + " offers credits toward program " + quoted(offer.program) +
                    ", which the catalog does not define.",
                c.id);
        if (program == nullptr)
            return;
        for (const auto& category : offer.categories)
            if (!contains(program->categories, category))
                add("unknown-category", object,
                    who + " offers credits in category " + quoted(category) + " of program " + quoted(program->id) +
                        ", which is not one of its categories (" + join(program->categories) + ").",
                    c.id);
    }

    // `self` is the credential whose prerequisites these are, for spotting cred:self.
    void requirement(const Requirement& r, const std::string& object, const std::string& who, const std::string& self,
                     const std::string& credential) {
        switch (r.kind) {
        case Requirement::Kind::None:
            return;
        case Requirement::Kind::Credential:
            if (!self.empty() && r.id == self)
                add("self-requirement", object, who + " itself (" + r.itemText() + "), so it can never be taken.",
                    credential);
            else if (credentialIds_.count(r.id) == 0)
                add("unknown-credential", object,
                    who + " " + r.itemText() + ", but the catalog has no credential with id " + quoted(r.id) + ".",
                    credential);
            return;
        case Requirement::Kind::Skill:
            if (skillIds_.count(r.id) == 0)
                add("unknown-skill", object,
                    who + " " + r.itemText() + ", but the catalog has no skill with id " + quoted(r.id) + ".",
                    credential);
            if (r.level < kMinLevel || r.level > kMaxLevel)
                add("bad-level", object, who + " " + r.itemText() + ", but skill levels run from 1 to 5.", credential);
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

    void group(const Requirement& r, const std::string& object, const std::string& who, const std::string& credential) {
        const char* name = r.kind == Requirement::Kind::All ? "all" : r.kind == Requirement::Kind::Any ? "any" : "min";
        if (r.members.empty()) {
            add("bad-group", object, who + " an empty " + quoted(name) + " group; a group needs at least one member.",
                credential);
            return;
        }
        if (r.kind != Requirement::Kind::AtLeast)
            return;
        int distinct = 0;
        for (auto it = r.members.begin(); it != r.members.end(); ++it)
            if (std::find(r.members.begin(), it, *it) == it)
                ++distinct;
        if (r.k < 1 || r.k > distinct)
            add("bad-group", object,
                who + " at least " + std::to_string(r.k) + " of a group with " + std::to_string(distinct) +
                    " distinct member" + (distinct == 1 ? "" : "s") + "; min must be between 1 and " +
                    std::to_string(distinct) + ".",
                credential);
    }

    const Catalog& catalog_;
    std::vector<Problem>& out_;
    std::unordered_set<std::string_view> skillIds_;
    std::unordered_set<std::string_view> credentialIds_;
};

// The same sentence about the same object says nothing new (a bad id written twice, say).
void dropRepeats(std::vector<Problem>& problems) {
    std::set<std::tuple<std::string, std::string, std::string>> seen;
    std::vector<Problem> unique;
    for (auto& p : problems)
        if (seen.emplace(p.code, p.object, p.message).second)
            unique.push_back(std::move(p));
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
