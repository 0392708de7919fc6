// Every number has a range (cairn/engine/limits.h): validation reports what lies outside it,
// naming the object and the field, and the planner refuses such input instead of overflowing
// its arithmetic or scheduling for centuries.
#include "message_text.h"

#include <cairn/engine/limits.h>
#include <cairn/engine/planner.h>
#include <cairn/engine/validation.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <limits>

using cairn::test::words;

using namespace cairn;
using testing::AllOf;
using testing::HasSubstr;

namespace {

Credential credential(std::string id, std::string title, double cost, double hours) {
    Credential c;
    c.id = std::move(id);
    c.title = std::move(title);
    c.provider = "Provider";
    c.cost = cost;
    c.hours = hours;
    c.grants = {{"sql", 1}};
    return c;
}

/// One skill, one goal that needs it, and one credential that grants it.
Catalog catalog(double cost = 100, double hours = 10) {
    Catalog c;
    c.skills = {Skill{"sql", "SQL", {}, {}, {}, {}}};
    c.credentials = {credential("sql-course", "SQL Course", cost, hours)};
    Goal g;
    g.id = "analyst";
    g.title = "Analyst";
    g.requirement = Requirement::skill("sql", 1);
    c.goals = {g};
    return c;
}

Profile profile() {
    Profile p;
    p.goal = "analyst";
    p.hoursPerWeek = 10;
    p.start = Date::fromYmd(2027, 1, 4);
    return p;
}

std::vector<Problem> withCode(const std::vector<Problem>& problems, const std::string& code) {
    std::vector<Problem> out;
    for (const auto& p : problems)
        if (p.code == code)
            out.push_back(p);
    return out;
}

PlanRequest request() {
    PlanRequest r;
    r.goal = "analyst";
    return r;
}

} // namespace

TEST(NumberRanges, CredentialFiguresOutOfRangeNameTheCredentialAndTheField) {
    Catalog c = catalog(1e18, 1e300);
    Credential cohort = credential("cohort", "Cohort Course", 10, 10);
    cohort.pace.kind = Pace::Kind::Cohort;
    cohort.pace.weeks = 2000000000;
    cohort.pace.starts = {Date::fromYmd(1850, 1, 5)};
    cohort.asOf = "2301-01-01";
    c.credentials.push_back(cohort);
    const auto numbers = withCode(validate(c), "bad-number");
    ASSERT_EQ(numbers.size(), 3u);
    EXPECT_EQ(numbers[0].object, "credential sql-course");
    EXPECT_EQ(numbers[0].credential, "sql-course");
    EXPECT_THAT(words(numbers[0].message),
                AllOf(HasSubstr("(sql-course)"), HasSubstr("cost 1e+18"), HasSubstr("from 0 to 1,000,000,000")));
    EXPECT_THAT(words(numbers[1].message), AllOf(HasSubstr("hours 1e+300"), HasSubstr("from 0 to 100,000")));
    EXPECT_EQ(numbers[2].object, "credential cohort");
    EXPECT_THAT(words(numbers[2].message), AllOf(HasSubstr("2000000000 weeks"), HasSubstr("from 1 to 520 weeks")));
    const auto dates = withCode(validate(c), "bad-date");
    ASSERT_EQ(dates.size(), 2u);
    EXPECT_THAT(words(dates[0].message), AllOf(HasSubstr("cohort start 1850-01-05"), HasSubstr("1900-01-01")));
    EXPECT_THAT(words(dates[1].message), AllOf(HasSubstr("as_of 2301-01-01"), HasSubstr("2200-12-31")));
}

TEST(NumberRanges, TheLimitsThemselvesAreValid) {
    Catalog c = catalog(limits::kCost.max, limits::kHours.max);
    Credential cohort = credential("cohort", "Cohort Course", 0, 0);
    cohort.pace.kind = Pace::Kind::Cohort;
    cohort.pace.weeks = limits::kMaxCohortWeeks;
    cohort.pace.starts = {limits::firstDate(), limits::lastDate()};
    cohort.asOf = "1900-01-01";
    c.credentials.push_back(cohort);
    EXPECT_TRUE(validate(c).empty());

    Profile p = profile();
    p.budget = limits::kBudget.max;
    p.hoursPerWeek = limits::kHoursPerWeek.max;
    p.hourlyValue = limits::kHourlyValue.max;
    p.start = limits::firstDate();
    p.deadline = limits::lastDate();
    EXPECT_TRUE(validateProfile(c, p).empty());
}

TEST(NumberRanges, CreditsOutOfRange) {
    Catalog c = catalog();
    c.programs = {Program{"bs", "BS", {}, {}, {"core"}}};
    c.credentials[0].credits = {{"bs", 1e6, {"core"}}};
    Goal g;
    g.id = "credits";
    g.kind = Goal::Kind::Credits;
    g.title = "Credits";
    g.program = "bs";
    g.minCredits = 0;
    g.categories = {{"core", std::nullopt, 1e9}};
    c.goals.push_back(g);
    const auto problems = withCode(validate(c), "bad-number");
    ASSERT_EQ(problems.size(), 3u);
    EXPECT_THAT(words(problems[0].message),
                AllOf(HasSubstr("1000000 credits"), HasSubstr("above 0 and at most 10,000")));
    EXPECT_EQ(problems[1].object, "goal credits");
    EXPECT_THAT(words(problems[1].message), AllOf(HasSubstr("0 credits (min_credits)"), HasSubstr("above 0")));
    EXPECT_THAT(words(problems[2].message), AllOf(HasSubstr("max 1000000000;"), HasSubstr("from 0 to 10,000")));
}

TEST(NumberRanges, ProfileFiguresOutOfRange) {
    Profile p = profile();
    p.budget = 1e17;
    p.hoursPerWeek = 168.0000001;
    p.hourlyValue = 1e7;
    p.start = Date::fromYmd(1800, 1, 1);
    p.deadline = Date::fromYmd(2300, 1, 1);
    const auto problems = validateProfile(catalog(), p);
    const auto numbers = withCode(problems, "bad-number");
    ASSERT_EQ(numbers.size(), 3u);
    EXPECT_EQ(numbers[0].object, "profile field budget");
    EXPECT_THAT(words(numbers[0].message), AllOf(HasSubstr("1e+17"), HasSubstr("1,000,000,000,000")));
    EXPECT_EQ(numbers[1].object, "profile field hours_per_week");
    EXPECT_THAT(words(numbers[1].message), HasSubstr("168.0000001")); // not rounded to a valid-looking 168
    EXPECT_EQ(numbers[2].object, "profile field hourly_value");
    const auto dates = withCode(problems, "bad-date");
    ASSERT_EQ(dates.size(), 2u);
    EXPECT_EQ(dates[0].object, "profile field start");
    EXPECT_EQ(dates[1].object, "profile field deadline");
}

TEST(NumberRanges, PlannerRefusesABudgetOutOfRangeInsteadOfCrashing) {
    // A budget above ~9.3e16 overflowed the cents and crashed the wording of the reason.
    PlanRequest r = request();
    r.budget = 1e17;
    const Plan plan = cairn::plan(catalog(), profile(), r);
    EXPECT_EQ(plan.status, PlanStatus::Infeasible);
    EXPECT_THAT(words(plan.reason), AllOf(HasSubstr("budget"), HasSubstr("1e+17")));
    r.budget = std::numeric_limits<double>::infinity();
    EXPECT_EQ(cairn::plan(catalog(), profile(), r).status, PlanStatus::Infeasible);
}

TEST(NumberRanges, PlannerRefusesACostThatWouldOverflowTheTotal) {
    // cost 1e18 with a budget of 100 was "optimal" with a negative total.
    Profile p = profile();
    p.budget = 100;
    const Plan plan = cairn::plan(catalog(1e18, 10), p, request());
    EXPECT_EQ(plan.status, PlanStatus::Infeasible);
    EXPECT_THAT(words(plan.reason), AllOf(HasSubstr("SQL Course"), HasSubstr("cost")));
}

TEST(NumberRanges, PlannerRefusesHoursThatWouldOverflow) {
    // hours 1e300 printed -9223372036854775808 hours.
    const Plan plan = cairn::plan(catalog(10, 1e300), profile(), request());
    EXPECT_EQ(plan.status, PlanStatus::Infeasible);
    EXPECT_THAT(words(plan.reason), HasSubstr("hours"));
    EXPECT_TRUE(cairn::paretoFront(catalog(10, 1e300), profile(), request()).empty());
}

TEST(NumberRanges, APlanThatWouldRunPastTheLastYearIsNotScheduled) {
    // 100,000 hours at one hour a week runs for 1,900 years; it used to be scheduled week by
    // week into the year 3950 (and 1e9 hours took gigabytes).
    Profile p = profile();
    p.hoursPerWeek = 1;
    const Plan plan = cairn::plan(catalog(10, limits::kHours.max), p, request());
    EXPECT_EQ(plan.status, PlanStatus::Infeasible);
    EXPECT_THAT(words(plan.reason), HasSubstr("2200-12-31"));
    EXPECT_TRUE(plan.credentials.empty());
    EXPECT_TRUE(cairn::paretoFront(catalog(10, limits::kHours.max), p, request()).empty());
    PlanRequest byDeadline = request();
    byDeadline.deadline = Date::fromYmd(2100, 1, 1);
    const Plan late = cairn::plan(catalog(10, limits::kHours.max), p, byDeadline);
    EXPECT_EQ(late.status, PlanStatus::Infeasible);
    EXPECT_THAT(words(late.reason), HasSubstr("the earliest finishes after 2200-12-31")); // not "on 3943-07-18"

    // The same hours at 40 a week take 2,500 weeks: scheduled as usual.
    p.hoursPerWeek = 40;
    const Plan fits = cairn::plan(catalog(10, limits::kHours.max), p, request());
    EXPECT_EQ(fits.status, PlanStatus::Optimal);
    EXPECT_EQ(fits.totals.completion, Date::fromYmd(2074, 12, 2));
}

TEST(NumberRanges, ACohortThatWouldEndPastTheLastYearCannotBeJoined) {
    Catalog c = catalog();
    c.credentials[0].pace.kind = Pace::Kind::Cohort;
    c.credentials[0].pace.weeks = limits::kMaxCohortWeeks;
    c.credentials[0].pace.starts = {Date::fromYmd(2195, 1, 5)};
    const Plan plan = cairn::plan(c, profile(), request());
    // Cohort dates are chosen greedily, but this cohort cannot start on its date even alone, and
    // it is the only way to the goal: proven impossible.
    EXPECT_EQ(plan.status, PlanStatus::Infeasible);
    EXPECT_TRUE(plan.credentials.empty());
}
