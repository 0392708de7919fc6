#include "detail/plan_search.h"

#include "detail/covering_bound.h"
#include "detail/credit_assignment.h"
#include "detail/credit_bound.h"
#include "detail/landmark_bound.h"
#include "detail/landmark_search.h"
#include "detail/mip_search.h"
#include "detail/plan_heuristics.h"
#include "detail/plan_weights.h"
#include "detail/schedule.h"
#include "detail/search_portfolio.h"

#include <algorithm>
#include <limits>
#include <numeric>

namespace cairn::detail {

namespace {

constexpr Amount kInfinite = kInfiniteAmount;
constexpr int kWeightings = PlanningProblem::kWeightings;

/// Depth-first branch and bound. A node is a pair (S: credentials in, F: credentials out);
/// it branches on which new credential provides something S cannot do without, so each
/// feasible superset of S avoiding F lies below exactly one child. A node whose S is already
/// a plan is a leaf: with weights >= 0, adding credentials never improves it.
class Search {
public:
    Search(const PlanningProblem& p, const SearchSpec& spec) : p_(p), spec_(spec) {
        n_ = p.credentials.size();
        atoms_ = p.atoms.size();
        inS_.assign(n_, 0);
        forbidden_.assign(n_, 0);
        provCount_.assign(atoms_, 0);
        atomStamp_.assign(atoms_, 0);
        credStamp_.assign(n_, 0);
        for (int m = 0; m < 3; ++m)
            weights_[m].resize(n_);
        for (std::size_t i = 0; i < n_; ++i) {
            const auto& c = p.credentials[i];
            weights_[0][i] = c.cost;
            weights_[1][i] = c.hours;
            weights_[2][i] = c.cost * 100 + p.hourlyValue * c.hours;
        }
        chooseLexicographicWeights();
        estimateClosureCosts();
        if (p.creditsGoal)
            for (int m = 0; m < kWeightings; ++m) {
                if (weights_[m].empty())
                    continue;
                creditOrder_[m] = creditsLightestFirst(p, weights_[m]);
            }
    }

    /// Landmarks for the weightings the bounds need: the objective's (hours for completion),
    /// and money or hours when a budget or deadline constrains them.
    void computeLandmarkBounds() {
        auto want = [&](int m) {
            if (!landmarks_[m].active()) {
                auto& cached = p_.landmarkCache[m];
                if (!cached)
                    cached = std::make_shared<const Landmarks>(computeLandmarks(p_, weights_[m], spec_.stop));
                unreachable_ = unreachable_ || cached->unreachable;
                landmarkOwners_[m] = cached;
                landmarks_[m] = LandmarkBound(*cached, n_);
            }
        };
        want(lex_ >= 0 ? lex_ : metricIndex(spec_.primary));
        if (spec_.useBudget && p_.budget)
            want(0);
        if (spec_.maxCompletionDay)
            want(1);
    }

    SearchResult run() {
        // Most questions are settled by the first good plan and the covering bound within a few
        // thousand nodes; only the rest pay for landmarks, then search again with the plan found.
        nodeLimit_ = kQuickNodes;
        searchFromPinned();
        if (stopped_ && limitHit_ && !cancelledOrTimedOut()) {
            computeLandmarkBounds();
            if (unreachable_) {
                result_.exhaustive = true;
                result_.found = false;
                return result_;
            }
            nodeLimit_ = 0;
            stopped_ = limitHit_ = false;
            searchFromPinned();
        }
        result_.exhaustive = !stopped_;
        result_.nodes = nodes_;
        std::sort(result_.set.begin(), result_.set.end());
        return result_;
    }

private:
    static constexpr long long kQuickNodes = 3000;
    long long stopChecks_ = 0;

    /// When the objective and its tie-break are both sums over credentials, one weight orders
    /// plans exactly as the pair does (plan_weights.h).
    void chooseLexicographicWeights() {
        auto lex = lexicographicWeights(p_, spec_.primary, spec_.secondary);
        if (!lex)
            return;
        lex_ = lex->slot;
        lexScale_ = lex->scale;
        weights_[lex_] = std::move(lex->weights);
    }

    void searchFromPinned() {
        std::vector<int> pinned;
        for (std::size_t i = 0; i < n_; ++i)
            if (p_.credentials[i].mustTake())
                pinned.push_back(static_cast<int>(i));
        for (int i : pinned)
            add(i);
        rootBoundPending_ = true;
        rootSize_ = chosen_.size();
        dfs();
        for (auto it = pinned.rbegin(); it != pinned.rend(); ++it)
            remove(*it);
    }

    bool cancelledOrTimedOut() const { return spec_.stop.stop(); }

    // --- state ------------------------------------------------------------------------
    void add(int i) {
        inS_[static_cast<std::size_t>(i)] = 1;
        chosen_.push_back(i);
        for (int a : p_.credentials[static_cast<std::size_t>(i)].provides)
            ++provCount_[static_cast<std::size_t>(a)];
        for (int m = 0; m < kWeightings; ++m) {
            if (weights_[m].empty())
                continue;
            sums_[m] += weights_[m][static_cast<std::size_t>(i)];
            if (landmarks_[m].active())
                landmarks_[m].choose(i);
        }
    }
    void remove(int i) {
        inS_[static_cast<std::size_t>(i)] = 0;
        chosen_.pop_back();
        for (int a : p_.credentials[static_cast<std::size_t>(i)].provides)
            --provCount_[static_cast<std::size_t>(a)];
        for (int m = 0; m < kWeightings; ++m) {
            if (weights_[m].empty())
                continue;
            sums_[m] -= weights_[m][static_cast<std::size_t>(i)];
            if (landmarks_[m].active())
                landmarks_[m].unchoose(i);
        }
    }
    void forbid(int i) {
        forbidden_[static_cast<std::size_t>(i)] = 1;
        for (auto& lm : landmarks_)
            if (lm.active())
                lm.forbid(i);
    }
    void allow(int i) {
        forbidden_[static_cast<std::size_t>(i)] = 0;
        for (auto& lm : landmarks_)
            if (lm.active())
                lm.allow(i);
    }
    bool heldIgnoringOrder(int a) const {
        return p_.atoms[static_cast<std::size_t>(a)].initiallyHeld || provCount_[static_cast<std::size_t>(a)] > 0;
    }
    /// Runs f with credential i's own grants taken away: they never count for itself.
    template <typename F> auto withoutOwn(int i, F&& f) {
        const auto& prov = p_.credentials[static_cast<std::size_t>(i)].provides;
        for (int a : prov)
            --provCount_[static_cast<std::size_t>(a)];
        auto r = f();
        for (int a : prov)
            ++provCount_[static_cast<std::size_t>(a)];
        return r;
    }
    bool candidate(int q) const {
        return !inS_[static_cast<std::size_t>(q)] && !forbidden_[static_cast<std::size_t>(q)];
    }

    int metricIndex(Metric m) const {
        return m == Metric::Cost ? 0 : m == Metric::Hours ? 1 : m == Metric::Balanced ? 2 : 1;
    }

    void estimateClosureCosts() {
        for (int m = 0; m < 3; ++m)
            closure_[m] = closureCostEstimates(p_, weights_[m]);
    }

    /// Drops credentials a plan does not need, most expensive first, keeping it valid.
    std::vector<int> trimmed(std::vector<int> set, int m) const {
        std::vector<int> byWeight = set;
        std::sort(byWeight.begin(), byWeight.end(), [&](int a, int b) {
            return weights_[m][static_cast<std::size_t>(a)] > weights_[m][static_cast<std::size_t>(b)];
        });
        for (int q : byWeight) {
            if (p_.credentials[static_cast<std::size_t>(q)].mustTake())
                continue;
            std::vector<int> without;
            for (int x : set)
                if (x != q)
                    without.push_back(x);
            if (!orderPlan(p_, without))
                continue;
            if (p_.creditsGoal && !(creditsMayHold(p_, without) && assignCredits(p_, without).feasible))
                continue;
            set = std::move(without);
        }
        return set;
    }

    // --- bounds -------------------------------------------------------------------------
    Amount addBound(int m, const std::vector<int>& mandatory) {
        const bool useLandmarks = landmarks_[m].active();
        if (useLandmarks && landmarks_[m].dead())
            return kInfinite;
        auto candidate = [this](int q) { return this->candidate(q); };
        auto held = [this](int a) { return heldIgnoringOrder(a); };
        const Amount cover =
            covering_.bound(mandatory, groups_, weights_[m], useLandmarks ? &landmarks_[m] : nullptr, candidate, held);
        if (cover == kInfinite)
            return kInfinite;
        if (!p_.creditsGoal)
            return cover;
        return std::max(cover, creditLowerBound(p_, chosen_, creditOrder_[m], weights_[m], candidate));
    }

    /// The earliest completion any plan below this node can have (a day offset).
    int completionBound(Amount hoursLb) const {
        int day = completionDayForHours(sums_[1] + hoursLb, p_.hoursPerWeek);
        for (int i : chosen_) {
            const auto& c = p_.credentials[static_cast<std::size_t>(i)];
            if (!c.cohort)
                continue;
            const Credential& cred = p_.catalog->credentials[static_cast<std::size_t>(c.catalogIndex)];
            for (const Date& d : cred.pace.starts)
                if (d >= p_.start) {
                    day = std::max(day, d.days() - p_.start.days() + 7 * std::max(1, cred.pace.weeks) - 1);
                    break;
                }
        }
        return day;
    }

    /// Lower bound of one metric below this node, or kInfinite when nothing below is feasible.
    Amount metricBound(Metric m, const std::vector<int>& mandatory) {
        if (m == Metric::Completion) {
            const Amount h = addBound(1, mandatory);
            return h == kInfinite ? kInfinite : completionBound(h);
        }
        const int mi = metricIndex(m);
        const Amount add = addBound(mi, mandatory);
        return add == kInfinite ? kInfinite : sums_[mi] + add;
    }

    void settleRootBound(Amount bound) {
        result_.rootBound = bound;
        rootBoundPending_ = false;
        if (spec_.news)
            spec_.news({nullptr, bound});
    }

    /// True when no plan below this node can beat the incumbent or meet the constraints.
    bool prune(const std::vector<int>& mandatory) {
        Amount lp = 0;
        if (lex_ >= 0) {
            // One bound on both metrics at once: a tie on the primary no longer needs a second,
            // weaker bound on the secondary to be settled.
            const Amount add = addBound(lex_, mandatory);
            if (add == kInfinite)
                return true;
            const Amount lb = sums_[lex_] + add;
            lp = lb / lexScale_;
            if (rootBoundPending_)
                settleRootBound(lp);
            if (result_.found && lb >= incumbentLex_)
                return true;
        } else {
            lp = metricBound(spec_.primary, mandatory);
            if (lp == kInfinite)
                return true;
            if (rootBoundPending_)
                settleRootBound(lp);
        }
        if (lex_ < 0 && result_.found) {
            if (lp > result_.primary)
                return true;
            if (lp == result_.primary) {
                const Amount ls = metricBound(spec_.secondary, mandatory);
                if (ls >= result_.secondary)
                    return true;
            }
        }
        if (spec_.useBudget && p_.budget && spec_.primary != Metric::Cost) {
            const Amount cost = metricBound(Metric::Cost, mandatory);
            if (cost > *p_.budget)
                return true;
        } else if (spec_.useBudget && p_.budget && lp > *p_.budget) {
            return true;
        }
        if (spec_.maxCompletionDay && spec_.primary != Metric::Completion) {
            if (metricBound(Metric::Completion, mandatory) > *spec_.maxCompletionDay)
                return true;
        } else if (spec_.maxCompletionDay && lp > *spec_.maxCompletionDay) {
            return true;
        }
        return false;
    }

    // --- leaves ---------------------------------------------------------------------------
    void leaf(const std::vector<int>& order) {
        // A leaf often carries credentials that later choices made redundant: the plan without
        // them is valid too and no worse, so offer it first (an early, better incumbent).
        const int m = metricIndex(spec_.primary);
        const std::vector<int> lean = trimmed(chosen_, m);
        if (lean.size() < chosen_.size()) {
            const std::vector<int> saved = chosen_;
            for (auto it = saved.rbegin(); it != saved.rend(); ++it)
                remove(*it);
            for (int q : lean)
                add(q);
            if (auto leanOrder = orderPlan(p_, chosen_))
                evaluateLeaf(*leanOrder);
            for (auto it = lean.rbegin(); it != lean.rend(); ++it)
                remove(*it);
            for (int q : saved)
                add(q);
        }
        evaluateLeaf(order);
    }

    void evaluateLeaf(const std::vector<int>& order) {
        if (spec_.useBudget && p_.budget && sums_[0] > *p_.budget)
            return;
        const bool needCompletion = spec_.primary == Metric::Completion || spec_.secondary == Metric::Completion ||
                                    spec_.maxCompletionDay.has_value();
        const bool hasCohort = std::any_of(order.begin(), order.end(),
                                           [&](int i) { return p_.credentials[static_cast<std::size_t>(i)].cohort; });
        Amount completion = 0;
        bool exact = true;
        if (needCompletion || hasCohort) {
            // Cohorts must fit the learner's weeks even when dates do not matter to the objective.
            const Completion c = completionOf(p_, order);
            if (!c.feasible) {
                result_.cohortRejected = true; // other start dates might have fitted
                return;
            }
            completion = c.day;
            exact = c.exact;
            if (spec_.maxCompletionDay && completion > *spec_.maxCompletionDay) {
                if (!exact)
                    result_.completionExact = false; // a better schedule might have made it
                return;
            }
        }
        auto value = [&](Metric m) { return m == Metric::Completion ? completion : sums_[metricIndex(m)]; };
        const Amount vp = value(spec_.primary), vs = value(spec_.secondary);
        if (!result_.found || vp < result_.primary || (vp == result_.primary && vs < result_.secondary)) {
            result_.found = true;
            result_.primary = vp;
            result_.secondary = vs;
            result_.set = chosen_;
            if (lex_ >= 0)
                incumbentLex_ = sums_[lex_];
            if (spec_.news)
                spec_.news({&result_.set, std::nullopt});
        }
        if (!exact)
            result_.completionExact = false;
    }

    // --- branching --------------------------------------------------------------------------
    bool timeUp() {
        if ((nodes_ & 255) != 0)
            return stopped_;
        if (spec_.stop.stop())
            stopped_ = true;
        if (spec_.stopChecks > 0 && ++stopChecks_ > spec_.stopChecks)
            stopped_ = true;
        if (nodeLimit_ > 0 && nodes_ >= nodeLimit_) {
            stopped_ = true;
            limitHit_ = true;
        }
        if (spec_.progress && (nodes_ & 4095) == 0)
            spec_.progress(nodes_);
        return stopped_;
    }

    void dfs() {
        ++nodes_;
        if (timeUp())
            return;
        auto held = [this](int a) { return heldIgnoringOrder(a); };
        std::vector<int> mandatory;
        groups_.clear();
        int firstUnmet = -2; // -1: the goal; >= 0: a chosen credential; -2: none
        if (!p_.formulas.eval(p_.goalRoot, held)) {
            firstUnmet = -1;
            p_.formulas.collectUnmet(p_.goalRoot, held, true, &mandatory, nullptr, &groups_);
        }
        // Groups of chosen credentials' prerequisites are left out of the group bound: with
        // their owner's own grants taken away they could be met by the owner itself.
        for (int i : chosen_) {
            const int root = p_.credentials[static_cast<std::size_t>(i)].root;
            withoutOwn(i, [&] {
                if (!p_.formulas.eval(root, held)) {
                    if (firstUnmet == -2)
                        firstUnmet = i;
                    p_.formulas.collectUnmet(root, held, true, &mandatory, nullptr);
                }
                return 0;
            });
        }
        std::sort(groups_.begin(), groups_.end());
        groups_.erase(std::unique(groups_.begin(), groups_.end()), groups_.end());
        // Distinct mandatory atoms, the most constrained first (a tighter bound, a smaller branching).
        ++stamp_;
        std::vector<std::pair<int, int>> byCount;
        for (int a : mandatory) {
            if (atomStamp_[static_cast<std::size_t>(a)] == stamp_)
                continue;
            atomStamp_[static_cast<std::size_t>(a)] = stamp_;
            int count = 0;
            for (int q : p_.atoms[static_cast<std::size_t>(a)].providers)
                count += candidate(q);
            if (count == 0)
                return; // nothing left can provide it
            byCount.emplace_back(count, a);
        }
        std::stable_sort(byCount.begin(), byCount.end());
        mandatory.clear();
        for (const auto& [count, a] : byCount)
            mandatory.push_back(a);
        const int mandatoryStamp = stamp_;

        const bool creditsOk = !p_.creditsGoal || (creditsMayHold(p_, chosen_) && assignCredits(p_, chosen_).feasible);
        std::vector<int> candidates;
        if (firstUnmet == -2 && creditsOk) {
            if (auto order = orderPlan(p_, chosen_)) {
                leaf(*order);
                return;
            }
            candidates = orderCandidates();
        } else if (!mandatory.empty()) {
            for (int q : p_.atoms[static_cast<std::size_t>(mandatory.front())].providers)
                if (candidate(q))
                    candidates.push_back(q);
        } else if (firstUnmet != -2) {
            candidates = usefulCandidates(firstUnmet);
        } else {
            for (std::size_t q = 0; q < n_; ++q)
                if (p_.credentials[q].credit && candidate(static_cast<int>(q)))
                    candidates.push_back(static_cast<int>(q));
        }
        if (candidates.empty() || prune(mandatory))
            return;

        // Most promising first: light for the objective and covering many mandatory atoms.
        const auto& w = closure_[metricIndex(spec_.primary)];
        std::vector<std::pair<double, int>> ranked;
        ranked.reserve(candidates.size());
        for (int q : candidates) {
            int cover = 0;
            for (int a : p_.credentials[static_cast<std::size_t>(q)].provides)
                cover += atomStamp_[static_cast<std::size_t>(a)] == mandatoryStamp;
            ranked.emplace_back(static_cast<double>(w[static_cast<std::size_t>(q)]) / (1.0 + cover), q);
        }
        std::stable_sort(ranked.begin(), ranked.end());

        std::vector<int> excludedHere;
        for (const auto& [key, q] : ranked) {
            (void)key;
            add(q);
            dfs();
            remove(q);
            if (stopped_) {
                if (chosen_.size() == rootSize_)
                    boundOpenNodes();
                break;
            }
            forbid(q);
            excludedHere.push_back(q);
        }
        for (int q : excludedHere)
            allow(q);
    }

    // --- the bound when stopped -------------------------------------------------------------
    /// The search stopped below the root: every plan not yet explored avoids the root's children
    /// tried so far, so the root's bound with those forbidden bounds them all (the best proven
    /// bound, often well above the root's first bound).
    void boundOpenNodes() {
        const Amount open = boundHere();
        if (open == kInfinite || open <= result_.rootBound)
            return; // kInfinite: nothing is left below; the incumbent is the bound
        result_.rootBound = open;
    }

    /// A lower bound on the primary value of every plan below the current node; kInfinite when
    /// none is feasible.
    Amount boundHere() {
        auto held = [this](int a) { return heldIgnoringOrder(a); };
        std::vector<int> mandatory;
        groups_.clear();
        if (!p_.formulas.eval(p_.goalRoot, held))
            p_.formulas.collectUnmet(p_.goalRoot, held, true, &mandatory, nullptr, &groups_);
        for (int i : chosen_)
            withoutOwn(i, [&] {
                p_.formulas.collectUnmet(p_.credentials[static_cast<std::size_t>(i)].root, held, true, &mandatory,
                                         nullptr);
                return 0;
            });
        std::sort(groups_.begin(), groups_.end());
        groups_.erase(std::unique(groups_.begin(), groups_.end()), groups_.end());
        std::sort(mandatory.begin(), mandatory.end());
        mandatory.erase(std::unique(mandatory.begin(), mandatory.end()), mandatory.end());
        for (int a : mandatory) {
            const auto& providers = p_.atoms[static_cast<std::size_t>(a)].providers;
            if (std::none_of(providers.begin(), providers.end(), [this](int q) { return candidate(q); }))
                return kInfinite;
        }
        if (lex_ < 0)
            return metricBound(spec_.primary, mandatory);
        const Amount add = addBound(lex_, mandatory);
        return add == kInfinite ? kInfinite : (sums_[lex_] + add) / lexScale_;
    }

    /// Providers of the unmet atoms of one unmet requirement (an any- or min-group):
    /// some new credential must provide one of them.
    std::vector<int> usefulCandidates(int owner) {
        auto held = [this](int a) { return heldIgnoringOrder(a); };
        std::vector<int> useful;
        if (owner == -1)
            p_.formulas.collectUnmet(p_.goalRoot, held, true, nullptr, &useful);
        else
            withoutOwn(owner, [&] {
                p_.formulas.collectUnmet(p_.credentials[static_cast<std::size_t>(owner)].root, held, true, nullptr,
                                         &useful);
                return 0;
            });
        return providersOf(useful);
    }

    /// S meets everything but has no valid order: some new credential must provide an atom that
    /// the credentials reached so far lack, for a requirement still unmet in order.
    std::vector<int> orderCandidates() {
        std::vector<int> reachCount(atoms_, 0);
        std::vector<char> reached(n_, 0);
        auto held = [&](int a) {
            return p_.atoms[static_cast<std::size_t>(a)].initiallyHeld || reachCount[static_cast<std::size_t>(a)] > 0;
        };
        for (bool progress = true; progress;) {
            progress = false;
            for (int i : chosen_) {
                const auto& c = p_.credentials[static_cast<std::size_t>(i)];
                if (reached[static_cast<std::size_t>(i)] || !p_.formulas.eval(c.root, held))
                    continue;
                reached[static_cast<std::size_t>(i)] = 1;
                progress = true;
                for (int a : c.provides)
                    ++reachCount[static_cast<std::size_t>(a)];
            }
        }
        std::vector<int> useful;
        if (!p_.formulas.eval(p_.goalRoot, held))
            p_.formulas.collectUnmet(p_.goalRoot, held, true, nullptr, &useful);
        for (int i : chosen_)
            if (!reached[static_cast<std::size_t>(i)])
                p_.formulas.collectUnmet(p_.credentials[static_cast<std::size_t>(i)].root, held, true, nullptr,
                                         &useful);
        return providersOf(useful);
    }

    std::vector<int> providersOf(const std::vector<int>& atoms) {
        ++stamp_;
        std::vector<int> out;
        for (int a : atoms)
            for (int q : p_.atoms[static_cast<std::size_t>(a)].providers)
                if (candidate(q) && credStamp_[static_cast<std::size_t>(q)] != stamp_) {
                    credStamp_[static_cast<std::size_t>(q)] = stamp_;
                    out.push_back(q);
                }
        std::sort(out.begin(), out.end());
        return out;
    }

    const PlanningProblem& p_;
    const SearchSpec& spec_;
    std::size_t n_ = 0, atoms_ = 0;
    std::vector<char> inS_, forbidden_;
    std::vector<int> provCount_, chosen_;
    std::vector<Amount> weights_[kWeightings];
    std::vector<int> creditOrder_[kWeightings];
    LandmarkBound landmarks_[kWeightings];
    std::shared_ptr<const Landmarks> landmarkOwners_[kWeightings];
    int lex_ = -1;        ///< the weighting that orders plans by (primary, secondary); -1 when none
    Amount lexScale_ = 1; ///< lexicographic weight = primary × lexScale_ + secondary
    Amount incumbentLex_ = 0;
    std::vector<Amount> closure_[3];
    bool unreachable_ = false;
    long long nodeLimit_ = 0; ///< 0: none
    bool limitHit_ = false;
    Amount sums_[kWeightings] = {};
    std::vector<int> atomStamp_, credStamp_;
    int stamp_ = 0;
    CoveringBound covering_{p_};
    std::vector<int> groups_; ///< unmet "k of n" groups of the goal at this node
    SearchResult result_;
    long long nodes_ = 0;
    bool stopped_ = false;
    bool rootBoundPending_ = false;
    std::size_t rootSize_ = 0; ///< credentials chosen at the root (pinned and forced)
};

} // namespace

SearchNewsSink plansOnly(const SearchNewsSink& sink) {
    if (!sink)
        return {};
    return [sink](const SearchNews& news) {
        if (news.plan)
            sink({news.plan, std::nullopt, news.payment});
    };
}

SearchResult searchPlan(const PlanningProblem& problem, const SearchSpec& spec) {
    // Questions a MIP can state go to the portfolio (the searches below, then the MIP).
    if (spec.mipSearch && spec.landmarkSearch)
        if (auto result = searchPortfolio(problem, spec))
            return *result;
    // Sums of weights go to the landmark search, which proves most of them far sooner; dates,
    // deadlines and credits go to the branch and bound, which handles every question.
    if (spec.landmarkSearch)
        if (auto result = searchWithLandmarks(problem, spec))
            return *result;
    return Search(problem, spec).run();
}

} // namespace cairn::detail
