#include "detail/credit_assignment.h"

#include <algorithm>
#include <set>

namespace cairn::detail {

namespace {

class Assigner {
public:
    Assigner(const PlanningProblem& p, std::vector<int> items) : p_(p), items_(std::move(items)) {
        const std::size_t k = p.categories.size();
        caps_.resize(k);
        for (std::size_t c = 0; c < k; ++c) {
            // Sums above what can count or matter are equivalent: cap them to keep the memo small.
            const Amount useful = std::max(p.categories[c].min, p.minCredits);
            caps_[c] = p.categories[c].max >= 0 ? p.categories[c].max : useful;
        }
        suffix_.assign(items_.size() + 1, 0);
        for (std::size_t i = items_.size(); i-- > 0;)
            suffix_[i] = suffix_[i + 1] + credit(i).credits;
        sums_.assign(k, 0);
        choice_.assign(items_.size(), -1);
    }

    bool solve() { return dfs(0); }
    [[nodiscard]] const std::vector<int>& choice() const { return choice_; }
    [[nodiscard]] const std::vector<int>& items() const { return items_; }

    Amount counted() const {
        Amount total = 0;
        for (std::size_t c = 0; c < sums_.size(); ++c)
            total += std::min(sums_[c], caps_[c]);
        return total;
    }

private:
    const CreditOfferLocal& credit(std::size_t i) const {
        return *p_.credentials[static_cast<std::size_t>(items_[i])].credit;
    }

    bool done() const {
        Amount total = 0;
        for (std::size_t c = 0; c < sums_.size(); ++c) {
            const Amount counted = std::min(sums_[c], caps_[c]);
            if (counted < p_.categories[c].min)
                return false;
            total += counted;
        }
        return total >= p_.minCredits;
    }

    bool dfs(std::size_t i) {
        if (done()) {
            for (std::size_t j = i; j < items_.size(); ++j)
                choice_[j] = credit(j).categories.front();
            return true;
        }
        if (i == items_.size())
            return false;
        // Even counting every remaining credit, the total falls short: give up on this branch.
        if (counted() + suffix_[i] < p_.minCredits)
            return false;
        std::vector<Amount> key(sums_);
        key.push_back(static_cast<Amount>(i));
        if (failed_.count(key))
            return false;
        for (int cat : credit(i).categories) {
            const auto c = static_cast<std::size_t>(cat);
            const Amount before = sums_[c];
            sums_[c] = std::min(sums_[c] + credit(i).credits, caps_[c]);
            choice_[i] = cat;
            if (dfs(i + 1))
                return true;
            sums_[c] = before;
        }
        failed_.insert(std::move(key));
        return false;
    }

    const PlanningProblem& p_;
    std::vector<int> items_;
    std::vector<Amount> caps_, suffix_, sums_;
    std::vector<int> choice_;
    std::set<std::vector<Amount>> failed_;
};

} // namespace

bool creditsMayHold(const PlanningProblem& p, const std::vector<int>& set) {
    std::vector<Amount> perCategory(p.categories.size(), 0);
    Amount total = 0;
    for (int i : set) {
        const auto& credit = p.credentials[static_cast<std::size_t>(i)].credit;
        if (!credit)
            continue;
        total += credit->credits;
        for (int c : credit->categories)
            perCategory[static_cast<std::size_t>(c)] += credit->credits;
    }
    if (total < p.minCredits)
        return false;
    for (std::size_t c = 0; c < p.categories.size(); ++c)
        if (perCategory[c] < p.categories[c].min)
            return false;
    return true;
}

CreditAssignment assignCredits(const PlanningProblem& p, const std::vector<int>& set) {
    CreditAssignment result;
    result.category.assign(set.size(), -1);
    std::vector<int> items;
    for (int i : set)
        if (p.credentials[static_cast<std::size_t>(i)].credit)
            items.push_back(i);
    // Larger offers first: the search meets the goal sooner.
    std::stable_sort(items.begin(), items.end(), [&](int a, int b) {
        return p.credentials[static_cast<std::size_t>(a)].credit->credits >
               p.credentials[static_cast<std::size_t>(b)].credit->credits;
    });
    Assigner assigner(p, items);
    result.feasible = assigner.solve();
    if (!result.feasible)
        return result;
    result.counted = assigner.counted();
    for (std::size_t j = 0; j < items.size(); ++j) {
        const auto pos = std::find(set.begin(), set.end(), items[j]) - set.begin();
        result.category[static_cast<std::size_t>(pos)] = assigner.choice()[j];
    }
    return result;
}

} // namespace cairn::detail
