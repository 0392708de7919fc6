#include "detail/relaxed_closure.h"

#include <algorithm>

namespace cairn::detail {

RelaxedClosure::RelaxedClosure(const PlanningProblem& problem)
    : problem_(problem), reached_(problem.atoms.size(), 0), taken_(problem.credentials.size(), 0) {}

void RelaxedClosure::reset() {
    rollback(0);
}

bool RelaxedClosure::takeable(int credential) const {
    return problem_.formulas.eval(problem_.credentials[static_cast<std::size_t>(credential)].root,
                                  [this](int a) { return held(a); });
}

bool RelaxedClosure::addsSomething(int credential) const {
    for (int a : problem_.credentials[static_cast<std::size_t>(credential)].provides)
        if (!held(a))
            return true;
    return false;
}

bool RelaxedClosure::goalMet(const std::vector<int>& pinned) const {
    for (int c : pinned)
        if (!taken(c))
            return false;
    return problem_.formulas.eval(problem_.goalRoot, [this](int a) { return held(a); });
}

void RelaxedClosure::take(int credential) {
    taken_[static_cast<std::size_t>(credential)] = 1;
    log_.push_back(credential);
    for (int a : problem_.credentials[static_cast<std::size_t>(credential)].provides)
        ++reached_[static_cast<std::size_t>(a)];
}

void RelaxedClosure::takeWhatFits(std::vector<int>& pending) {
    // Passes keep the order of what is left and alternate their direction: a prerequisite chain
    // listed in either order is then taken in one or two passes, not one pass per link.
    bool forward = true;
    for (bool progress = true; progress; forward = !forward) {
        progress = false;
        std::size_t keep = 0;
        const std::size_t n = pending.size();
        for (std::size_t k = 0; k < n; ++k) {
            const std::size_t i = forward ? k : n - 1 - k;
            if (takeable(pending[i])) {
                take(pending[i]);
                progress = true;
            } else if (forward) {
                pending[keep++] = pending[i];
            } else {
                pending[n - 1 - keep++] = pending[i];
            }
        }
        if (!forward)
            std::move(pending.end() - static_cast<std::ptrdiff_t>(keep), pending.end(), pending.begin());
        pending.resize(keep);
    }
}

void RelaxedClosure::rollback(std::size_t mark) {
    while (log_.size() > mark) {
        const int c = log_.back();
        log_.pop_back();
        taken_[static_cast<std::size_t>(c)] = 0;
        for (int a : problem_.credentials[static_cast<std::size_t>(c)].provides)
            --reached_[static_cast<std::size_t>(a)];
    }
}

} // namespace cairn::detail
