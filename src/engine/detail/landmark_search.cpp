#include "detail/landmark_search.h"

#include "detail/hitting_set.h"
#include "detail/plan_heuristics.h"
#include "detail/plan_weights.h"
#include "detail/relaxed_closure.h"
#include "detail/schedule.h"

#include <algorithm>
#include <limits>
#include <numeric>

namespace cairn::detail {

namespace {

constexpr Amount kInfinite = std::numeric_limits<Amount>::max() / 4;
constexpr Weight kInfiniteWeight = static_cast<Weight>(kInfinite) * kInfinite;

/// A limit on a second sum: hours within a deadline, or money within a budget.
struct Capacity {
    std::vector<Amount> sizes;
    Amount limit = 0;
};

/// completionDayForHours(h) <= day  <=>  7h <= (day + 1) × hours per week.
Amount hoursBy(const PlanningProblem& p, int day) {
    return (static_cast<Amount>(day) + 1) * p.hoursPerWeek / 7;
}

class LandmarkSearch {
public:
    LandmarkSearch(const PlanningProblem& p, const SearchSpec& spec, WideLexicographicWeights lex,
                   std::optional<Capacity> capacity)
        : p_(p), spec_(spec), lex_(std::move(lex)), capacity_(std::move(capacity)), closure_(p), spareClosure_(p),
          hittingSet_(p.credentials.size(), lex_.weights) {
        if (capacity_)
            hittingSet_.setCapacity(capacity_->sizes, capacity_->limit);
        for (std::size_t i = 0; i < p.credentials.size(); ++i)
            if (p.credentials[i].mustTake())
                pinned_.push_back(static_cast<int>(i));
        lightestFirst_.resize(p.credentials.size());
        std::iota(lightestFirst_.begin(), lightestFirst_.end(), 0);
        std::stable_sort(lightestFirst_.begin(), lightestFirst_.end(), [this](int a, int b) {
            return lex_.weights[static_cast<std::size_t>(a)] < lex_.weights[static_cast<std::size_t>(b)];
        });
        heaviestDroppedFirst_ = ranksOf(p, lightestFirst_);
        stop_ = [this] { return stopRequested(); };
    }

    std::optional<SearchResult> run() {
        // The landmarks earlier searches of this problem found, and no others: the warm-up below
        // finds the ones that matter faster than LM-cut computes its own (measured on the
        // benchmark catalogs, docs/performance.md).
        for (const auto& landmark : p_.learnedLandmarks)
            hittingSet_.addLandmark(landmark);
        auto first = solveHittingSetBelow(kInfiniteWeight);
        if (!first) {
            exhaustive_ = !stopped_; // no set of credentials hits every landmark
            return finish();
        }
        std::vector<int> candidate = std::move(*first);
        // Warm-up, cheaply: while the candidate is no plan, add a landmark it misses and that
        // landmark's lightest member. This collects landmarks and a first plan in a few rounds.
        while (!stopRequested()) {
            ++rounds_;
            if (spec_.progress)
                spec_.progress(nodes_ + rounds_);
            closure_.reset();
            std::vector<int> pending = candidate;
            closure_.takeWhatFits(pending);
            if (closure_.goalMet(pinned_)) {
                offer(takenOf(candidate));
                break;
            }
            std::vector<int> landmark = landmarkBeyond(candidate, pending);
            if (landmark.empty()) {
                if (stopped_)
                    break;
                exhaustive_ = true; // even every credential together cannot reach the goal
                return finish();
            }
            const int lightest = *std::min_element(landmark.begin(), landmark.end(), [this](int a, int b) {
                return lex_.weights[static_cast<std::size_t>(a)] < lex_.weights[static_cast<std::size_t>(b)];
            });
            p_.learnedLandmarks.push_back(landmark);
            hittingSet_.addLandmark(std::move(landmark));
            candidate.push_back(lightest);
        }
        if (stopped_) {
            if (!haveIncumbent_)
                completeGreedily(candidate);
            return finish();
        }
        // Then exactly: one hitting-set search below the plan found, checking every hitting set
        // it reaches and adding the landmarks they miss as it goes.
        const MinimumHittingSet::LeafCheck check = [this](const std::vector<int>& set) {
            MinimumHittingSet::LeafVerdict verdict;
            ++rounds_;
            if (spec_.progress)
                spec_.progress(nodes_ + rounds_);
            closure_.reset();
            std::vector<int> pending = set;
            closure_.takeWhatFits(pending);
            if (closure_.goalMet(pinned_)) {
                verdict.plan = true;
                verdict.set = trimmed(takenOf(set));
                verdict.weight = weightOf(verdict.set);
                if (!capacity_ || sizeOf(verdict.set) <= capacity_->limit)
                    tell(&verdict.set, verdict.weight);
            } else {
                verdict.landmark = landmarkBeyond(set, pending);
                if (!verdict.landmark.empty())
                    p_.learnedLandmarks.push_back(verdict.landmark);
            }
            return verdict;
        };
        const auto r = hittingSet_.solve(pinned_, incumbentWeight_, stop_, &check);
        nodes_ += r.nodes;
        if (r.improved) {
            haveIncumbent_ = true;
            incumbent_ = r.set;
            incumbentWeight_ = r.value;
        }
        // A stop inside a leaf check ends the tree as if no plan existed: that proves nothing.
        exhaustive_ = r.complete && !stopped_;
        if (exhaustive_)
            lowerBound_ = incumbentWeight_;
        return finish();
    }

private:
    bool stopRequested() {
        if (spec_.stop.stop())
            stopped_ = true;
        if (spec_.stopChecks > 0 && ++stopChecks_ > spec_.stopChecks)
            stopped_ = true;
        return stopped_;
    }

    /// The lightest hitting set, when lighter than `below`; its weight is a proven lower bound.
    std::optional<std::vector<int>> solveHittingSetBelow(Weight below) {
        const auto r = hittingSet_.solve(pinned_, below, stop_);
        nodes_ += r.nodes;
        if (!r.complete)
            return std::nullopt;
        if (r.improved || below < kInfiniteWeight) {
            lowerBound_ = std::max(lowerBound_, r.improved ? r.value : below);
            tell(nullptr, lowerBound_);
        }
        if (!r.improved)
            return std::nullopt;
        return r.set;
    }

    std::vector<int> takenOf(const std::vector<int>& set) const {
        std::vector<int> out;
        for (int c : set)
            if (closure_.taken(c))
                out.push_back(c);
        std::sort(out.begin(), out.end());
        out.erase(std::unique(out.begin(), out.end()), out.end());
        return out;
    }

    /// Keeps `found`, without what it can do without, when it is lighter than the best so far.
    void offer(const std::vector<int>& found) { keepIfLighter(trimmed(found)); }

    /// Keeps `plan` (with nothing it can do without) when it is lighter than the best so far.
    void keepIfLighter(std::vector<int> plan) {
        if (capacity_ && sizeOf(plan) > capacity_->limit)
            return; // over the deadline's hours, or the budget
        const Weight weight = weightOf(plan);
        if (!haveIncumbent_ || weight < incumbentWeight_) {
            haveIncumbent_ = true;
            incumbentWeight_ = weight;
            incumbent_ = std::move(plan);
            tell(&incumbent_, weight);
        }
    }

    /// Progress news: a plan of this weight, or (plan null) a new proven lower bound.
    void tell(const std::vector<int>* plan, Weight weight) {
        if (!spec_.news)
            return;
        if (plan) {
            if (weight >= toldWeight_)
                return;
            toldWeight_ = weight;
            spec_.news({plan, std::nullopt});
            return;
        }
        spec_.news({nullptr, static_cast<Amount>(weight / lex_.scale)});
    }

    Amount sizeOf(const std::vector<int>& set) const {
        Amount size = 0;
        for (int c : set)
            size += capacity_->sizes[static_cast<std::size_t>(c)];
        return size;
    }

    Weight weightOf(const std::vector<int>& set) const {
        Weight weight = 0;
        for (int c : set)
            weight += lex_.weights[static_cast<std::size_t>(c)];
        return weight;
    }

    /// A first plan when the warm-up ran out of its share of the work before it found one: the
    /// candidate completed greedily, lightest credentials first. Its work is bounded and not
    /// counted, so that whatever takes over starts from a plan. Without one, on plancheck's
    /// 1,000-credential career goals whose warm-up stopped early, GLPK took 4-7 s to find a
    /// first plan, or found none within the limit.
    void completeGreedily(const std::vector<int>& candidate) {
        if (auto plan = greedyPlan(p_, lightestFirst_, candidate, pinned_, spec_.stop))
            keepIfLighter(std::move(*plan)); // greedyPlan has dropped what it can do without
    }

    /// The plan without credentials it can do without, heaviest first (weights may be zero,
    /// and lightest-first additions can become redundant).
    std::vector<int> trimmed(std::vector<int> plan) {
        return withoutWhatItCanSpare(spareClosure_, std::move(plan), pinned_, heaviestDroppedFirst_);
    }

    /// A landmark the non-plan `candidate` misses. The closure is first grown, lightest
    /// credentials first, by everything that does not complete the goal; the credentials that
    /// could still be taken and add something then all complete it, and every plan must take
    /// one of them (the first step of any plan that leaves the grown closure is one of them).
    /// Growing it keeps the light credentials out of the landmark, so it bounds more.
    std::vector<int> landmarkBeyond(const std::vector<int>& candidate, std::vector<int>& pending) {
        std::vector<char> inside(p_.credentials.size(), 0);
        for (int c : candidate)
            inside[static_cast<std::size_t>(c)] = 1;
        // Held atoms only grow, so a credential that adds nothing, or that completes the goal,
        // stays that way: each is looked at until then and no longer.
        std::vector<int>& open = open_;
        std::vector<int>& next = next_;
        std::vector<int> completers;
        open.clear();
        for (int c : lightestFirst_)
            if (!inside[static_cast<std::size_t>(c)] && !closure_.taken(c))
                open.push_back(c);
        for (bool grew = true; grew && !stopRequested();) {
            grew = false;
            next.clear();
            for (int c : open) {
                if (closure_.taken(c) || !closure_.addsSomething(c))
                    continue;
                if (!closure_.takeable(c)) {
                    next.push_back(c);
                    continue;
                }
                const std::size_t mark = closure_.mark();
                pendingBefore_ = pending;
                closure_.take(c);
                closure_.takeWhatFits(pending);
                if (closure_.goalMet(pinned_)) {
                    closure_.rollback(mark);
                    pending.swap(pendingBefore_);
                    completers.push_back(c);
                    continue;
                }
                inside[static_cast<std::size_t>(c)] = 1;
                grew = true;
            }
            open.swap(next);
        }
        // The rest of `open` cannot be taken; of the completers, those that still add something
        // form the landmark.
        std::vector<int> landmark;
        for (int c : completers)
            if (closure_.addsSomething(c))
                landmark.push_back(c);
        if (stopped_)
            return {}; // grown only part of the way: the completers so far are no landmark
        std::sort(landmark.begin(), landmark.end());
        return landmark;
    }

    std::optional<SearchResult> finish() {
        SearchResult r;
        r.exhaustive = exhaustive_ && !stopped_;
        if (!r.exhaustive) {
            // Stopped: every plan hits every landmark found so far, so the lightest hitting set
            // of them, bounded by dual ascent, is the best proven bound.
            const Weight lb = hittingSet_.lowerBound(pinned_);
            if (lb < kInfiniteWeight)
                lowerBound_ = std::max(lowerBound_, lb);
        }
        r.nodes = nodes_ + rounds_;
        r.rootBound = static_cast<Amount>(lowerBound_ / lex_.scale);
        if (!haveIncumbent_)
            return r; // found = false
        std::vector<int> set = incumbent_;
        // Cohorts must fit the learner's weeks even when dates do not matter to the objective;
        // when they do not, the branch and bound decides (it may have to look further).
        const bool hasCohort = std::any_of(
            set.begin(), set.end(), [this](int i) { return p_.credentials[static_cast<std::size_t>(i)].cohort; });
        if (hasCohort) {
            const auto order = orderPlan(p_, set);
            if (!order)
                return std::nullopt;
            const Completion c = completionOf(p_, *order);
            if (!c.feasible)
                return std::nullopt;
            r.completionExact = c.exact;
        }
        const auto primary = metricWeights(p_, spec_.primary);
        for (int c : set)
            r.primary += primary[static_cast<std::size_t>(c)];
        if (spec_.secondary == Metric::Completion) {
            const auto order = orderPlan(p_, set);
            r.secondary = order ? completionOf(p_, *order).day : -1;
        } else {
            const auto secondary = metricWeights(p_, spec_.secondary);
            for (int c : set)
                r.secondary += secondary[static_cast<std::size_t>(c)];
        }
        if (spec_.useBudget && p_.budget && spec_.primary == Metric::Cost && r.primary > *p_.budget)
            return r; // the cheapest plan is over budget, so every plan is: none found
        r.found = true;
        r.set = std::move(set);
        return r;
    }

    const PlanningProblem& p_;
    const SearchSpec& spec_;
    WideLexicographicWeights lex_;
    std::optional<Capacity> capacity_;
    RelaxedClosure closure_;
    RelaxedClosure spareClosure_; ///< scratch for trimmed
    MinimumHittingSet hittingSet_;
    std::vector<int> pinned_;
    std::vector<int> lightestFirst_;
    std::vector<std::size_t> heaviestDroppedFirst_; ///< ranks for trimmed
    std::vector<int> open_, next_, pendingBefore_;  ///< scratch for landmarkBeyond
    std::function<bool()> stop_;
    std::vector<int> incumbent_;
    Weight incumbentWeight_ = kInfiniteWeight;
    Weight toldWeight_ = kInfiniteWeight; ///< the lightest plan reported as progress
    bool haveIncumbent_ = false;
    Weight lowerBound_ = 0;
    bool exhaustive_ = false;
    bool stopped_ = false;
    long long nodes_ = 0;
    long long rounds_ = 0;
    long long stopChecks_ = 0;
};

/// The earliest completion without cohorts: first the fewest hours (within the budget), whose
/// completion day is the earliest possible; then the cheapest plan that finishes that day.
std::optional<SearchResult> soonestSelfPaced(const PlanningProblem& problem, const SearchSpec& spec) {
    SearchSpec fewestHours = spec;
    fewestHours.news = plansOnly(spec.news); // their bounds are on hours and money, not days
    fewestHours.primary = Metric::Hours;
    fewestHours.secondary = Metric::Cost;
    fewestHours.maxCompletionDay.reset();
    auto lex = wideLexicographicWeights(problem, Metric::Hours, Metric::Cost);
    auto cheapest = wideLexicographicWeights(problem, Metric::Cost, Metric::Hours);
    if (!lex || !cheapest)
        return std::nullopt;
    std::optional<Capacity> budget;
    if (spec.useBudget && problem.budget)
        budget = Capacity{metricWeights(problem, Metric::Cost), *problem.budget};
    const auto fastest = LandmarkSearch(problem, fewestHours, std::move(*lex), budget).run();
    if (!fastest || !fastest->found)
        return fastest;
    const int day = completionDayForHours(fastest->primary, problem.hoursPerWeek);
    // Fewer hours than the bound proves cannot be, so no plan finishes before that day.
    const int boundDay = fastest->exhaustive ? day
                                             : completionDayForHours(std::min(fastest->rootBound, fastest->primary),
                                                                     problem.hoursPerWeek);
    SearchResult result;
    result.rootBound = boundDay;
    if (spec.maxCompletionDay && day > *spec.maxCompletionDay) {
        result.exhaustive = fastest->exhaustive;
        return result;
    }
    SearchSpec byDay = spec;
    byDay.news = fewestHours.news;
    byDay.primary = Metric::Cost;
    byDay.secondary = Metric::Hours;
    const auto plan = LandmarkSearch(problem, byDay, std::move(*cheapest),
                                     Capacity{metricWeights(problem, Metric::Hours), hoursBy(problem, day)})
                          .run();
    if (!plan || !plan->found)
        return plan; // cannot happen: the fastest plan itself finishes that day within budget
    result = *plan;
    result.exhaustive = fastest->exhaustive && plan->exhaustive;
    result.secondary = plan->primary;
    const auto order = orderPlan(problem, plan->set);
    result.primary = order ? completionOf(problem, *order).day : day;
    result.rootBound = boundDay;
    return result;
}

} // namespace

std::optional<SearchResult> searchWithLandmarks(const PlanningProblem& problem, const SearchSpec& spec) {
    if (problem.creditsGoal)
        return std::nullopt;
    // Without cohorts the completion date grows with the plan's hours alone: finishing by a day
    // is having at most so many hours, and an earlier finish among equals is fewer hours.
    const bool selfPaced = std::none_of(problem.credentials.begin(), problem.credentials.end(),
                                        [](const CredentialLocal& c) { return c.cohort; });
    const bool datesMatter =
        spec.primary == Metric::Completion || spec.secondary == Metric::Completion || spec.maxCompletionDay.has_value();
    if (datesMatter && !selfPaced)
        return std::nullopt;
    if (spec.primary == Metric::Completion)
        return soonestSelfPaced(problem, spec);
    if (spec.useBudget && problem.budget && spec.primary != Metric::Cost)
        return std::nullopt;
    const Metric tieBreak = spec.secondary == Metric::Completion ? Metric::Hours : spec.secondary;
    auto lex = wideLexicographicWeights(problem, spec.primary, tieBreak);
    if (!lex)
        return std::nullopt;
    std::optional<Capacity> hours;
    if (spec.maxCompletionDay) {
        const Amount cap = hoursBy(problem, *spec.maxCompletionDay);
        if (cap < 0) {
            SearchResult none;
            none.exhaustive = true;
            return none;
        }
        hours = Capacity{metricWeights(problem, Metric::Hours), cap};
    }
    return LandmarkSearch(problem, spec, std::move(*lex), std::move(hours)).run();
}

} // namespace cairn::detail
