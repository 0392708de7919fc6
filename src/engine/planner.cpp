#include "cairn/engine/planner.h"

#include "cairn/engine/holdings.h"
#include "cairn/engine/limits.h"
#include "detail/cohort_offers.h"
#include "detail/cohort_relaxation.h"
#include "detail/funding_search.h"
#include "detail/hold_planner.h"
#include "detail/mip_formulation.h"
#include "detail/offer_search.h"
#include "detail/plan_builder.h"
#include "detail/plan_search.h"
#include "detail/plan_weights.h"
#include "detail/planning_problem.h"
#include "detail/progress_report.h"
#include "detail/schedule.h"

#include <algorithm>
#include <cstdio>

namespace cairn {

using namespace detail;

namespace {

SearchSpec specFor(Objective objective) {
    SearchSpec s;
    switch (objective) {
    case Objective::Cost:
    case Objective::CostToHold: // on a catalog whose costs include the fees to hold (hold_planner.cpp)
        s.primary = Metric::Cost;
        s.secondary = Metric::Hours;
        break;
    case Objective::Effort:
        s.primary = Metric::Hours;
        s.secondary = Metric::Cost;
        break;
    case Objective::Balanced:
        s.primary = Metric::Balanced;
        s.secondary = Metric::Hours;
        break;
    case Objective::Time:
        s.primary = Metric::Completion;
        s.secondary = Metric::Cost;
        break;
    case Objective::OutOfPocket: // answered by planOutOfPocket(); its parts are cost questions
        s.primary = Metric::Cost;
        s.secondary = Metric::Hours;
        break;
    }
    return s;
}

bool involvesCompletion(const SearchSpec& s) {
    return s.primary == Metric::Completion || s.secondary == Metric::Completion || s.maxCompletionDay.has_value();
}

/// Whether the money of a plan is proven minimal, when a shared offer meets cohort dates.
struct MoneyProof {
    bool unproven = false;            ///< then nothing found is called optimal
    std::optional<Amount> leastMoney; ///< when unproven and known: no plan that meets the dates costs less
};

/// The search that proves money minimal for this problem: the offer MIP when a subscription or
/// bundle is shared by credentials of the question, else the searches over sums. Where the
/// completion date matters and cohorts are in play, the MIP bounds the plans that finish in time
/// (cohort_offers.h); when it cannot, `proof.unproven` is set, each credential is priced on its
/// own and nothing found is called optimal. `searched`, when given, receives the fast searches'
/// plan (each credential priced on its own) whenever the offer MIP was asked too.
SearchResult searchMoney(const PlanningProblem& p, const SearchSpec& spec, Payment& payment, MoneyProof& proof,
                         SearchResult* searched = nullptr) {
    proof = {};
    if (!p.offers || !p.offers->shared) {
        SearchResult r = searchPlan(p, spec);
        payment = standalonePayment(p, r.set);
        return r;
    }
    // First a plan with each credential priced on its own (the fast searches), so that a question
    // the offer MIP cannot settle in time still gets a plan, with the MIP's bound. Their bounds
    // on money hold only for money priced that way.
    SearchSpec priced = spec;
    if (spec.primary != Metric::Hours)
        priced.news = plansOnly(spec.news);
    SearchResult alone = searchPlan(p, priced);
    if (searched)
        *searched = alone;
    const Payment alonePayment = standalonePayment(p, alone.set);
    Payment mipPayment;
    const auto viaOffers = searchWithOffers(p, spec, mipPayment, &alone);
    if (!viaOffers) {
        if (auto answer = searchCohortsWithOffers(p, spec, alone, alonePayment)) {
            proof = {!answer->proven, answer->leastMoney};
            payment = answer->payment;
            return answer->result;
        }
        proof.unproven = true;
        payment = alonePayment;
        return alone;
    }
    if (viaOffers->exhaustive || viaOffers->found || !alone.found) {
        payment = mipPayment;
        if (!viaOffers->exhaustive && !viaOffers->found && alone.found)
            return alone;
        return *viaOffers;
    }
    // Stopped before the MIP found a plan: the searches' plan, with the MIP's bound.
    alone.exhaustive = false;
    alone.rootBound = std::min(alone.primary, viaOffers->rootBound);
    payment = alonePayment;
    return alone;
}

SearchResult searchMoney(const PlanningProblem& p, const SearchSpec& spec) {
    Payment payment;
    MoneyProof proof;
    return searchMoney(p, spec, payment, proof);
}

using Code = Message::Code;

const Message kSharedOffersUnproven{Code::SharedOffersUnproven, {}};

MessageArg moneyArg(const PlanningProblem& p, Amount cents) {
    return arg::money(static_cast<double>(cents) / 100.0, p.catalog->currency);
}

/// "finishes on 2027-03-01", or "after 2200-12-31" for a day beyond the last date Cairn
/// schedules (a bound from hours alone can be centuries away, past any date that can be written).
Message deadlineMissed(const PlanningProblem& p, Date deadline, Amount day) {
    if (day > horizonDay(p))
        return {Code::DeadlineMissedBeyondDates, {arg::date(deadline), arg::date(limits::lastDate())}};
    return {Code::DeadlineMissed, {arg::date(deadline), arg::date(p.start.plusDays(static_cast<int>(day)))}};
}

/// Work the questions that explain an infeasible answer get, in the searches' checks of their
/// stop condition and the MIP's nodes: counts, so that the reason is the same on every run. (The
/// checks bound the searches of questions the MIP does not take; where it does, the portfolio
/// gives its searches their own share first, search_portfolio.cpp: with 2,000 checks instead,
/// the explanations of plancheck's infeasible budgets at 10,000 credentials took as long.) The
/// proof is done by then; finding the cheapest plan without the budget can take a MIP far
/// longer than the proof did (a 1,000-credential credits goal: 0.06 s to prove no plan fits the
/// budget, more than 10 s for the cheapest plan without it), so beyond this the reason names the
/// cheapest plan found instead (docs/performance.md). On models above kLazyColumns columns a
/// node's cuts alone can take seconds (plancheck's 10,000 credentials: 48 nodes in 12 s), so there
/// the MIP stops after its relaxation, whose bound the reason names with the plan rounded from it.
constexpr long long kExplanationChecks = 2000;
constexpr long long kExplanationNodes = 200;

/// The budget against the cheapest plan: exact when proven, else the cheapest found and, when it
/// says more than the budget does, the bound the search proved.
Message tooSmall(const PlanningProblem& p, const SearchResult& cheapest) {
    const MessageArg budget = moneyArg(p, p.budget.value_or(0));
    if (cheapest.exhaustive)
        return {Code::BudgetTooSmall, {budget, moneyArg(p, cheapest.primary)}};
    if (p.budget && cheapest.rootBound > *p.budget)
        return {Code::BudgetTooSmallWithin, {budget, moneyArg(p, cheapest.rootBound), moneyArg(p, cheapest.primary)}};
    return {Code::BudgetTooSmallCheapestFound, {budget, moneyArg(p, cheapest.primary)}};
}

/// Why an exhaustive search found nothing: try the constraints one at a time.
Sentences infeasibleReason(const PlanningProblem& p, const SearchSpec& spec, const Goal& goal) {
    SearchSpec free = spec;
    free.news = nullptr; // other questions than the one asked: no progress to report
    free.stopChecks = kExplanationChecks;
    free.mipNodes = kExplanationNodes;
    free.relaxationOnlyAbove = kLazyColumns;
    free.useBudget = false;
    free.maxCompletionDay.reset();
    free.primary = Metric::Cost;
    free.secondary = Metric::Cost; // only the cheapest cost is read: no tie-break to settle
    const SearchResult cheapest = searchMoney(p, free);
    if (!cheapest.found && !cheapest.exhaustive) { // the work to explain it ran out
        if (!spec.useBudget || !p.budget || spec.maxCompletionDay)
            return {{Code::NoPlanMeetsConstraints, {}}};
        // Only the budget constrains the question, and no plan within it exists (proven).
        if (cheapest.rootBound > *p.budget)
            return {{Code::BudgetUnmetBelowBound, {moneyArg(p, *p.budget), moneyArg(p, cheapest.rootBound)}}};
        return {{Code::BudgetUnmet, {moneyArg(p, *p.budget)}}};
    }
    if (!cheapest.found)
        return {{p.creditsGoal ? Code::NoCreditsCombination : Code::NoCombination, {arg::text(goal.title)}}};
    SearchSpec fastest = free;
    fastest.primary = Metric::Completion;
    fastest.secondary = Metric::Cost;
    const bool budgetBinds = spec.useBudget && p.budget && cheapest.primary > *p.budget;
    // Not proven the cheapest: still, every plan costs more than the budget (that is proven),
    // and the cheapest found shows how much more at most.
    const Message budgetTooSmall = tooSmall(p, cheapest);
    if (budgetBinds && !spec.maxCompletionDay)
        return {budgetTooSmall};
    if (spec.maxCompletionDay) {
        const SearchResult soonest = searchMoney(p, fastest);
        const Date deadline = p.start.plusDays(*spec.maxCompletionDay);
        if (!cheapest.exhaustive || !soonest.exhaustive) { // which of the two binds is not settled
            if (!spec.useBudget || !p.budget)
                return {{Code::DeadlineUnmet, {arg::date(deadline)}}};
            return {{Code::BudgetAndDeadlineUnsettled, {moneyArg(p, *p.budget), arg::date(deadline)}}};
        }
        if (soonest.found && soonest.primary > *spec.maxCompletionDay) {
            Sentences why{deadlineMissed(p, deadline, soonest.primary)};
            if (budgetBinds)
                why.push_back({Code::BudgetAlsoTooSmall, {moneyArg(p, cheapest.primary)}});
            return why;
        }
        if (budgetBinds)
            return {budgetTooSmall};
        return {{Code::BudgetAndDeadline, {moneyArg(p, p.budget.value_or(0)), arg::date(deadline)}}};
    }
    return {{Code::NoPlanMeetsConstraints, {}}};
}

Plan noPlan(PlanStatus status, const Profile& profile, const PlanRequest& request, Sentences reason) {
    Plan plan;
    plan.status = status;
    plan.objective = request.objective;
    plan.goal = request.goal;
    plan.reason = std::move(reason);
    plan.hoursPerWeek = profile.hoursPerWeek;
    plan.start = profile.start;
    plan.totals.completion = profile.start;
    return plan;
}

/// Proven: no plan exists.
Plan infeasiblePlan(const Profile& profile, const PlanRequest& request, Sentences reason) {
    return noPlan(PlanStatus::Infeasible, profile, request, std::move(reason));
}

/// Not known: the question stopped before any plan was found, or a plan may have been missed.
Plan unknownPlan(const Profile& profile, const PlanRequest& request, Sentences reason) {
    return noPlan(PlanStatus::Unknown, profile, request, std::move(reason));
}

Sentences stoppedReason(const PlanRequest& request) {
    return {{request.cancel && request.cancel->load() ? Code::StoppedCancelled : Code::StoppedTimeLimit, {}}};
}

/// Builds the search spec for a request, or a reason it cannot be asked.
std::optional<Message> prepare(const PlanningProblem& p, const Profile& profile, const PlanRequest& request,
                               const StopClock& clock, SearchSpec& spec) {
    spec = specFor(request.objective);
    spec.stop = clock;
    spec.progress = request.progress;
    if (p.deadline) {
        if (*p.deadline < profile.start)
            return Message{Code::DeadlineBeforeStart, {arg::date(*p.deadline), arg::date(profile.start)}};
        spec.maxCompletionDay = p.deadline->days() - profile.start.days();
    }
    if (!(profile.hoursPerWeek > 0))
        return Message{Code::NoHoursPerWeek, {}};
    return std::nullopt;
}

/// Records the best proven bound of a plan that is not proven optimal, and its gap
/// (text::PlanWords words them).
void attachBound(Plan& plan, const SearchSpec& spec, const SearchResult& r) {
    const Amount bound = std::min(r.rootBound, r.primary); // the plan itself is never below the best
    plan.bound = inPlanUnits(spec.primary, bound);
    plan.gap = gapAbove(r.primary, bound);
}

/// The MIP's plan (`r`, built as `modelled`) may pay more in its schedule than its
/// subscriptions' hours need. Then the fast searches' plan, each credential bought on its own
/// (its schedule costs exactly its money), is the answer when its schedule costs less, with the
/// same bound: the proven minimum when the MIP finished (and a reason naming both amounts), else
/// the bound it reached. Only for the cost objective: the others weigh hours or dates, which the
/// two plans trade differently.
Plan cheaperToSchedule(const PlanningProblem& p, const Profile& profile, const PlanRequest& request,
                       const SearchSpec& spec, const SearchResult& r, Plan modelled, const SearchResult& searched) {
    if (spec.primary != Metric::Cost || !searched.found || !modelled.bound)
        return modelled;
    const Payment onItsOwn = standalonePayment(p, searched.set);
    Plan other = buildPlan(p, profile, request.goal, searched.set, PlanStatus::Feasible, request.objective, &onItsOwn);
    const Amount otherCost = toCents(other.totals.cost);
    if (other.status != PlanStatus::Feasible || otherCost >= toCents(modelled.totals.cost))
        return modelled;
    const Amount bound = r.exhaustive ? r.primary : std::min(r.rootBound, r.primary);
    other.reason = modelled.reason;
    if (r.exhaustive)
        other.reason = {{Code::SharedPlanSchedulesDearer,
                         {moneyArg(p, r.primary), arg::money(modelled.totals.cost, p.catalog->currency)}}};
    other.bound = inPlanUnits(spec.primary, bound);
    other.gap = gapAbove(otherCost, bound);
    return other;
}

} // namespace

Plan plan(const Catalog& catalog, const Profile& given, const PlanRequest& request) {
    // Credentials that lapsed before the plan starts are no longer held (profile.h).
    const Profile profile = heldOnStart(given);
    if (request.objective == Objective::CostToHold)
        return planToHold(catalog, profile, request);
    if (request.objective == Objective::OutOfPocket)
        return planOutOfPocket(catalog, profile, request);
    if (profile.budgetOn == BudgetBasis::OutOfPocket && (request.budget || profile.budget))
        return unknownPlan(profile, request, {{Code::OutOfPocketBudgetNeedsObjective, {}}});
    // One clock for the whole question: compilation, dominance, landmarks, the searches and the
    // explanation of an infeasible answer all count against the same limit.
    const auto started = StopClock::Clock::now();
    const StopClock clock(request.timeLimit, request.cancel);
    CompileOutcome compiled = compileProblem(catalog, profile, request, clock);
    if (compiled.stopped)
        return unknownPlan(profile, request, stoppedReason(request));
    if (!compiled.problem)
        return infeasiblePlan(profile, request,
                              {compiled.infeasibleReason.value_or(Message{Code::NoPlanMeetsConstraints, {}})});
    const PlanningProblem& p = *compiled.problem;
    SearchSpec spec;
    if (auto why = prepare(p, profile, request, clock, spec))
        return infeasiblePlan(profile, request, {*why});
    ProgressReport progress(p, profile, request, spec, started);
    spec.news = progress.sink();
    spec.progress = progress.nodeCounter();

    Payment payment;
    MoneyProof money;
    SearchResult searched;
    SearchResult r = searchMoney(p, spec, payment, money, &searched);
    const bool moneyUnproven = money.unproven;
    const bool sharedOffers = p.offers && p.offers->shared;
    const bool greedyDates = r.cohortRejected || (involvesCompletion(spec) && !r.completionExact);
    if (r.found && r.exhaustive && !sharedOffers && greedyDates) {
        if (auto proven = provenWithoutCohortDates(p, spec, r)) { // greedy cohort dates, and yet the optimum
            r = std::move(*proven);
            payment = standalonePayment(p, r.set);
        }
    }
    const Goal& goal = *catalog.findGoal(request.goal);
    if (!r.found) {
        // "Infeasible" only when the search proved it; a stop or a greedy cohort choice proves nothing.
        if (!r.exhaustive)
            return unknownPlan(profile, request, stoppedReason(request));
        if (moneyUnproven)
            return unknownPlan(profile, request, {kSharedOffersUnproven, {Code::NoPlanFoundThatWay, {}}});
        // The relaxed question prices each credential on its own: a proof only without shared offers.
        if (greedyDates && (sharedOffers || !noPlanEvenWithoutCohortDates(p, spec))) {
            Sentences why = infeasibleReason(p, spec, goal);
            why.push_back({Code::CohortDatesGreedy, {}});
            return unknownPlan(profile, request, std::move(why));
        }
        // Proven; finding the reason can take longer than the proof (the cheapest plan without a
        // budget, say), so a listener hears that the answer is known.
        progress.explaining();
        return infeasiblePlan(profile, request, infeasibleReason(p, spec, goal));
    }
    const bool proven =
        r.exhaustive && !r.cohortRejected && (!involvesCompletion(spec) || r.completionExact) && !moneyUnproven;
    Plan result = buildPlan(p, profile, request.goal, r.set, proven ? PlanStatus::Optimal : PlanStatus::Feasible,
                            request.objective, &payment);
    if (p.budget && spec.useBudget && toCents(result.totals.cost) > *p.budget)
        return unknownPlan(profile, request,
                           {{Code::ScheduleOverBudget, {arg::money(result.totals.cost, catalog.currency)}}});
    if (proven && result.status == PlanStatus::Feasible) {
        attachBound(result, spec, r); // the schedule pays more than the money proven minimal
    } else if (moneyUnproven && r.exhaustive) {
        result.reason = {kSharedOffersUnproven};
        if (money.leastMoney)
            result.reason = {{Code::SharedOffersAtLeast, {moneyArg(p, *money.leastMoney)}}};
    } else if (!r.exhaustive) {
        result.reason = {{Code::StoppedEarly, {}}};
        attachBound(result, spec, r);
    } else if (!proven) {
        result.reason = {{r.cohortRejected ? Code::CohortDatesGreedySetsAside : Code::CohortDatesGreedySetOptimal, {}}};
        attachBound(result, spec, r);
    }
    // Proven under the model, or stopped: either way the searches' plan may schedule cheaper.
    if (result.status == PlanStatus::Feasible && (proven || (!r.exhaustive && !moneyUnproven)))
        return cheaperToSchedule(p, profile, request, spec, r, std::move(result), searched);
    return result;
}

std::vector<Plan> paretoFront(const Catalog& catalog, const Profile& given, const PlanRequest& request,
                              PlanStatus* emptyStatus) {
    // Credentials that lapsed before the plan starts are no longer held (profile.h).
    const Profile profile = heldOnStart(given);
    std::vector<Plan> front;
    PlanStatus ignored = PlanStatus::Infeasible;
    PlanStatus& whyEmpty = emptyStatus ? *emptyStatus : ignored;
    whyEmpty = PlanStatus::Infeasible;
    const StopClock clock(request.timeLimit, request.cancel);
    CompileOutcome compiled = compileProblem(catalog, profile, request, clock);
    if (compiled.stopped)
        whyEmpty = PlanStatus::Unknown;
    if (!compiled.problem)
        return front;
    const PlanningProblem& p = *compiled.problem;
    SearchSpec spec;
    if (prepare(p, profile, request, clock, spec))
        return front;
    // Cheapest first; then, again and again, the cheapest plan that finishes strictly earlier.
    spec.primary = Metric::Cost;
    spec.secondary = Metric::Completion;
    for (int guard = 0; guard < 500; ++guard) {
        Payment payment;
        MoneyProof money;
        const SearchResult r = searchMoney(p, spec, payment, money);
        const bool moneyUnproven = money.unproven;
        if (!r.found) {
            if (front.empty() && (!r.exhaustive || !r.completionExact || r.cohortRejected || moneyUnproven))
                whyEmpty = PlanStatus::Unknown;
            break;
        }
        const bool proven = r.exhaustive && r.completionExact && !r.cohortRejected && !moneyUnproven;
        Plan point = buildPlan(p, profile, request.goal, r.set, proven ? PlanStatus::Optimal : PlanStatus::Feasible,
                               Objective::Cost, &payment);
        if (moneyUnproven)
            point.reason = {kSharedOffersUnproven};
        const int day = static_cast<int>(r.secondary);
        if (point.status != PlanStatus::Infeasible) // one that runs past the last date has no place
            front.push_back(std::move(point));
        if (!r.exhaustive || day < 0)
            break;
        spec.maxCompletionDay = day - 1;
    }
    return front;
}

namespace {

/// The unmet parts of a requirement: items, and for a group the options still open, an option
/// of several unmet parts as an "all" group of them.
void collectUnmet(const Requirement& r, const Holdings& h, std::vector<Requirement>& out) {
    if (isSatisfied(r, h))
        return;
    if (r.isItem()) {
        out.push_back(r);
        return;
    }
    if (r.kind == Requirement::Kind::All) {
        for (const auto& m : r.members)
            collectUnmet(m, h, out);
        return;
    }
    Requirement open = r;
    open.members.clear();
    for (const auto& m : r.members) {
        std::vector<Requirement> parts;
        collectUnmet(m, h, parts);
        if (parts.size() == 1)
            open.members.push_back(std::move(parts.front()));
        else if (!parts.empty())
            open.members.push_back(Requirement::all(std::move(parts)));
    }
    out.push_back(std::move(open));
}

/// Adds the items of `r` to the gap; the items of an "any" or "at least k" group (and of the
/// groups nested in it) belong to the innermost such group.
void addGapItems(const Requirement& r, const Holdings& h, int group, Gap& g) {
    if (r.isItem()) {
        GapItem gi;
        gi.item = r.itemText();
        gi.met = h.has(r);
        gi.heldLevel = r.kind == Requirement::Kind::Skill ? h.level(r.id) : (gi.met ? 1 : 0);
        gi.group = group;
        g.items.push_back(std::move(gi));
        return;
    }
    if (r.kind == Requirement::Kind::Any || r.kind == Requirement::Kind::AtLeast) {
        group = static_cast<int>(g.groups.size());
        g.groups.push_back({r.needed(), static_cast<int>(r.members.size()), isSatisfied(r, h)});
    }
    for (const auto& m : r.members)
        addGapItems(m, h, group, g);
}

} // namespace

Gap gap(const Catalog& catalog, const Profile& given, const std::string& goalId) {
    // Credentials that lapsed before the plan starts are no longer held (profile.h).
    const Profile profile = heldOnStart(given);
    Gap g;
    g.goal = goalId;
    const Goal* goal = catalog.findGoal(goalId);
    if (!goal)
        return g;
    const Holdings h = Holdings::fromProfile(profile, catalog);
    addGapItems(goal->requirement, h, -1, g);
    g.goalMet = isSatisfied(goal->requirement, h);
    if (goal->kind == Goal::Kind::Credits) {
        for (const auto& id : profile.completed)
            if (const Credential* c = catalog.findCredential(id))
                for (const auto& offer : c->credits)
                    if (offer.program == goal->program) {
                        g.credits += offer.credits;
                        break;
                    }
        g.goalMet = g.goalMet && g.credits >= goal->minCredits;
    }
    return g;
}

std::vector<Availability> availability(const Catalog& catalog, const Profile& given) {
    // Credentials that lapsed before the plan starts are no longer held (profile.h).
    const Profile profile = heldOnStart(given);
    std::vector<Availability> out;
    out.reserve(catalog.credentials.size());
    const Holdings h = Holdings::fromProfile(profile, catalog);
    for (const auto& c : catalog.credentials) {
        Availability a;
        a.credential = c.id;
        if (h.credentials.count(c.id)) {
            a.state = Availability::State::Completed;
        } else if (isSatisfied(c.prerequisites, h)) {
            a.state = Availability::State::Open;
        } else {
            a.state = Availability::State::Locked;
            collectUnmet(c.prerequisites, h, a.missing);
        }
        out.push_back(std::move(a));
    }
    return out;
}

} // namespace cairn
