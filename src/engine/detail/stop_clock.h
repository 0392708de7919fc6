#pragma once

// When a planning question must stop: at a time limit counted from the moment the question was
// asked, or when the caller cancels. One clock is shared by every phase (compilation,
// dominance, landmarks, the searches, the explanation of an infeasible answer), so the limit
// holds for the question as a whole. Private to the engine.

#include <atomic>
#include <chrono>

namespace cairn::detail {

class StopClock {
public:
    using Clock = std::chrono::steady_clock;

    /// Never stops.
    StopClock() = default;
    /// Stops `limit` from now (zero: no limit) or once `*cancel` is true (null: never).
    StopClock(std::chrono::milliseconds limit, const std::atomic<bool>* cancel)
        : deadline_(limit.count() > 0 ? Clock::now() + limit : Clock::time_point::max()), cancel_(cancel) {}

    [[nodiscard]] bool cancelled() const { return cancel_ && cancel_->load(std::memory_order_relaxed); }
    [[nodiscard]] bool timeUp() const { return deadline_ != Clock::time_point::max() && Clock::now() >= deadline_; }
    [[nodiscard]] bool stop() const { return cancelled() || timeUp(); }
    /// For solvers that take a deadline and a flag of their own.
    [[nodiscard]] Clock::time_point deadline() const { return deadline_; }
    [[nodiscard]] const std::atomic<bool>* cancelFlag() const { return cancel_; }

private:
    Clock::time_point deadline_ = Clock::time_point::max();
    const std::atomic<bool>* cancel_ = nullptr;
};

/// Asks the clock only every `Every` calls: reading the time costs more than a loop step.
template <unsigned Every = 1024> class StopPoll {
public:
    explicit StopPoll(const StopClock& clock) : clock_(clock) {}
    /// Asks on the first call (a cancel made before the work began is seen at once), then every
    /// `Every` calls.
    bool operator()() {
        if (stopped_ || (count_++ % Every) != 0)
            return stopped_;
        stopped_ = clock_.stop();
        return stopped_;
    }
    [[nodiscard]] bool stopped() const { return stopped_; }

private:
    const StopClock& clock_;
    unsigned count_ = 0;
    bool stopped_ = false;
};

} // namespace cairn::detail
