#include "detail/funding_search.h"

#include "cairn/engine/holdings.h"
#include "detail/plan_builder.h"
#include "detail/plan_weights.h"
#include "detail/planning_problem.h"
#include "detail/stop_clock.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <queue>
#include <set>

namespace cairn::detail {

namespace {

using Code = Message::Code;

// Limits past which the answer is `feasible`, not proven: enough for every question a learner
// plans by hand (a dozen relevant credentials), small enough to answer in seconds.
constexpr int kMaxParts = 200;
constexpr long long kMaxLayoutsPerPlan = 20000;
constexpr Amount kNoCap = std::numeric_limits<Amount>::max() / 4;

/// A plan's score under the objective: out-of-pocket money, then money, then hours (cents and
/// hundredths of an hour).
struct Score {
    Amount outOfPocket = 0, money = 0, hours = 0;
    auto operator<=>(const Score&) const = default;
};

/// One part of the space of plans (Lawler): plans with `pinned`, without `excluded`, and the
/// cheapest of them found by the money searches.
struct Part {
    Amount moneyBound = 0; ///< no plan of the part costs less
    long long sequence = 0;
    std::vector<std::string> pinned, excluded;
    std::vector<std::string> set; ///< the cheapest plan's credentials
    bool operator>(const Part& o) const {
        return moneyBound != o.moneyBound ? moneyBound > o.moneyBound : sequence > o.sequence;
    }
};

/// What funding can take off a plan of money `m` at most: its shares, and all caps together.
struct FundingLimit {
    double residualShare = 1; ///< ∏(1 − share): what the learner pays at least, per unit of money
    Amount capTotal = 0;      ///< all caps over every year a plan can touch; kNoCap when uncapped

    [[nodiscard]] Amount lowerBound(Amount money) const {
        const auto byShare = static_cast<Amount>(std::floor(static_cast<double>(money) * residualShare));
        const Amount byCap = capTotal >= kNoCap ? 0 : money - capTotal;
        return std::max<Amount>({0, byShare, byCap});
    }
};

Amount cents(double money) {
    return std::llround(money * 100.0);
}

/// The calendar years a plan of the question can touch: from the start to the end of the longest
/// schedule of every credential the question could use (or the deadline).
int yearsTouched(const PlanningProblem& p, const Catalog& catalog) {
    long long lastDay = 0;
    for (const auto& local : p.credentials) {
        const Credential& c = catalog.credentials[static_cast<std::size_t>(local.catalogIndex)];
        if (local.cohort) {
            int latest = 0;
            for (const Date& d : c.pace.starts)
                latest = std::max(latest, d.days() - p.start.days());
            lastDay += latest + 7LL * c.pace.weeks;
        } else {
            lastDay += (7 * local.hours + p.hoursPerWeek - 1) / p.hoursPerWeek + 1;
        }
    }
    lastDay = std::min<long long>(lastDay, 400LL * 366);
    if (p.deadline)
        lastDay = std::min<long long>(lastDay, p.deadline->days() - p.start.days());
    return p.start.plusDays(static_cast<int>(std::max<long long>(0, lastDay))).year() - p.start.year() + 1;
}

FundingLimit fundingLimit(const std::vector<FundingSource>& sources, int years) {
    FundingLimit limit;
    for (const auto& s : sources) {
        limit.residualShare *= 1.0 - std::clamp(s.share, 0.0, 100.0) / 100.0;
        if (!s.cap || limit.capTotal >= kNoCap) {
            limit.capTotal = kNoCap;
            continue;
        }
        limit.capTotal += cents(*s.cap) * (s.capPer == FundingSource::CapPer::Year ? years : 1);
    }
    return limit;
}

/// Every credential of `set` is needed: leaving out any one (not pinned) leaves no plan, so no
/// smaller set meets the goal in some order (holdings only grow, so a smaller plan inside `set`
/// would survive removing the last of the others in `set`'s order).
bool withoutSpare(const Catalog& catalog, const Profile& profile, const Goal& goal, const std::vector<std::string>& set,
                  const std::set<std::string>& pinned) {
    std::vector<const Credential*> credentials;
    for (const auto& id : set)
        credentials.push_back(catalog.findCredential(id));
    for (std::size_t skip = 0; skip < credentials.size(); ++skip) {
        if (pinned.count(credentials[skip]->id))
            continue;
        Holdings held = Holdings::fromProfile(profile, catalog);
        std::vector<char> taken(credentials.size(), 0);
        taken[skip] = 1;
        for (bool grew = true; grew;) {
            grew = false;
            for (std::size_t k = 0; k < credentials.size(); ++k)
                if (!taken[k] && isSatisfied(credentials[k]->prerequisites, held)) {
                    held.addCredential(*credentials[k]);
                    taken[k] = 1;
                    grew = true;
                }
        }
        if (std::all_of(taken.begin(), taken.end(), [](char t) { return t != 0; }) &&
            isSatisfied(goal.requirement, held))
            return false;
    }
    return true;
}

/// The best layout of one plan's credentials, over every valid order and payment option.
struct Layouts {
    std::optional<Plan> best;
    Score score;
    bool complete = true; ///< every layout was tried
    bool cohort = false;
};

class LayoutSearch {
public:
    LayoutSearch(const PlanningProblem& p, const Profile& profile, const PlanRequest& request,
                 std::optional<Amount> totalBudget, std::optional<Amount> ownBudget, std::optional<Date> deadline,
                 const StopClock& clock)
        : p_(p), profile_(profile), request_(request), totalBudget_(totalBudget), ownBudget_(ownBudget),
          deadline_(deadline), clock_(clock) {}

    Layouts run() {
        const std::size_t n = p_.credentials.size();
        held_.assign(p_.atoms.size(), 0);
        for (std::size_t a = 0; a < p_.atoms.size(); ++a)
            held_[a] = p_.atoms[a].initiallyHeld ? 1 : 0;
        used_.assign(n, 0);
        for (const auto& local : p_.credentials)
            out_.cohort = out_.cohort || local.cohort;
        for (const auto& options : p_.offers->options)
            if (options.empty())
                return std::move(out_); // nothing sells it: no layout
        order_.clear();
        orders(n);
        return std::move(out_);
    }

private:
    /// Each valid order, built one credential at a time.
    void orders(std::size_t n) {
        if (!out_.complete)
            return;
        if (order_.size() == n) {
            payments();
            return;
        }
        for (std::size_t c = 0; c < n; ++c) {
            if (used_[c] || !p_.formulas.eval(p_.credentials[c].root,
                                              [&](int a) { return held_[static_cast<std::size_t>(a)] != 0; }))
                continue;
            const std::vector<char> before = held_;
            for (int a : p_.credentials[c].provides)
                held_[static_cast<std::size_t>(a)] = 1;
            used_[c] = 1;
            order_.push_back(static_cast<int>(c));
            orders(n);
            order_.pop_back();
            used_[c] = 0;
            held_ = before;
        }
    }

    /// Every choice of payment option for the current order.
    void payments() {
        Payment payment;
        for (std::size_t c = 0; c < p_.credentials.size(); ++c)
            payment.set.push_back(static_cast<int>(c));
        const auto& options = p_.offers->options;
        std::vector<std::size_t> pick(options.size(), 0);
        for (;;) {
            if (++layouts_ > kMaxLayoutsPerPlan || clock_.stop()) {
                out_.complete = false;
                return;
            }
            payment.option.clear();
            for (std::size_t c = 0; c < options.size(); ++c)
                payment.option.push_back(options[c][pick[c]]);
            consider(payment);
            std::size_t k = 0;
            while (k < pick.size() && ++pick[k] == options[k].size())
                pick[k++] = 0;
            if (k == pick.size())
                return;
        }
    }

    void consider(const Payment& payment) {
        Plan plan =
            buildPlanInOrder(p_, profile_, request_.goal, order_, PlanStatus::Optimal, Objective::OutOfPocket, payment);
        if (plan.status == PlanStatus::Infeasible)
            return; // runs past the last date Cairn schedules
        if (deadline_ && plan.totals.completion > *deadline_)
            return;
        const Score score{cents(plan.outOfPocket), cents(plan.totals.cost), cents(plan.totals.hours)};
        if ((totalBudget_ && score.money > *totalBudget_) || (ownBudget_ && score.outOfPocket > *ownBudget_))
            return;
        if (!out_.best || score < out_.score) {
            out_.best = std::move(plan);
            out_.score = score;
        }
    }

    const PlanningProblem& p_;
    const Profile& profile_;
    const PlanRequest& request_;
    std::optional<Amount> totalBudget_, ownBudget_;
    std::optional<Date> deadline_;
    const StopClock& clock_;
    std::vector<char> held_, used_;
    std::vector<int> order_;
    long long layouts_ = 0;
    Layouts out_;
};

/// The question restricted to exactly `set`: every member pinned, everything else excluded.
PlanRequest onlyThese(const Catalog& catalog, const PlanRequest& request, const std::vector<std::string>& set) {
    PlanRequest only;
    only.goal = request.goal;
    only.objective = Objective::Cost;
    only.pinned = set;
    for (const auto& c : catalog.credentials)
        if (std::find(set.begin(), set.end(), c.id) == set.end())
            only.excluded.push_back(c.id);
    return only;
}

std::vector<std::string> idsOf(const Plan& plan) {
    std::vector<std::string> ids;
    for (const auto& pc : plan.credentials)
        ids.push_back(pc.id);
    return ids;
}

MessageArg moneyOf(Amount c, const Catalog& catalog) {
    return arg::money(static_cast<double>(c) / 100.0, catalog.currency);
}

class FundingSearch {
public:
    FundingSearch(const Catalog& catalog, const Profile& profile, const PlanRequest& request)
        : catalog_(catalog), profile_(profile), request_(request), clock_(request.timeLimit, request.cancel) {
        const std::optional<double> budget = request.budget ? request.budget : profile.budget;
        base_ = profile;
        base_.budget.reset();
        if (budget) {
            if (profile.budgetOn == BudgetBasis::OutOfPocket)
                ownBudget_ = cents(*budget);
            else
                totalBudget_ = cents(*budget);
        }
        money_ = request;
        money_.objective = Objective::Cost;
        money_.budget = profile.budgetOn == BudgetBasis::Total ? budget : std::nullopt;
    }

    Plan run() {
        const Goal* goal = catalog_.findGoal(request_.goal);
        Plan root = cheapest({}, {});
        if (!hasPlan(root.status) || !goal)
            return relabel(std::move(root));
        CompileOutcome compiled = compileProblem(catalog_, base_, money_, clock_);
        if (!compiled.problem)
            return relabel(std::move(root));
        limit_ = fundingLimit(profile_.funding, yearsTouched(*compiled.problem, catalog_));
        const FundingLimit& limit = limit_;
        const bool credits = compiled.problem->creditsGoal;
        std::set<std::string> userPins(request_.pinned.begin(), request_.pinned.end());
        userPins.insert(profile_.pinned.begin(), profile_.pinned.end());

        std::priority_queue<Part, std::vector<Part>, std::greater<>> parts;
        push(parts, {}, {}, root);
        int expanded = 0;
        Amount openBound = -1; // the bound of the first part not explored, when stopped early
        while (!parts.empty()) {
            Part part = parts.top();
            const Amount bound = limit.lowerBound(part.moneyBound);
            if (ownBudget_ && bound > *ownBudget_)
                break;
            if (best_ && (bound > best_->score.outOfPocket ||
                          (bound == best_->score.outOfPocket && part.moneyBound > best_->score.money)))
                break;
            if (expanded >= kMaxParts || clock_.stop()) {
                proven_ = false;
                why_ = expanded >= kMaxParts ? Code::WhyMorePlansUntried : Code::WhySearchStoppedEarly;
                openBound = bound;
                break;
            }
            parts.pop();
            ++expanded;
            // Spare credentials of a credits goal are not told apart (credits add up): every
            // plan found is tried, and the answer is not called optimal (below).
            if (credits || withoutSpare(catalog_, profile_, *goal, part.set, userPins))
                evaluate(part.set, part.moneyBound);
            std::vector<std::string> pinned = part.pinned;
            for (const auto& id : part.set) {
                if (userPins.count(id) || std::count(part.pinned.begin(), part.pinned.end(), id))
                    continue;
                std::vector<std::string> excluded = part.excluded;
                excluded.push_back(id);
                push(parts, pinned, excluded, cheapest(pinned, excluded));
                pinned.push_back(id);
            }
        }
        if (credits) {
            floor_ = std::min(floor_, limit.lowerBound(cents(root.totals.cost))); // no plan costs less
            proven_ = false;
            why_ = Code::WhySpareCredentials;
        }
        return answer(openBound);
    }

private:
    /// The cheapest plan with `pinned` and without `excluded` (the money searches prove it).
    Plan cheapest(const std::vector<std::string>& pinned, const std::vector<std::string>& excluded) {
        PlanRequest r = money_;
        r.pinned.insert(r.pinned.end(), pinned.begin(), pinned.end());
        r.excluded.insert(r.excluded.end(), excluded.begin(), excluded.end());
        r.timeLimit = remaining();
        return cairn::plan(catalog_, base_, r);
    }

    std::chrono::milliseconds remaining() const {
        if (request_.timeLimit.count() <= 0)
            return std::chrono::milliseconds{0};
        const auto left =
            std::chrono::duration_cast<std::chrono::milliseconds>(clock_.deadline() - StopClock::Clock::now());
        return std::max(std::chrono::milliseconds{1}, left);
    }

    void push(std::priority_queue<Part, std::vector<Part>, std::greater<>>& parts, std::vector<std::string> pinned,
              std::vector<std::string> excluded, const Plan& found) {
        if (found.status == PlanStatus::Infeasible)
            return; // proven: the part holds no plan
        if (!hasPlan(found.status)) {
            proven_ = false; // stopped before it knew
            why_ = Code::WhySearchStoppedEarly;
            floor_ = 0;
            return;
        }
        Part part;
        part.moneyBound = cents(found.totals.cost);
        if (found.status == PlanStatus::Feasible)
            part.moneyBound = found.bound ? std::min(part.moneyBound, cents(*found.bound)) : 0;
        part.sequence = sequence_++;
        part.pinned = std::move(pinned);
        part.excluded = std::move(excluded);
        part.set = idsOf(found);
        parts.push(std::move(part));
    }

    /// Every layout of exactly these credentials.
    void evaluate(const std::vector<std::string>& set, Amount money) {
        CompileOutcome only = compileProblem(catalog_, base_, onlyThese(catalog_, request_, set), clock_);
        if (!only.problem || only.problem->credentials.size() != set.size()) {
            proven_ = false;
            why_ = Code::WhySearchStoppedEarly;
            floor_ = std::min(floor_, limit_.lowerBound(money));
            return;
        }
        LayoutSearch search(*only.problem, base_, request_, totalBudget_, ownBudget_,
                            request_.deadline ? request_.deadline : profile_.deadline, clock_);
        Layouts layouts = search.run();
        if (!layouts.complete || layouts.cohort) {
            proven_ = false;
            why_ = layouts.cohort  ? Code::WhyCohortDatesGreedy
                   : clock_.stop() ? Code::WhySearchStoppedEarly
                                   : Code::WhyMoreOrdersUntried;
            floor_ = std::min(floor_, limit_.lowerBound(money));
        }
        if (layouts.best && (!best_ || layouts.score < best_->score))
            best_ = Best{std::move(*layouts.best), layouts.score};
    }

    static Plan relabel(Plan plan) {
        plan.objective = Objective::OutOfPocket;
        return plan;
    }

    Plan answer(Amount openBound) {
        if (!best_) {
            Plan none;
            none.objective = Objective::OutOfPocket;
            none.goal = request_.goal;
            none.hoursPerWeek = profile_.hoursPerWeek;
            none.start = profile_.start;
            none.totals.completion = profile_.start;
            none.status = proven_ ? PlanStatus::Infeasible : PlanStatus::Unknown;
            none.reason = {ownBudget_ ? Message{Code::OutOfPocketBudgetUnmet, {moneyOf(*ownBudget_, catalog_)}}
                                      : Message{Code::NoPlanMeetsConstraints, {}}};
            if (!proven_)
                none.reason.push_back({Code::OutOfPocketNotProven, {arg::clauses({Message{why_, {}}})}});
            return none;
        }
        Plan plan = std::move(best_->plan);
        plan.objective = Objective::OutOfPocket;
        plan.reason.clear();
        plan.bound.reset();
        plan.gap.reset();
        plan.status = proven_ ? PlanStatus::Optimal : PlanStatus::Feasible;
        if (!proven_) {
            const Amount open = openBound < 0 ? best_->score.outOfPocket : openBound;
            const Amount bound = std::clamp<Amount>(std::min(open, floor_), 0, best_->score.outOfPocket);
            plan.bound = static_cast<double>(bound) / 100.0;
            plan.gap = gapAbove(best_->score.outOfPocket, bound);
            plan.reason = {{Code::OutOfPocketLeastNotProven, {arg::clauses({Message{why_, {}}})}}};
        }
        return plan;
    }

    struct Best {
        Plan plan;
        Score score;
    };

    const Catalog& catalog_;
    const Profile& profile_;
    const PlanRequest& request_;
    StopClock clock_;
    Profile base_;
    PlanRequest money_;
    std::optional<Amount> totalBudget_, ownBudget_;
    std::optional<Best> best_;
    FundingLimit limit_;
    Amount floor_ = kNoCap; ///< no plan not fully tried pays less than this
    bool proven_ = true;
    Code why_ = Code::WhySearchStoppedEarly; ///< why the answer is not proven, a clause
    long long sequence_ = 0;
};

} // namespace

Plan planOutOfPocket(const Catalog& catalog, const Profile& profile, const PlanRequest& request) {
    return FundingSearch(catalog, profile, request).run();
}

} // namespace cairn::detail
