// GoalWords: what a goal made from an occupation or a job ad leaves out of the plan, in words.
#include <cairn/text/goal_words.h>
#include <gtest/gtest.h>

using cairn::UntaughtSkill;
using cairn::text::GoalWords;

namespace {

UntaughtSkill left(const char* label, UntaughtSkill::Why why, bool essential = true, int level = 2, int taught = 0) {
    UntaughtSkill u;
    u.wanted.label = label;
    u.wanted.level = level;
    u.wanted.essential = essential;
    u.why = why;
    u.taughtLevel = taught;
    return u;
}

} // namespace

TEST(GoalWords, SaysPlainlyWhatNoCredentialTeaches) {
    EXPECT_EQ(GoalWords::untaught(left("stakeholder management", UntaughtSkill::Why::NotInCatalog)).toStdString(),
              "Essential: stakeholder management — no credential here teaches it");
    EXPECT_EQ(GoalWords::untaught(left("Hadoop", UntaughtSkill::Why::NoCredential, false)).toStdString(),
              "Optional: Hadoop — no credential here teaches it");
    EXPECT_EQ(GoalWords::untaught(left("SQL", UntaughtSkill::Why::LevelTooHigh, true, 3, 2)).toStdString(),
              "Essential: SQL — taught here up to level 2, not 3; planned to level 2");
}

TEST(GoalWords, ListsWhatNoCredentialTeachesInAFewWrappedLines) {
    EXPECT_TRUE(GoalWords::untaughtLists({}).isEmpty());
    std::vector<UntaughtSkill> many = {left("SQL", UntaughtSkill::Why::LevelTooHigh, true, 3, 2)};
    for (const char* name : {"Apache Kafka", "C", "C#", "C++", "Docker", "GitHub", "JavaScript", "Kubernetes",
                             "Node.js", "PostgreSQL", "React", "TypeScript"})
        many.push_back(left(name, UntaughtSkill::Why::NoCredential));
    many.push_back(left("AJAX", UntaughtSkill::Why::NotInCatalog, false));
    const QStringList lines = GoalWords::untaughtLists(many, 60);
    ASSERT_EQ(lines.size(), 3) << lines.join(u'|').toStdString();
    EXPECT_EQ(lines[0].toStdString(), "Essential, no credential here teaches them (12):\n"
                                      "    Apache Kafka, C, C#, C++, Docker, GitHub, JavaScript,\n"
                                      "    Kubernetes, Node.js, PostgreSQL, React, TypeScript");
    EXPECT_EQ(lines[1].toStdString(), "Optional, no credential here teaches them (1): AJAX");
    // Skills planned to a lower level keep a line each: each says its own levels.
    EXPECT_EQ(lines[2].toStdString(), "Essential: SQL — taught here up to level 2, not 3; planned to level 2");
    for (const QString& line : GoalWords::untaughtLists(many, 60)[0].split(u'\n'))
        EXPECT_LE(line.size(), 60) << line.toStdString();
}

TEST(GoalWords, SummarisesWhatIsLeftOutAndPlannedLower) {
    EXPECT_TRUE(GoalWords::summary({}, 10).isEmpty());
    const std::vector<UntaughtSkill> some = {left("a", UntaughtSkill::Why::NotInCatalog),
                                             left("b", UntaughtSkill::Why::NoCredential),
                                             left("c", UntaughtSkill::Why::LevelTooHigh, true, 3, 1)};
    EXPECT_EQ(GoalWords::summary(some, 12).toStdString(),
              "Left out of the plan, as no credential here teaches them: 2 of the goal's 12 skills. The plan is for "
              "the rest. Planned to a lower level than the goal asks, as no credential here teaches more: 1 of its "
              "skills.");
}

TEST(GoalWords, SaysWhenFewerOptionalSkillsCanBeTaughtThanAsked) {
    EXPECT_TRUE(GoalWords::optionalShortfall(3, 3).isEmpty());
    EXPECT_EQ(GoalWords::optionalShortfall(3, 1).toStdString(),
              "The goal asks for 3 optional skills; credentials here teach only 1 of them, so the plan needs 1.");
}
