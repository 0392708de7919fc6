// cairn-cli goal from-occupation / from-text and plan --goal-file, with the bad inputs a person
// may give them.
#include "cli_run.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

using cairn::test::cli;
using cairn::test::CliRun;
using testing::HasSubstr;
using testing::Not;

namespace {

const QString kCatalog = QStringLiteral(CAIRN_RESOURCES "/catalogs/cairn-catalog.json");
const QString kAds = QStringLiteral(CAIRN_RESOURCES "/../tests/io/data/job_ads/");

std::string out(const CliRun& r) {
    return r.out.toStdString();
}
std::string err(const CliRun& r) {
    return r.err.toStdString();
}

QString write(const QTemporaryDir& dir, const char* name, const QByteArray& bytes) {
    const QString path = dir.filePath(QLatin1String(name));
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}

QByteArray readFile(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

TEST(GoalFromOccupation, SaysWhatTheCatalogCannotTeachAndPlansForTheRest) {
    QTemporaryDir dir;
    const QString goal = dir.filePath(QStringLiteral("goal.json"));
    const CliRun made = cli({QStringLiteral("goal"), QStringLiteral("from-occupation"), QStringLiteral("Data Analyst"),
                             QStringLiteral("--catalog"), kCatalog, QStringLiteral("--out"), goal});
    ASSERT_EQ(made.code, 0) << err(made);
    EXPECT_THAT(out(made), HasSubstr("Goal: data analyst\n"));
    EXPECT_THAT(out(made), HasSubstr("Skills: 30 essential, 22 optional (at least 3 of them)"));
    EXPECT_THAT(cairn::test::untaughtList(made.out, "Essential"), HasSubstr(", data mining, "));
    EXPECT_THAT(out(made), HasSubstr("This product uses the ESCO classification"));

    const CliRun planned =
        cli({QStringLiteral("plan"), QStringLiteral("--goal-file"), goal, QStringLiteral("--catalog"), kCatalog});
    ASSERT_EQ(planned.code, 0) << err(planned);
    EXPECT_THAT(out(planned), HasSubstr("Left out of the plan, as no credential here teaches them: 30 of the goal's "
                                        "52 skills. The plan is for the rest."));
    EXPECT_THAT(cairn::test::untaughtList(planned.out, "Essential"), HasSubstr(", data mining, "));
    EXPECT_THAT(out(planned), HasSubstr("which the goal 'data analyst' needs"));
}

TEST(GoalFromOccupation, SaysWhenTheCatalogLinksNoSkillToEscoAndWhichOneDoes) {
    // The sample catalog gives no ESCO URIs, so nothing of an occupation can be matched.
    const CliRun r = cli({QStringLiteral("goal"), QStringLiteral("from-occupation"), QStringLiteral("Data Analyst"),
                          QStringLiteral("--catalog"), QStringLiteral(CAIRN_RESOURCES "/catalogs/sample.json")});
    ASSERT_EQ(r.code, 0) << err(r);
    EXPECT_THAT(out(r), HasSubstr("0 of the 52 skills can be planned"));
    EXPECT_THAT(out(r), HasSubstr("links none of its skills to ESCO. Use a catalog that does"));
    const CliRun career = cli({QStringLiteral("goal"), QStringLiteral("from-occupation"),
                               QStringLiteral("Data Analyst"), QStringLiteral("--catalog"), kCatalog});
    EXPECT_THAT(out(career), Not(HasSubstr("links none of its skills to ESCO")));
}

TEST(GoalFromOccupation, WithoutACatalogTheBundledCareerCatalogIsUsedForTheGoalAndItsPlan) {
    // The sample catalog, every other command's default, could teach no ESCO skill.
    QTemporaryDir dir;
    const QString goal = dir.filePath(QStringLiteral("goal.json"));
    const CliRun made = cli({QStringLiteral("goal"), QStringLiteral("from-occupation"), QStringLiteral("Data Analyst"),
                             QStringLiteral("--out"), goal});
    ASSERT_EQ(made.code, 0) << err(made);
    EXPECT_THAT(out(made), HasSubstr("In the catalog Cairn career catalog: 22 of the 52 skills can be planned."));
    const CliRun planned = cli({QStringLiteral("plan"), QStringLiteral("--goal-file"), goal});
    ASSERT_EQ(planned.code, 0) << err(planned);
    EXPECT_THAT(out(planned), HasSubstr("Left out of the plan, as no credential here teaches them: 30 of the goal's "
                                        "52 skills. The plan is for the rest."));
}

TEST(GoalFromOccupation, AnAmbiguousQueryListsTheCandidates) {
    const CliRun r = cli({QStringLiteral("goal"), QStringLiteral("from-occupation"), QStringLiteral("analyst")});
    EXPECT_EQ(r.code, 2);
    EXPECT_THAT(err(r), HasSubstr("several occupations match 'analyst'; name one by its ESCO code, O*NET-SOC code "
                                  "or URI:"));
    EXPECT_THAT(err(r), HasSubstr("  ESCO   "));
    EXPECT_THAT(err(r), HasSubstr("http://data.europa.eu/esco/occupation/"));
}

TEST(GoalFromOccupation, ACodeOrUriNamesOneOccupation) {
    const CliRun byCode = cli({QStringLiteral("goal"), QStringLiteral("from-occupation"), QStringLiteral("2511.3")});
    EXPECT_EQ(byCode.code, 0) << err(byCode);
    EXPECT_THAT(out(byCode), HasSubstr("Goal: data analyst\n"));
    const CliRun unknown =
        cli({QStringLiteral("goal"), QStringLiteral("from-occupation"),
             QStringLiteral("http://data.europa.eu/esco/occupation/00000000-0000-0000-0000-000000000000")});
    EXPECT_EQ(unknown.code, 2);
    EXPECT_THAT(err(unknown), HasSubstr("no ESCO or O*NET occupation is called or has the words"));
}

TEST(GoalFromOccupation, AnOnetCodeMakesAGoalOfItsTechnologies) {
    QTemporaryDir dir;
    const QString goal = dir.filePath(QStringLiteral("goal.json"));
    const CliRun made =
        cli({QStringLiteral("goal"), QStringLiteral("from-occupation"), QStringLiteral("15-2051.01"),
             QStringLiteral("--catalog"), kCatalog, QStringLiteral("--out"), goal, QStringLiteral("--optional"),
             QStringLiteral("4"), QStringLiteral("--level-technology"), QStringLiteral("3")});
    ASSERT_EQ(made.code, 0) << err(made);
    EXPECT_THAT(out(made), HasSubstr("Goal: Business Intelligence Analysts\n"));
    EXPECT_THAT(out(made), HasSubstr("O*NET occupation: 15-2051.01 (the technologies O*NET marks in demand are "
                                     "required, its other hot technologies the optional ones)"));
    EXPECT_THAT(out(made), HasSubstr("Skills: 12 essential, 86 optional (at least 4 of them)"));
    EXPECT_THAT(cairn::test::untaughtList(made.out, "Essential"), HasSubstr(", Microsoft PowerPoint, "));
    EXPECT_THAT(out(made), HasSubstr("In the catalog Cairn career catalog: 27 of the 98 skills can be planned."));
    EXPECT_THAT(out(made), HasSubstr("This product includes information from the O*NET 30 Database"));
    const QString json = QString::fromUtf8(readFile(goal));
    EXPECT_THAT(json.toStdString(), HasSubstr("\"onet\": \"15-2051.01\""));
    EXPECT_THAT(json.toStdString(), HasSubstr("\"onet\": \"Tableau\""));
    EXPECT_THAT(json.toStdString(), HasSubstr("\"level\": 3"));

    // The catalog's skills that name a technology teach it: the plan is for those.
    const CliRun planned =
        cli({QStringLiteral("plan"), QStringLiteral("--goal-file"), goal, QStringLiteral("--catalog"), kCatalog});
    ASSERT_EQ(planned.code, 0) << err(planned);
    EXPECT_THAT(out(planned), HasSubstr("Left out of the plan, as no credential here teaches them:"));
    EXPECT_THAT(out(planned), HasSubstr("The plan is for the rest."));
}

TEST(GoalFromOccupation, AnOnetTitleIsFoundAndMarkedAsOnetAmongEscoOccupations) {
    const CliRun byTitle = cli(
        {QStringLiteral("goal"), QStringLiteral("from-occupation"), QStringLiteral("business intelligence analysts")});
    ASSERT_EQ(byTitle.code, 0) << err(byTitle);
    EXPECT_THAT(out(byTitle), HasSubstr("O*NET occupation: 15-2051.01"));
    const CliRun soc = cli({QStringLiteral("goal"), QStringLiteral("from-occupation"), QStringLiteral("15-2051")});
    EXPECT_EQ(soc.code, 2);
    EXPECT_THAT(err(soc), HasSubstr("several occupations match '15-2051'"));
    EXPECT_THAT(err(soc), HasSubstr("  O*NET  15-2051.01    Business Intelligence Analysts\n"));
    const CliRun empty = cli({QStringLiteral("goal"), QStringLiteral("from-occupation"), QStringLiteral("11-9039.00")});
    EXPECT_EQ(empty.code, 1);
    EXPECT_THAT(err(empty), HasSubstr("O*NET marks no technology hot or in demand for 11-9039.00 Education "
                                      "Administrators, All Other, and a goal from it would ask for nothing."));
    const CliRun none = cli({QStringLiteral("goal"), QStringLiteral("from-occupation"), QStringLiteral("99-9999.99")});
    EXPECT_EQ(none.code, 2);
    EXPECT_THAT(err(none), HasSubstr("no ESCO or O*NET occupation is called or has the words '99-9999.99'"));
}

TEST(GoalFromOccupation, LevelsAndTheOptionalCountAreChecked) {
    const CliRun r = cli({QStringLiteral("goal"), QStringLiteral("from-occupation"), QStringLiteral("2511.3"),
                          QStringLiteral("--level-skill"), QStringLiteral("7")});
    EXPECT_EQ(r.code, 2);
    EXPECT_THAT(err(r), HasSubstr("--level-skill must be a whole number from 1 to 5, not '7'"));
    const CliRun k = cli({QStringLiteral("goal"), QStringLiteral("from-occupation"), QStringLiteral("2511.3"),
                          QStringLiteral("--optional"), QStringLiteral("5")});
    EXPECT_THAT(out(k), HasSubstr("(at least 5 of them)"));
}

TEST(GoalFromText, FindsTheSkillsOfAnAdAndWritesTheGoalToStandardOutput) {
    const CliRun r = cli({QStringLiteral("goal"), QStringLiteral("from-text"), kAds + QStringLiteral("it-support.txt"),
                          QStringLiteral("--catalog"), kCatalog, QStringLiteral("--out"), QStringLiteral("-")});
    ASSERT_EQ(r.code, 0) << err(r);
    EXPECT_THAT(out(r), HasSubstr("\"format\": \"cairn-goal\""));
    EXPECT_THAT(out(r), HasSubstr("\"title\": \"IT Support Technician\""));
    EXPECT_THAT(err(r), HasSubstr("\"Active Directory\" — distributed directory information services"));
    EXPECT_THAT(err(r), HasSubstr("Skills named in "));
}

TEST(GoalFromText, FindsOnetTechnologiesAndKeepsTheirNames) {
    QTemporaryDir dir;
    const QString ad = write(dir, "ad.txt", "Reporting Analyst\nBuild reports in Tableau and Microsoft Excel; SQL.\n");
    const QString goal = dir.filePath(QStringLiteral("goal.json"));
    const CliRun r = cli({QStringLiteral("goal"), QStringLiteral("from-text"), ad, QStringLiteral("--catalog"),
                          kCatalog, QStringLiteral("--out"), goal});
    ASSERT_EQ(r.code, 0) << err(r);
    EXPECT_THAT(out(r), HasSubstr("\"Tableau\" — Tableau (O*NET technology)\n"));
    EXPECT_THAT(out(r), HasSubstr("\"Microsoft Excel\" — Microsoft Excel (O*NET technology)\n"));
    EXPECT_THAT(out(r), HasSubstr("\"SQL\" — SQL (O*NET technology Structured query language SQL)\n"));
    EXPECT_THAT(out(r), HasSubstr("Source: This product includes information from the O*NET 30 Database"));
    const std::string json = readFile(goal).toStdString();
    EXPECT_THAT(json, HasSubstr("\"onet\": \"Tableau\""));
    EXPECT_THAT(json, HasSubstr("\"onet\": \"Structured query language SQL\""));
}

TEST(GoalFromText, ReadsStandardInput) {
    QByteArray ad("Junior analyst: SQL, statistics and data visualisation.\n");
    QBuffer input(&ad);
    input.open(QIODevice::ReadOnly);
    CliRun r;
    QTextStream o(&r.out), e(&r.err);
    r.code = cairn::cli::run(
        {QStringLiteral("cairn-cli"), QStringLiteral("goal"), QStringLiteral("from-text"), QStringLiteral("-")},
        cairn::cli::Streams{o, e, nullptr, &input});
    o.flush();
    e.flush();
    ASSERT_EQ(r.code, 0) << err(r);
    EXPECT_THAT(out(r), HasSubstr("1:17     \"SQL\" — SQL"));
    EXPECT_THAT(out(r), HasSubstr("Skills named in the job ad:"));
}

TEST(GoalFromText, BadInputGetsAClearMessage) {
    QTemporaryDir dir;
    const auto run = [](const QString& file) {
        return cli({QStringLiteral("goal"), QStringLiteral("from-text"), file});
    };
    const CliRun empty = run(write(dir, "empty.txt", "  \n\n"));
    EXPECT_EQ(empty.code, 2);
    EXPECT_THAT(err(empty), HasSubstr("empty.txt is empty. Give the text of the job ad."));

    const CliRun huge = run(write(dir, "huge.txt", QByteArray(5 * 1024 * 1024, 'a')));
    EXPECT_EQ(huge.code, 2);
    EXPECT_THAT(err(huge), HasSubstr("huge.txt holds 5.0 MB; a job ad is at most 1 MB of text."));

    const CliRun longAd = run(write(dir, "long.txt", QByteArray("SQL ").repeated(60'000)));
    EXPECT_EQ(longAd.code, 2);
    EXPECT_THAT(err(longAd), HasSubstr("long.txt holds 240000 characters; a job ad is at most 200000"));

    const CliRun binary = run(write(dir, "ad.pdf", QByteArray("%PDF-1.7\n\0\x01\x02\xff\xfe", 15)));
    EXPECT_EQ(binary.code, 2);
    EXPECT_THAT(err(binary), HasSubstr("ad.pdf is not text (it is not UTF-8, or holds binary data)"));

    const CliRun missing = run(dir.filePath(QStringLiteral("nowhere.txt")));
    EXPECT_EQ(missing.code, 2);
    EXPECT_THAT(err(missing), HasSubstr("nowhere.txt: "));

    const CliRun nothing = run(write(dir, "poem.txt", "The moon rose slowly over the quiet hills.\n"));
    EXPECT_EQ(nothing.code, 1);
    EXPECT_THAT(err(nothing), HasSubstr("no ESCO skill or O*NET technology is named in"));
    EXPECT_THAT(err(nothing), HasSubstr("cairn-cli goal from-occupation TITLE"));
}

TEST(PlanGoalFile, ABadGoalFileIsRefusedWithItsLine) {
    QTemporaryDir dir;
    const QString bad = write(dir, "goal.json",
                              R"({"format": "cairn-goal", "version": 1, "title": "x",
 "skills": [{"esco": "e", "label": "SQL", "level": 0}]})");
    const CliRun r = cli({QStringLiteral("plan"), QStringLiteral("--goal-file"), bad});
    EXPECT_EQ(r.code, 1);
    EXPECT_THAT(err(r), HasSubstr("goal.json:2:"));
    const CliRun both = cli(
        {QStringLiteral("plan"), QStringLiteral("--goal-file"), bad, QStringLiteral("--goal"), QStringLiteral("x")});
    EXPECT_EQ(both.code, 2);
    EXPECT_THAT(err(both), HasSubstr("give --goal or --goal-file, not both"));
    const CliRun catalog = cli({QStringLiteral("plan"), QStringLiteral("--goal-file"), kCatalog});
    EXPECT_EQ(catalog.code, 2);
}

TEST(PlanGoalFile, AGoalNothingTeachesIsPlannedAsEmptyAndSaysWhy) {
    QTemporaryDir dir;
    const QString goal = write(dir, "goal.json",
                               R"({"format": "cairn-goal", "version": 1, "title": "Diplomat",
 "skills": [{"esco": "http://data.europa.eu/esco/skill/none", "label": "diplomatic principles", "level": 2}]})");
    const CliRun r = cli({QStringLiteral("plan"), QStringLiteral("--goal-file"), goal});
    EXPECT_EQ(r.code, 0) << err(r);
    EXPECT_THAT(cairn::test::untaughtList(r.out, "Essential"), HasSubstr(", diplomatic principles, "));
    EXPECT_THAT(out(r), Not(HasSubstr("infeasible")));
}

TEST(PlanGoalFile, GapAndParetoSayWhatIsLeftOutToo) {
    QTemporaryDir dir;
    const QString goal = write(dir, "goal.json",
                               R"({"format": "cairn-goal", "version": 1, "title": "Diplomat",
 "skills": [{"esco": "http://data.europa.eu/esco/skill/none", "label": "diplomatic principles", "level": 2}]})");
    const CliRun gap = cli({QStringLiteral("gap"), QStringLiteral("--goal-file"), goal});
    EXPECT_EQ(gap.code, 0) << err(gap);
    EXPECT_THAT(cairn::test::untaughtList(gap.out, "Essential"), HasSubstr(", diplomatic principles, "));
    const CliRun json = cli({QStringLiteral("gap"), QStringLiteral("--goal-file"), goal, QStringLiteral("--format"),
                             QStringLiteral("json")});
    EXPECT_THAT(out(json), HasSubstr("\"why\": \"not-in-catalog\""));
    const CliRun plan = cli({QStringLiteral("plan"), QStringLiteral("--goal-file"), goal, QStringLiteral("--format"),
                             QStringLiteral("json")});
    EXPECT_EQ(plan.code, 0) << err(plan);
    EXPECT_THAT(out(plan), HasSubstr("  \"untaught\": [\n    {\"esco\": \"http://data.europa.eu/esco/skill/none\", "
                                     "\"label\": \"diplomatic principles\", \"level\": 2, \"essential\": true, "
                                     "\"why\": \"not-in-catalog\"}\n  ]\n}\n"));
    const CliRun pareto = cli({QStringLiteral("pareto"), QStringLiteral("--goal-file"), goal});
    EXPECT_THAT(cairn::test::untaughtList(pareto.out, "Essential"), HasSubstr(", diplomatic principles, "));
}
