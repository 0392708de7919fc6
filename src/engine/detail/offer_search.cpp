#include "detail/offer_search.h"

#include "detail/credit_assignment.h"
#include "detail/dearer_rows.h"
#include "detail/landmarks.h"
#include "detail/mip_formulation.h"
#include "detail/offer_schedule.h"
#include "detail/ordering_cuts.h"
#include "detail/plan_weights.h"
#include "detail/schedule.h"

#include <algorithm>
#include <cmath>

namespace cairn::detail {

namespace {

using Terms = std::vector<std::pair<int, double>>;

bool completionMatters(const SearchSpec& spec) {
    return spec.primary == Metric::Completion || spec.secondary == Metric::Completion || spec.maxCompletionDay;
}

/// A plan and how it is paid, checked in integers.
struct Candidate {
    std::vector<int> set;
    Payment payment;
    Amount money = 0, hours = 0;
};

class OfferMip {
public:
    OfferMip(const PlanningProblem& p, const SearchSpec& spec, const SearchResult* incumbent)
        : p_(p), spec_(spec), incumbent_(incumbent), model_(*p.offers) {
        for (std::size_t i = 0; i < p.credentials.size(); ++i)
            if (p.credentials[i].mustTake())
                pinned_.push_back(static_cast<int>(i));
        limits_.deadline = spec.stop.deadline();
        limits_.cancel = spec.stop.cancelFlag();
        limits_.maxNodes = spec.mipNodes;
        // Measured on the benchmark's subscription catalogs: pseudo-cost branching took twice
        // the time to prove their cost and time questions (docs/performance.md, "Subscriptions").
        limits_.branching = MipLimits::Branching::DriebeckTomlin;
    }

    std::optional<SearchResult> run(Payment& payment) {
        MipCaps caps;
        if (spec_.maxCompletionDay) {
            const Amount hours = hoursForDay(p_, *spec_.maxCompletionDay);
            if (hours < 0)
                return noPlan();
            caps.maxHours = hours;
        }
        f_ = formulate(p_, caps);
        if (f_.impossible)
            return noPlan();
        if (spec_.maxCompletionDay)
            leaveOutCohortsEndingAfter(*spec_.maxCompletionDay);
        const Landmarks landmarks = computeLandmarks(p_, metricHours(), spec_.stop);
        if (landmarks.unreachable)
            return noPlan();
        for (const auto& set : landmarks.sets)
            addLandmarkRow(f_, set);
        addPaymentColumns();
        if (spec_.useBudget && p_.budget)
            f_.model.addRow(money_, -MipModel::kUnbounded, static_cast<double>(*p_.budget) + 0.5);

        const std::vector<double> start = startFor(incumbent_);
        if (spec_.news)
            limits_.onBound = [this](double bound) { spec_.news({nullptr, provenBelow(bound)}); };
        const Phase first = solve(spec_.primary, start.empty() ? nullptr : &start);
        limits_.onBound = nullptr; // the tie-break's bounds are on the secondary
        if (first.status == Phase::Failed)
            return std::nullopt;
        if (first.status == Phase::NoPlan)
            return noPlan();
        if (first.status != Phase::Proven)
            return unfinished(first, payment);
        const Amount best = value(spec_.primary, first.plan);
        if (spec_.secondary == spec_.primary)
            return finish(first.plan, true, payment);
        holdPrimary(best);
        // The first phase's plan still fits; its solution is a start unless a row raised its money.
        const Phase second = solve(spec_.secondary, first.values.empty() ? nullptr : &first.values);
        if (second.status == Phase::Failed || second.status == Phase::NoPlan)
            return std::nullopt; // the first phase's plan fits this phase: numerical trouble
        Candidate plan = first.plan;
        // A plan the solver stopped at may pay more in its schedule than the primary it held.
        if (second.found && value(spec_.primary, second.plan) == best &&
            value(spec_.secondary, second.plan) < value(spec_.secondary, plan))
            plan = second.plan;
        if (value(spec_.primary, plan) != best)
            return std::nullopt; // better than the proven optimum: trust neither
        return finish(plan, second.status == Phase::Proven, payment);
    }

private:
    struct Phase {
        enum Status { Proven, Stopped, NoPlan, Failed } status = Failed;
        bool found = false;
        Candidate plan;
        std::vector<double> values; ///< the solver's solution for `plan`, when it gave one
        double bound = 0;
    };

    /// The hours cap sees no dates: a cohort that cannot end by `day` even alone is in no plan
    /// that finishes by then.
    void leaveOutCohortsEndingAfter(int day) {
        for (std::size_t i = 0; i < p_.credentials.size(); ++i)
            if (!canFinishBy(p_, static_cast<int>(i), day))
                f_.model.setColumnBounds(f_.take[i], 0, 0);
    }

    std::vector<Amount> metricHours() const {
        std::vector<Amount> w;
        for (const auto& c : p_.credentials)
            w.push_back(c.hours);
        return w;
    }

    /// A binary per (credential, option), summing to the credential's own binary; a binary per
    /// bundle; an integer count of periods per subscription. Builds the money expression.
    void addPaymentColumns() {
        const std::size_t offers = model_.offers.size();
        std::vector<int> bundle(offers, -1);
        periods_.assign(offers, -1);
        for (std::size_t o = 0; o < offers; ++o) {
            const OfferLocal& offer = model_.offers[o];
            if (offer.kind == Offer::Kind::Bundle) {
                bundle[o] = f_.model.addColumn(0, 1, true);
                money_.emplace_back(bundle[o], static_cast<double>(offer.price));
            } else if (offer.kind == Offer::Kind::Subscription) {
                periods_[o] = f_.model.addColumn(0, static_cast<double>(mostPeriods(offer)), true);
                money_.emplace_back(periods_[o], static_cast<double>(offer.price));
            }
        }
        std::vector<Terms> selfHours(offers);
        pay_.assign(p_.credentials.size(), {});
        for (std::size_t i = 0; i < p_.credentials.size(); ++i) {
            Terms choice{{f_.take[i], -1.0}};
            for (int option : model_.options[i]) {
                const int y = f_.model.addColumn(0, 1, true);
                pay_[i].emplace_back(option, y);
                choice.emplace_back(y, 1.0);
                if (option == kOwnCost) {
                    money_.emplace_back(y, static_cast<double>(standaloneMoney(p_, static_cast<int>(i), option)));
                    continue;
                }
                const auto o = static_cast<std::size_t>(option);
                const OfferLocal& offer = model_.offers[o];
                if (offer.kind == Offer::Kind::OneTime) {
                    money_.emplace_back(y, static_cast<double>(offer.price));
                } else if (offer.kind == Offer::Kind::Bundle) {
                    f_.model.addRow({{bundle[o], 1.0}, {y, -1.0}}, 0.0, MipModel::kUnbounded);
                } else {
                    // At least the periods the credential needs on its own (one, its hours, a
                    // cohort's weeks): implied by the hours row below, but far tighter in the
                    // relaxation, where a fraction of a credential would pay a fraction of them.
                    const Amount least = modelPeriods(p_, offer, {static_cast<int>(i)});
                    const bool cohort = p_.credentials[i].cohort;
                    f_.model.addRow({{periods_[o], 1.0}, {y, -static_cast<double>(least)}}, 0.0, MipModel::kUnbounded);
                    if (!cohort)
                        selfHours[o].emplace_back(y, static_cast<double>(7 * p_.credentials[i].hours));
                }
            }
            f_.model.addRow(std::move(choice), 0.0, 0.0);
        }
        // periodDays × hours-per-week × periods >= 7 × the self-paced hours paid through it.
        for (std::size_t o = 0; o < offers; ++o) {
            if (selfHours[o].empty())
                continue;
            Terms row = selfHours[o];
            for (auto& t : row)
                t.second = -t.second;
            row.emplace_back(periods_[o], static_cast<double>(p_.hoursPerWeek * model_.offers[o].periodDays));
            f_.model.addRow(std::move(row), 0.0, MipModel::kUnbounded);
        }
        for (std::size_t i = 0; i < p_.credentials.size(); ++i)
            if (p_.credentials[i].hours != 0)
                hours_.emplace_back(f_.take[i], static_cast<double>(p_.credentials[i].hours));
    }

    /// The most periods any schedule pays a subscription: a run spans at most the whole plan,
    /// and each run rounds up by less than one period.
    Amount mostPeriods(const OfferLocal& offer) const {
        std::vector<int> everything(p_.credentials.size());
        for (std::size_t i = 0; i < everything.size(); ++i)
            everything[i] = static_cast<int>(i);
        return modelPeriods(p_, offer, everything) + static_cast<Amount>(offer.covers.size());
    }

    Terms terms(Metric m) const {
        switch (m) {
        case Metric::Cost:
            return money_;
        case Metric::Hours:
        case Metric::Completion:
            return hours_;
        case Metric::Balanced: {
            Terms t;
            for (const auto& [column, c] : money_)
                t.emplace_back(column, c * 100.0);
            for (const auto& [column, c] : hours_)
                t.emplace_back(column, c * static_cast<double>(p_.hourlyValue));
            return MipModel::merged(std::move(t));
        }
        }
        return {};
    }

    /// The metric of a checked plan, in the searches' units.
    Amount value(Metric m, const Candidate& c) const {
        if (m == Metric::Completion)
            return completionDayForHours(c.hours, p_.hoursPerWeek);
        return valueOfTotals(p_, m, c.money, c.hours);
    }

    /// The tie-break may not worsen the primary: integers, so +0.5 admits exactly the optimum.
    void holdPrimary(Amount best) {
        holding_ = true;
        if (spec_.primary == Metric::Completion)
            f_.model.addRow(hours_, -MipModel::kUnbounded,
                            static_cast<double>(hoursForDay(p_, static_cast<int>(best))));
        else
            f_.model.addRow(terms(spec_.primary), -MipModel::kUnbounded, static_cast<double>(best) + 0.5);
    }

    std::vector<int> setOf(const std::vector<double>& values) const {
        std::vector<int> set;
        for (std::size_t i = 0; i < f_.take.size(); ++i)
            if (values[static_cast<std::size_t>(f_.take[i])] > 0.5)
                set.push_back(static_cast<int>(i));
        return set;
    }

    bool isPlan(const std::vector<int>& set, const std::vector<double>& values) const {
        for (int c : pinned_)
            if (!std::binary_search(set.begin(), set.end(), c))
                return false;
        if (!orderPlan(p_, set))
            return false;
        if (!p_.creditsGoal || (!values.empty() && creditsCertified(p_, f_, values)))
            return true;
        return creditsMayHold(p_, set) && assignCredits(p_, set).feasible;
    }

    /// What of `set` can be taken in some order: when even that misses the goal, no part of
    /// `set` is a plan.
    bool someSubsetMayBePlan(const std::vector<int>& set) const {
        std::vector<char> held(p_.atoms.size(), 0);
        for (std::size_t a = 0; a < p_.atoms.size(); ++a)
            held[a] = p_.atoms[a].initiallyHeld ? 1 : 0;
        std::vector<int> taken, left = set;
        for (bool grew = true; grew;) {
            grew = false;
            std::vector<int> still;
            for (int c : left) {
                const auto& local = p_.credentials[static_cast<std::size_t>(c)];
                if (p_.formulas.eval(local.root, [&](int a) { return held[static_cast<std::size_t>(a)] != 0; })) {
                    for (int a : local.provides)
                        held[static_cast<std::size_t>(a)] = 1;
                    taken.push_back(c);
                    grew = true;
                } else {
                    still.push_back(c);
                }
            }
            left.swap(still);
        }
        std::sort(taken.begin(), taken.end());
        return static_cast<bool>(orderPlan(p_, taken));
    }

    /// A row that `set`, no plan, breaks and every plan meets: "take something outside it" when
    /// no part of it is a plan, else "not exactly this set".
    MipModel::Row cut(const std::vector<int>& set) const {
        MipModel::Row row;
        std::vector<char> in(f_.take.size(), 0);
        for (int c : set)
            in[static_cast<std::size_t>(c)] = 1;
        const bool outside = !someSubsetMayBePlan(set);
        double lower = 1.0;
        for (std::size_t i = 0; i < f_.take.size(); ++i) {
            if (!in[i])
                row.terms.emplace_back(f_.take[i], 1.0);
            else if (!outside) {
                row.terms.emplace_back(f_.take[i], -1.0);
                lower -= 1.0;
            }
        }
        row.lower = lower;
        return row;
    }

    Candidate candidate(const std::vector<int>& set, const std::vector<double>& values) const {
        Candidate c;
        c.set = set;
        c.payment.set = set;
        for (int i : set) {
            int chosen = kOwnCost;
            for (const auto& [option, column] : pay_[static_cast<std::size_t>(i)])
                if (values[static_cast<std::size_t>(column)] > 0.5)
                    chosen = option;
            c.payment.option.push_back(chosen);
            c.hours += p_.credentials[static_cast<std::size_t>(i)].hours;
        }
        c.money = modelMoney(p_, c.payment);
        return c;
    }

    /// A plan's money in its cheapest schedule (offer_schedule.h); the model's when that cannot
    /// be found exactly (the plan is then not proven: plan_builder.cpp).
    Amount scheduledMoney(const Payment& payment) const {
        const auto cheapest = cheapestSchedule(p_, payment);
        return cheapest ? cheapest->money : modelMoney(p_, payment);
    }

    /// A checked plan: its money is that of its cheapest schedule.
    Candidate plan(const std::vector<int>& set, const std::vector<double>& values) const {
        Candidate c = candidate(set, values);
        c.money = scheduledMoney(c.payment);
        return c;
    }

    /// The money the solver counts for its solution.
    double moneyOf(const std::vector<double>& values) const {
        double sum = 0;
        for (const auto& [column, c] : money_)
            sum += c * values[static_cast<std::size_t>(column)];
        return sum;
    }

    /// Rows saying that the plan pays more in its cheapest schedule than the solver counts
    /// (dearer_rows.h); empty when the solver's money is right.
    std::vector<MipModel::Row> dearerInSchedule(const Candidate& plan, const std::vector<double>& values) const {
        if (static_cast<double>(plan.money) <= moneyOf(values) + 0.5)
            return {};
        return dearerRows(p_, PaymentColumns{f_.take, pay_, periods_, money_}, plan.payment, plan.money, values);
    }

    /// Minimises `metric`, cutting off every set the solver proposes that is no plan.
    Phase solve(Metric metric, const std::vector<double>* start) {
        f_.model.clearObjective();
        for (const auto& [column, c] : MipModel::merged(terms(metric)))
            f_.model.setObjective(column, c);
        Phase phase;
        metric_ = metric;
        seen_.reset();
        // As in the MIP search (mip_search.cpp): lazy rows and a start need GLPK's presolver off,
        // which pays on models up to kLazyColumns; above, rows are added between solves.
        const bool small = f_.model.columns().size() <= kLazyColumns;
        for (;;) {
            const LazyRows lazy = [this](const std::vector<double>& values) { return lazyRows(values); };
            const MipOutcome out = solveMip(f_.model, limits_, small ? &lazy : nullptr, small ? start : nullptr);
            start = nullptr; // a row added since may cut the next solve's start off
            for (auto& row : found_)
                f_.model.addRow(std::move(row.terms), row.lower, row.upper);
            found_.clear();
            using S = MipOutcome::Status;
            if (out.status == S::Failed) {
                phase.status = Phase::Failed;
                return phase;
            }
            if (out.status == S::Infeasible) {
                phase.status = Phase::NoPlan;
                return phase;
            }
            phase.bound = std::max(phase.bound, out.bound);
            if (out.status == S::Stopped) {
                takeSeen(phase);
                phase.status = Phase::Stopped;
                return phase;
            }
            const std::vector<int> set = setOf(out.values);
            if (isPlan(set, out.values)) {
                Candidate found = plan(set, out.values);
                auto rows = dearerInSchedule(found, out.values);
                const bool dearer = !rows.empty();
                // Holding the primary, a plan dearer in its schedule breaks it: no plan of this phase.
                const bool better =
                    !(dearer && holding_) && (!phase.found || value(metric, found) < value(metric, phase.plan) ||
                                              (!dearer && value(metric, found) == value(metric, phase.plan)));
                if (better) {
                    phase.found = true;
                    phase.plan = found;
                    phase.values = dearer ? std::vector<double>{} : out.values;
                }
                if (!dearer || out.status != S::Optimal) {
                    // Without the row the solver's money was exact, so its optimum is this plan.
                    phase.status = !dearer && out.status == S::Optimal ? Phase::Proven : Phase::Stopped;
                    if (phase.status == Phase::Stopped)
                        takeSeen(phase);
                    return phase;
                }
                for (auto& row : rows)
                    f_.model.addRow(std::move(row.terms), row.lower, row.upper);
                continue;
            }
            OrderingCuts cuts = orderingCuts(p_, set, f_.take);
            if (!cuts.rows.empty() && isPlan(cuts.placed, {})) {
                // The part that can be ordered is a plan, paid as the solver pays those
                // credentials: money and hours never rise when credentials are left out, so it is
                // no worse than the solver's optimum, a lower bound, and optimal too.
                const Candidate placed = plan(cuts.placed, out.values); // priced at its schedule
                if (value(metric, placed) <= value(metric, candidate(set, out.values))) {
                    phase.found = true;
                    phase.plan = placed;
                    phase.status = out.status == S::Optimal ? Phase::Proven : Phase::Stopped;
                    return phase;
                }
            }
            for (auto& row : rowsAgainst(set, std::move(cuts.rows)))
                f_.model.addRow(std::move(row.terms), row.lower, row.upper);
            if (out.status != S::Optimal) {
                takeSeen(phase);
                phase.status = Phase::Stopped; // out of time with a set that is no plan
                return phase;
            }
        }
    }

    /// Rows that `set`, no plan, breaks and every plan meets: the ordering cuts `cuts` of its
    /// stuck credentials and the landmark it misses, which also joins the problem's learned
    /// landmarks. Without a landmark (its closure meets the goal, but the exact check of credits
    /// or pins fails), the cut of this one set.
    std::vector<MipModel::Row> rowsAgainst(const std::vector<int>& set, std::vector<MipModel::Row> cuts) const {
        std::vector<int> landmark = landmarkMissedBy(p_, set, pinned_);
        if (landmark.empty()) {
            cuts.push_back(cut(set));
            return cuts;
        }
        MipModel::Row row;
        row.lower = 1.0;
        for (int c : landmark)
            row.terms.emplace_back(f_.take[static_cast<std::size_t>(c)], 1.0);
        row.upper = MipModel::kUnbounded;
        p_.learnedLandmarks.push_back(std::move(landmark));
        cuts.push_back(std::move(row));
        return cuts;
    }

    /// What GLPK adds when an integral solution is no plan; kept for the next solves too.
    std::vector<MipModel::Row> lazyRows(const std::vector<double>& values) {
        const std::vector<int> set = setOf(values);
        if (isPlan(set, values)) {
            const Candidate found = plan(set, values);
            auto rows = dearerInSchedule(found, values);
            if (spec_.news && !(!rows.empty() && holding_)) // a plan all the same, unless it breaks the hold
                spec_.news({&found.set, std::nullopt, &found.payment});
            if (rows.empty())
                return {};
            remember(found);
            found_.insert(found_.end(), rows.begin(), rows.end());
            return rows;
        }
        std::vector<MipModel::Row> rows = rowsAgainst(set, orderingCuts(p_, set, f_.take).rows);
        found_.insert(found_.end(), rows.begin(), rows.end());
        return rows;
    }

    /// A plan the solver proposed within one solve and that its row then cut off, since it pays
    /// more in its schedule than counted: still a plan, at its schedule's money, which the phase
    /// keeps when the solver stops with nothing better. Never while the primary is held.
    void remember(const Candidate& found) {
        if (holding_)
            return;
        if (!seen_ || value(metric_, found) < value(metric_, *seen_))
            seen_ = found;
    }

    /// The phase's plan, or the best plan cut off within its solves when that is better.
    void takeSeen(Phase& phase) {
        if (seen_ && (!phase.found || value(metric_, *seen_) < value(metric_, phase.plan))) {
            phase.found = true;
            phase.plan = *seen_;
            phase.values.clear();
        }
    }

    /// Every column's value for the searches' plan with its cheapest payment under the offers:
    /// the model solved with the plan's credentials fixed. Empty when there is none.
    /// A start must pay what its schedule pays, since GLPK prunes with it: when it pays more,
    /// the row saying so joins the model and the start is solved again.
    std::vector<double> startFor(const SearchResult* plan) {
        if (!plan || !plan->found || f_.model.columns().size() > kLazyColumns)
            return {};
        MipLimits fixedLimits = limits_;
        fixedLimits.maxNodes = 0; // the node limit is the question's; this model is one plan's
        for (int attempt = 0; attempt < 8; ++attempt) {
            MipModel fixed = withPlanFixed(f_, plan->set);
            fixed.clearObjective();
            for (const auto& [column, c] : MipModel::merged(terms(spec_.primary)))
                fixed.setObjective(column, c);
            const MipOutcome out = solveMip(fixed, fixedLimits);
            if (out.status != MipOutcome::Status::Optimal)
                return {};
            auto rows = dearerInSchedule(this->plan(plan->set, out.values), out.values);
            if (rows.empty())
                return out.values;
            for (auto& row : rows)
                f_.model.addRow(std::move(row.terms), row.lower, row.upper);
        }
        return {};
    }

    SearchResult noPlan() const {
        SearchResult r;
        r.exhaustive = true;
        return r;
    }

    /// The solver's bound on the primary objective in its own unit, rounded down past the
    /// solver's tolerances.
    Amount provenBelow(double bound) const {
        const Amount below = std::max<Amount>(0, static_cast<Amount>(std::floor(bound * (1 - 1e-9) - 1e-6)));
        if (spec_.primary == Metric::Completion)
            return std::max<Amount>(0, completionDayForHours(below, p_.hoursPerWeek));
        return below;
    }

    std::optional<SearchResult> unfinished(const Phase& phase, Payment& payment) const {
        SearchResult r;
        r.rootBound = provenBelow(phase.bound);
        if (!phase.found)
            return r;
        auto result = finish(phase.plan, false, payment);
        if (result)
            result->rootBound = std::min(r.rootBound, result->primary);
        return result;
    }

    /// The checked plan with its exact totals; empty when it breaks a limit measured exactly.
    std::optional<SearchResult> finish(const Candidate& plan, bool proven, Payment& payment) const {
        if (spec_.useBudget && p_.budget && plan.money > *p_.budget)
            return std::nullopt;
        if (spec_.maxCompletionDay && completionDayForHours(plan.hours, p_.hoursPerWeek) > *spec_.maxCompletionDay)
            return std::nullopt;
        SearchResult r;
        r.found = true;
        r.exhaustive = proven;
        r.set = plan.set;
        r.primary = value(spec_.primary, plan);
        r.secondary = value(spec_.secondary, plan);
        r.rootBound = r.primary;
        payment = plan.payment;
        return r;
    }

    const PlanningProblem& p_;
    const SearchSpec& spec_;
    const SearchResult* incumbent_ = nullptr;
    const OfferModel& model_;
    std::vector<MipModel::Row> found_; ///< lazy rows GLPK added to one solve, for the next
    std::vector<int> pinned_;
    bool holding_ = false;          ///< the tie-break's phase: the primary is held at its optimum
    Metric metric_ = Metric::Cost;  ///< what the current solve minimises
    std::optional<Candidate> seen_; ///< remember()
    MipLimits limits_;
    MipFormulation f_;
    Terms money_, hours_;
    std::vector<std::vector<std::pair<int, int>>> pay_; ///< per credential: (option, column)
    std::vector<int> periods_; ///< per offer: its column of periods when a subscription, else -1
};

} // namespace

Amount hoursForDay(const PlanningProblem& p, int day) {
    // completionDayForHours(h) <= day  <=>  7h <= (day + 1) × hours per week.
    return (static_cast<Amount>(day) + 1) * p.hoursPerWeek / 7;
}

std::optional<SearchResult> searchWithOffers(const PlanningProblem& problem, const SearchSpec& spec, Payment& payment,
                                             const SearchResult* incumbent) {
    if (!problem.offers)
        return std::nullopt;
    const bool cohorts = std::any_of(problem.credentials.begin(), problem.credentials.end(),
                                     [](const CredentialLocal& c) { return c.cohort; });
    if (cohorts && completionMatters(spec))
        return std::nullopt; // the completion of a cohort plan is not a matter of hours
    return OfferMip(problem, spec, incumbent).run(payment);
}

std::optional<SearchResult> searchWithOffersByHours(const PlanningProblem& problem, const SearchSpec& spec,
                                                    Payment& payment, const SearchResult* incumbent) {
    if (!problem.offers || spec.primary == Metric::Completion || spec.secondary == Metric::Completion)
        return std::nullopt;
    return OfferMip(problem, spec, incumbent).run(payment);
}

} // namespace cairn::detail
