// The bundled ESCO data, occupation search, goals from occupations and the goal file.
#include <cairn/io/esco_data.h>
#include <cairn/io/esco_goal.h>
#include <cairn/io/skill_goal_json.h>
#include <cairn/text/load_words.h>
#include <gtest/gtest.h>

using namespace cairn::io;
using namespace Qt::Literals::StringLiterals;

namespace {

const EscoData& esco() {
    static const auto data = bundledEscoData();
    EXPECT_TRUE(data.ok()) << cairn::text::LoadWords::english().lines(data.errors).join(u'\n').toStdString();
    return **data.value;
}

const char* kTiny = "cairn-esco\t1\tv-test\n"
                    "S\ta\ts\tc\n"
                    "L\ten\tmanage stakeholders\tstakeholder management\n"
                    "S\tb\tk\tt\n"
                    "L\ten\tSQL\t\n"
                    "O\tx\t1234.5\t0\t1\n"
                    "L\ten\tdata analyst\tdata warehouse analyst|BI analyst\n"
                    "L\tde\tDatenanalyst\tDatenanalystin\n";

QString firstError(const QByteArray& text) {
    const auto read = readEscoData(text, u"esco.tsv"_s);
    EXPECT_FALSE(read.ok());
    return read.errors.empty() ? QString() : cairn::text::LoadWords::english().line(read.errors.front());
}

} // namespace

TEST(EscoData, TheBundledDataHoldsAllOfEscoOneOneOne) {
    EXPECT_EQ(esco().version, "v1.1.1");
    EXPECT_EQ(esco().occupations.size(), 3007u);
    EXPECT_EQ(esco().skills.size(), 13896u);
    const int analyst =
        esco().findOccupation("http://data.europa.eu/esco/occupation/d3edb8f8-3a06-47a0-8fb9-9b212c006aa2");
    ASSERT_GE(analyst, 0);
    EXPECT_EQ(esco().occupations[analyst].code, "2511.3");
    EXPECT_EQ(esco().occupations[analyst].essential.size(), 30u);
    EXPECT_EQ(esco().occupations[analyst].optional.size(), 22u);
    EXPECT_EQ(bundledEscoData().value->get(), &esco()); // read once
}

TEST(EscoData, ReadsEveryRecordKind) {
    const auto read = readEscoData(kTiny);
    ASSERT_TRUE(read.ok()) << cairn::text::LoadWords::english().lines(read.errors).join(u'\n').toStdString();
    const EscoData& d = *read.value;
    ASSERT_EQ(d.skills.size(), 2u);
    EXPECT_EQ(d.skills[1].type, EscoSkill::Type::Knowledge);
    EXPECT_EQ(d.skills[1].reuse, EscoSkill::Reuse::Transversal);
    EXPECT_EQ(d.skills[0].labels[0].alternatives, std::vector<std::string>{"stakeholder management"});
    EXPECT_EQ(d.occupations[0].label("de"), "Datenanalyst");
    EXPECT_EQ(d.occupations[0].label("fr"), "data analyst");
    EXPECT_EQ(d.occupations[0].uri(), "http://data.europa.eu/esco/occupation/x");
}

TEST(EscoData, BadInputIsRefusedWithTheLine) {
    EXPECT_EQ(firstError(""), u"esco.tsv: the file is empty; it should begin with the line \"cairn-esco 1 VERSION\""_s);
    EXPECT_EQ(firstError(QByteArray("\x7f"
                                    "ELF\0\0\x01",
                                    7)),
              u"esco.tsv: not Cairn's ESCO data: the file is not UTF-8 text"_s);
    EXPECT_TRUE(firstError("{\"format\": \"cairn-catalog\"}").contains(u"first line should be"_s));
    EXPECT_EQ(firstError("cairn-esco\t1\tv\nS\ta\ts\tc\nL\ten\tx\t\nO\tx\t1\t0 zz\t\nL\ten\ty\t\n"),
              u"esco.tsv:4: essential: skills must be numbers of skill records, found \"zz\""_s);
    EXPECT_EQ(firstError("cairn-esco\t1\tv\nS\ta\ts\tc\nL\ten\tx\t\nO\tx\t1\t7\t\nL\ten\ty\t\n"),
              u"esco.tsv: occupation x: skill number 7 is not one of the 1 skills"_s);
    EXPECT_EQ(firstError("cairn-esco\t1\tv\nS\ta\tq\tc\n"), u"esco.tsv:2: type: skill type must be k or s"_s);
    EXPECT_EQ(firstError("cairn-esco\t1\tv\nL\ten\tx\t\n"),
              u"esco.tsv:2: labels come before any skill or occupation"_s);
    EXPECT_EQ(firstError("cairn-esco\t1\tv\nS\ta\ts\tc\n"), u"esco.tsv: skill a has no labels"_s);
}

TEST(EscoData, AFileLargerThanTheCapIsNotRead) {
    const auto read = readEscoDataFile(u"/dev/zero"_s);
    ASSERT_FALSE(read.ok());
    EXPECT_TRUE(read.errors.front().unreadable());
    EXPECT_TRUE(cairn::text::LoadWords::english().sentence(read.errors.front()).contains(u"larger than"_s))
        << cairn::text::LoadWords::english().line(read.errors.front()).toStdString();
}

TEST(OccupationSearch, ExactLabelsComeFirstThenPrefixesThenAllWords) {
    const auto found = searchOccupations(esco(), u"Data Analyst"_s);
    ASSERT_FALSE(found.empty());
    EXPECT_EQ(esco().occupations[found[0].occupation].code, "2511.3");
    EXPECT_EQ(found[0].rank, 0);
    // "trainee data analyst" is an alternative label of call centre analyst: all words occur.
    EXPECT_TRUE(std::any_of(found.begin(), found.end(),
                            [](const OccupationMatch& m) { return m.label == "trainee data analyst"; }));
    EXPECT_TRUE(std::is_sorted(found.begin(), found.end(),
                               [](const OccupationMatch& a, const OccupationMatch& b) { return a.rank < b.rank; }));
}

TEST(OccupationSearch, FindsByUriCodeAndGermanLabel) {
    const auto data = readEscoData(kTiny).value;
    ASSERT_TRUE(data);
    EXPECT_EQ(searchOccupations(*data, u"http://data.europa.eu/esco/occupation/x"_s).size(), 1u);
    EXPECT_EQ(searchOccupations(*data, u"1234.5"_s).size(), 1u);
    const auto german = searchOccupations(*data, u"datenanalystin"_s);
    ASSERT_EQ(german.size(), 1u);
    EXPECT_EQ(german[0].label, "Datenanalystin");
    EXPECT_TRUE(searchOccupations(*data, u"   "_s).empty());
    EXPECT_TRUE(searchOccupations(*data, u"astronaut"_s).empty());
}

TEST(GoalFromOccupation, EssentialSkillsAtTheirTypesLevelAndSomeOptionalOnes) {
    const auto data = readEscoData(kTiny).value;
    GoalLevels levels;
    levels.skill = 3;
    levels.optionalNeeded = 5;
    const auto goal = goalFromOccupation(*data, 0, levels);
    EXPECT_EQ(goal.title, "data analyst");
    EXPECT_EQ(goal.esco, "http://data.europa.eu/esco/occupation/x");
    ASSERT_EQ(goal.skills.size(), 2u);
    EXPECT_EQ(goal.skills[0],
              (cairn::WantedSkill{"http://data.europa.eu/esco/skill/a", "manage stakeholders", 3, true, {}}));
    EXPECT_EQ(goal.skills[1], (cairn::WantedSkill{"http://data.europa.eu/esco/skill/b", "SQL", 1, false, {}}));
    EXPECT_EQ(goal.optionalNeeded, 1); // only one optional skill
    EXPECT_EQ(goalFromOccupation(*data, 0, levels, "de").title, "Datenanalyst");
}

TEST(GoalFile, WritesAndReadsBackTheSameGoal) {
    const auto goal = goalFromOccupation(esco(), searchOccupations(esco(), u"data analyst"_s)[0].occupation);
    const QByteArray json = writeSkillGoal(goal);
    const auto read = readSkillGoal(json);
    ASSERT_TRUE(read.ok()) << cairn::text::LoadWords::english().lines(read.errors).join(u'\n').toStdString();
    EXPECT_EQ(*read.value, goal);
    EXPECT_EQ(goal.skills.size(), 52u);
    EXPECT_EQ(goal.optionalNeeded, 3);
}

TEST(GoalFile, ErrorsNameTheLineAndField) {
    const auto read = readSkillGoal(R"({"format": "cairn-goal", "version": 1, "title": "x",
  "skills": [{"esco": "http://data.europa.eu/esco/skill/a", "label": "SQL", "level": 9}]})",
                                    u"goal.json"_s);
    ASSERT_FALSE(read.ok());
    EXPECT_TRUE(cairn::text::LoadWords::english().line(read.errors.front()).startsWith(u"goal.json:2:"_s))
        << cairn::text::LoadWords::english().line(read.errors.front()).toStdString();
    EXPECT_TRUE(read.errors.front().field.contains(u"level"_s));
    const auto catalog = readSkillGoal(R"({"format": "cairn-catalog", "version": 1})");
    ASSERT_FALSE(catalog.ok());
    EXPECT_TRUE(catalog.errors.front().unreadable());
}
