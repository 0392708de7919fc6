// The bundled O*NET data: its reader, bad input, occupation search and goals from occupations.
#include <cairn/io/onet_goal.h>
#include <cairn/io/skill_goal_json.h>
#include <cairn/io/skill_matcher.h>
#include <cairn/text/load_words.h>
#include <gtest/gtest.h>

using namespace cairn::io;
using namespace Qt::Literals::StringLiterals;

namespace {

const char* kSample = "cairn-onet\t1\t30-test\n"
                      "T\tMicrosoft Excel\n"
                      "T\tPython\n"
                      "T\tTableau\n"
                      "T\tNotepad\n"
                      "O\t15-2051.00\tData Scientists\t1hd 2h 3\n"
                      "O\t15-2051.01\tBusiness Intelligence Analysts\t0hd 1d 2h 3h\n"
                      "O\t15-2051.02\tClinical Data Managers\t\n";

OnetData sample() {
    auto read = readOnetData(kSample, u"sample.tsv"_s);
    EXPECT_TRUE(read.ok()) << cairn::text::LoadWords::english().lines(read.errors).join(u'\n').toStdString();
    return read.value ? std::move(*read.value) : OnetData{};
}

/// The first error's line as cairn-cli prints it, "" when the text reads.
std::string firstError(const QByteArray& text) {
    const auto read = readOnetData(text, u"onet.tsv"_s);
    return read.ok() ? std::string() : cairn::text::LoadWords::english().line(read.errors.front()).toStdString();
}

EscoData escoNaming(const char* label) {
    EscoData esco;
    EscoSkill s;
    s.id = "py";
    s.labels.push_back({"en", label, {}});
    esco.skills.push_back(s);
    return esco;
}

} // namespace

TEST(OnetData, ReadsOccupationsTechnologiesAndTheirFlags) {
    const OnetData data = sample();
    EXPECT_EQ(data.version, "30-test");
    ASSERT_EQ(data.technologies.size(), 4u);
    ASSERT_EQ(data.occupations.size(), 3u);
    const auto& bi = data.occupations[static_cast<std::size_t>(data.findOccupation("15-2051.01"))];
    EXPECT_EQ(bi.title, "Business Intelligence Analysts");
    EXPECT_EQ(bi.technologies,
              (std::vector<OnetTechnologyUse>{{0, true, true}, {1, false, true}, {2, true, false}, {3, true, false}}));
    EXPECT_TRUE(data.occupations[2].technologies.empty());
}

TEST(OnetData, TheBundledDataHoldsAllOfOnet30) {
    const auto bundled = bundledOnetData();
    ASSERT_TRUE(bundled.ok()) << cairn::text::LoadWords::english().lines(bundled.errors).join(u'\n').toStdString();
    const OnetData& data = **bundled.value;
    EXPECT_EQ(data.occupations.size(), 1016u);
    EXPECT_EQ(data.technologies.size(), 8775u);
    const int bi = data.findOccupation("15-2051.01");
    ASSERT_GE(bi, 0);
    const auto& uses = data.occupations[static_cast<std::size_t>(bi)].technologies;
    EXPECT_TRUE(std::any_of(uses.begin(), uses.end(), [&](const OnetTechnologyUse& u) {
        return data.technologies[static_cast<std::size_t>(u.technology)] == "Tableau" && u.hot && u.inDemand;
    }));
    EXPECT_EQ(bundledOnetData().value->get(), &data) << "read once";
    EXPECT_TRUE(onetAttribution().contains(u"USDOL/ETA"_s));
}

TEST(OnetData, BadInputIsReportedWithItsLine) {
    EXPECT_EQ(firstError(""), "onet.tsv: the file is empty; it should begin with the line \"cairn-onet 1 VERSION\"");
    EXPECT_EQ(firstError("cairn-esco\t1\tv1\n"),
              "onet.tsv:1: not Cairn's O*NET data: the first line should be \"cairn-onet 1 VERSION\" (tab-separated)");
    EXPECT_EQ(firstError(QByteArray("cairn-onet\t1\t30\nT\tA\0B\n", 22)),
              "onet.tsv: not Cairn's O*NET data: the file is not UTF-8 text");
    EXPECT_EQ(firstError("cairn-onet\t1\t30\nT\t\xff\xfe\n"),
              "onet.tsv: not Cairn's O*NET data: the file is not UTF-8 text");
    EXPECT_EQ(firstError("cairn-onet\t1\t30\nT\tExcel\nO\t15-2051.01\tAnalysts\n"),
              "onet.tsv:3: a O record has 3 fields, expected 4");
    EXPECT_EQ(firstError("cairn-onet\t1\t30\nT\tExcel\nO\t15-2051\tAnalysts\t0\n"),
              "onet.tsv:3: code: an O*NET-SOC code is written like 15-2051.01, found \"15-2051\"");
    EXPECT_EQ(firstError("cairn-onet\t1\t30\nT\tExcel\nO\t15-2051.01\tAnalysts\t0x\n"),
              "onet.tsv:3: technologies: technologies must be numbers of T records, each followed by h, d, hd or "
              "nothing, found \"0x\"");
    EXPECT_EQ(firstError("cairn-onet\t1\t30\nT\tExcel\nO\t15-2051.01\tAnalysts\t0 7h\n"),
              "onet.tsv: occupation 15-2051.01: technology number 7 is not one of the 1 technologies");
    EXPECT_EQ(firstError("cairn-onet\t1\t30\nX\tExcel\n"), "onet.tsv:2: unknown record \"X\"; expected T or O");
    EXPECT_EQ(firstError("cairn-onet\t1\t30\nO\t15-2051.01\tA\t\nO\t15-2051.01\tB\t\n"),
              "onet.tsv:3: code: occupation 15-2051.01 is listed twice");
    EXPECT_EQ(firstError("cairn-onet\t1\t30\nT\t\n"), "onet.tsv:2: technology: technology must be 1 to 500 bytes");
}

TEST(OnetData, ATruncatedOrGarbledResourceIsReportedNotCrashedOn) {
    const QByteArray whole(kSample);
    // Cut inside the last occupation's title, and at every byte of the file.
    EXPECT_EQ(firstError(whole.first(whole.indexOf("Clinical") + 4)),
              "onet.tsv:8: a O record has 3 fields, expected 4");
    for (qsizetype cut = 0; cut < whole.size(); ++cut)
        (void)readOnetData(whole.first(cut));
    QByteArray garbled = whole;
    for (qsizetype i = 20; i < garbled.size(); i += 7)
        garbled[i] = static_cast<char>(garbled[i] ^ 0x5a);
    EXPECT_FALSE(readOnetData(garbled).ok());
}

TEST(OnetGoal, SearchFindsByCodeSocCodeAndTitle) {
    const OnetData data = sample();
    auto codes = [&](const QString& query) {
        std::vector<std::string> out;
        for (const auto& m : searchOnetOccupations(data, query))
            out.push_back(data.occupations[static_cast<std::size_t>(m.occupation)].code);
        return out;
    };
    using V = std::vector<std::string>;
    EXPECT_EQ(codes(u" 15-2051.01 "_s), (V{"15-2051.01"}));
    EXPECT_EQ(codes(u"15-2051"_s), (V{"15-2051.00", "15-2051.01", "15-2051.02"}));
    EXPECT_EQ(codes(u"data scientists"_s), (V{"15-2051.00"}));
    EXPECT_EQ(codes(u"Business Intelligence"_s), (V{"15-2051.01"}));
    EXPECT_EQ(codes(u"data"_s), (V{"15-2051.00", "15-2051.02"}));
    EXPECT_TRUE(codes(u"99-9999.99"_s).empty());
    EXPECT_TRUE(codes(u"   "_s).empty());
}

TEST(OnetGoal, InDemandTechnologiesAreRequiredAndHotOnesOptional) {
    const OnetData data = sample();
    const EscoData esco = escoNaming("python (computer programming)");
    GoalLevels levels;
    levels.technology = 3;
    levels.optionalNeeded = 5;
    const cairn::SkillGoal goal = goalFromOnetOccupation(data, data.findOccupation("15-2051.01"), &esco, levels);
    EXPECT_EQ(goal.title, "Business Intelligence Analysts");
    EXPECT_EQ(goal.onet, "15-2051.01");
    EXPECT_TRUE(goal.esco.empty());
    ASSERT_EQ(goal.skills.size(), 4u);
    EXPECT_EQ(goal.skills[0], (cairn::WantedSkill{"", "Microsoft Excel", 3, true, "Microsoft Excel"}));
    // Named as an ESCO skill is, case and the bracketed qualifier aside.
    EXPECT_EQ(goal.skills[1], (cairn::WantedSkill{"http://data.europa.eu/esco/skill/py", "Python", 3, true, "Python"}));
    EXPECT_EQ(goal.skills[2], (cairn::WantedSkill{"", "Tableau", 3, false, "Tableau"}));
    EXPECT_EQ(goal.skills[3], (cairn::WantedSkill{"", "Notepad", 3, false, "Notepad"}));
    EXPECT_EQ(goal.optionalNeeded, 2) << "no more than the optional technologies there are";

    // Technologies neither hot nor in demand are left out; so is all of an occupation with none.
    const cairn::SkillGoal scientists = goalFromOnetOccupation(data, data.findOccupation("15-2051.00"), nullptr);
    ASSERT_EQ(scientists.skills.size(), 2u);
    EXPECT_EQ(scientists.skills[0].onet, "Python");
    EXPECT_TRUE(scientists.skills[0].esco.empty()) << "no ESCO data given";
    EXPECT_TRUE(goalFromOnetOccupation(data, data.findOccupation("15-2051.02"), &esco).skills.empty());
}

TEST(OnetGoal, AMatchersTechnologySkillsGiveTheSameGoal) {
    const auto data = std::make_shared<const OnetData>(sample());
    const auto esco = std::make_shared<const EscoData>(escoNaming("python (computer programming)"));
    const SkillMatcher matcher(esco, data);
    GoalLevels levels;
    levels.optionalNeeded = 1;
    for (const char* code : {"15-2051.01", "15-2051.00", "15-2051.02"}) {
        SCOPED_TRACE(code);
        const int occupation = data->findOccupation(code);
        EXPECT_EQ(goalFromOnetOccupation(matcher, occupation, levels),
                  goalFromOnetOccupation(*data, occupation, esco.get(), levels));
    }
    EXPECT_EQ(goalFromOnetOccupation(matcher, data->findOccupation("15-2051.01")).skills[1].esco,
              "http://data.europa.eu/esco/skill/py");
}

TEST(OnetGoal, EscoSkillsNamedPreferAPreferredLabel) {
    EscoData esco;
    for (const char* id : {"alt", "pref"}) {
        EscoSkill s;
        s.id = id;
        esco.skills.push_back(s);
    }
    esco.skills[0].labels.push_back({"en", "spreadsheets", {"Excel"}});
    esco.skills[1].labels.push_back({"en", "EXCEL", {}});
    EXPECT_EQ(escoSkillsNamed(esco, {"excel", "Microsoft Excel", "spreadsheets"}), (std::vector<int>{1, -1, 0}));
}

TEST(OnetGoal, AGoalFileKeepsTheTechnologiesAndNeedsAName) {
    const OnetData data = sample();
    const EscoData esco = escoNaming("Python");
    const cairn::SkillGoal goal = goalFromOnetOccupation(data, data.findOccupation("15-2051.01"), &esco);
    const auto read = readSkillGoal(writeSkillGoal(goal));
    ASSERT_TRUE(read.ok()) << cairn::text::LoadWords::english().lines(read.errors).join(u'\n').toStdString();
    EXPECT_EQ(*read.value, goal);

    const auto unnamed = readSkillGoal(R"({"format": "cairn-goal", "version": 1, "title": "x",
  "skills": [{"onet": "", "label": "SQL", "level": 2}]})",
                                       u"goal.json"_s);
    ASSERT_FALSE(unnamed.ok());
    EXPECT_EQ(cairn::text::LoadWords::english().line(unnamed.errors.front()).toStdString(),
              "goal.json:2:23: skills[0].onet: a skill needs an ESCO URI ('esco') or an O*NET technology ('onet')");
    const auto neither = readSkillGoal(R"({"format": "cairn-goal", "version": 1, "title": "x",
  "skills": [{"label": "SQL", "level": 2}]})");
    EXPECT_FALSE(neither.ok()) << "without 'onet', 'esco' is required as before";
}
