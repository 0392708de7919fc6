#pragma once

// The lightest set of credentials that contains at least one member of every landmark: the
// exact hitting-set step of the landmark search (landmark_search.h). Private to the engine.

#include "detail/planning_problem.h"

#include <functional>
#include <vector>

namespace cairn::detail {

/// Hitting-set weights are wide: a lexicographic weight (money × scale + hours) for a large
/// catalog does not fit 64 bits.
using Weight = Wide;

class MinimumHittingSet {
public:
    /// `weights` per local credential; they must outlive the solver.
    MinimumHittingSet(std::size_t credentials, const std::vector<Weight>& weights);

    void addLandmark(std::vector<int> members);
    /// Only sets whose `sizes` add up to at most `capacity` count (hours within a deadline).
    /// `sizes` must outlive the solver.
    void setCapacity(const std::vector<Amount>& sizes, Amount capacity);
    [[nodiscard]] std::size_t landmarks() const { return sets_.size(); }

    struct Result {
        bool complete = true;  ///< the whole space was searched (not stopped)
        bool improved = false; ///< a set lighter than `below` was found
        bool noPlan = false;   ///< with a leaf check: it reported that no plan exists at all
        std::vector<int> set;  ///< when improved: the lightest, ascending
        Weight value = 0;      ///< when improved: its weight
        /// No hitting set that contains `forced` weighs less: the dual-ascent bound at the root,
        /// over the landmarks known when the search began. Valid whether or not it completed.
        Weight bound = 0;
        long long nodes = 0;
    };

    /// What a leaf check makes of a hitting set: a plan (maybe a lighter subset of it), or a
    /// landmark it misses (an empty landmark: no plan exists at all).
    struct LeafVerdict {
        bool plan = false;
        std::vector<int> set;
        Weight weight = 0;
        std::vector<int> landmark;
    };
    using LeafCheck = std::function<LeafVerdict(const std::vector<int>& hittingSet)>;

    /// The lightest hitting set that contains `forced`, if one is lighter than `below`.
    /// `stop` is polled now and then; when it answers true the search ends incomplete with the
    /// best set found so far.
    ///
    /// With a leaf check, every hitting set the search reaches is checked: a plan becomes the
    /// best so far, and a missed landmark joins the collection on the spot and the search goes
    /// on below that node. One tree then settles what would otherwise take a fresh search per
    /// landmark; the result is the lightest plan lighter than `below`.
    Result solve(const std::vector<int>& forced, Weight below, const std::function<bool()>& stop,
                 const LeafCheck* check = nullptr);

    /// A lower bound on the weight of any hitting set that contains `forced` (the landmarks
    /// known now, by dual ascent), without searching; "infinite" when none exists.
    Weight lowerBound(const std::vector<int>& forced);

private:
    void include(int c);
    void exclude(int c);
    /// Dual ascent over the landmarks not hit yet, smallest first: a lower bound on what the
    /// credentials still to add weigh. Also picks the landmark with the fewest candidates to
    /// branch on (-1 when every landmark is hit; -2 when one can no longer be hit). Stops early,
    /// with no branch picked, once the bound reaches `enough`.
    Weight bound(int& branchOn, Weight enough);
    void branch();
    void sortLandmarks();
    /// The root's bound with `forced` included; the caller includes them first.
    Weight rootBound();
    /// Adds a landmark while a search is under way: it is hit by the credentials chosen so far.
    void addLandmarkNow(std::vector<int> members);
    /// Rules out, for one solve, credentials another one can always replace.
    void ruleOutDominated(const std::vector<int>& forced);
    Weight& residual(int c);
    /// A lower bound on the size the credentials still to add must have.
    Amount sizeBound();

    const std::vector<Weight>& weights_;
    std::vector<std::vector<int>> sets_;
    std::vector<std::vector<int>> of_; ///< per credential: the landmarks it belongs to
    std::vector<int> order_;           ///< landmarks, smallest first
    std::vector<int> hits_;
    std::vector<char> in_, out_, dominated_;
    std::vector<Weight> residual_;
    std::vector<int> residualStamp_;
    int stamp_ = 0;
    std::vector<int> chosen_;
    Weight weight_ = 0;
    Result result_;
    Weight best_ = 0;
    const std::function<bool()>* stop_ = nullptr;
    const LeafCheck* check_ = nullptr;
    const std::vector<Amount>* sizes_ = nullptr;
    Amount capacity_ = 0;
    Amount size_ = 0;
    std::vector<Amount> sizeResidual_;
    std::vector<int> sizeResidualStamp_;
    int sizeStamp_ = 0;
    bool stopped_ = false;
};

} // namespace cairn::detail
