#include "detail/credit_assignment.h"

#include <algorithm>
#include <set>
#include <string>

namespace cairn::detail {

namespace {

/// Searches the assignments: each offer counts wholly in one of its categories, or not at all;
/// a category never holds more than its maximum.
class Assigner {
public:
    Assigner(const PlanningProblem& p, std::vector<const CreditOfferLocal*> items) : p_(p), items_(std::move(items)) {
        const std::size_t k = p.categories.size();
        memoCap_.resize(k);
        for (std::size_t c = 0; c < k; ++c) {
            // Beyond its minimum and the goal's total, more in an unlimited category changes
            // nothing: sums past that are equivalent, which keeps the memo small.
            memoCap_[c] = p.categories[c].max >= 0 ? p.categories[c].max : std::max(p.categories[c].min, p.minCredits);
        }
        suffix_.assign(items_.size() + 1, 0);
        for (std::size_t i = items_.size(); i-- > 0;)
            suffix_[i] = suffix_[i + 1] + credit(i).credits;
        sums_.assign(k, 0);
        choice_.assign(items_.size(), -1);
    }

    bool solve() { return dfs(0); }
    [[nodiscard]] const std::vector<int>& choice() const { return choice_; }

    Amount counted() const {
        Amount total = 0;
        for (Amount s : sums_)
            total += s;
        return total;
    }

private:
    const CreditOfferLocal& credit(std::size_t i) const { return *items_[i]; }

    bool done() const {
        for (std::size_t c = 0; c < sums_.size(); ++c)
            if (sums_[c] < p_.categories[c].min)
                return false;
        return counted() >= p_.minCredits;
    }

    bool dfs(std::size_t i) {
        if (done()) {
            for (std::size_t j = i; j < items_.size(); ++j)
                choice_[j] = -1; // not needed: left uncounted
            return true;
        }
        if (i == items_.size())
            return false;
        // Even counting every remaining credit, the total falls short: give up on this branch.
        if (counted() + suffix_[i] < p_.minCredits)
            return false;
        std::vector<Amount> key(sums_.size() + 1);
        for (std::size_t c = 0; c < sums_.size(); ++c)
            key[c] = std::min(sums_[c], memoCap_[c]);
        key.back() = static_cast<Amount>(i);
        if (failed_.count(key))
            return false;
        for (int cat : credit(i).categories) {
            const auto c = static_cast<std::size_t>(cat);
            const Amount max = p_.categories[c].max;
            if (max >= 0 && sums_[c] + credit(i).credits > max)
                continue; // the category's maximum holds
            sums_[c] += credit(i).credits;
            choice_[i] = cat;
            if (dfs(i + 1))
                return true;
            sums_[c] -= credit(i).credits;
        }
        choice_[i] = -1; // or it does not count at all
        if (dfs(i + 1))
            return true;
        failed_.insert(std::move(key));
        return false;
    }

    const PlanningProblem& p_;
    std::vector<const CreditOfferLocal*> items_;
    std::vector<Amount> memoCap_, suffix_, sums_;
    std::vector<int> choice_;
    std::set<std::vector<Amount>> failed_;
};

} // namespace

CreditSums creditSums(const PlanningProblem& p, const std::vector<int>& set) {
    CreditSums sums;
    sums.perCategory.assign(p.categories.size(), 0);
    auto count = [&sums](const CreditOfferLocal& credit) {
        sums.total += credit.credits;
        for (int c : credit.categories)
            sums.perCategory[static_cast<std::size_t>(c)] += credit.credits;
    };
    for (const auto& credit : p.completedCredits)
        count(credit);
    for (int i : set)
        if (const auto& credit = p.credentials[static_cast<std::size_t>(i)].credit)
            count(*credit);
    return sums;
}

bool CreditSums::reachMinimums(const PlanningProblem& p) const {
    if (total < p.minCredits)
        return false;
    for (std::size_t c = 0; c < p.categories.size(); ++c)
        if (perCategory[c] < p.categories[c].min)
            return false;
    return true;
}

bool CreditSums::lack(const PlanningProblem& p, const CreditOfferLocal& credit) const {
    if (credit.credits <= 0)
        return false;
    if (total < p.minCredits)
        return true;
    return std::any_of(credit.categories.begin(), credit.categories.end(), [&](int c) {
        return perCategory[static_cast<std::size_t>(c)] < p.categories[static_cast<std::size_t>(c)].min;
    });
}

bool creditsMayHold(const PlanningProblem& p, const std::vector<int>& set) {
    return creditSums(p, set).reachMinimums(p);
}

CreditAssignment assignCredits(const PlanningProblem& p, const std::vector<int>& set) {
    CreditAssignment result;
    result.category.assign(set.size(), -1);
    // Credits already earned come first, then the plan's, larger offers first: the search
    // meets the goal sooner.
    std::vector<const CreditOfferLocal*> items;
    std::vector<std::size_t> position; // index into `set`, or npos for earned credits
    for (const auto& credit : p.completedCredits) {
        items.push_back(&credit);
        position.push_back(std::string::npos);
    }
    std::vector<std::size_t> planned;
    for (std::size_t k = 0; k < set.size(); ++k)
        if (p.credentials[static_cast<std::size_t>(set[k])].credit)
            planned.push_back(k);
    std::stable_sort(planned.begin(), planned.end(), [&](std::size_t a, std::size_t b) {
        return p.credentials[static_cast<std::size_t>(set[a])].credit->credits >
               p.credentials[static_cast<std::size_t>(set[b])].credit->credits;
    });
    for (std::size_t k : planned) {
        items.push_back(&*p.credentials[static_cast<std::size_t>(set[k])].credit);
        position.push_back(k);
    }
    Assigner assigner(p, items);
    result.feasible = assigner.solve();
    if (!result.feasible)
        return result;
    result.counted = assigner.counted();
    for (std::size_t j = 0; j < items.size(); ++j) {
        if (position[j] != std::string::npos)
            result.category[position[j]] = assigner.choice()[j];
        else
            result.earnedCategory.push_back(assigner.choice()[j]);
    }
    return result;
}

} // namespace cairn::detail
