// gap(): where a profile stands against a goal, with its choices ("2 of these 5") kept as groups
// so that an unmet option of a met choice reads as not needed rather than missing.
#include <cairn/engine/planner.h>
#include <gtest/gtest.h>

using cairn::Catalog;
using cairn::Goal;
using cairn::Profile;
using R = cairn::Requirement;

namespace {

Catalog catalogWithGoal(R requirement) {
    Catalog c;
    for (const char* id : {"sql", "statistics", "python", "r", "power-bi", "linux"}) {
        cairn::Skill s;
        s.id = id;
        s.name = id;
        c.skills.push_back(s);
    }
    Goal g;
    g.id = "analyst";
    g.title = "Analyst";
    g.requirement = std::move(requirement);
    c.goals.push_back(g);
    return c;
}

Profile holding(std::initializer_list<const char*> skills) {
    Profile p;
    for (const char* s : skills)
        p.skills.push_back({s, 2});
    return p;
}

} // namespace

TEST(Gap, ItemsOfAChoiceBelongToTheirGroup) {
    const Catalog c = catalogWithGoal(
        R::all({R::skill("sql", 2),
                R::atLeast(2, {R::skill("statistics"), R::skill("python"), R::skill("r"), R::skill("power-bi")})}));
    const cairn::Gap g = gap(c, holding({"statistics", "python"}), "analyst");
    ASSERT_EQ(g.items.size(), 5u);
    ASSERT_EQ(g.groups.size(), 1u);
    EXPECT_EQ(g.groups[0].needed, 2);
    EXPECT_EQ(g.groups[0].size, 4);
    EXPECT_TRUE(g.groups[0].met);
    EXPECT_EQ(g.items[0].group, -1); // sql is needed outright
    for (std::size_t i = 1; i < g.items.size(); ++i)
        EXPECT_EQ(g.items[i].group, 0) << g.items[i].item;
    EXPECT_FALSE(g.items[3].met); // r: unmet, but its group is met, so it is not needed
    EXPECT_FALSE(g.goalMet);      // sql is still missing
}

TEST(Gap, AGroupIsUnmetUntilEnoughOfItsOptionsAre) {
    const Catalog c = catalogWithGoal(R::atLeast(2, {R::skill("statistics"), R::skill("python"), R::skill("r")}));
    const cairn::Gap g = gap(c, holding({"python"}), "analyst");
    ASSERT_EQ(g.groups.size(), 1u);
    EXPECT_FALSE(g.groups[0].met);
    EXPECT_FALSE(g.goalMet);
}

TEST(Gap, ItemsOfAnAllInsideAChoiceBelongToTheChoice) {
    const Catalog c = catalogWithGoal(R::any({R::skill("linux"), R::all({R::skill("python"), R::skill("sql")})}));
    const cairn::Gap g = gap(c, holding({"linux"}), "analyst");
    ASSERT_EQ(g.groups.size(), 1u);
    EXPECT_EQ(g.groups[0].needed, 1);
    EXPECT_EQ(g.groups[0].size, 2);
    EXPECT_TRUE(g.groups[0].met);
    for (const auto& item : g.items)
        EXPECT_EQ(item.group, 0) << item.item;
    EXPECT_TRUE(g.goalMet);
}
