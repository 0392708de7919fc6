// catalogGoal(): a goal named by ESCO skills becomes a goal over one catalog's skills; what no
// credential teaches is listed, never dropped silently, and the plan is made for the rest.
#include <cairn/engine/planner.h>
#include <cairn/engine/skill_goal.h>
#include <cairn/engine/validation.h>
#include <gtest/gtest.h>

using cairn::Catalog;
using cairn::Profile;
using cairn::SkillGoal;
using cairn::UntaughtSkill;
using cairn::WantedSkill;
using R = cairn::Requirement;

namespace {

const std::string kEsco = "http://data.europa.eu/esco/skill/";

/// sql (taught to 3), statistics (taught to 1), python (taught to 2), stakeholders (in the
/// catalog, taught by nothing).
Catalog analystCatalog() {
    Catalog c;
    c.name = "test";
    for (const char* id : {"sql", "statistics", "python", "stakeholders"}) {
        cairn::Skill s;
        s.id = id;
        s.name = id;
        s.esco = kEsco + id;
        c.skills.push_back(s);
    }
    auto course = [&](const char* id, double cost, std::vector<cairn::SkillLevel> grants) {
        cairn::Credential cr;
        cr.id = id;
        cr.title = id;
        cr.cost = cost;
        cr.hours = 10;
        cr.grants = std::move(grants);
        c.credentials.push_back(cr);
    };
    course("sql-course", 100, {{"sql", 3}});
    course("stats-intro", 50, {{"statistics", 1}});
    course("python-course", 80, {{"python", 2}});
    return c;
}

WantedSkill wanted(const std::string& id, int level, bool essential = true) {
    return {kEsco + id, id + " label", level, essential, {}};
}

} // namespace

TEST(SkillGoal, TaughtSkillsBecomeRequiredItemsAndTheRestIsListed) {
    SkillGoal g;
    g.title = "Data analyst";
    g.skills = {wanted("sql", 2), wanted("stakeholders", 2), wanted("negotiation", 2)};
    const auto built = cairn::catalogGoal(analystCatalog(), Profile{}, g, "goal");
    EXPECT_EQ(built.goal.requirement, R::skill("sql", 2));
    ASSERT_EQ(built.untaught.size(), 2u);
    EXPECT_EQ(built.untaught[0].why, UntaughtSkill::Why::NoCredential);
    EXPECT_EQ(built.untaught[0].skill, "stakeholders");
    EXPECT_EQ(built.untaught[1].why, UntaughtSkill::Why::NotInCatalog);
    EXPECT_EQ(built.untaught[1].wanted.label, "negotiation label");
}

TEST(SkillGoal, ASkillTaughtBelowTheLevelIsPlannedToThatLevelAndReported) {
    SkillGoal g;
    g.title = "Analyst";
    g.skills = {wanted("statistics", 3), wanted("sql", 2)};
    const auto built = cairn::catalogGoal(analystCatalog(), Profile{}, g, "goal");
    EXPECT_EQ(built.goal.requirement, R::all({R::skill("statistics", 1), R::skill("sql", 2)}));
    ASSERT_EQ(built.untaught.size(), 1u);
    EXPECT_EQ(built.untaught[0].why, UntaughtSkill::Why::LevelTooHigh);
    EXPECT_EQ(built.untaught[0].taughtLevel, 1);
}

TEST(SkillGoal, ASkillTheProfileHoldsStaysInTheGoalEvenWhenNothingTeachesIt) {
    SkillGoal g;
    g.title = "Analyst";
    g.skills = {wanted("stakeholders", 2), wanted("sql", 2)};
    Profile p;
    p.skills.push_back({"stakeholders", 3});
    const auto built = cairn::catalogGoal(analystCatalog(), p, g, "goal");
    EXPECT_EQ(built.goal.requirement, R::all({R::skill("stakeholders", 2), R::skill("sql", 2)}));
    EXPECT_TRUE(built.untaught.empty());
}

TEST(SkillGoal, OptionalSkillsAreAnAtLeastGroupShrunkToWhatIsTaught) {
    SkillGoal g;
    g.title = "Analyst";
    g.skills = {wanted("sql", 2), wanted("python", 1, false), wanted("statistics", 1, false),
                wanted("stakeholders", 1, false), wanted("sql", 1, false)};
    g.optionalNeeded = 3;
    const auto built = cairn::catalogGoal(analystCatalog(), Profile{}, g, "goal");
    // sql is essential anyway, stakeholders untaught: 2 optional skills remain, so k = 2.
    EXPECT_EQ(built.optionalNeeded, 2);
    EXPECT_EQ(built.goal.requirement,
              R::all({R::skill("sql", 2), R::atLeast(2, {R::skill("python", 1), R::skill("statistics", 1)})}));
    ASSERT_EQ(built.untaught.size(), 1u);
    EXPECT_FALSE(built.untaught[0].wanted.essential);
}

TEST(SkillGoal, AnExcludedCredentialTeachesNothing) {
    SkillGoal g;
    g.title = "Analyst";
    g.skills = {wanted("python", 2)};
    Profile p;
    p.excluded = {"python-course"};
    const auto built = cairn::catalogGoal(analystCatalog(), p, g, "goal");
    EXPECT_TRUE(built.goal.requirement.isNone());
    ASSERT_EQ(built.untaught.size(), 1u);
    EXPECT_EQ(built.untaught[0].why, UntaughtSkill::Why::NoCredential);
}

TEST(SkillGoal, ThePlannerPlansForTheTaughtRestInsteadOfAnsweringInfeasible) {
    Catalog c = analystCatalog();
    SkillGoal g;
    g.title = "Analyst";
    g.skills = {wanted("sql", 2), wanted("stakeholders", 2), wanted("python", 2, false)};
    g.optionalNeeded = 1;
    auto built = cairn::catalogGoal(c, Profile{}, g, "from-ad");
    c.goals.push_back(built.goal);
    EXPECT_FALSE(cairn::hasErrors(cairn::validate(c)));
    Profile p;
    p.hoursPerWeek = 10;
    p.start = cairn::Date::fromIso("2027-01-04").value();
    cairn::PlanRequest request;
    request.goal = "from-ad";
    const auto result = cairn::plan(c, p, request);
    ASSERT_EQ(result.status, cairn::PlanStatus::Optimal);
    ASSERT_EQ(result.credentials.size(), 2u);
    EXPECT_EQ(result.totals.cost, 180);
}

TEST(SkillGoal, AnOnetTechnologyMapsToTheSkillThatNamesItElseToItsEscoSkill) {
    Catalog c = analystCatalog();
    c.skills[0].onet = "Structured query language SQL"; // sql
    c.skills[1].onet = "IBM SPSS Statistics";           // statistics, also found by ESCO URI below
    SkillGoal g;
    g.title = "Business Intelligence Analysts";
    g.onet = "15-2051.01";
    g.skills = {WantedSkill{"", "SQL", 2, true, "structured QUERY language sql"},
                WantedSkill{kEsco + "python", "Python", 2, true, "Python"},
                WantedSkill{kEsco + "sql", "Tableau", 2, true, "Tableau"},
                WantedSkill{"", "Microsoft Power BI", 2, true, "Microsoft Power BI"}};
    const auto built = cairn::catalogGoal(c, Profile{}, g, "goal");
    EXPECT_EQ(built.goal.onet, "15-2051.01");
    // By the technology's name, case aside; else by the ESCO URI the goal gives for it.
    EXPECT_EQ(built.goal.requirement, R::all({R::skill("sql", 2), R::skill("python", 2)}));
    ASSERT_EQ(built.untaught.size(), 1u);
    EXPECT_EQ(built.untaught[0].why, UntaughtSkill::Why::NotInCatalog);
    EXPECT_EQ(built.untaught[0].wanted.onet, "Microsoft Power BI");
}
