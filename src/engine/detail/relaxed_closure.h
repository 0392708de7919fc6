#pragma once

// What a set of credentials reaches when taken in any workable order: the closure under the
// prerequisite rule, kept incrementally with an undo log so that "would adding this one reach
// the goal?" can be asked thousands of times per search. Private to the engine.

#include "detail/planning_problem.h"

#include <cstddef>
#include <vector>

namespace cairn::detail {

class RelaxedClosure {
public:
    explicit RelaxedClosure(const PlanningProblem& problem);

    /// Back to the profile alone: nothing taken.
    void reset();

    [[nodiscard]] bool held(int atom) const {
        return problem_.atoms[static_cast<std::size_t>(atom)].initiallyHeld ||
               reached_[static_cast<std::size_t>(atom)] > 0;
    }
    [[nodiscard]] bool taken(int credential) const { return taken_[static_cast<std::size_t>(credential)] != 0; }
    /// Its prerequisites hold now. A credential's own grants are never counted for it: they are
    /// only held once it is taken.
    [[nodiscard]] bool takeable(int credential) const;
    /// Taking it would add something not held yet.
    [[nodiscard]] bool addsSomething(int credential) const;
    /// The goal holds and every pinned credential has been taken.
    [[nodiscard]] bool goalMet(const std::vector<int>& pinned) const;

    void take(int credential);
    /// Takes members of `pending` whose prerequisites hold, until none left does; removes the
    /// taken ones from `pending`.
    void takeWhatFits(std::vector<int>& pending);

    [[nodiscard]] const PlanningProblem& problem() const { return problem_; }

    /// A point to roll back to, and the rollback itself (undoes every take since the mark).
    [[nodiscard]] std::size_t mark() const { return log_.size(); }
    void rollback(std::size_t mark);

private:
    const PlanningProblem& problem_;
    std::vector<int> reached_; ///< per atom: how many taken credentials grant it
    std::vector<char> taken_;
    std::vector<int> log_; ///< taken credentials, in order
};

} // namespace cairn::detail
