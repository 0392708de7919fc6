#include "detail/hitting_set.h"

#include <algorithm>
#include <limits>
#include <numeric>

namespace cairn::detail {

namespace {
constexpr Amount kInfinite = std::numeric_limits<Amount>::max() / 4;
constexpr Weight kInfiniteWeight = static_cast<Weight>(kInfinite) * kInfinite;
} // namespace

MinimumHittingSet::MinimumHittingSet(std::size_t credentials, const std::vector<Weight>& weights)
    : weights_(weights), of_(credentials), in_(credentials, 0), out_(credentials, 0), residual_(credentials, 0),
      residualStamp_(credentials, 0) {}

void MinimumHittingSet::addLandmark(std::vector<int> members) {
    const int k = static_cast<int>(sets_.size());
    for (int c : members)
        of_[static_cast<std::size_t>(c)].push_back(k);
    sets_.push_back(std::move(members));
    hits_.push_back(0);
}

void MinimumHittingSet::include(int c) {
    in_[static_cast<std::size_t>(c)] = 1;
    chosen_.push_back(c);
    weight_ += weights_[static_cast<std::size_t>(c)];
    if (sizes_)
        size_ += (*sizes_)[static_cast<std::size_t>(c)];
    for (int k : of_[static_cast<std::size_t>(c)])
        ++hits_[static_cast<std::size_t>(k)];
}

void MinimumHittingSet::exclude(int c) {
    in_[static_cast<std::size_t>(c)] = 0;
    chosen_.pop_back();
    weight_ -= weights_[static_cast<std::size_t>(c)];
    if (sizes_)
        size_ -= (*sizes_)[static_cast<std::size_t>(c)];
    for (int k : of_[static_cast<std::size_t>(c)])
        --hits_[static_cast<std::size_t>(k)];
}

inline Weight& MinimumHittingSet::residual(int c) {
    const auto i = static_cast<std::size_t>(c);
    if (residualStamp_[i] != stamp_) {
        residualStamp_[i] = stamp_;
        residual_[i] = weights_[i];
    }
    return residual_[i];
}

void MinimumHittingSet::ruleOutDominated(const std::vector<int>& forced) {
    // c is dominated by d when every landmark c hits, d hits too, at no more weight: a hitting
    // set with c stays one, no heavier, with d instead. Ties go to the lower index, so of two
    // interchangeable credentials exactly one stays.
    std::vector<char> isForced(in_.size(), 0);
    for (int c : forced)
        isForced[static_cast<std::size_t>(c)] = 1;
    auto covers = [this](int d, int c) {
        const auto& big = of_[static_cast<std::size_t>(d)];
        const auto& small = of_[static_cast<std::size_t>(c)];
        return std::includes(big.begin(), big.end(), small.begin(), small.end());
    };
    for (std::size_t ci = 0; ci < of_.size(); ++ci) {
        const int c = static_cast<int>(ci);
        if (of_[ci].empty() || isForced[ci])
            continue;
        // Every dominating credential is in c's smallest landmark.
        int smallest = of_[ci].front();
        for (int k : of_[ci])
            if (sets_[static_cast<std::size_t>(k)].size() < sets_[static_cast<std::size_t>(smallest)].size())
                smallest = k;
        for (int d : sets_[static_cast<std::size_t>(smallest)]) {
            if (d == c || dominated_[static_cast<std::size_t>(d)])
                continue;
            const Amount wd = weights_[static_cast<std::size_t>(d)], wc = weights_[ci];
            if (wd > wc || !covers(d, c))
                continue;
            const bool strictly = wd < wc || of_[static_cast<std::size_t>(d)].size() > of_[ci].size() || d < c;
            if (strictly) {
                dominated_[ci] = 1;
                break;
            }
        }
    }
}

Weight MinimumHittingSet::bound(int& branchOn, Weight enough) {
    ++stamp_;
    Weight lb = 0;
    branchOn = -1;
    std::size_t fewest = std::numeric_limits<std::size_t>::max();
    for (int k : order_) {
        if (hits_[static_cast<std::size_t>(k)])
            continue;
        Weight y = kInfiniteWeight;
        std::size_t candidates = 0;
        for (int c : sets_[static_cast<std::size_t>(k)])
            if (!out_[static_cast<std::size_t>(c)]) {
                ++candidates;
                y = std::min(y, residual(c));
            }
        if (candidates == 0) {
            branchOn = -2;
            return kInfiniteWeight;
        }
        if (candidates < fewest) {
            fewest = candidates;
            branchOn = k;
        }
        lb += y;
        if (lb >= enough)
            return lb; // the node is pruned: no need to finish the sum or pick a branch
        if (y > 0)
            for (int c : sets_[static_cast<std::size_t>(k)])
                if (!out_[static_cast<std::size_t>(c)])
                    residual(c) -= y;
    }
    return lb;
}

void MinimumHittingSet::branch() {
    ++result_.nodes;
    if ((result_.nodes & 15) == 0 && *stop_ && (*stop_)()) // a node can cost a pass over large landmarks
        stopped_ = true;
    if (stopped_)
        return;
    int on = -1;
    while (true) {
        const Weight lb = bound(on, best_ - weight_);
        if (on == -2 || weight_ + lb >= best_)
            return;
        if (sizes_ && size_ + sizeBound() > capacity_)
            return;
        if (on >= 0)
            break;
        if (!check_) {
            best_ = weight_;
            result_.improved = true;
            result_.value = weight_;
            result_.set = chosen_;
            return;
        }
        LeafVerdict verdict = (*check_)(chosen_);
        if (verdict.plan) {
            if (verdict.weight < best_) {
                best_ = verdict.weight;
                result_.improved = true;
                result_.value = verdict.weight;
                result_.set = std::move(verdict.set);
            }
            return;
        }
        if (verdict.landmark.empty()) {
            result_.noPlan = true;
            stopped_ = true;
            return;
        }
        addLandmarkNow(std::move(verdict.landmark)); // then bound again, and branch on it
    }
    // Most promising first, for an early good leaf; ties by index keep it deterministic.
    std::vector<int> candidates;
    for (int c : sets_[static_cast<std::size_t>(on)])
        if (!out_[static_cast<std::size_t>(c)])
            candidates.push_back(c);
    // By what the bound left of their weight (reduced cost), then by weight.
    std::vector<std::pair<Weight, int>> keyed;
    keyed.reserve(candidates.size());
    for (int c : candidates)
        keyed.emplace_back(residual(c), c);
    std::stable_sort(keyed.begin(), keyed.end(), [this](const auto& a, const auto& b) {
        if (a.first != b.first)
            return a.first < b.first;
        return weights_[static_cast<std::size_t>(a.second)] < weights_[static_cast<std::size_t>(b.second)];
    });
    for (std::size_t i = 0; i < keyed.size(); ++i)
        candidates[i] = keyed[i].second;
    // Each child takes one candidate and rules out the ones tried before it, so every hitting
    // set is below exactly one child.
    std::vector<int> ruledOut;
    for (int c : candidates) {
        include(c);
        branch();
        exclude(c);
        if (stopped_)
            break;
        out_[static_cast<std::size_t>(c)] = 1;
        ruledOut.push_back(c);
    }
    for (int c : ruledOut)
        out_[static_cast<std::size_t>(c)] = 0;
}

Amount MinimumHittingSet::sizeBound() {
    // The same dual ascent as bound(), on sizes; a separate stamp keeps the two apart.
    ++sizeStamp_;
    Amount lb = 0;
    auto residual = [this](int c) -> Amount& {
        const auto i = static_cast<std::size_t>(c);
        if (sizeResidualStamp_[i] != sizeStamp_) {
            sizeResidualStamp_[i] = sizeStamp_;
            sizeResidual_[i] = (*sizes_)[i];
        }
        return sizeResidual_[i];
    };
    for (int k : order_) {
        if (hits_[static_cast<std::size_t>(k)])
            continue;
        Amount y = kInfinite;
        for (int c : sets_[static_cast<std::size_t>(k)])
            if (!out_[static_cast<std::size_t>(c)])
                y = std::min(y, residual(c));
        if (y == kInfinite)
            return kInfinite;
        lb += y;
        if (y > 0)
            for (int c : sets_[static_cast<std::size_t>(k)])
                if (!out_[static_cast<std::size_t>(c)])
                    residual(c) -= y;
    }
    return lb;
}

void MinimumHittingSet::setCapacity(const std::vector<Amount>& sizes, Amount capacity) {
    sizes_ = &sizes;
    capacity_ = capacity;
    sizeResidual_.assign(sizes.size(), 0);
    sizeResidualStamp_.assign(sizes.size(), 0);
}

void MinimumHittingSet::addLandmarkNow(std::vector<int> members) {
    const int k = static_cast<int>(sets_.size());
    int hits = 0;
    for (int c : members) {
        of_[static_cast<std::size_t>(c)].push_back(k);
        hits += in_[static_cast<std::size_t>(c)];
    }
    const std::size_t size = members.size();
    sets_.push_back(std::move(members));
    hits_.push_back(hits);
    const auto at = std::upper_bound(order_.begin(), order_.end(), size, [this](std::size_t sz, int other) {
        return sz < sets_[static_cast<std::size_t>(other)].size();
    });
    order_.insert(at, k);
}

MinimumHittingSet::Result MinimumHittingSet::solve(const std::vector<int>& forced, Weight below,
                                                   const std::function<bool()>& stop, const LeafCheck* check) {
    result_ = Result{};
    best_ = below;
    stop_ = &stop;
    check_ = check;
    stopped_ = false;
    sortLandmarks();
    dominated_.assign(in_.size(), 0);
    // Landmarks that arrive during the search could make a dominated credential necessary; a
    // dominating credential may not fit the capacity.
    if (!check && !sizes_)
        ruleOutDominated(forced);
    for (std::size_t c = 0; c < dominated_.size(); ++c)
        out_[c] = dominated_[c];
    for (int c : forced)
        include(c);
    result_.bound = rootBound();
    branch();
    for (auto it = forced.rbegin(); it != forced.rend(); ++it)
        exclude(*it);
    std::fill(out_.begin(), out_.end(), 0);
    result_.complete = !stopped_ || result_.noPlan;
    std::sort(result_.set.begin(), result_.set.end());
    return result_;
}

void MinimumHittingSet::sortLandmarks() {
    order_.resize(sets_.size());
    std::iota(order_.begin(), order_.end(), 0);
    std::stable_sort(order_.begin(), order_.end(), [this](int a, int b) {
        return sets_[static_cast<std::size_t>(a)].size() < sets_[static_cast<std::size_t>(b)].size();
    });
}

Weight MinimumHittingSet::rootBound() {
    int on = -1;
    const Weight lb = bound(on, kInfiniteWeight);
    return on == -2 ? kInfiniteWeight : weight_ + lb;
}

Weight MinimumHittingSet::lowerBound(const std::vector<int>& forced) {
    sortLandmarks();
    for (int c : forced)
        include(c);
    const Weight lb = rootBound();
    for (auto it = forced.rbegin(); it != forced.rend(); ++it)
        exclude(*it);
    return lb;
}

} // namespace cairn::detail
