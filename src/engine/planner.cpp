#include "cairn/engine/planner.h"

#include "cairn/engine/holdings.h"
#include "cairn/engine/limits.h"
#include "detail/offer_search.h"
#include "detail/plan_builder.h"
#include "detail/plan_search.h"
#include "detail/planning_problem.h"
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
    }
    return s;
}

bool involvesCompletion(const SearchSpec& s) {
    return s.primary == Metric::Completion || s.secondary == Metric::Completion || s.maxCompletionDay.has_value();
}

/// The search that proves money minimal for this problem: the offer MIP when a subscription or
/// bundle is shared by credentials of the question, else the searches over sums. `unproven` is
/// set when the money of a shared offer could not be minimised exactly (cohort dates matter):
/// then each credential is priced on its own and nothing found is called optimal.
SearchResult searchMoney(const PlanningProblem& p, const SearchSpec& spec, Payment& payment, bool& unproven) {
    unproven = false;
    if (p.offers && p.offers->shared) {
        if (auto viaOffers = searchWithOffers(p, spec, payment))
            return *viaOffers;
        unproven = true;
    }
    SearchResult r = searchPlan(p, spec);
    payment = standalonePayment(p, r.set);
    return r;
}

SearchResult searchMoney(const PlanningProblem& p, const SearchSpec& spec) {
    Payment payment;
    bool unproven = false;
    return searchMoney(p, spec, payment, unproven);
}

constexpr const char* kSharedOffersUnproven =
    "A subscription or bundle is shared by credentials of this plan, and with cohort dates in play Cairn cannot "
    "prove the money minimal; each credential is priced on its own.";

/// "on 2027-03-01", or "after 2200-12-31" for a day beyond the last date Cairn schedules (a
/// bound from hours alone can be centuries away, past any date that can be written).
std::string finishText(const PlanningProblem& p, Amount day) {
    if (day > horizonDay(p))
        return "after " + limits::lastDate().toIso();
    return "on " + p.start.plusDays(static_cast<int>(day)).toIso();
}

/// Why an exhaustive search found nothing: try the constraints one at a time.
std::string infeasibleReason(const PlanningProblem& p, const SearchSpec& spec, const Goal& goal) {
    const std::string& currency = p.catalog->currency;
    SearchSpec free = spec;
    free.useBudget = false;
    free.maxCompletionDay.reset();
    free.primary = Metric::Cost;
    free.secondary = Metric::Cost; // only the cheapest cost is read: no tie-break to settle
    const SearchResult cheapest = searchMoney(p, free);
    if (!cheapest.found && !cheapest.exhaustive)
        return "No plan meets the constraints."; // the time to explain it ran out
    if (!cheapest.found) {
        if (p.creditsGoal)
            return "No combination of credentials you can take earns the credits '" + goal.title +
                   "' needs within its category limits.";
        return "No combination of credentials you can take meets the requirements of '" + goal.title + "'.";
    }
    SearchSpec fastest = free;
    fastest.primary = Metric::Completion;
    fastest.secondary = Metric::Cost;
    const bool budgetBinds = spec.useBudget && p.budget && cheapest.primary > *p.budget;
    if (budgetBinds && !spec.maxCompletionDay)
        return "The budget is " + moneyText(static_cast<double>(*p.budget) / 100.0, currency) +
               " but the cheapest plan costs " + moneyText(static_cast<double>(cheapest.primary) / 100.0, currency) +
               ".";
    if (spec.maxCompletionDay) {
        const SearchResult soonest = searchMoney(p, fastest);
        const Date deadline = p.start.plusDays(*spec.maxCompletionDay);
        if (soonest.found && soonest.primary > *spec.maxCompletionDay) {
            std::string text = "No plan finishes by the deadline of " + deadline.toIso() + "; the earliest finishes " +
                               finishText(p, soonest.primary) + ".";
            if (budgetBinds)
                text += " The budget is also too small: the cheapest plan costs " +
                        moneyText(static_cast<double>(cheapest.primary) / 100.0, currency) + ".";
            return text;
        }
        if (budgetBinds)
            return "The budget is " + moneyText(static_cast<double>(*p.budget) / 100.0, currency) +
                   " but the cheapest plan costs " +
                   moneyText(static_cast<double>(cheapest.primary) / 100.0, currency) + ".";
        return "No plan meets both the budget of " +
               moneyText(static_cast<double>(p.budget.value_or(0)) / 100.0, currency) + " and the deadline of " +
               deadline.toIso() + ": the plans within budget finish later.";
    }
    return "No plan meets the constraints.";
}

Plan noPlan(PlanStatus status, const Profile& profile, const PlanRequest& request, std::string reason) {
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
Plan infeasiblePlan(const Profile& profile, const PlanRequest& request, std::string reason) {
    return noPlan(PlanStatus::Infeasible, profile, request, std::move(reason));
}

/// Not known: the question stopped before any plan was found, or a plan may have been missed.
Plan unknownPlan(const Profile& profile, const PlanRequest& request, std::string reason) {
    return noPlan(PlanStatus::Unknown, profile, request, std::move(reason));
}

std::string stoppedReason(const PlanRequest& request) {
    return "The search stopped before it found a plan (" +
           std::string(request.cancel && request.cancel->load() ? "cancelled" : "time limit reached") +
           "); a plan may still exist.";
}

/// Builds the search spec for a request, or a reason it cannot be asked.
std::optional<std::string> prepare(const PlanningProblem& p, const Profile& profile, const PlanRequest& request,
                                   const StopClock& clock, SearchSpec& spec) {
    spec = specFor(request.objective);
    spec.stop = clock;
    spec.progress = request.progress;
    if (p.deadline) {
        if (*p.deadline < profile.start)
            return "The deadline " + p.deadline->toIso() + " is before the start date " + profile.start.toIso() + ".";
        spec.maxCompletionDay = p.deadline->days() - profile.start.days();
    }
    if (!(profile.hoursPerWeek > 0))
        return std::string("The learner has no hours per week to study.");
    return std::nullopt;
}

/// A primary value in the unit of Plan::bound: money, hours, money for balanced, days for time.
double inPlanUnits(Metric m, Amount v) {
    return static_cast<double>(v) / (m == Metric::Balanced ? 10000.0 : m == Metric::Completion ? 1.0 : 100.0);
}

std::string percentText(double fraction) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f%%", fraction * 100.0);
    return buf;
}

std::string boundText(const PlanningProblem& p, const SearchSpec& spec, Amount bound) {
    switch (spec.primary) {
    case Metric::Cost:
        return "No plan costs less than " + moneyText(static_cast<double>(bound) / 100.0, p.catalog->currency) + ".";
    case Metric::Hours:
        return "No plan takes fewer than " + std::to_string(bound / 100) + " hours.";
    case Metric::Balanced:
        return "No plan scores below " + moneyText(static_cast<double>(bound) / 10000.0, p.catalog->currency) +
               " of money and time.";
    case Metric::Completion:
        if (bound > horizonDay(p))
            return "No plan finishes by " + limits::lastDate().toIso() + ".";
        return "No plan finishes before " + p.start.plusDays(static_cast<int>(std::max<Amount>(0, bound))).toIso() +
               ".";
    }
    return {};
}

/// How far the plan found can be from the best: "at most 3.2% above the cheapest possible".
std::string gapText(const SearchSpec& spec, Amount value, Amount bound) {
    if (spec.primary == Metric::Completion)
        return "This plan finishes at most " + std::to_string(std::max<Amount>(0, value - bound)) +
               " days after the earliest possible.";
    if (bound <= 0)
        return {};
    const double fraction = static_cast<double>(value - bound) / static_cast<double>(bound);
    if (fraction < 0.0005)
        return "This plan is within 0.1% of the best possible.";
    const std::string pct = percentText(fraction);
    switch (spec.primary) {
    case Metric::Cost:
        return "This plan is at most " + pct + " above the cheapest possible.";
    case Metric::Hours:
        return "This plan takes at most " + pct + " more hours than the fewest possible.";
    default:
        return "This plan is at most " + pct + " above the best possible.";
    }
}

/// Records the best proven bound of a plan that is not proven optimal, and its gap.
void attachBound(Plan& plan, const PlanningProblem& p, const SearchSpec& spec, const SearchResult& r) {
    const Amount bound = std::min(r.rootBound, r.primary); // the plan itself is never below the best
    plan.bound = inPlanUnits(spec.primary, bound);
    if (bound > 0)
        plan.gap = static_cast<double>(r.primary - bound) / static_cast<double>(bound);
    plan.boundText = boundText(p, spec, bound);
    if (const std::string gap = gapText(spec, r.primary, bound); !gap.empty())
        plan.boundText += " " + gap;
}

} // namespace

Plan plan(const Catalog& catalog, const Profile& profile, const PlanRequest& request) {
    // One clock for the whole question: compilation, dominance, landmarks, the searches and the
    // explanation of an infeasible answer all count against the same limit.
    const StopClock clock(request.timeLimit, request.cancel);
    CompileOutcome compiled = compileProblem(catalog, profile, request, clock);
    if (compiled.stopped)
        return unknownPlan(profile, request, stoppedReason(request));
    if (!compiled.problem)
        return infeasiblePlan(profile, request, compiled.infeasibleReason);
    const PlanningProblem& p = *compiled.problem;
    SearchSpec spec;
    if (auto why = prepare(p, profile, request, clock, spec))
        return infeasiblePlan(profile, request, *why);

    Payment payment;
    bool moneyUnproven = false;
    const SearchResult r = searchMoney(p, spec, payment, moneyUnproven);
    const Goal& goal = *catalog.findGoal(request.goal);
    if (!r.found) {
        // "Infeasible" only when the search proved it; a stop or a greedy cohort choice proves nothing.
        if (!r.exhaustive)
            return unknownPlan(profile, request, stoppedReason(request));
        if (moneyUnproven)
            return unknownPlan(profile, request, std::string(kSharedOffersUnproven) + " No plan was found that way.");
        if (r.cohortRejected || (involvesCompletion(spec) && !r.completionExact))
            return unknownPlan(profile, request,
                               infeasibleReason(p, spec, goal) +
                                   " (Cohort start dates were chosen greedily; a different choice might fit.)");
        return infeasiblePlan(profile, request, infeasibleReason(p, spec, goal));
    }
    const bool proven =
        r.exhaustive && !r.cohortRejected && (!involvesCompletion(spec) || r.completionExact) && !moneyUnproven;
    Plan result = buildPlan(p, profile, request.goal, r.set, proven ? PlanStatus::Optimal : PlanStatus::Feasible,
                            request.objective, &payment);
    if (proven && result.status == PlanStatus::Feasible) {
        attachBound(result, p, spec, r); // the schedule pays more than the money proven minimal
    } else if (moneyUnproven && r.exhaustive) {
        result.reason = kSharedOffersUnproven;
    } else if (!r.exhaustive) {
        result.reason = "The search stopped early; this is the best plan found.";
        attachBound(result, p, spec, r);
    } else if (!proven) {
        result.reason = "The set of credentials is optimal for the schedule found, but cohort start dates were "
                        "chosen greedily, so an earlier completion is not ruled out.";
        attachBound(result, p, spec, r);
    }
    return result;
}

std::vector<Plan> paretoFront(const Catalog& catalog, const Profile& profile, const PlanRequest& request,
                              PlanStatus* emptyStatus) {
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
        bool moneyUnproven = false;
        const SearchResult r = searchMoney(p, spec, payment, moneyUnproven);
        if (!r.found) {
            if (front.empty() && (!r.exhaustive || !r.completionExact || r.cohortRejected || moneyUnproven))
                whyEmpty = PlanStatus::Unknown;
            break;
        }
        const bool proven = r.exhaustive && r.completionExact && !r.cohortRejected && !moneyUnproven;
        Plan point = buildPlan(p, profile, request.goal, r.set, proven ? PlanStatus::Optimal : PlanStatus::Feasible,
                               Objective::Cost, &payment);
        if (moneyUnproven)
            point.reason = kSharedOffersUnproven;
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

/// Unmet parts of a requirement in words: items, and groups as "one of …" / "2 of …".
void describeUnmet(const Catalog& catalog, const Requirement& r, const Holdings& h, std::vector<std::string>& out) {
    if (isSatisfied(r, h))
        return;
    if (r.isItem()) {
        out.push_back(itemInWords(catalog, r));
        return;
    }
    if (r.kind == Requirement::Kind::All) {
        for (const auto& m : r.members)
            describeUnmet(catalog, m, h, out);
        return;
    }
    std::vector<std::string> options;
    for (const auto& m : r.members) {
        std::vector<std::string> sub;
        describeUnmet(catalog, m, h, sub);
        std::string text;
        for (std::size_t i = 0; i < sub.size(); ++i)
            text += (i ? " and " : "") + sub[i];
        if (!text.empty())
            options.push_back(text);
    }
    std::string text = r.kind == Requirement::Kind::Any ? "one of: " : std::to_string(r.k) + " of: ";
    for (std::size_t i = 0; i < options.size(); ++i)
        text += (i ? "; " : "") + options[i];
    out.push_back(text);
}

} // namespace

Gap gap(const Catalog& catalog, const Profile& profile, const std::string& goalId) {
    Gap g;
    g.goal = goalId;
    const Goal* goal = catalog.findGoal(goalId);
    if (!goal)
        return g;
    const Holdings h = Holdings::fromProfile(profile, catalog);
    forEachItem(goal->requirement, [&](const Requirement& item) {
        GapItem gi;
        gi.item = item.itemText();
        gi.text = itemInWords(catalog, item);
        gi.met = h.has(item);
        gi.heldLevel = item.kind == Requirement::Kind::Skill ? h.level(item.id) : (gi.met ? 1 : 0);
        g.items.push_back(std::move(gi));
    });
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

std::vector<Availability> availability(const Catalog& catalog, const Profile& profile) {
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
            describeUnmet(catalog, c.prerequisites, h, a.missing);
        }
        out.push_back(std::move(a));
    }
    return out;
}

} // namespace cairn
