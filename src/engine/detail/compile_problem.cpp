#include "detail/dominance.h"
#include "detail/forced_credentials.h"
#include "detail/number_checks.h"
#include "detail/offer_money.h"
#include "detail/planning_problem.h"

#include <algorithm>
#include <map>
#include <unordered_map>
#include <unordered_set>

namespace cairn::detail {

namespace {

/// Builds the formula arena and the atom table while walking requirements.
class Compiler {
public:
    Compiler(const Catalog& catalog, PlanningProblem& out) : out_(out) {
        // Node 0 is "true", node 1 is "false": shared by every formula.
        out_.formulas.nodes.push_back({FormulaArena::True, 0, -1, 0, 0});
        out_.formulas.nodes.push_back({FormulaArena::False, 0, -1, 0, 0});
        for (std::size_t i = 0; i < catalog.skills.size(); ++i)
            skillIndex_.emplace(catalog.skills[i].id, static_cast<int>(i));
    }

    int compile(const Requirement& r) {
        using K = Requirement::Kind;
        switch (r.kind) {
        case K::None:
            return 0;
        case K::Credential:
        case K::Skill: {
            FormulaArena::Node n;
            n.kind = FormulaArena::Atom;
            n.atom = atomFor(r);
            return push(n);
        }
        case K::All:
        case K::Any:
        case K::AtLeast: {
            // "At least k of" counts distinct members: drop repeats before counting.
            std::vector<const Requirement*> members;
            for (const auto& m : r.members)
                if (std::none_of(members.begin(), members.end(), [&](const Requirement* x) { return *x == m; }))
                    members.push_back(&m);
            const int need = r.kind == K::All ? static_cast<int>(members.size()) : r.kind == K::Any ? 1 : r.k;
            if (need <= 0)
                return 0;
            if (need > static_cast<int>(members.size()))
                return 1;
            std::vector<int> kids;
            kids.reserve(members.size());
            for (const Requirement* m : members)
                kids.push_back(compile(*m));
            FormulaArena::Node n;
            n.kind = FormulaArena::Gate;
            n.need = need;
            n.first = static_cast<int>(out_.formulas.children.size());
            n.count = static_cast<int>(kids.size());
            out_.formulas.children.insert(out_.formulas.children.end(), kids.begin(), kids.end());
            return push(n);
        }
        }
        return 1;
    }

    int atomFor(const Requirement& item) {
        const bool cred = item.kind == Requirement::Kind::Credential;
        std::string key = (cred ? "c:" : "s:") + item.id;
        if (!cred)
            key += '@' + std::to_string(item.level);
        auto [it, inserted] = atomIndex_.emplace(std::move(key), static_cast<int>(out_.atoms.size()));
        if (inserted) {
            AtomInfo info;
            info.isCredential = cred;
            info.id = item.id;
            info.level = cred ? 1 : item.level;
            if (!cred) {
                const auto s = skillIndex_.find(item.id);
                info.skill = s == skillIndex_.end() ? -1 : s->second;
            }
            out_.atoms.push_back(std::move(info));
        }
        return it->second;
    }

private:
    int push(const FormulaArena::Node& n) {
        out_.formulas.nodes.push_back(n);
        return static_cast<int>(out_.formulas.nodes.size()) - 1;
    }

    PlanningProblem& out_;
    std::unordered_map<std::string, int> skillIndex_;
    std::unordered_map<std::string, int> atomIndex_;
};

/// True when every sum the searches form (money, hours, and money plus the value of the hours)
/// stays far inside 64 bits. Each figure is in range, so only a catalog of hundreds of
/// thousands of the largest credentials can fail this.
bool sumsStayExact(const PlanningProblem& p) {
    constexpr Wide kLimit = static_cast<Wide>(1) << 60;
    Wide cost = 0, hours = 0, balanced = 0;
    for (const auto& c : p.credentials) {
        cost += c.cost;
        hours += c.hours;
        balanced += static_cast<Wide>(c.cost) * 100 + static_cast<Wide>(p.hourlyValue) * c.hours;
    }
    return cost < kLimit && hours < kLimit && balanced < kLimit;
}

} // namespace

std::string atomItem(const AtomInfo& atom) {
    return (atom.isCredential ? Requirement::credential(atom.id) : Requirement::skill(atom.id, atom.level)).itemText();
}

CompileOutcome compileProblem(const Catalog& catalog, const Profile& profile, const PlanRequest& request,
                              const StopClock& clock) {
    CompileOutcome outcome;
    // Figures out of range would overflow the exact sums below or schedule for centuries;
    // validation reports them, and a caller that skipped it gets the reason here.
    if (auto why = numberOutOfRange(catalog, profile, request)) {
        outcome.infeasibleReason = std::move(*why);
        return outcome;
    }
    // A catalog of a million credentials takes seconds to compile: look at the clock as it goes.
    StopPoll<> stop(clock);
    auto stopped = [&] {
        outcome.stopped = true;
        return std::move(outcome);
    };
    const Goal* goal = catalog.findGoal(request.goal);
    if (!goal) {
        outcome.infeasibleReason = {Message::Code::UnknownGoal, {arg::text(request.goal)}};
        return outcome;
    }

    PlanningProblem p;
    p.catalog = &catalog;
    Compiler compiler(catalog, p);

    std::unordered_map<std::string_view, int> credIndex;
    for (std::size_t i = 0; i < catalog.credentials.size(); ++i)
        credIndex.emplace(catalog.credentials[i].id, static_cast<int>(i));

    // The learner's starting point: skills held, credentials completed and what they grant.
    std::map<std::string, int, std::less<>> held;
    std::unordered_set<std::string_view> completed;
    auto hold = [&](const std::string& skill, int level) {
        auto [it, ins] = held.emplace(skill, level);
        if (!ins)
            it->second = std::max(it->second, level);
    };
    for (const auto& s : profile.skills)
        hold(s.skill, s.level);
    for (const auto& id : profile.completed) {
        completed.insert(id);
        if (const auto it = credIndex.find(id); it != credIndex.end())
            for (const auto& g : catalog.credentials[static_cast<std::size_t>(it->second)].grants)
                hold(g.skill, g.level);
    }

    std::unordered_set<std::string_view> excluded, pinned;
    for (const auto* list : {&profile.excluded, &request.excluded})
        for (const auto& id : *list)
            excluded.insert(id);
    for (const auto* list : {&profile.pinned, &request.pinned})
        for (const auto& id : *list) {
            if (completed.count(id))
                continue; // already done: nothing to plan
            if (!credIndex.count(id)) {
                outcome.infeasibleReason = {Message::Code::PinnedNotInCatalog, {arg::text(id)}};
                return outcome;
            }
            if (excluded.count(id)) {
                outcome.infeasibleReason = {
                    Message::Code::PinnedExcludedTitle,
                    {arg::text(catalog.credentials[static_cast<std::size_t>(credIndex[id])].title)}};
                return outcome;
            }
            pinned.insert(id);
        }

    // Compile every credential that could be planned, and the goal.
    const std::size_t n = catalog.credentials.size();
    std::vector<int> roots(n, 1);
    std::vector<char> available(n, 0);
    for (std::size_t i = 0; i < n; ++i) {
        if (stop())
            return stopped();
        const Credential& c = catalog.credentials[i];
        if (completed.count(c.id) || excluded.count(c.id))
            continue;
        if (!c.hasCost && catalog.offersFor(c).empty())
            continue; // nothing sells it (validation reports this)
        if (c.pace.isCohort()) {
            // A cohort the learner cannot join: every start is before the plan starts, or its
            // weekly share alone is more than the learner's week.
            const bool startAhead = std::any_of(c.pace.starts.begin(), c.pace.starts.end(),
                                                [&](const Date& d) { return d >= profile.start; });
            const double share = c.hours / std::max(1, c.pace.weeks);
            if (!startAhead || share > profile.hoursPerWeek + 1e-9)
                continue;
        }
        available[i] = 1;
        roots[i] = compiler.compile(c.prerequisites);
    }
    p.goalRoot = compiler.compile(goal->requirement);

    // Atoms each credential provides, and who provides each atom.
    const std::size_t atomCount = p.atoms.size();
    std::unordered_map<std::string_view, std::vector<int>> skillAtoms; // skill id → its atoms
    std::unordered_map<std::string_view, int> credAtom;
    for (std::size_t a = 0; a < atomCount; ++a) {
        AtomInfo& info = p.atoms[a];
        if (info.isCredential) {
            credAtom.emplace(info.id, static_cast<int>(a));
            info.initiallyHeld = completed.count(info.id) > 0;
        } else {
            skillAtoms[info.id].push_back(static_cast<int>(a));
            const auto h = held.find(info.id);
            info.initiallyHeld = h != held.end() && h->second >= info.level;
        }
    }
    std::vector<std::vector<int>> provides(n);
    for (std::size_t i = 0; i < n; ++i) {
        if (stop())
            return stopped();
        if (!available[i])
            continue;
        const Credential& c = catalog.credentials[i];
        if (const auto it = credAtom.find(c.id); it != credAtom.end())
            provides[i].push_back(it->second);
        for (const auto& g : c.grants)
            if (const auto it = skillAtoms.find(g.skill); it != skillAtoms.end())
                for (int a : it->second)
                    if (p.atoms[static_cast<std::size_t>(a)].level <= g.level)
                        provides[i].push_back(a);
        std::sort(provides[i].begin(), provides[i].end());
        provides[i].erase(std::unique(provides[i].begin(), provides[i].end()), provides[i].end());
    }

    // Which credentials can ever be taken: the fixpoint from the profile, driven by a worklist.
    std::vector<std::vector<int>> watchers(atomCount);
    for (std::size_t i = 0; i < n; ++i)
        if (available[i])
            p.formulas.forEachAtom(roots[i], [&](int a) { watchers[static_cast<std::size_t>(a)].push_back(int(i)); });
    std::vector<char> heldNow(atomCount, 0), reachable(n, 0);
    for (std::size_t a = 0; a < atomCount; ++a)
        heldNow[a] = p.atoms[a].initiallyHeld;
    auto isHeld = [&](int a) { return heldNow[static_cast<std::size_t>(a)] != 0; };
    std::vector<int> work;
    for (std::size_t i = 0; i < n; ++i)
        if (available[i])
            work.push_back(static_cast<int>(i));
    std::reverse(work.begin(), work.end());
    while (!work.empty()) {
        if (stop())
            return stopped();
        const auto i = static_cast<std::size_t>(work.back());
        work.pop_back();
        if (reachable[i] || !p.formulas.eval(roots[i], isHeld))
            continue;
        reachable[i] = 1;
        for (int a : provides[i])
            if (!heldNow[static_cast<std::size_t>(a)]) {
                heldNow[static_cast<std::size_t>(a)] = 1;
                for (int w : watchers[static_cast<std::size_t>(a)])
                    if (!reachable[static_cast<std::size_t>(w)])
                        work.push_back(w);
            }
    }

    for (const auto& id : pinned) {
        const auto i = static_cast<std::size_t>(credIndex[id]);
        if (!reachable[i]) {
            std::vector<int> unmet;
            p.formulas.collectUnmet(roots[i], isHeld, true, nullptr, &unmet);
            std::vector<std::string> items;
            bool onlyExcluded = !unmet.empty();
            for (int a : unmet) {
                const AtomInfo& atom = p.atoms[static_cast<std::size_t>(a)];
                items.push_back(atomItem(atom));
                onlyExcluded = onlyExcluded && atom.isCredential && excluded.count(atom.id) > 0;
            }
            // Named for what the learner can change: their own exclusion, or else what is missing.
            outcome.infeasibleReason = {onlyExcluded ? Message::Code::PinnedNeedsExcluded
                                                     : Message::Code::PinnedNeverTaken,
                                        {arg::text(catalog.credentials[i].title), arg::texts(items)}};
            return outcome;
        }
    }
    if (!p.formulas.eval(p.goalRoot, isHeld)) {
        std::vector<int> mandatory, useful;
        p.formulas.collectUnmet(p.goalRoot, isHeld, true, &mandatory, &useful);
        std::vector<std::string> items;
        for (int a : (mandatory.empty() ? useful : mandatory))
            items.push_back(atomItem(p.atoms[static_cast<std::size_t>(a)]));
        // The last argument says whether every item is needed (1) or any one of them (0).
        outcome.infeasibleReason = {Message::Code::GoalOutOfReach,
                                    {arg::text(goal->title), arg::texts(items), arg::count(mandatory.empty() ? 0 : 1)}};
        return outcome;
    }

    // Relevance: only credentials that provide something the goal, a pinned credential or a
    // relevant credential's prerequisites mention can be in an optimal plan (costs are >= 0).
    std::vector<char> relevant(n, 0), atomSeen(atomCount, 0);
    std::vector<int> atomQueue;
    std::vector<int> credQueue;
    auto needAtoms = [&](int root) {
        p.formulas.forEachAtom(root, [&](int a) {
            auto& seen = atomSeen[static_cast<std::size_t>(a)];
            if (!seen && !p.atoms[static_cast<std::size_t>(a)].initiallyHeld) {
                seen = 1;
                atomQueue.push_back(a);
            }
        });
    };
    auto take = [&](std::size_t i) {
        if (!relevant[i] && reachable[i]) {
            relevant[i] = 1;
            credQueue.push_back(static_cast<int>(i));
        }
    };
    std::vector<std::vector<int>> providersGlobal(atomCount);
    for (std::size_t i = 0; i < n; ++i)
        if (reachable[i])
            for (int a : provides[i])
                providersGlobal[static_cast<std::size_t>(a)].push_back(static_cast<int>(i));
    needAtoms(p.goalRoot);
    for (const auto& id : pinned)
        take(static_cast<std::size_t>(credIndex[id]));
    if (goal->kind == Goal::Kind::Credits)
        for (std::size_t i = 0; i < n; ++i)
            for (const auto& offer : catalog.credentials[i].credits)
                if (offer.program == goal->program && offer.credits > 0)
                    take(i);
    while (!atomQueue.empty() || !credQueue.empty()) {
        if (stop())
            return stopped();
        while (!atomQueue.empty()) {
            const int a = atomQueue.back();
            atomQueue.pop_back();
            for (int i : providersGlobal[static_cast<std::size_t>(a)])
                take(static_cast<std::size_t>(i));
        }
        while (!credQueue.empty()) {
            const int i = credQueue.back();
            credQueue.pop_back();
            needAtoms(roots[static_cast<std::size_t>(i)]);
        }
    }

    // Credits goal: categories with their limits (in hundredths of a credit).
    std::unordered_map<std::string, int> categoryIndex;
    if (goal->kind == Goal::Kind::Credits) {
        p.creditsGoal = true;
        p.minCredits = toCents(goal->minCredits);
        for (const auto& rule : goal->categories) {
            categoryIndex.emplace(rule.category, static_cast<int>(p.categories.size()));
            p.categories.push_back(
                {rule.category, rule.min ? toCents(*rule.min) : 0, rule.max ? toCents(*rule.max) : -1});
        }
    }

    // Credits already earned count toward the goal like planned ones.
    auto localOffer = [&](const Credential& c) -> std::optional<CreditOfferLocal> {
        for (const auto& offer : c.credits) {
            if (offer.program != goal->program || offer.credits <= 0)
                continue;
            CreditOfferLocal credit;
            credit.credits = toCents(offer.credits);
            std::vector<std::string> names = offer.categories;
            if (names.empty())
                names.push_back(""); // credits with no category still count, in a category of their own
            for (const auto& cat : names) {
                auto [it, ins] = categoryIndex.emplace(cat, static_cast<int>(p.categories.size()));
                if (ins)
                    p.categories.push_back({cat, 0, -1}); // a category the goal does not limit
                credit.categories.push_back(it->second);
            }
            return credit; // one offer per program counts
        }
        return std::nullopt;
    };
    if (p.creditsGoal)
        for (const auto& id : profile.completed)
            if (const auto it = credIndex.find(id); it != credIndex.end())
                if (auto offer = localOffer(catalog.credentials[static_cast<std::size_t>(it->second)]))
                    p.completedCredits.push_back(std::move(*offer));

    // The local problem: relevant credentials in catalog order.
    std::vector<int> localOf(n, -1);
    for (std::size_t i = 0; i < n; ++i) {
        if (stop())
            return stopped();
        if (!relevant[i])
            continue;
        const Credential& c = catalog.credentials[i];
        CredentialLocal local;
        local.catalogIndex = static_cast<int>(i);
        local.root = roots[i];
        local.provides = provides[i];
        local.cost = toCents(c.cost);
        local.hours = toCents(c.hours);
        local.pinned = pinned.count(c.id) > 0;
        local.cohort = c.pace.isCohort();
        if (p.creditsGoal)
            local.credit = localOffer(c);
        localOf[i] = static_cast<int>(p.credentials.size());
        p.credentials.push_back(std::move(local));
    }
    for (auto& atom : p.atoms)
        atom.providers.clear();
    for (std::size_t a = 0; a < atomCount; ++a)
        for (int i : providersGlobal[a])
            if (localOf[static_cast<std::size_t>(i)] >= 0)
                p.atoms[a].providers.push_back(localOf[static_cast<std::size_t>(i)]);

    p.hoursPerWeek = std::max<Amount>(1, toCents(profile.hoursPerWeek));
    p.start = profile.start;
    p.deadline = request.deadline ? request.deadline : profile.deadline;
    const auto budget = request.budget ? request.budget : profile.budget;
    if (budget)
        p.budget = toCents(*budget);
    p.hourlyValue = toCents(profile.hourlyValue);
    attachOffers(p);
    if (!sumsStayExact(p)) {
        outcome.infeasibleReason = {Message::Code::SumsTooLarge, {}};
        return outcome;
    }
    // A credential that is dearer on its own may be free within a shared subscription or
    // bundle: dominance by money holds only when money is a sum over credentials.
    if (!p.offers->shared) {
        removeDominated(p, clock);
        attachOffers(p); // the offers, by the local indices left
    }
    markForcedCredentials(p, clock);
    addItemLandmarks(p, clock);
    if (clock.stop())
        return stopped();
    outcome.problem = std::move(p);
    return outcome;
}

} // namespace cairn::detail
