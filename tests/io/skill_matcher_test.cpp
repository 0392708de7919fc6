// The job-ad matcher: whole words, case and common endings, longest label first.
#include <cairn/io/skill_matcher.h>
#include <cairn/text/load_words.h>
#include <gtest/gtest.h>

using namespace cairn::io;
using namespace Qt::Literals::StringLiterals;

namespace {

std::shared_ptr<const EscoData> tinyData() {
    const char* text =
        "cairn-esco\t1\tv-test\n"
        "S\tda\ts\tc\nL\ten\tdata analysis\tanalyse data|analysing data\n"
        "S\tan\tk\tc\nL\ten\tanalysis\t\n"
        "S\tst\tk\tc\nL\ten\tstatistics\tdata|ETL\n"
        "S\tsm\ts\tc\nL\ten\tmanage stakeholders\tstakeholder management|and stakeholders\n"
        "S\tr\tk\te\nL\ten\tR\t\n"
        "S\tcpp\tk\te\nL\ten\tC++\t\n"
        "S\tdb\tk\te\nL\ten\tdashboard\t\n"
        "S\tdash\ts\te\nL\ten\tbuild dashboard\t\nL\tde\tDashboards erstellen\t\n"
        "S\tpy\tk\te\nL\ten\tPython (computer programming)\t\n"
        "S\tsql\tk\te\nL\ten\tSQL\t\n"
        "S\tsql2\tk\te\nL\ten\tquery languages\tSQL\n"
        "S\twp\ts\tc\nL\ten\tuse word processing software\tword processing|word processor|apply word processing|"
        "word processing tools\n";
    auto read = readEscoData(text);
    EXPECT_TRUE(read.ok()) << cairn::text::LoadWords::english().lines(read.errors).join(u'\n').toStdString();
    return std::make_shared<const EscoData>(std::move(*read.value));
}

/// "phrase=skill id" for each mention, the first skill only.
std::vector<std::string> found(const SkillMatcher& m, const QString& text) {
    std::vector<std::string> out;
    for (const auto& mention : m.find(text))
        out.push_back(text.mid(mention.start, mention.length).toStdString() + "=" +
                      m.data().skills[mention.skills.front()].id);
    return out;
}

using V = std::vector<std::string>;

} // namespace

TEST(SkillMatcher, LongestLabelFirstAndNoOverlap) {
    const SkillMatcher m(tinyData());
    EXPECT_EQ(found(m, u"Strong data analysis; analysis of statistics."_s),
              (V{"data analysis=da", "analysis=an", "statistics=st"}));
}

TEST(SkillMatcher, CaseAndEndingsDoNotMatter) {
    const SkillMatcher m(tinyData());
    EXPECT_EQ(found(m, u"You will be Analysing Data and building DASHBOARDS."_s),
              (V{"Analysing Data=da", "building DASHBOARDS=dash"}));
    EXPECT_EQ(found(m, u"managing stakeholders, Stakeholder-Management"_s),
              (V{"managing stakeholders=sm", "Stakeholder-Management=sm"}));
    EXPECT_EQ(found(m, u"Sie werden Dashboards erstellen."_s), (V{"Dashboards erstellen=dash"}));
}

TEST(SkillMatcher, OnlyWholeWordsMatch) {
    const SkillMatcher m(tinyData());
    // "R" alone is too short to trust; SQL is not in "NoSQL"; C++ keeps its plus signs.
    EXPECT_EQ(found(m, u"Start with R, React, NoSQL, biostatistics and C++ or C."_s), (V{"C++=cpp"}));
    EXPECT_TRUE(found(m, u"metadata databases"_s).empty());
}

TEST(SkillMatcher, OneWordLabelsAreSpelledOutAndCommonWordsIgnored) {
    const SkillMatcher m(tinyData());
    // A one-word label matches as written or as a plural, not with another ending.
    EXPECT_EQ(found(m, u"Dashboards, dashboarding"_s), (V{"Dashboards=db"}));
    // "data", an alternative label of statistics, is too common a word; "ETL" is an acronym.
    EXPECT_EQ(found(m, u"data and ETL"_s), (V{"ETL=st"}));
    // "Python (computer programming)" is named "Python", a name written with its capital; an
    // acronym in any case.
    EXPECT_EQ(found(m, u"Python or python"_s), (V{"Python=py"}));
    EXPECT_EQ(found(m, u"sql"_s), (V{"sql=sql"}));
}

TEST(SkillMatcher, AFragmentOfALabelIsNoLabel) {
    const SkillMatcher m(tinyData());
    EXPECT_TRUE(found(m, u"staff and stakeholders"_s).empty());
}

TEST(SkillMatcher, APhraseDoesNotRunAcrossPunctuation) {
    const SkillMatcher m(tinyData());
    EXPECT_EQ(found(m, u"Know your data. Analysis comes later"_s), (V{"Analysis=an"}));
    EXPECT_EQ(found(m, u"data\n  analysis"_s), (V{"data\n  analysis=da"}));
}

TEST(SkillMatcher, APreferredLabelRanksBeforeAnAlternative) {
    const SkillMatcher m(tinyData());
    const auto mentions = m.find(u"SQL"_s);
    ASSERT_EQ(mentions.size(), 1u);
    ASSERT_EQ(mentions[0].skills.size(), 2u);
    EXPECT_EQ(m.data().skills[mentions[0].skills[0]].id, "sql");
    EXPECT_EQ(m.data().skills[mentions[0].skills[1]].id, "sql2");
}

TEST(SkillMatcher, EmptyAndHugeTextsAreSafe) {
    const SkillMatcher m(tinyData());
    EXPECT_TRUE(m.find({}).empty());
    const QString huge = QString(u"data analysis "_s).repeated(100'000); // 1.4 M characters
    const auto mentions = m.find(huge);
    // Only the first kMaxMatchedChars are read: the whole repeats, then "data analy" is no skill.
    EXPECT_EQ(mentions.size(), static_cast<std::size_t>(kMaxMatchedChars / 14));
}

TEST(SkillMatcher, MatchingFormsMeet) {
    EXPECT_EQ(matchingForm(u"Analyses"_s), matchingForm(u"analyse"_s));
    EXPECT_EQ(matchingForm(u"planning"_s), matchingForm(u"plan"_s));
    EXPECT_EQ(matchingForm(u"managed"_s), matchingForm(u"manage"_s));
    EXPECT_EQ(matchingForm(u"Dashboards"_s), u"dashboard"_s);
    EXPECT_EQ(matchingForm(u"policies"_s), u"policy"_s);
    EXPECT_EQ(matchingForm(u"bus"_s), u"bus"_s);
    EXPECT_EQ(matchingForm(u"analysis"_s), u"analysis"_s);
}

namespace {

std::shared_ptr<const OnetData> tinyOnet() {
    const char* text = "cairn-onet\t1\t30-test\n"
                       "T\tMicrosoft Excel\n"
                       "T\tMicrosoft Word\n"
                       "T\tStructured query language SQL\n"
                       "T\tSalesforce software\n"
                       "T\tTableau\n"
                       "T\tPython\n"
                       "T\tMicrosoft Visual Basic for Applications VBA\n"
                       "T\tdashboard\n"
                       "O\t15-2051.01\tBusiness Intelligence Analysts\t0hd 1 2hd 3 4h 5d 6 7\n";
    auto read = readOnetData(text);
    EXPECT_TRUE(read.ok()) << cairn::text::LoadWords::english().lines(read.errors).join(u'\n').toStdString();
    return std::make_shared<const OnetData>(std::move(*read.value));
}

/// "phrase=ESCO skill id/O*NET technology" for each mention, the first of each only.
std::vector<std::string> foundBoth(const SkillMatcher& m, const QString& text) {
    std::vector<std::string> out;
    for (const auto& mention : m.find(text))
        out.push_back(text.mid(mention.start, mention.length).toStdString() + "=" +
                      (mention.skills.empty() ? "" : m.data().skills[mention.skills.front()].id) + "/" +
                      (mention.technologies.empty() ? "" : m.onet()->technologies[mention.technologies.front()]));
    return out;
}

} // namespace

TEST(SkillMatcher, FindsOnetTechnologiesByTheirNamesAndShorterForms) {
    const SkillMatcher m(tinyData(), tinyOnet());
    EXPECT_EQ(
        foundBoth(m, u"Advanced Microsoft Excel, then Excel macros in VBA; Salesforce and Tableau."_s),
        (V{"Microsoft Excel=/Microsoft Excel", "Excel=/Microsoft Excel",
           "VBA=/Microsoft Visual Basic for Applications VBA", "Salesforce=/Salesforce software", "Tableau=/Tableau"}));
    // A technology ESCO knows too is one mention with both; the acronym form meets ESCO's "SQL".
    EXPECT_EQ(foundBoth(m, u"Python and SQL, structured query language."_s),
              (V{"Python=py/Python", "SQL=sql/Structured query language SQL",
                 "structured query language=/Structured query language SQL"}));
}

TEST(SkillMatcher, CommonWordsDoNotNameTechnologies) {
    const SkillMatcher m(tinyData(), tinyOnet());
    // "Word" is a name only with its vendor; "dashboard", a word ESCO writes in lower case, is
    // found as the ESCO skill it already was; technologies match whole words only.
    EXPECT_EQ(foundBoth(m, u"Word of mouth. Microsoft Word. Word. A dashboard. Tableaux, Excellent."_s),
              (V{"Microsoft Word=/Microsoft Word", "dashboard=db/dashboard"}));
    // Without O*NET data the matcher finds ESCO skills alone.
    const SkillMatcher escoOnly(tinyData());
    EXPECT_EQ(foundBoth(escoOnly, u"Microsoft Excel and SQL"_s), (V{"SQL=sql/"}));
    EXPECT_EQ(escoOnly.onet(), nullptr);
    EXPECT_EQ(m.technologySkill(5), 8) << "Python is the ESCO skill 'Python (computer programming)'";
    EXPECT_EQ(m.technologySkill(0), -1);
}
