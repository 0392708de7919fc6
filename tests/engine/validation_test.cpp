#include "message_text.h"

#include <cairn/engine/validation.h>
#include <cmath>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <limits>

using cairn::test::words;

using cairn::Catalog;
using cairn::CategoryRule;
using cairn::Credential;
using cairn::CreditOffer;
using cairn::Date;
using cairn::Goal;
using cairn::Pace;
using cairn::Problem;
using cairn::Program;
using cairn::Requirement;
using cairn::Skill;
using cairn::SkillLevel;
using cairn::validate;
using testing::AllOf;
using testing::HasSubstr;

namespace {

Skill skill(std::string id) {
    Skill s;
    s.id = id;
    s.name = id;
    return s;
}

Credential credential(std::string id, std::string title, std::vector<SkillLevel> grants = {},
                      Requirement prerequisites = {}) {
    Credential c;
    c.id = std::move(id);
    c.title = std::move(title);
    c.provider = "Provider";
    c.url = "https://example.org/" + c.id;
    c.cost = 100;
    c.hours = 20;
    c.grants = std::move(grants);
    c.prerequisites = std::move(prerequisites);
    return c;
}

Goal careerGoal(std::string id, std::string title, Requirement requirement) {
    Goal g;
    g.id = std::move(id);
    g.title = std::move(title);
    g.requirement = std::move(requirement);
    return g;
}

Goal creditsGoal(std::string id, std::string program, double minCredits, std::vector<CategoryRule> rules = {}) {
    Goal g;
    g.id = std::move(id);
    g.kind = Goal::Kind::Credits;
    g.title = "Credits toward " + program;
    g.program = std::move(program);
    g.minCredits = minCredits;
    g.categories = std::move(rules);
    return g;
}

Program program(std::string id, std::vector<std::string> categories) {
    Program p;
    p.id = std::move(id);
    p.title = "Bachelor of " + p.id;
    p.institution = "Sample University";
    p.categories = std::move(categories);
    return p;
}

using R = Requirement;

// A small catalog that uses every feature and has nothing wrong with it.
Catalog cleanCatalog() {
    Catalog c;
    c.name = "clean";
    c.skills = {skill("sql"), skill("spreadsheets"), skill("statistics"), skill("tableau")};
    c.programs = {program("bs-data", {"core", "elective"})};
    c.credentials = {
        credential("basic-sql", "Basic SQL", {{"sql", 1}}),
        credential("intermediate-sql", "Intermediate SQL", {{"sql", 2}}, R::skill("sql", 1)),
        credential("advanced-sql", "Advanced SQL", {{"sql", 3}}, R::skill("sql", 2)),
        credential("intro-statistics", "Intro Statistics", {{"statistics", 2}}),
        credential("data-analytics", "Data Analytics Certificate", {{"spreadsheets", 2}, {"tableau", 1}, {"sql", 2}},
                   R::all({R::any({R::credential("intro-statistics"), R::skill("statistics", 1)}),
                           R::atLeast(1, {R::skill("sql", 1), R::skill("spreadsheets", 1)})})),
    };
    c.credentials[0].credits = {{"bs-data", 3, {"elective"}}};
    c.credentials[1].credits = {{"bs-data", 6, {"core", "elective"}}};
    c.credentials[4].credits = {{"bs-data", 9, {"core"}}};
    c.credentials[4].pace.kind = Pace::Kind::Cohort;
    c.credentials[4].pace.weeks = 12;
    c.credentials[4].pace.starts = {Date::fromYmd(2027, 1, 11)};
    c.goals = {
        careerGoal("data-analyst", "Data Analyst",
                   R::all({R::skill("sql", 2), R::atLeast(2, {R::skill("statistics", 2), R::skill("tableau", 1),
                                                              R::credential("advanced-sql")})})),
        creditsGoal("bs-data-transfer", "bs-data", 15, {{"core", 6, 12}, {"elective", std::nullopt, 6}}),
    };
    return c;
}

std::vector<Problem> withCode(const std::vector<Problem>& problems, const std::string& code) {
    std::vector<Problem> out;
    for (const auto& p : problems)
        if (p.code == code)
            out.push_back(p);
    return out;
}

// The one problem with `code`; fails the test when there is not exactly one.
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

std::vector<std::string> codes(const std::vector<Problem>& problems) {
    std::vector<std::string> out;
    for (const auto& p : problems)
        out.push_back(p.code);
    return out;
}

} // namespace

TEST(Validation, CleanCatalogHasNoProblems) {
    const auto problems = validate(cleanCatalog());
    EXPECT_TRUE(problems.empty()) << (problems.empty() ? std::string() : words(problems.front().message));
}

TEST(Validation, EmptyCatalogHasNoProblems) {
    EXPECT_TRUE(validate(Catalog{}).empty());
}

TEST(Validation, DuplicateIdsInEachList) {
    Catalog c = cleanCatalog();
    c.skills.push_back(skill("sql"));
    c.credentials.push_back(credential("basic-sql", "Basic SQL again", {{"sql", 1}}));
    c.programs.push_back(program("bs-data", {"core"}));
    c.goals.push_back(careerGoal("data-analyst", "Another analyst", R::skill("sql", 1)));
    const auto problems = withCode(validate(c), "duplicate-id");
    ASSERT_EQ(problems.size(), 4u);
    EXPECT_EQ(problems[0].object, "skill sql");
    EXPECT_EQ(problems[1].object, "credential basic-sql");
    EXPECT_EQ(problems[1].credential, "basic-sql");
    EXPECT_EQ(problems[2].object, "program bs-data");
    EXPECT_EQ(problems[3].object, "goal data-analyst");
    EXPECT_THAT(words(problems[1].message), AllOf(HasSubstr("basic-sql"), HasSubstr("2 credentials")));
    EXPECT_THAT(words(problems[0].message), HasSubstr("2 skills"));
}

TEST(Validation, DuplicateIdReportedOncePerId) {
    Catalog c = cleanCatalog();
    c.skills.push_back(skill("sql"));
    c.skills.push_back(skill("sql"));
    const auto problems = withCode(validate(c), "duplicate-id");
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_THAT(words(problems[0].message), HasSubstr("3 skills"));
}

TEST(Validation, UnknownCredentialInPrerequisites) {
    Catalog c = cleanCatalog();
    c.credentials[2].prerequisites = R::all({R::skill("sql", 2), R::credential("sql-bootcamp")});
    const auto problems = validate(c);
    const Problem p = only(problems, "unknown-credential");
    EXPECT_EQ(p.object, "credential advanced-sql");
    EXPECT_EQ(p.credential, "advanced-sql");
    EXPECT_EQ(p.severity, Problem::Severity::Error);
    EXPECT_THAT(words(p.message), AllOf(HasSubstr("Advanced SQL"), HasSubstr("cred:sql-bootcamp")));
    // The unknown id already explains why Advanced SQL cannot be taken: no second problem.
    EXPECT_TRUE(withCode(problems, "unmeetable-prerequisite").empty());
}

TEST(Validation, UnknownCredentialInGoal) {
    Catalog c = cleanCatalog();
    c.goals[0].requirement = R::credential("missing-cert");
    const auto problems = validate(c);
    const Problem p = only(problems, "unknown-credential");
    EXPECT_EQ(p.object, "goal data-analyst");
    EXPECT_EQ(p.credential, "");
    EXPECT_THAT(words(p.message), AllOf(HasSubstr("Data Analyst"), HasSubstr("missing-cert")));
    EXPECT_TRUE(withCode(problems, "unreachable-goal").empty());
}

TEST(Validation, UnknownSkillInGrantsAndRequirements) {
    Catalog c = cleanCatalog();
    c.credentials[0].grants.push_back({"postgres", 1});
    c.credentials[3].prerequisites = R::skill("algebra", 2);
    const auto problems = withCode(validate(c), "unknown-skill");
    ASSERT_EQ(problems.size(), 2u);
    EXPECT_EQ(problems[0].object, "credential basic-sql");
    EXPECT_THAT(words(problems[0].message), AllOf(HasSubstr("grants"), HasSubstr("postgres")));
    EXPECT_EQ(problems[1].object, "credential intro-statistics");
    EXPECT_EQ(problems[1].credential, "intro-statistics");
    EXPECT_THAT(words(problems[1].message), HasSubstr("skill:algebra@2"));
}

TEST(Validation, UnknownProgramInCreditsAndGoal) {
    Catalog c = cleanCatalog();
    c.credentials[0].credits = {{"ms-data", 3, {"core"}}};
    c.goals[1].program = "ms-data";
    const auto problems = withCode(validate(c), "unknown-program");
    ASSERT_EQ(problems.size(), 2u);
    EXPECT_EQ(problems[0].object, "credential basic-sql");
    EXPECT_EQ(problems[0].credential, "basic-sql");
    EXPECT_THAT(words(problems[0].message), HasSubstr("ms-data"));
    EXPECT_EQ(problems[1].object, "goal bs-data-transfer");
    EXPECT_THAT(words(problems[1].message), HasSubstr("ms-data"));
}

TEST(Validation, CreditsGoalWithoutProgram) {
    Catalog c = cleanCatalog();
    c.goals[1].program.clear();
    const Problem p = only(validate(c), "unknown-program");
    EXPECT_EQ(p.object, "goal bs-data-transfer");
    EXPECT_THAT(words(p.message), HasSubstr("names no program"));
}

TEST(Validation, UnknownCategory) {
    Catalog c = cleanCatalog();
    c.credentials[1].credits = {{"bs-data", 6, {"core", "lab"}}};
    c.goals[1].categories.push_back({"capstone", 3, std::nullopt});
    const auto problems = withCode(validate(c), "unknown-category");
    ASSERT_EQ(problems.size(), 2u);
    EXPECT_EQ(problems[0].object, "credential intermediate-sql");
    EXPECT_THAT(words(problems[0].message), AllOf(HasSubstr("\u201Clab\u201D"), HasSubstr("core, elective")));
    EXPECT_EQ(problems[1].object, "goal bs-data-transfer");
    EXPECT_THAT(words(problems[1].message), HasSubstr("capstone"));
}

TEST(Validation, BadGroups) {
    Catalog c = cleanCatalog();
    c.credentials[1].prerequisites = R::any({});
    c.credentials[2].prerequisites = R::atLeast(3, {R::skill("sql", 2), R::skill("statistics", 1)});
    c.credentials[3].prerequisites = R::atLeast(0, {R::skill("sql", 1)});
    c.goals[0].requirement = R::atLeast(2, {R::skill("sql", 2), R::skill("sql", 2)});
    const auto problems = withCode(validate(c), "bad-group");
    ASSERT_EQ(problems.size(), 4u);
    EXPECT_EQ(problems[0].object, "credential intermediate-sql");
    EXPECT_THAT(words(problems[0].message), HasSubstr("empty"));
    EXPECT_EQ(problems[1].object, "credential advanced-sql");
    EXPECT_THAT(words(problems[1].message), AllOf(HasSubstr("at least 3"), HasSubstr("2 distinct members")));
    EXPECT_EQ(problems[2].object, "credential intro-statistics");
    EXPECT_THAT(words(problems[2].message), HasSubstr("at least 0"));
    // Members written twice count once.
    EXPECT_EQ(problems[3].object, "goal data-analyst");
    EXPECT_THAT(words(problems[3].message), HasSubstr("1 distinct member;"));
}

TEST(Validation, BadNumbers) {
    Catalog c = cleanCatalog();
    c.credentials[0].cost = -5;
    c.credentials[1].hours = std::numeric_limits<double>::quiet_NaN();
    c.credentials[2].credits = {{"bs-data", -3, {"core"}}};
    c.goals[1].minCredits = std::numeric_limits<double>::infinity();
    c.goals[1].categories[0].min = 20; // above its max of 12
    const auto problems = withCode(validate(c), "bad-number");
    ASSERT_EQ(problems.size(), 5u);
    EXPECT_EQ(problems[0].object, "credential basic-sql");
    EXPECT_EQ(problems[0].credential, "basic-sql");
    EXPECT_THAT(words(problems[0].message), AllOf(HasSubstr("(basic-sql) has cost -5"), HasSubstr("from 0 to")));
    EXPECT_EQ(problems[1].object, "credential intermediate-sql");
    EXPECT_THAT(words(problems[1].message), HasSubstr("hours"));
    EXPECT_EQ(problems[2].object, "credential advanced-sql");
    EXPECT_THAT(words(problems[2].message), HasSubstr("-3 credits"));
    EXPECT_EQ(problems[3].object, "goal bs-data-transfer");
    EXPECT_THAT(words(problems[3].message), AllOf(HasSubstr("inf"), HasSubstr("min_credits")));
    EXPECT_EQ(problems[4].object, "goal bs-data-transfer");
    EXPECT_THAT(words(problems[4].message), AllOf(HasSubstr("min 20"), HasSubstr("max 12"), HasSubstr("core")));
}

TEST(Validation, NegativeCategoryBound) {
    Catalog c = cleanCatalog();
    c.goals[1].categories[1].max = -6;
    const Problem p = only(validate(c), "bad-number");
    EXPECT_EQ(p.object, "goal bs-data-transfer");
    EXPECT_THAT(words(p.message), AllOf(HasSubstr("max -6"), HasSubstr("elective")));
}

TEST(Validation, BadLevels) {
    Catalog c = cleanCatalog();
    c.credentials[0].grants = {{"sql", 6}};
    c.credentials[3].prerequisites = R::skill("sql", 0);
    const auto problems = withCode(validate(c), "bad-level");
    ASSERT_EQ(problems.size(), 2u);
    EXPECT_EQ(problems[0].object, "credential basic-sql");
    EXPECT_THAT(words(problems[0].message), AllOf(HasSubstr("level 6"), HasSubstr("sql")));
    EXPECT_EQ(problems[1].object, "credential intro-statistics");
    EXPECT_THAT(words(problems[1].message), HasSubstr("skill:sql@0"));
}

TEST(Validation, CohortWithoutStartsAndWeeks) {
    Catalog c = cleanCatalog();
    c.credentials[4].pace.starts.clear();
    const Problem p = only(validate(c), "cohort-without-starts");
    EXPECT_EQ(p.object, "credential data-analytics");
    EXPECT_EQ(p.credential, "data-analytics");
    EXPECT_THAT(words(p.message), AllOf(HasSubstr("Data Analytics Certificate"), HasSubstr("no start dates")));

    c = cleanCatalog();
    c.credentials[4].pace.weeks = 0;
    const Problem weeks = only(validate(c), "bad-number");
    EXPECT_EQ(weeks.object, "credential data-analytics");
    EXPECT_THAT(words(weeks.message), HasSubstr("0 weeks"));
}

TEST(Validation, CohortStartsOutOfOrder) {
    Catalog c = cleanCatalog();
    c.credentials[4].pace.starts = {Date::fromYmd(2027, 4, 5), Date::fromYmd(2027, 1, 11)};
    const Problem p = only(validate(c), "bad-date");
    EXPECT_EQ(p.object, "credential data-analytics");
    EXPECT_THAT(words(p.message), HasSubstr("ascending"));
    c.credentials[4].pace.starts = {Date::fromYmd(2027, 1, 11), Date::fromYmd(2027, 1, 11)};
    EXPECT_EQ(only(validate(c), "bad-date").object, "credential data-analytics");
    c.credentials[4].pace.starts = {Date::fromYmd(2027, 1, 11), Date::fromYmd(2027, 4, 5)};
    EXPECT_TRUE(validate(c).empty());
}

TEST(Validation, SelfRequirement) {
    Catalog c = cleanCatalog();
    c.credentials[3].prerequisites = R::any({R::credential("intro-statistics"), R::skill("statistics", 3)});
    const auto problems = validate(c);
    const Problem p = only(problems, "self-requirement");
    EXPECT_EQ(p.object, "credential intro-statistics");
    EXPECT_EQ(p.credential, "intro-statistics");
    EXPECT_THAT(words(p.message), AllOf(HasSubstr("Intro Statistics"), HasSubstr("itself")));
    // statistics@3 is granted by nobody, so the other way in fails as well and is worth saying.
    const auto unmeetable = withCode(problems, "unmeetable-prerequisite");
    ASSERT_FALSE(unmeetable.empty());
    EXPECT_EQ(unmeetable[0].object, "credential intro-statistics");
    EXPECT_THAT(words(unmeetable[0].message), HasSubstr("any(cred:intro-statistics, skill:statistics@3)"));

    // Requiring only itself says nothing beyond the self-requirement.
    c.credentials[3].prerequisites = R::credential("intro-statistics");
    const auto alone = validate(c);
    EXPECT_EQ(withCode(alone, "self-requirement").size(), 1u);
    for (const auto& p : withCode(alone, "unmeetable-prerequisite"))
        EXPECT_NE(p.object, "credential intro-statistics");
}

TEST(Validation, TwoCredentialsRequiringEachOtherAreACycle) {
    Catalog c = cleanCatalog();
    c.credentials.push_back(credential("cloud-a", "Cloud A", {}, R::credential("cloud-b")));
    c.credentials.push_back(credential("cloud-b", "Cloud B", {}, R::credential("cloud-a")));
    const auto problems = validate(c);
    const Problem p = only(problems, "cycle");
    EXPECT_EQ(p.object, "credential cloud-a");
    EXPECT_EQ(p.credential, "cloud-a");
    EXPECT_THAT(
        words(p.message),
        HasSubstr(
            "\u201CCloud A\u201D (cloud-a) \u2192 \u201CCloud B\u201D (cloud-b) \u2192 \u201CCloud A\u201D (cloud-a)"));
    EXPECT_TRUE(withCode(problems, "unmeetable-prerequisite").empty());
}

TEST(Validation, SkillNeededAndGrantedBySeveralIsNoCycle) {
    // Intermediate needs sql@1 and grants sql@2; Advanced needs sql@2 and grants sql@3. Both
    // grant what the other needs, yet Basic SQL opens the way, so an order exists.
    EXPECT_TRUE(validate(cleanCatalog()).empty());
}

TEST(Validation, WithoutTheWayInTheSqlChainIsACycle) {
    Catalog c = cleanCatalog();
    c.credentials.erase(c.credentials.begin()); // remove Basic SQL
    c.goals.pop_back();                         // its credits no longer add up
    const auto problems = validate(c);
    const Problem p = only(problems, "cycle");
    EXPECT_EQ(p.object, "credential intermediate-sql");
    EXPECT_THAT(words(p.message),
                HasSubstr("\u201CIntermediate SQL\u201D (intermediate-sql) \u2192 \u201CAdvanced SQL\u201D "
                          "(advanced-sql) \u2192 \u201CIntermediate SQL\u201D (intermediate-sql)"));
    EXPECT_THAT(words(p.message), HasSubstr("only be taken after each other"));
}

TEST(Validation, ACycleNamesItsCredentialsByIdAsWellAsTitle) {
    // Three credentials titled alike printed "X → X → X → X".
    Catalog c = cleanCatalog();
    c.credentials.push_back(credential("x1", "X", {}, R::credential("x2")));
    c.credentials.push_back(credential("x2", "X", {}, R::credential("x3")));
    c.credentials.push_back(credential("x3", "X", {}, R::credential("x1")));
    const Problem p = only(validate(c), "cycle");
    EXPECT_THAT(words(p.message),
                HasSubstr("\u201CX\u201D (x1) \u2192 \u201CX\u201D (x2) \u2192 \u201CX\u201D (x3) \u2192 "
                          "\u201CX\u201D (x1)"));
}

TEST(Validation, LongerCycleIsReportedOnceAsAPath) {
    Catalog c = cleanCatalog();
    c.skills.push_back(skill("k8s"));
    c.credentials.push_back(credential("ops-1", "Ops 1", {{"k8s", 1}}, R::credential("ops-3")));
    c.credentials.push_back(credential("ops-2", "Ops 2", {{"k8s", 2}}, R::skill("k8s", 1)));
    c.credentials.push_back(credential("ops-3", "Ops 3", {{"k8s", 3}}, R::all({R::credential("ops-2")})));
    const Problem p = only(validate(c), "cycle");
    EXPECT_EQ(p.object, "credential ops-1");
    EXPECT_THAT(words(p.message),
                HasSubstr("\u201COps 1\u201D (ops-1) \u2192 \u201COps 3\u201D (ops-3) \u2192 \u201COps "
                          "2\u201D (ops-2) \u2192 \u201COps 1\u201D (ops-1)"));
}

TEST(Validation, CredentialOnlyAfterACycleIsUnmeetable) {
    Catalog c = cleanCatalog();
    c.credentials.push_back(credential("cloud-a", "Cloud A", {}, R::credential("cloud-b")));
    c.credentials.push_back(credential("cloud-b", "Cloud B", {}, R::credential("cloud-a")));
    c.credentials.push_back(credential("cloud-pro", "Cloud Pro", {}, R::credential("cloud-b")));
    const auto problems = validate(c);
    EXPECT_EQ(withCode(problems, "cycle").size(), 1u);
    const Problem p = only(problems, "unmeetable-prerequisite");
    EXPECT_EQ(p.object, "credential cloud-pro");
    EXPECT_EQ(p.credential, "cloud-pro");
    EXPECT_THAT(words(p.message),
                AllOf(HasSubstr("cred:cloud-b"), HasSubstr("Cloud B"), HasSubstr("can never be taken")));
}

TEST(Validation, SkillGrantedAtTooLowALevelIsUnmeetable) {
    Catalog c = cleanCatalog();
    c.skills.push_back(skill("kubernetes"));
    c.credentials.push_back(credential("ckad", "CKAD", {{"kubernetes", 3}}));
    c.credentials.push_back(credential("cks", "CKS", {{"kubernetes", 5}}, R::skill("kubernetes", 4)));
    const auto problems = validate(c);
    EXPECT_TRUE(withCode(problems, "cycle").empty());
    const Problem p = only(problems, "unmeetable-prerequisite");
    EXPECT_EQ(p.object, "credential cks");
    EXPECT_THAT(words(p.message), AllOf(HasSubstr("CKS"), HasSubstr("skill:kubernetes@4"),
                                        HasSubstr("no other credential grants at level 4 or above")));
}

TEST(Validation, UnmeetableGroupNamesTheGroup) {
    Catalog c = cleanCatalog();
    c.skills.push_back(skill("python"));
    c.credentials.push_back(
        credential("ml", "Machine Learning", {},
                   R::all({R::skill("sql", 1), R::atLeast(2, {R::skill("python", 1), R::skill("statistics", 2)})})));
    const Problem p = only(validate(c), "unmeetable-prerequisite");
    EXPECT_EQ(p.object, "credential ml");
    EXPECT_THAT(words(p.message), AllOf(HasSubstr("min(2; skill:python@1, skill:statistics@2)"), HasSubstr("only 1")));
    EXPECT_THAT(words(p.message), testing::Not(HasSubstr("skill:sql@1")));
}

TEST(Validation, UnreachableCareerGoal) {
    Catalog c = cleanCatalog();
    c.goals[0].requirement = R::all({R::skill("sql", 2), R::skill("tableau", 3)});
    const Problem p = only(validate(c), "unreachable-goal");
    EXPECT_EQ(p.object, "goal data-analyst");
    EXPECT_EQ(p.credential, "");
    EXPECT_THAT(words(p.message), AllOf(HasSubstr("Data Analyst"), HasSubstr("skill:tableau@3"),
                                        HasSubstr("no credential grants at level 3")));
    EXPECT_THAT(words(p.message), testing::Not(HasSubstr("skill:sql@2")));
}

TEST(Validation, CreditsGoalWithTooFewCredits) {
    Catalog c = cleanCatalog();
    c.goals[1].minCredits = 40;
    const Problem p = only(validate(c), "unreachable-goal");
    EXPECT_EQ(p.object, "goal bs-data-transfer");
    // core caps at 12, elective at 6: 18 at most of the 18 on offer.
    EXPECT_THAT(words(p.message), AllOf(HasSubstr("40 credits"), HasSubstr("at most 18")));
}

TEST(Validation, CreditsGoalCountsSharedCreditsOnce) {
    Catalog c = cleanCatalog();
    // 3 elective + 6 core-or-elective + 9 core = 18; with core capped at 9 and elective at 6 only 15 count.
    c.goals[1].categories = {{"core", 6, 9}, {"elective", std::nullopt, 6}};
    c.goals[1].minCredits = 16;
    const Problem p = only(validate(c), "unreachable-goal");
    EXPECT_THAT(words(p.message), HasSubstr("at most 15"));
    c.goals[1].minCredits = 15;
    EXPECT_TRUE(validate(c).empty());
}

TEST(Validation, CreditsGoalCategoryMinimumOutOfReach) {
    Catalog c = cleanCatalog();
    c.goals[1].categories = {{"elective", 10, std::nullopt}};
    c.goals[1].minCredits = 10;
    const Problem p = only(validate(c), "unreachable-goal");
    EXPECT_THAT(words(p.message),
                AllOf(HasSubstr("at least 10"), HasSubstr("\u201Celective\u201D"), HasSubstr("only 9")));
}

TEST(Validation, CreditsFromCredentialsThatCannotBeTakenDoNotCount) {
    Catalog c = cleanCatalog();
    c.credentials[4].prerequisites = R::skill("tableau", 4);
    const auto problems = validate(c);
    EXPECT_EQ(withCode(problems, "unmeetable-prerequisite").size(), 1u);
    const auto goals = withCode(problems, "unreachable-goal");
    ASSERT_EQ(goals.size(), 1u);
    EXPECT_EQ(goals[0].object, "goal bs-data-transfer");
    EXPECT_THAT(words(goals[0].message), HasSubstr("at most 9"));
}

TEST(Validation, UnusedSkillIsAWarning) {
    Catalog c = cleanCatalog();
    c.skills.push_back(skill("cobol"));
    const auto problems = validate(c);
    const Problem p = only(problems, "unused-skill");
    EXPECT_EQ(p.object, "skill cobol");
    EXPECT_EQ(p.severity, Problem::Severity::Warning);
    EXPECT_FALSE(cairn::hasErrors(problems));
}

TEST(Validation, ProblemsComeOutByCheckThenCatalogOrder) {
    Catalog c = cleanCatalog();
    c.skills.push_back(skill("cobol"));
    c.goals[0].requirement = R::skill("statistics", 5);
    c.credentials.push_back(credential("cloud-b", "Cloud B", {}, R::credential("cloud-a")));
    c.credentials.push_back(credential("cloud-a", "Cloud A", {}, R::credential("cloud-b")));
    c.credentials[1].cost = -1;
    c.credentials.push_back(credential("orphan", "Orphan", {}, R::skill("nothing", 1)));
    c.credentials.push_back(credential("basic-sql", "Duplicate", {}));
    const auto problems = validate(c);
    EXPECT_EQ(codes(problems), (std::vector<std::string>{"duplicate-id", "bad-number", "unknown-skill", "cycle",
                                                         "unreachable-goal", "unused-skill"}));
    EXPECT_THAT(
        words(problems[3].message),
        HasSubstr(
            "\u201CCloud B\u201D (cloud-b) \u2192 \u201CCloud A\u201D (cloud-a) \u2192 \u201CCloud B\u201D (cloud-b)"));
    EXPECT_EQ(validate(c), problems);
}

TEST(Validation, EveryMessageIsASentenceAboutItsObject) {
    Catalog c = cleanCatalog();
    c.credentials[0].cost = -1;
    c.credentials[1].prerequisites = R::credential("intermediate-sql");
    c.credentials.push_back(credential("cloud-a", "Cloud A", {}, R::credential("cloud-b")));
    c.credentials.push_back(credential("cloud-b", "Cloud B", {}, R::credential("cloud-a")));
    for (const auto& p : validate(c)) {
        EXPECT_FALSE(p.object.empty()) << p.code;
        ASSERT_FALSE(words(p.message).empty()) << p.code;
        EXPECT_TRUE(std::isupper(static_cast<unsigned char>(words(p.message).front()))) << words(p.message);
        EXPECT_EQ(words(p.message).back(), '.') << words(p.message);
    }
}

TEST(Validation, SkillsNoCredentialGrantsAreAnEntryRequirementNotAnError) {
    // Learners bring skills from work; a catalog may ask for them without teaching them.
    Catalog c = cleanCatalog();
    c.skills.push_back({"leadership", "Leadership", {}, {}, {}, {}});
    c.credentials.push_back(credential("exec-cert", "Executive Certificate", {}, R::skill("leadership", 3)));
    const auto problems = validate(c);
    const Problem p = only(problems, "unmeetable-prerequisite");
    EXPECT_EQ(p.severity, Problem::Severity::Warning);
    EXPECT_EQ(p.credential, "exec-cert");
    EXPECT_THAT(words(p.message), AllOf(HasSubstr("Executive Certificate"), HasSubstr("already holds")));
    EXPECT_FALSE(hasErrors(problems));
}
