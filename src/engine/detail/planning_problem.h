#pragma once

// The planner's compiled view of one question (catalog + profile + goal + request):
// credentials that can matter, requirements as flat formula trees over integer atoms,
// and integer weights so that optimality is exact (money in cents, hours in hundredths).
// Private to the engine.

#include "cairn/engine/catalog.h"
#include "cairn/engine/plan.h"
#include "cairn/engine/planner.h"
#include "cairn/engine/profile.h"
#include "detail/stop_clock.h"

#include <cstdint>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace cairn::detail {

using Amount = std::int64_t;
/// "No bound" / "cannot be met": far from overflow when a few are added.
inline constexpr Amount kInfiniteAmount = std::numeric_limits<Amount>::max() / 4;
__extension__ typedef __int128 Wide; ///< for products of two amounts

/// Money in cents and hours in hundredths: exact sums, no rounding drift.
inline Amount toCents(double v) {
    return static_cast<Amount>(v * 100.0 + (v >= 0 ? 0.5 : -0.5));
}

/// Requirements compiled to an arena of nodes. An atom is "skill s at level >= L" or
/// "credential x done or planned"; a gate holds when at least `need` of its children hold.
struct FormulaArena {
    enum Kind : std::uint8_t { True, False, Atom, Gate };
    struct Node {
        Kind kind = True;
        int need = 0;  ///< gates
        int atom = -1; ///< atoms
        int first = 0; ///< gates: index into `children`
        int count = 0; ///< gates: number of children
    };
    std::vector<Node> nodes;
    std::vector<int> children;

    [[nodiscard]] bool allLike(const Node& n) const { return n.kind == Gate && n.need == n.count; }

    template <typename Held> bool eval(int node, const Held& held) const {
        const Node& n = nodes[static_cast<std::size_t>(node)];
        switch (n.kind) {
        case True:
            return true;
        case False:
            return false;
        case Atom:
            return held(n.atom);
        case Gate: {
            int met = 0, left = n.count;
            for (int i = 0; i < n.count; ++i) {
                if (eval(children[static_cast<std::size_t>(n.first + i)], held)) {
                    if (++met >= n.need)
                        return true;
                }
                if (met + --left < n.need)
                    return false;
            }
            return met >= n.need;
        }
        }
        return false;
    }

    /// Atoms of the unmet parts of `node`. `mandatory` receives those every completion must
    /// add (reached through all-groups only); `useful` receives every unmet atom of an unmet part;
    /// `mandatoryGroups` the unmet "any"/"k of n" groups reached through all-groups only.
    template <typename Held>
    void collectUnmet(int node, const Held& held, bool mustHold, std::vector<int>* mandatory, std::vector<int>* useful,
                      std::vector<int>* mandatoryGroups = nullptr) const {
        const Node& n = nodes[static_cast<std::size_t>(node)];
        if (n.kind == Atom) {
            if (held(n.atom))
                return;
            if (mustHold && mandatory)
                mandatory->push_back(n.atom);
            if (useful)
                useful->push_back(n.atom);
            return;
        }
        if (n.kind != Gate || eval(node, held))
            return;
        const bool childrenMust = mustHold && allLike(n);
        if (mustHold && !childrenMust && mandatoryGroups)
            mandatoryGroups->push_back(node); // "k of n" that must hold: bounded as a group
        for (int i = 0; i < n.count; ++i)
            collectUnmet(children[static_cast<std::size_t>(n.first + i)], held, childrenMust, mandatory, useful,
                         mandatoryGroups);
    }

    template <typename F> void forEachAtom(int node, F&& f) const {
        const Node& n = nodes[static_cast<std::size_t>(node)];
        if (n.kind == Atom)
            f(n.atom);
        else if (n.kind == Gate)
            for (int i = 0; i < n.count; ++i)
                forEachAtom(children[static_cast<std::size_t>(n.first + i)], f);
    }
};

/// What one atom stands for, to explain plans in words.
struct AtomInfo {
    bool isCredential = false;
    int skill = -1; ///< catalog skill index, for skill atoms (-1 when the skill is unknown)
    std::string id; ///< skill or credential id
    int level = 1;
    bool initiallyHeld = false;
    std::vector<int> providers; ///< local credential indices that provide it, ascending
};

/// One credit offer of a local credential toward the goal's program.
struct CreditOfferLocal {
    Amount credits = 0;          ///< hundredths of a credit
    std::vector<int> categories; ///< indices into PlanningProblem::categories
};

/// A category of the credits goal: limits in hundredths of a credit; -1 = none.
struct CategoryLocal {
    std::string name;
    Amount min = 0;
    Amount max = -1;
};

/// A credential that may appear in a plan.
struct CredentialLocal {
    int catalogIndex = -1;
    int root = 0;              ///< prerequisites formula
    std::vector<int> provides; ///< atoms it provides, ascending
    Amount cost = 0;           ///< cents
    Amount hours = 0;          ///< hundredths of an hour
    bool pinned = false;
    /// Every plan takes it: the only provider of something a plan cannot do without
    /// (forced_credentials.h). The searches treat it like a pinned credential.
    bool forced = false;
    bool cohort = false;
    std::optional<CreditOfferLocal> credit; ///< toward the goal's program

    /// In every plan: pinned by the learner, or forced by the catalog.
    [[nodiscard]] bool mustTake() const { return pinned || forced; }
};

struct Landmarks;  // detail/landmarks.h
struct OfferModel; // detail/offer_money.h

struct PlanningProblem {
    const Catalog* catalog = nullptr;
    FormulaArena formulas;
    std::vector<AtomInfo> atoms;
    std::vector<CredentialLocal> credentials; ///< ascending catalog order
    int goalRoot = 0;
    // Credits goals:
    bool creditsGoal = false;
    Amount minCredits = 0;
    std::vector<CategoryLocal> categories;
    std::vector<CreditOfferLocal> completedCredits; ///< credits the learner has already earned
    // Schedule inputs:
    Amount hoursPerWeek = 1000; ///< hundredths
    Date start;
    std::optional<Date> deadline;
    std::optional<Amount> budget; ///< cents
    Amount hourlyValue = 0;       ///< cents per hour
    /// Landmarks per weighting (money, hours, balanced, and the three tie-broken pairs money then
    /// hours, hours then money, balanced then hours), computed by the first search that needs
    /// them and reused by the next searches of the same problem (the Pareto front's steps).
    static constexpr int kWeightings = 6;
    mutable std::shared_ptr<const Landmarks> landmarkCache[kWeightings];
    /// Landmarks the landmark search has found (sets of local credential indices). They hold
    /// whatever the weights, budget or deadline, so the next search of the same problem (the
    /// Pareto front's next step, the second step of the soonest plan) starts from them.
    mutable std::vector<std::vector<int>> learnedLandmarks;
    /// The cheapest orders found for this problem's plans and payments (offer_schedule.h): the
    /// offer MIP, the progress reports and the plan builder ask about the same plans.
    mutable std::shared_ptr<struct CheapestOrders> cheapestOrders;
    /// How the credentials are sold (offer_money.h); each credential's `cost` is its cheapest
    /// option bought on its own.
    std::shared_ptr<const OfferModel> offers;
};

/// Why a question has no plan before any search: the part of it that can never hold.
struct CompileOutcome {
    std::optional<PlanningProblem> problem;
    std::optional<Message> infeasibleReason; ///< set when problem is empty and the question was settled
    bool stopped = false;                    ///< the time limit or a cancel ended compilation: nothing is known
};

/// Builds the planning problem: drops credentials that are completed, excluded, can never be
/// taken (their prerequisites never hold) or cannot help the goal, and compiles the rest.
/// Checks `clock` as it goes, and gives up (`stopped`) when it says stop.
CompileOutcome compileProblem(const Catalog& catalog, const Profile& profile, const PlanRequest& request,
                              const StopClock& clock = StopClock());

/// The requirement item of an atom, "skill:sql@2" or "cred:google-da", for reasons.
std::string atomItem(const AtomInfo& atom);

} // namespace cairn::detail
