// plan, pareto and gap on the bundled sample catalog, and a plan saved for a workspace client
// and exported again.
#include "cli_run.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <cairn/cli/cli.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

using testing::HasSubstr;

namespace {

using CliRun = cairn::test::CliRun;
using cairn::test::cli;

QString profile() {
    return QStringLiteral(CAIRN_RESOURCES "/profiles/sample-career-changer.json");
}

} // namespace

TEST(PlanCommand, PrintsTheOptimalPlanAsATable) {
    const CliRun r = cli({QStringLiteral("plan"), QStringLiteral("--profile"), profile()});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_THAT(r.out.toStdString(), HasSubstr("Plan: optimal (cheapest)"));
    EXPECT_THAT(r.out.toStdString(), HasSubstr("Goal: Data Analyst"));
    EXPECT_THAT(r.out.toStdString(), HasSubstr("Total: $"));
}

TEST(PlanCommand, JsonHasTheDocumentedShape) {
    const CliRun r = cli({QStringLiteral("plan"), QStringLiteral("--profile"), profile(), QStringLiteral("--format"),
                          QStringLiteral("json"), QStringLiteral("--objective"), QStringLiteral("time")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(o.value(QStringLiteral("objective")).toString(), QStringLiteral("time"));
    EXPECT_EQ(o.value(QStringLiteral("goal")).toString(), QStringLiteral("data-analyst"));
    const QJsonObject totals = o.value(QStringLiteral("totals")).toObject();
    for (const char* key : {"cost", "hours", "credits", "completion", "weeks"})
        EXPECT_TRUE(totals.contains(QLatin1String(key))) << key;
    const QJsonArray creds = o.value(QStringLiteral("credentials")).toArray();
    ASSERT_FALSE(creds.isEmpty());
    for (const auto& c : creds)
        for (const char* key : {"id", "title", "cost", "hours", "start", "end", "why"})
            EXPECT_TRUE(c.toObject().contains(QLatin1String(key))) << key;
}

TEST(PlanCommand, InfeasibleBudgetExitsThreeWithTheCheapestCost) {
    const CliRun r = cli({QStringLiteral("plan"), QStringLiteral("--profile"), profile(), QStringLiteral("--budget"),
                          QStringLiteral("10")});
    EXPECT_EQ(r.code, 3);
    EXPECT_THAT(r.out.toStdString(), HasSubstr("The budget is $10 but the cheapest plan costs $"));
}

TEST(PlanCommand, BadOptionsAreUsageErrors) {
    EXPECT_EQ(cli({QStringLiteral("plan"), QStringLiteral("--profile"), profile(), QStringLiteral("--objective"),
                   QStringLiteral("fastest")})
                  .code,
              2);
    EXPECT_EQ(cli({QStringLiteral("plan"), QStringLiteral("--goal"), QStringLiteral("astronaut")}).code, 2);
    EXPECT_EQ(cli({QStringLiteral("plan"), QStringLiteral("--profile"), profile(), QStringLiteral("--deadline"),
                   QStringLiteral("next June")})
                  .code,
              2);
}

TEST(PlanCommand, WithoutAGoalListsTheCatalogsGoalsInAlignedColumns) {
    const CliRun r = cli({QStringLiteral("plan")});
    EXPECT_EQ(r.code, 2);
    EXPECT_THAT(r.err.toStdString(), HasSubstr("say which goal to plan for with --goal ID"));
    // The titles start in one column, after the longest id and two spaces.
    EXPECT_THAT(r.err.toStdString(), HasSubstr("\n  data-analyst           Data Analyst\n"));
    EXPECT_THAT(r.err.toStdString(), HasSubstr("\n  it-support-technician  IT Support Technician\n"));
}

TEST(ParetoCommand, ListsTradeOffsFromCheapestToFastest) {
    const CliRun r = cli({QStringLiteral("pareto"), QStringLiteral("--profile"), profile(), QStringLiteral("--format"),
                          QStringLiteral("json")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonArray plans = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("plans")).toArray();
    ASSERT_GE(plans.size(), 2);
    for (qsizetype i = 1; i < plans.size(); ++i) {
        const auto prev = plans[i - 1].toObject().value(QStringLiteral("totals")).toObject();
        const auto next = plans[i].toObject().value(QStringLiteral("totals")).toObject();
        EXPECT_GT(next.value(QStringLiteral("cost")).toDouble(), prev.value(QStringLiteral("cost")).toDouble());
        EXPECT_LT(next.value(QStringLiteral("completion")).toString(),
                  prev.value(QStringLiteral("completion")).toString());
    }
}

TEST(GapCommand, ListsMetAndMissingItems) {
    const CliRun r = cli({QStringLiteral("gap"), QStringLiteral("--profile"), profile()});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_THAT(r.out.toStdString(), HasSubstr("[x] Spreadsheets at level 2"));
    EXPECT_THAT(r.out.toStdString(), HasSubstr("[ ] SQL at level 2"));
}

TEST(GapCommand, ShowsAChoiceAsAGroupWithOptionsNotNeeded) {
    // Data Analyst asks for two of five skills; with two held, the other three are not needed.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("two-of-five.json"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "cairn-profile", "version": 1, "name": "Two of five", "goal": "data-analyst",
        "skills": [{"skill": "python", "level": 1}, {"skill": "tableau", "level": 1}], "completed": [],
        "hours_per_week": 8, "start": "2027-01-04", "pinned": [], "excluded": []})");
    file.close();
    const CliRun r = cli({QStringLiteral("gap"), QStringLiteral("--profile"), path});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const std::string out = r.out.toStdString();
    EXPECT_THAT(out, HasSubstr("  2 of these 5:\n"));
    EXPECT_THAT(out, HasSubstr("    [x] Python"));
    EXPECT_THAT(out, HasSubstr("    [-] R"));
    EXPECT_THAT(out, HasSubstr("(not needed)"));
    EXPECT_THAT(out, HasSubstr("  [ ] SQL at level 2"));

    const CliRun json = cli(
        {QStringLiteral("gap"), QStringLiteral("--profile"), path, QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(json.code, 0) << json.err.toStdString();
    const QJsonObject root = QJsonDocument::fromJson(json.out.toUtf8()).object();
    const QJsonArray groups = root.value(QStringLiteral("groups")).toArray();
    ASSERT_EQ(groups.size(), 1);
    EXPECT_EQ(groups[0].toObject().value(QStringLiteral("needed")).toInt(), 2);
    EXPECT_EQ(groups[0].toObject().value(QStringLiteral("of")).toInt(), 5);
    EXPECT_TRUE(groups[0].toObject().value(QStringLiteral("met")).toBool());
}

TEST(PlanCommand, SavesForAClientAndExportsTheSavedPlan) {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("ws.sqlite"));
    const CliRun saved = cli({QStringLiteral("plan"), QStringLiteral("--client"), QStringLiteral("Aisha Okafor"),
                              QStringLiteral("--save"), QStringLiteral("--note"), QStringLiteral("First draft"),
                              QStringLiteral("--database"), db});
    ASSERT_EQ(saved.code, 0) << saved.err.toStdString();
    EXPECT_THAT(saved.out.toStdString(), HasSubstr("Saved as plan 1 for Aisha Okafor"));

    const CliRun list = cli({QStringLiteral("plans"), QStringLiteral("list"), QStringLiteral("--database"), db});
    EXPECT_THAT(list.out.toStdString(), HasSubstr("Aisha Okafor"));

    const QString json = dir.filePath(QStringLiteral("plan.json"));
    const QString ics = dir.filePath(QStringLiteral("plan.ics"));
    const CliRun exported =
        cli({QStringLiteral("plans"), QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("--json"), json,
             QStringLiteral("--ics"), ics, QStringLiteral("--database"), db});
    ASSERT_EQ(exported.code, 0) << exported.err.toStdString();
    QFile f(json);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QJsonObject plan = QJsonDocument::fromJson(f.readAll()).object();
    EXPECT_EQ(plan.value(QStringLiteral("goal")).toString(), QStringLiteral("telehealth-coordinator"));
    EXPECT_TRUE(QFile::exists(ics));

    EXPECT_EQ(cli({QStringLiteral("plans"), QStringLiteral("export"), QStringLiteral("99"), QStringLiteral("--json"),
                   json, QStringLiteral("--database"), db})
                  .code,
              2);
}
