#include "detail/number_checks.h"

#include "cairn/engine/limits.h"
#include "detail/funding_checks.h"
#include "detail/message_args.h"

#include <type_traits>

namespace cairn::detail {

namespace {

using Code = Message::Code;

MessageArg subject(const Credential& c) {
    return credentialArg(c);
}
MessageArg subject(const Goal& g) {
    return goalArg(g);
}

/// Problems about one credential or goal. Its arguments are put together only for a problem,
/// so that checking a large catalog whose figures are all in range costs no strings.
template <typename Thing> class RangeCheck {
public:
    RangeCheck(std::vector<Problem>& out, const Thing& thing, const char* kind)
        : out_(out), thing_(thing), kind_(kind) {}

    [[nodiscard]] MessageArg who() const { return subject(thing_); }

    void number(double value, const NumberRange& range, const char* field) {
        if (!range.contains(value))
            add(Code::NumberOutOfRange, {who(), arg::text(field), arg::number(value), arg::range(range)});
    }

    void date(const Date& value, const char* field) {
        if (!limits::contains(value))
            add(Code::DateOutOfRange, {who(), arg::text(field), arg::date(value), arg::date(limits::firstDate()),
                                       arg::date(limits::lastDate())});
    }

    void add(Code code, std::vector<MessageArg> args) {
        constexpr bool credential = std::is_same_v<Thing, Credential>;
        const bool date = code == Code::DateOutOfRange || code == Code::AsOfNotADate;
        out_.push_back({date ? "bad-date" : "bad-number", kind_ + (" " + thing_.id), Message{code, std::move(args)},
                        Problem::Severity::Error, credential ? thing_.id : std::string()});
    }

private:
    std::vector<Problem>& out_;
    const Thing& thing_;
    std::string kind_;
};

/// A problem about one field of the profile.
void profileProblem(std::vector<Problem>& out, const char* field, const char* code, Message message) {
    out.push_back({code, std::string("profile field ") + field, std::move(message), Problem::Severity::Error, {}});
}

std::vector<MessageArg> dateRange(const Date& value) {
    return {arg::date(value), arg::date(limits::firstDate()), arg::date(limits::lastDate())};
}

} // namespace

void checkNumbers(const Credential& c, std::vector<Problem>& out) {
    RangeCheck check(out, c, "credential");
    check.number(c.cost, limits::kCost, "cost");
    check.number(c.hours, limits::kHours, "hours");
    if (c.pace.isCohort()) {
        if (c.pace.weeks < limits::kMinCohortWeeks || c.pace.weeks > limits::kMaxCohortWeeks)
            check.add(Code::CohortWeeksOutOfRange,
                      {check.who(), arg::count(c.pace.weeks), arg::count(limits::kMinCohortWeeks),
                       arg::count(limits::kMaxCohortWeeks)});
        for (const Date& start : c.pace.starts)
            check.date(start, "cohort start");
    }
    if (!c.asOf.empty()) {
        if (const auto asOf = Date::fromIso(c.asOf))
            check.date(*asOf, "as_of");
        else
            check.add(Code::AsOfNotADate, {check.who(), arg::text(c.asOf)});
    }
    for (const auto& offer : c.credits)
        if (!limits::kCredits.contains(offer.credits))
            check.add(Code::CreditsOutOfRange, {check.who(), arg::number(offer.credits), arg::text(offer.program),
                                                arg::range(limits::kCredits)});
}

void checkNumbers(const Goal& g, std::vector<Problem>& out) {
    if (g.kind != Goal::Kind::Credits)
        return;
    RangeCheck check(out, g, "goal");
    if (!limits::kCredits.contains(g.minCredits))
        check.add(Code::MinCreditsOutOfRange, {check.who(), arg::number(g.minCredits), arg::range(limits::kCredits)});
    for (const auto& rule : g.categories) {
        for (const auto& [bound, name] : {std::pair{rule.min, "min"}, std::pair{rule.max, "max"}})
            if (bound && !limits::kCategoryCredits.contains(*bound))
                check.add(Code::CategoryBoundOutOfRange, {check.who(), arg::text(rule.category), arg::text(name),
                                                          arg::number(*bound), arg::range(limits::kCategoryCredits)});
        if (rule.min && rule.max && *rule.min > *rule.max)
            check.add(Code::CategoryMinAboveMax,
                      {check.who(), arg::text(rule.category), arg::number(*rule.min), arg::number(*rule.max)});
    }
}

void checkNumbers(const Profile& p, std::vector<Problem>& out) {
    if (p.budget && !limits::kBudget.contains(*p.budget))
        profileProblem(out, "budget", "bad-number",
                       {Code::BudgetOutOfRange, {arg::number(*p.budget), arg::range(limits::kBudget)}});
    if (!limits::kHoursPerWeek.contains(p.hoursPerWeek))
        profileProblem(
            out, "hours_per_week", "bad-number",
            {Code::HoursPerWeekOutOfRange, {arg::number(p.hoursPerWeek), arg::range(limits::kHoursPerWeek)}});
    if (!limits::kHourlyValue.contains(p.hourlyValue))
        profileProblem(out, "hourly_value", "bad-number",
                       {Code::HourlyValueOutOfRange, {arg::number(p.hourlyValue), arg::range(limits::kHourlyValue)}});
    if (!limits::contains(p.start))
        profileProblem(out, "start", "bad-date", {Code::StartOutOfRange, dateRange(p.start)});
    if (p.deadline && !limits::contains(*p.deadline))
        profileProblem(out, "deadline", "bad-date", {Code::DeadlineOutOfRange, dateRange(*p.deadline)});
    checkFunding(p, out);
}

std::optional<Message> numberOutOfRange(const Catalog& catalog, const Profile& profile, const PlanRequest& request) {
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
        if (const auto bad = priceOutOfRange(catalog.offers[i]))
            return bad;
    if (problems.empty())
        return std::nullopt;
    return problems.front().message;
}

std::optional<Message> priceOutOfRange(const Offer& offer) {
    if (limits::kPrice.contains(offer.price))
        return std::nullopt;
    return Message{Code::NumberOutOfRange,
                   {offerArg(offer), arg::text("price"), arg::number(offer.price), arg::range(limits::kPrice)}};
}

} // namespace cairn::detail
