#include "detail/number_checks.h"

#include "cairn/engine/limits.h"
#include "detail/funding_checks.h"
#include "detail/problem_wording.h"

#include <type_traits>

namespace cairn::detail {

namespace {

/// Problems about one credential or goal. Its names are put together only for a problem, so
/// that checking a large catalog whose figures are all in range costs no strings.
template <typename Thing> class RangeCheck {
public:
    RangeCheck(std::vector<Problem>& out, const Thing& thing, const char* kind, const char* who)
        : out_(out), thing_(thing), kind_(kind), who_(who) {}

    [[nodiscard]] std::string who() const { return who_ + (" " + label(thing_)); }

    /// "<who> has <field> <value>; <field> must be <range>."
    void number(double value, const NumberRange& range, const char* field) {
        if (!range.contains(value))
            add("bad-number",
                who() + " has " + field + " " + formatNumber(value) + "; " + field + " must be " + range.text() + ".");
    }

    void date(const Date& value, const char* field) {
        if (!limits::contains(value))
            add("bad-date",
                who() + " has " + field + " " + value.toIso() + "; dates must be " + limits::dateRangeText() + ".");
    }

    void add(const char* code, std::string message) {
        constexpr bool credential = std::is_same_v<Thing, Credential>;
        out_.push_back({code, kind_ + (" " + thing_.id), std::move(message), Problem::Severity::Error,
                        credential ? thing_.id : std::string()});
    }

private:
    std::vector<Problem>& out_;
    const Thing& thing_;
    std::string kind_;
    std::string who_;
};

/// A problem about one field of the profile.
void profileProblem(std::vector<Problem>& out, const char* field, const char* code, std::string message) {
    out.push_back({code, std::string("profile field ") + field, std::move(message), Problem::Severity::Error, {}});
}

} // namespace

void checkNumbers(const Credential& c, std::vector<Problem>& out) {
    RangeCheck check(out, c, "credential", "Credential");
    check.number(c.cost, limits::kCost, "cost");
    check.number(c.hours, limits::kHours, "hours");
    if (c.pace.isCohort()) {
        if (c.pace.weeks < limits::kMinCohortWeeks || c.pace.weeks > limits::kMaxCohortWeeks)
            check.add("bad-number", check.who() + " is taught in cohorts of " + std::to_string(c.pace.weeks) +
                                        " weeks; a cohort runs from " + std::to_string(limits::kMinCohortWeeks) +
                                        " to " + std::to_string(limits::kMaxCohortWeeks) + " weeks.");
        for (const Date& start : c.pace.starts)
            check.date(start, "cohort start");
    }
    if (!c.asOf.empty()) {
        if (const auto asOf = Date::fromIso(c.asOf))
            check.date(*asOf, "as_of");
        else
            check.add("bad-date",
                      check.who() + " has as_of " + quoted(c.asOf) + ", which is not a date written YYYY-MM-DD.");
    }
    for (const auto& offer : c.credits)
        if (!limits::kCredits.contains(offer.credits))
            check.add("bad-number", check.who() + " offers " + formatNumber(offer.credits) +
                                        " credits toward program " + quoted(offer.program) + "; credits must be " +
                                        limits::kCredits.text() + ".");
}

void checkNumbers(const Goal& g, std::vector<Problem>& out) {
    if (g.kind != Goal::Kind::Credits)
        return;
    RangeCheck check(out, g, "goal", "Goal");
    if (!limits::kCredits.contains(g.minCredits))
        check.add("bad-number", check.who() + " asks for " + formatNumber(g.minCredits) +
                                    " credits (min_credits); min_credits must be " + limits::kCredits.text() + ".");
    for (const auto& rule : g.categories) {
        const auto what = [&] { return check.who() + "'s rule for category " + quoted(rule.category); };
        for (const auto& [bound, name] : {std::pair{rule.min, "min"}, std::pair{rule.max, "max"}})
            if (bound && !limits::kCategoryCredits.contains(*bound))
                check.add("bad-number", what() + " has " + name + " " + formatNumber(*bound) + "; " + name +
                                            " must be " + limits::kCategoryCredits.text() + ".");
        if (rule.min && rule.max && *rule.min > *rule.max)
            check.add("bad-number", what() + " has min " + formatNumber(*rule.min) + " above max " +
                                        formatNumber(*rule.max) + ", so it can never be met.");
    }
}

void checkNumbers(const Profile& p, std::vector<Problem>& out) {
    if (p.budget && !limits::kBudget.contains(*p.budget))
        profileProblem(out, "budget", "bad-number",
                       "The budget is " + formatNumber(*p.budget) + "; it must be " + limits::kBudget.text() +
                           ", or no budget at all.");
    if (!limits::kHoursPerWeek.contains(p.hoursPerWeek))
        profileProblem(out, "hours_per_week", "bad-number",
                       "The profile has " + formatNumber(p.hoursPerWeek) + " hours a week for learning; it must be " +
                           limits::kHoursPerWeek.text() + ".");
    if (!limits::kHourlyValue.contains(p.hourlyValue))
        profileProblem(out, "hourly_value", "bad-number",
                       "The value of an hour is " + formatNumber(p.hourlyValue) + "; it must be " +
                           limits::kHourlyValue.text() + ".");
    if (!limits::contains(p.start))
        profileProblem(out, "start", "bad-date",
                       "The start date " + p.start.toIso() + " is outside the dates Cairn plans with (" +
                           limits::dateRangeText() + ").");
    if (p.deadline && !limits::contains(*p.deadline))
        profileProblem(out, "deadline", "bad-date",
                       "The deadline " + p.deadline->toIso() + " is outside the dates Cairn plans with (" +
                           limits::dateRangeText() + ").");
    checkFunding(p, out);
}

std::optional<std::string> numberOutOfRange(const Catalog& catalog, const Profile& profile,
                                            const PlanRequest& request) {
    std::vector<Problem> problems;
    Profile effective = profile;
    if (request.budget)
        effective.budget = request.budget;
    if (request.deadline)
        effective.deadline = request.deadline;
    checkNumbers(effective, problems);
    for (std::size_t i = 0; i < catalog.credentials.size() && problems.empty(); ++i)
        checkNumbers(catalog.credentials[i], problems);
    for (std::size_t i = 0; i < catalog.goals.size() && problems.empty(); ++i)
        checkNumbers(catalog.goals[i], problems);
    for (std::size_t i = 0; i < catalog.offers.size() && problems.empty(); ++i)
        if (!limits::kPrice.contains(catalog.offers[i].price))
            problems.push_back({"bad-number",
                                "offer " + catalog.offers[i].id,
                                "Offer " + quoted(catalog.offers[i].id) + " has price " +
                                    formatNumber(catalog.offers[i].price) + "; price must be " + limits::kPrice.text() +
                                    ".",
                                Problem::Severity::Error,
                                {}});
    if (problems.empty())
        return std::nullopt;
    return problems.front().message;
}

} // namespace cairn::detail
