#pragma once

#include "detail/landmarks.h"

#include <cstddef>
#include <vector>

namespace cairn::detail {

/// The landmarks of one weighting, kept up to date as credentials are chosen and ruled out:
/// the values of the landmarks no chosen credential hits bound what the rest of a plan weighs.
class LandmarkBound {
public:
    LandmarkBound() = default;
    LandmarkBound(const Landmarks& lm, std::size_t credentials) : sets_(&lm.sets), values_(lm.values) {
        of_.resize(credentials);
        hits_.assign(lm.sets.size(), 0);
        alive_.assign(lm.sets.size(), 0);
        for (std::size_t i = 0; i < lm.sets.size(); ++i) {
            alive_[i] = static_cast<int>(lm.sets[i].size());
            for (int c : lm.sets[i])
                of_[static_cast<std::size_t>(c)].push_back(static_cast<int>(i));
            unhit_ += values_[i];
        }
        active_ = true;
    }
    [[nodiscard]] bool active() const { return active_; }
    [[nodiscard]] Amount unhit() const { return unhit_; }
    /// A landmark nothing can hit any more: no plan below.
    [[nodiscard]] bool dead() const { return dead_ > 0; }

    /// Calls f(members, value) for every landmark no chosen credential hits yet.
    template <typename F> void forEachUnhit(F&& f) const {
        for (std::size_t k = 0; k < hits_.size(); ++k)
            if (hits_[k] == 0)
                f((*sets_)[k], values_[k]);
    }

    void choose(int c) {
        for (int i : of_[static_cast<std::size_t>(c)]) {
            const auto k = static_cast<std::size_t>(i);
            --alive_[k];
            if (hits_[k]++ == 0)
                unhit_ -= values_[k];
        }
    }
    void unchoose(int c) {
        for (int i : of_[static_cast<std::size_t>(c)]) {
            const auto k = static_cast<std::size_t>(i);
            ++alive_[k];
            if (--hits_[k] == 0)
                unhit_ += values_[k];
        }
    }
    void forbid(int c) {
        for (int i : of_[static_cast<std::size_t>(c)]) {
            const auto k = static_cast<std::size_t>(i);
            if (--alive_[k] == 0 && hits_[k] == 0)
                ++dead_;
        }
    }
    void allow(int c) {
        for (int i : of_[static_cast<std::size_t>(c)]) {
            const auto k = static_cast<std::size_t>(i);
            if (alive_[k]++ == 0 && hits_[k] == 0)
                --dead_;
        }
    }

private:
    const std::vector<std::vector<int>>* sets_ = nullptr; ///< owned by the problem's landmark cache
    std::vector<Amount> values_;
    std::vector<std::vector<int>> of_;
    std::vector<int> hits_, alive_;
    Amount unhit_ = 0;
    int dead_ = 0;
    bool active_ = false;
};

} // namespace cairn::detail
