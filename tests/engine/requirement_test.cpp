#include <cairn/engine/holdings.h>
#include <gtest/gtest.h>

using cairn::Catalog;
using cairn::Credential;
using cairn::Holdings;
using cairn::isSatisfied;
using cairn::Profile;
using R = cairn::Requirement;

namespace {

Holdings holding(std::initializer_list<std::pair<const char*, int>> skills,
                 std::initializer_list<const char*> credentials = {}) {
    Holdings h;
    for (const auto& [skill, level] : skills)
        h.addSkill(skill, level);
    for (const char* c : credentials)
        h.credentials.insert(c);
    return h;
}

} // namespace

TEST(Requirement, NoneIsAlwaysMet) {
    EXPECT_TRUE(isSatisfied(R::none(), Holdings{}));
    EXPECT_TRUE(R{}.isNone());
    EXPECT_EQ(R::none().needed(), 0);
}

TEST(Requirement, CredentialItem) {
    const R item = R::credential("comptia-a-plus");
    EXPECT_FALSE(isSatisfied(item, Holdings{}));
    EXPECT_TRUE(isSatisfied(item, holding({}, {"comptia-a-plus"})));
    EXPECT_FALSE(isSatisfied(item, holding({{"comptia-a-plus", 5}}))); // a skill of that name is not the credential
    EXPECT_EQ(item.itemText(), "cred:comptia-a-plus");
}

TEST(Requirement, SkillItemNeedsTheLevelOrAbove) {
    const R item = R::skill("sql", 2);
    EXPECT_FALSE(isSatisfied(item, Holdings{}));
    EXPECT_FALSE(isSatisfied(item, holding({{"sql", 1}})));
    EXPECT_TRUE(isSatisfied(item, holding({{"sql", 2}})));
    EXPECT_TRUE(isSatisfied(item, holding({{"sql", 5}})));
    EXPECT_FALSE(isSatisfied(item, holding({{"python", 5}})));
    EXPECT_EQ(item.itemText(), "skill:sql@2");
    EXPECT_EQ(R::skill("sql").itemText(), "skill:sql@1");
}

TEST(Requirement, AllNeedsEveryMember) {
    const R all = R::all({R::skill("sql", 1), R::credential("intro-statistics")});
    EXPECT_FALSE(isSatisfied(all, holding({{"sql", 1}})));
    EXPECT_FALSE(isSatisfied(all, holding({}, {"intro-statistics"})));
    EXPECT_TRUE(isSatisfied(all, holding({{"sql", 3}}, {"intro-statistics"})));
    EXPECT_EQ(all.needed(), 2);
}

TEST(Requirement, AnyNeedsOneMember) {
    const R any = R::any({R::skill("tableau", 2), R::skill("power-bi", 1)});
    EXPECT_FALSE(isSatisfied(any, Holdings{}));
    EXPECT_FALSE(isSatisfied(any, holding({{"tableau", 1}})));
    EXPECT_TRUE(isSatisfied(any, holding({{"tableau", 2}})));
    EXPECT_TRUE(isSatisfied(any, holding({{"power-bi", 1}})));
    EXPECT_EQ(any.needed(), 1);
}

TEST(Requirement, AtLeastCountsMetMembers) {
    const R min = R::atLeast(2, {R::skill("sql", 2), R::skill("python", 1), R::credential("tableau-analyst")});
    EXPECT_FALSE(isSatisfied(min, holding({{"sql", 2}})));
    EXPECT_TRUE(isSatisfied(min, holding({{"sql", 2}, {"python", 1}})));
    EXPECT_TRUE(isSatisfied(min, holding({{"python", 1}}, {"tableau-analyst"})));
    EXPECT_TRUE(isSatisfied(min, holding({{"sql", 2}, {"python", 1}}, {"tableau-analyst"})));
    EXPECT_EQ(min.needed(), 2);
}

TEST(Requirement, AtLeastCountsDistinctMembersOnce) {
    const R min = R::atLeast(2, {R::skill("sql", 2), R::skill("sql", 2), R::skill("python", 1)});
    EXPECT_FALSE(isSatisfied(min, holding({{"sql", 2}})));
    EXPECT_TRUE(isSatisfied(min, holding({{"sql", 2}, {"python", 1}})));
    // Different levels of one skill are different members.
    const R levels = R::atLeast(2, {R::skill("sql", 1), R::skill("sql", 2)});
    EXPECT_TRUE(isSatisfied(levels, holding({{"sql", 2}})));
    EXPECT_FALSE(isSatisfied(levels, holding({{"sql", 1}})));
}

TEST(Requirement, EmptyGroups) {
    EXPECT_TRUE(isSatisfied(R::all({}), Holdings{}));
    EXPECT_FALSE(isSatisfied(R::any({}), Holdings{}));
}

TEST(Requirement, NestedGroups) {
    // all(spreadsheets@1, any(cred:intro-statistics, skill:statistics@1), min(1; sql@2, all(python@1, pandas@1)))
    const R r =
        R::all({R::skill("spreadsheets", 1), R::any({R::credential("intro-statistics"), R::skill("statistics")}),
                R::atLeast(1, {R::skill("sql", 2), R::all({R::skill("python"), R::skill("pandas")})})});
    EXPECT_FALSE(isSatisfied(r, holding({{"spreadsheets", 1}, {"statistics", 1}})));
    EXPECT_TRUE(isSatisfied(r, holding({{"spreadsheets", 1}, {"statistics", 1}, {"sql", 2}})));
    EXPECT_FALSE(isSatisfied(r, holding({{"spreadsheets", 1}, {"python", 1}}, {"intro-statistics"})));
    EXPECT_TRUE(isSatisfied(r, holding({{"spreadsheets", 1}, {"python", 1}, {"pandas", 3}}, {"intro-statistics"})));
    EXPECT_FALSE(isSatisfied(r, holding({{"python", 1}, {"pandas", 3}, {"sql", 4}}, {"intro-statistics"})));
}

TEST(Requirement, ForEachItemVisitsItemsInWrittenOrder) {
    const R r = R::all({R::skill("a"), R::any({R::credential("b"), R::atLeast(1, {R::skill("c", 3)})})});
    std::vector<std::string> seen;
    cairn::forEachItem(r, [&](const R& item) { seen.push_back(item.itemText()); });
    EXPECT_EQ(seen, (std::vector<std::string>{"skill:a@1", "cred:b", "skill:c@3"}));
}

TEST(Holdings, AddSkillKeepsTheHighestLevel) {
    Holdings h;
    h.addSkill("sql", 2);
    h.addSkill("sql", 1);
    EXPECT_EQ(h.level("sql"), 2);
    h.addSkill("sql", 4);
    EXPECT_EQ(h.level("sql"), 4);
    EXPECT_EQ(h.level("python"), 0);
}

TEST(Holdings, AddCredentialAddsWhatItGrants) {
    Credential c;
    c.id = "google-data-analytics";
    c.grants = {{"sql", 2}, {"spreadsheets", 2}};
    Holdings h;
    h.addSkill("sql", 3);
    h.addCredential(c);
    EXPECT_TRUE(h.has(R::credential("google-data-analytics")));
    EXPECT_EQ(h.level("sql"), 3);
    EXPECT_EQ(h.level("spreadsheets"), 2);
    EXPECT_FALSE(h.has(R::all({})));
}

TEST(Holdings, FromProfileIncludesCompletedCredentialsAndTheirGrants) {
    Catalog catalog;
    Credential c;
    c.id = "comptia-a-plus";
    c.grants = {{"hardware", 3}};
    catalog.credentials = {c};
    Profile p;
    p.skills = {{"hardware", 1}, {"networking", 2}};
    p.completed = {"comptia-a-plus", "retired-cert"};
    const Holdings h = Holdings::fromProfile(p, catalog);
    EXPECT_EQ(h.level("hardware"), 3);
    EXPECT_EQ(h.level("networking"), 2);
    EXPECT_TRUE(h.has(R::credential("comptia-a-plus")));
    // A completed credential the catalog no longer lists still counts as held.
    EXPECT_TRUE(h.has(R::credential("retired-cert")));
}
