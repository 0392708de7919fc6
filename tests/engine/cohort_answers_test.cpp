// Cohort start dates are chosen greedily, so a question whose every plan a greedy schedule
// rejects is not proven impossible by that alone: the planner then relaxes the dates and says
// `infeasible` only when even the relaxed question has no plan, `unknown` otherwise. Likewise a
// plan found while a greedy schedule was compared is `optimal` only when it reaches the relaxed
// question's optimum in its own schedule.
#include "message_text.h"

#include <cairn/engine/planner.h>
#include <gtest/gtest.h>

using cairn::test::words;

using namespace cairn;

namespace {

Credential credential(std::string id, std::string skill, double hours) {
    Credential c;
    c.id = id;
    c.title = id;
    c.provider = "Provider";
    c.cost = 100;
    c.hours = hours;
    c.grants = {{std::move(skill), 1}};
    return c;
}

Credential cohort(std::string id, std::string skill, double hours, int weeks, Date start) {
    Credential c = credential(std::move(id), std::move(skill), hours);
    c.pace.kind = Pace::Kind::Cohort;
    c.pace.weeks = weeks;
    c.pace.starts = {start};
    return c;
}

const Date kStart = Date::fromYmd(2027, 1, 4); // a Monday

/// A goal that needs skill "sql"; `providers` grant it.
Catalog catalog(std::vector<Credential> providers) {
    Catalog c;
    c.skills = {Skill{"sql", "SQL", {}, {}, {}, {}}};
    c.credentials = std::move(providers);
    Goal g;
    g.id = "analyst";
    g.title = "Analyst";
    g.requirement = Requirement::skill("sql", 1);
    c.goals = {g};
    return c;
}

Profile profile(std::optional<Date> deadline) {
    Profile p;
    p.goal = "analyst";
    p.hoursPerWeek = 10;
    p.start = kStart;
    p.deadline = deadline;
    return p;
}

PlanRequest request(Objective objective) {
    PlanRequest r;
    r.goal = "analyst";
    r.objective = objective;
    return r;
}

/// The cheapest plan for SQL and Python from two one-week cohorts in the same week, each 80 of
/// the learner's 100 hours (each fits alone, together they do not), beside `others`.
Plan planBesideClashingCohorts(std::vector<Credential> others) {
    others.insert(others.begin(), {cohort("first", "sql", 80, 1, kStart), cohort("second", "python", 80, 1, kStart)});
    Catalog c = catalog(std::move(others));
    c.skills.push_back(Skill{"python", "Python", {}, {}, {}, {}});
    c.goals[0].requirement = Requirement::all({Requirement::skill("sql", 1), Requirement::skill("python", 1)});
    Profile p = profile(std::nullopt);
    p.hoursPerWeek = 100;
    return cairn::plan(c, p, request(Objective::Cost));
}

} // namespace

TEST(CohortAnswers, ACohortThatEndsAfterTheDeadlineEvenAloneIsProvenImpossible) {
    // Ten hours over ten weeks: the learner's hours would allow one week, the cohort takes ten.
    const Catalog c = catalog({cohort("slow-cohort", "sql", 10, 10, kStart)});
    for (Objective objective : {Objective::Cost, Objective::Time}) {
        const Plan plan = cairn::plan(c, profile(kStart.plusDays(20)), request(objective));
        EXPECT_EQ(plan.status, PlanStatus::Infeasible) << words(plan.reason);
        EXPECT_TRUE(plan.credentials.empty());
    }
}

TEST(CohortAnswers, ACohortWithMoreWeeklyHoursThanTheLearnerHasIsProvenImpossible) {
    // Forty hours in one week; the learner has ten.
    const Catalog c = catalog({cohort("intensive", "sql", 40, 1, kStart)});
    const Plan plan = cairn::plan(c, profile(std::nullopt), request(Objective::Cost));
    EXPECT_EQ(plan.status, PlanStatus::Infeasible) << words(plan.reason);
}

TEST(CohortAnswers, TwoCohortsThatOnlyClashStayUnknown) {
    // Each cohort fits alone in the learner's 100 hours of its one week, together they do not.
    // With dates relaxed a plan exists, so the greedy rejection proves nothing: `unknown`.
    const Plan plan = planBesideClashingCohorts({});
    EXPECT_EQ(plan.status, PlanStatus::Unknown) << words(plan.reason);
    EXPECT_TRUE(plan.credentials.empty());
}

TEST(CohortAnswers, APlanBesideCohortsThatOnlyClashSaysTheyWereSetAside) {
    // As above, with a $500 course that teaches both: the plan, not proven, and its reason says
    // that cheaper credentials were set aside for their cohorts' dates, not that the set is
    // optimal for its schedule.
    Credential both = credential("both-course", "sql", 30);
    both.cost = 500;
    both.grants.push_back({"python", 1});
    const Plan plan = planBesideClashingCohorts({both});
    EXPECT_EQ(plan.status, PlanStatus::Feasible) << words(plan.reason);
    EXPECT_DOUBLE_EQ(plan.totals.cost, 500);
    ASSERT_FALSE(plan.reason.empty());
    EXPECT_EQ(plan.reason.front().code, Message::Code::CohortDatesGreedySetsAside) << words(plan.reason);
}

TEST(CohortAnswers, TheCheapestPlanByADeadlineACohortMissesIsProven) {
    // The $50 bootcamp starts on day 28 and cannot end by day 25; the $100 course can.
    Credential bootcamp = cohort("bootcamp", "sql", 10, 1, kStart.plusDays(28));
    bootcamp.cost = 50;
    const Catalog c = catalog({credential("course", "sql", 30), bootcamp});
    const Plan plan = cairn::plan(c, profile(kStart.plusDays(25)), request(Objective::Cost));
    ASSERT_EQ(plan.status, PlanStatus::Optimal) << words(plan.reason);
    EXPECT_EQ(plan.credentials.at(0).id, "course");
}

TEST(CohortAnswers, ACohortWhoseOwnWeekDelaysWhatItNeedsTakesItsNextStart) {
    // The one-week bootcamp takes all 10 of the learner's hours in its week. On day 7 it would
    // hold up the 15-hour basics course it needs until day 17; on day 14 the basics end on day
    // 10, in time. Placed first on day 7, it used to jump past day 17, where it has no start,
    // and the cheaper plan was lost (the $100 course instead, and with the bootcamp pinned no
    // plan at all).
    Credential bootcamp = cohort("bootcamp", "sql", 10, 1, kStart.plusDays(7));
    bootcamp.pace.starts.push_back(kStart.plusDays(14));
    bootcamp.cost = 50;
    bootcamp.prerequisites = Requirement::skill("basics", 1);
    Credential basics = credential("basics-course", "basics", 15);
    basics.cost = 10;
    Catalog c = catalog({credential("course", "sql", 30), bootcamp, basics});
    c.skills.push_back(Skill{"basics", "Basics", {}, {}, {}, {}});
    const Plan plan = cairn::plan(c, profile(std::nullopt), request(Objective::Cost));
    ASSERT_EQ(plan.status, PlanStatus::Optimal) << words(plan.reason);
    EXPECT_DOUBLE_EQ(plan.totals.cost, 60);
    ASSERT_EQ(plan.credentials.size(), 2u);
    EXPECT_EQ(plan.credentials[1].id, "bootcamp");
    EXPECT_EQ(plan.credentials[1].start, kStart.plusDays(14));
    EXPECT_EQ(plan.credentials[0].end, kStart.plusDays(10));
}

TEST(CohortAnswers, ASoonestPlanBelowWhatTheCohortsDatesAllowIsProvenByTheDayBefore) {
    // The bootcamp ends on day 20 like the course, for less; studied at the learner's pace its
    // 10 hours would end on day 6, so the relaxed question alone cannot tell whether another
    // start date would do better. Asked by day 19, where the bootcamp cannot end even alone, it
    // has no plan: day 20 is the soonest, and $50 the least money by then.
    Credential bootcamp = cohort("bootcamp", "sql", 10, 1, kStart.plusDays(14));
    bootcamp.cost = 50;
    const Catalog c = catalog({credential("course", "sql", 30), bootcamp});
    const Plan plan = cairn::plan(c, profile(std::nullopt), request(Objective::Time));
    EXPECT_EQ(plan.status, PlanStatus::Optimal) << words(plan.reason);
    EXPECT_EQ(plan.totals.completion, kStart.plusDays(20));
    EXPECT_DOUBLE_EQ(plan.totals.cost, 50);
}
