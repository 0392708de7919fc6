#include "message_text.h"

#include <cairn/engine/planner.h>
#include <cairn/engine/validation.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <limits>

using cairn::test::words;

using cairn::Catalog;
using cairn::Credential;
using cairn::Date;
using cairn::Problem;
using cairn::Profile;
using cairn::Requirement;
using cairn::Skill;
using cairn::validateProfile;
using testing::AllOf;
using testing::HasSubstr;

namespace {

Credential credential(std::string id, std::string title, std::vector<cairn::SkillLevel> grants,
                      Requirement prerequisites = {}) {
    Credential c;
    c.id = std::move(id);
    c.title = std::move(title);
    c.grants = std::move(grants);
    c.prerequisites = std::move(prerequisites);
    return c;
}

Catalog catalog() {
    Catalog c;
    c.skills = {Skill{"sql", "SQL", {}, {}, {}, {}}, Skill{"python", "Python", {}, {}, {}, {}}};
    c.credentials = {
        credential("basic-sql", "Basic SQL", {{"sql", 1}}),
        credential("advanced-sql", "Advanced SQL", {{"sql", 3}}, Requirement::skill("sql", 1)),
        credential("ml", "Machine Learning", {{"python", 3}}, Requirement::skill("python", 2)),
    };
    return c;
}

Profile profile() {
    Profile p;
    p.name = "Learner";
    p.skills = {{"sql", 1}};
    p.budget = 1000;
    p.hoursPerWeek = 8;
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

Problem only(const std::vector<Problem>& problems, const std::string& code) {
    const auto found = withCode(problems, code);
    if (found.size() != 1) {
        std::string all;
        for (const auto& p : problems)
            all += "\n  " + p.code + " [" + p.object + "] " + words(p.message);
        ADD_FAILURE() << "expected one '" << code << "' problem, got " << found.size() << ":" << all;
        return {};
    }
    return found.front();
}

} // namespace

TEST(ProfileValidation, SoundProfileHasNoProblems) {
    EXPECT_TRUE(validateProfile(catalog(), profile()).empty());
}

TEST(ProfileValidation, UnknownGoal) {
    Catalog c = catalog();
    cairn::Goal goal;
    goal.id = "data-analyst";
    goal.title = "Data Analyst";
    c.goals = {goal};
    Profile p = profile();
    p.goal = "data-analyst";
    EXPECT_TRUE(validateProfile(c, p).empty());
    p.goal = "astronaut";
    const Problem problem = only(validateProfile(c, p), "unknown-goal");
    EXPECT_EQ(problem.object, "profile field goal");
    EXPECT_THAT(words(problem.message), HasSubstr("astronaut"));
}

TEST(ProfileValidation, UnknownSkill) {
    Profile p = profile();
    p.skills.push_back({"cobol", 2});
    const Problem problem = only(validateProfile(catalog(), p), "unknown-skill");
    EXPECT_EQ(problem.object, "profile field skills");
    EXPECT_THAT(words(problem.message), HasSubstr("cobol"));
}

TEST(ProfileValidation, SkillLevelOutOfRange) {
    Profile p = profile();
    p.skills = {{"sql", 9}};
    const Problem problem = only(validateProfile(catalog(), p), "bad-level");
    EXPECT_EQ(problem.object, "profile field skills");
    EXPECT_THAT(words(problem.message), AllOf(HasSubstr("sql"), HasSubstr("level 9")));
}

TEST(ProfileValidation, UnknownCredentials) {
    Profile p = profile();
    p.completed = {"old-cert"};
    p.pinned = {"new-cert"};
    p.excluded = {"gone-cert"};
    const auto problems = withCode(validateProfile(catalog(), p), "unknown-credential");
    ASSERT_EQ(problems.size(), 3u);
    EXPECT_EQ(problems[0].object, "profile field completed");
    EXPECT_THAT(words(problems[0].message), HasSubstr("old-cert"));
    EXPECT_EQ(problems[0].severity, Problem::Severity::Error);
    EXPECT_EQ(problems[1].object, "profile field pinned");
    EXPECT_THAT(words(problems[1].message), HasSubstr("new-cert"));
    // Leaving out something the catalog no longer has is harmless.
    EXPECT_EQ(problems[2].object, "profile field excluded");
    EXPECT_EQ(problems[2].severity, Problem::Severity::Warning);
}

TEST(ProfileValidation, BadNumbers) {
    Profile p = profile();
    p.budget = -10;
    p.hoursPerWeek = 0;
    p.hourlyValue = std::numeric_limits<double>::quiet_NaN();
    const auto problems = withCode(validateProfile(catalog(), p), "bad-number");
    ASSERT_EQ(problems.size(), 3u);
    EXPECT_EQ(problems[0].object, "profile field budget");
    EXPECT_THAT(words(problems[0].message), HasSubstr("-10"));
    EXPECT_EQ(problems[1].object, "profile field hours_per_week");
    EXPECT_EQ(problems[2].object, "profile field hourly_value");

    p = profile();
    p.hoursPerWeek = std::numeric_limits<double>::infinity();
    EXPECT_EQ(only(validateProfile(catalog(), p), "bad-number").object, "profile field hours_per_week");
}

TEST(ProfileValidation, DeadlineBeforeStart) {
    Profile p = profile();
    p.deadline = Date::fromYmd(2026, 12, 31);
    const Problem problem = only(validateProfile(catalog(), p), "bad-date");
    EXPECT_EQ(problem.object, "profile field deadline");
    EXPECT_THAT(words(problem.message), AllOf(HasSubstr("2026-12-31"), HasSubstr("2027-01-04")));
    p.deadline = p.start;
    EXPECT_TRUE(validateProfile(catalog(), p).empty());
}

TEST(ProfileValidation, PinnedAndExcluded) {
    Profile p = profile();
    p.pinned = {"advanced-sql"};
    p.excluded = {"advanced-sql"};
    const auto problems = validateProfile(catalog(), p);
    const Problem problem = only(problems, "pinned-and-excluded");
    EXPECT_EQ(problem.object, "credential advanced-sql");
    EXPECT_EQ(problem.credential, "advanced-sql");
    EXPECT_THAT(words(problem.message), HasSubstr("Advanced SQL"));
    EXPECT_TRUE(withCode(problems, "pinned-unreachable").empty());
}

TEST(ProfileValidation, PinnedAlreadyCompletedIsAWarning) {
    Profile p = profile();
    p.completed = {"basic-sql"};
    p.pinned = {"basic-sql"};
    const auto problems = validateProfile(catalog(), p);
    const Problem problem = only(problems, "pinned-completed");
    EXPECT_EQ(problem.severity, Problem::Severity::Warning);
    EXPECT_EQ(problem.credential, "basic-sql");
    EXPECT_FALSE(cairn::hasErrors(problems));
}

TEST(ProfileValidation, PinnedCredentialThatCanNeverBeTaken) {
    Profile p = profile();
    p.pinned = {"ml"};
    const auto problems = validateProfile(catalog(), p);
    const Problem problem = only(problems, "pinned-unreachable");
    // A warning: the planner answers the question, `infeasible` with the reason.
    EXPECT_EQ(problem.severity, Problem::Severity::Warning);
    EXPECT_FALSE(cairn::hasErrors(problems));
    EXPECT_EQ(problem.object, "credential ml");
    EXPECT_EQ(problem.credential, "ml");
    EXPECT_THAT(words(problem.message), AllOf(HasSubstr("Machine Learning"), HasSubstr("skill:python@2")));
}

TEST(ProfileValidation, PinnedCredentialReachableOnlyThroughTheProfile) {
    Catalog c = catalog();
    c.credentials[1].prerequisites = Requirement::skill("sql", 2); // nobody else grants sql@2
    Profile p = profile();
    p.pinned = {"advanced-sql"};
    EXPECT_EQ(withCode(validateProfile(c, p), "pinned-unreachable").size(), 1u);
    p.skills = {{"sql", 2}};
    EXPECT_TRUE(validateProfile(c, p).empty());
}

TEST(ProfileValidation, ExcludingTheOnlyWayInMakesAPinUnreachable) {
    Catalog c = catalog();
    Profile p = profile();
    p.skills.clear();
    p.pinned = {"advanced-sql"};
    EXPECT_TRUE(validateProfile(c, p).empty());
    p.excluded = {"basic-sql"};
    const Problem problem = only(validateProfile(c, p), "pinned-unreachable");
    EXPECT_THAT(words(problem.message), AllOf(HasSubstr("skill:sql@1"), HasSubstr("Basic SQL")));
}

// A credential the learner's records say expired before the plan starts is no longer held: the
// planner may plan it again, and validation says why, with the dates.
TEST(ProfileValidation, ACompletedCredentialThatLapsedBeforeTheStartIsNotHeld) {
    Catalog c = catalog();
    cairn::Goal goal;
    goal.id = "analyst";
    goal.title = "Analyst";
    goal.requirement = Requirement::credential("advanced-sql");
    c.goals.push_back(goal);
    for (auto& credential : c.credentials) {
        credential.hours = 20;
        credential.cost = 100;
    }
    Profile p = profile();
    p.skills.clear();
    p.goal = "analyst";
    p.completed = {"basic-sql", "advanced-sql"};
    p.completedDates = {{"advanced-sql", Date::fromYmd(2023, 1, 10), Date::fromYmd(2026, 1, 9)},
                        {"basic-sql", Date::fromYmd(2022, 5, 1), std::nullopt}};

    EXPECT_EQ(cairn::lapsedOnStart(p), std::vector<std::string>{"advanced-sql"});
    EXPECT_EQ(cairn::heldOnStart(p).completed, std::vector<std::string>{"basic-sql"});
    const auto problems = validateProfile(c, p);
    const Problem problem = only(problems, "completed-lapsed");
    EXPECT_EQ(problem.severity, Problem::Severity::Warning);
    EXPECT_EQ(problem.credential, "advanced-sql");
    EXPECT_THAT(words(problem.message), AllOf(HasSubstr("Advanced SQL"), HasSubstr("2026-01-09")));
    EXPECT_FALSE(cairn::hasErrors(problems));

    cairn::PlanRequest request;
    request.goal = "analyst";
    const cairn::Plan lapsed = cairn::plan(c, p, request);
    ASSERT_EQ(lapsed.status, cairn::PlanStatus::Optimal);
    ASSERT_EQ(lapsed.credentials.size(), 1u); // earned again; basic-sql still gives its SQL
    EXPECT_EQ(lapsed.credentials.front().id, "advanced-sql");
    EXPECT_FALSE(cairn::gap(c, p, "analyst").goalMet);

    // Still valid on the day the plan starts: held, nothing to plan.
    p.completedDates.front().expires = p.start;
    EXPECT_TRUE(cairn::lapsedOnStart(p).empty());
    EXPECT_TRUE(withCode(validateProfile(c, p), "completed-lapsed").empty());
    EXPECT_TRUE(cairn::plan(c, p, request).credentials.empty());
    EXPECT_TRUE(cairn::gap(c, p, "analyst").goalMet);
}
