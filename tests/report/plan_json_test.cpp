#include "report_fixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <cairn/report/plan_json.h>
#include <gtest/gtest.h>

using namespace cairn;
using namespace cairn::report;

namespace {
/// What the reasons below name: the skill and the goal, by title.
Catalog analystCatalog() {
    Catalog c;
    c.skills.push_back({"sql", "SQL", {}, {}, {}, {}});
    Goal g;
    g.id = "analyst";
    g.title = "Data \"analyst\"";
    c.goals.push_back(g);
    return c;
}
} // namespace

TEST(PlanJson, MatchesTheDocumentedShapeExactly) {
    Plan plan;
    plan.status = PlanStatus::Optimal;
    plan.objective = Objective::Time;
    plan.goal = "analyst";
    plan.totals = {450.5, 60, 0, Date::fromYmd(2027, 3, 28), 12};
    PlannedCredential pc;
    pc.id = "sql";
    pc.title = "SQL \"for\" Analysts\\Teams";
    pc.cost = 450.5;
    pc.hours = 60;
    pc.start = Date::fromYmd(2027, 1, 4);
    pc.end = Date::fromYmd(2027, 3, 28);
    pc.why.push_back({Reason::Kind::Goal, "skill:sql@2", "analyst", 0});
    plan.credentials.push_back(pc);

    const QByteArray expected = R"({
  "status": "optimal",
  "objective": "time",
  "goal": "analyst",
  "totals": {
    "cost": 450.5,
    "hours": 60,
    "credits": 0,
    "completion": "2027-03-28",
    "weeks": 12
  },
  "credentials": [
    {
      "id": "sql",
      "title": "SQL \"for\" Analysts\\Teams",
      "cost": 450.5,
      "hours": 60,
      "start": "2027-01-04",
      "end": "2027-03-28",
      "why": [
        "Gives SQL at level 2, which the goal 'Data \"analyst\"' needs."
      ]
    }
  ]
}
)";
    EXPECT_EQ(planToJson(analystCatalog(), plan), expected);
}

TEST(PlanJson, IsValidJsonWithEveryCredentialInOrder) {
    const Catalog catalog = test::makeCatalog(30);
    const Plan plan = test::makePlan(catalog, 30);
    const QByteArray json = planToJson(catalog, plan);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    const QJsonArray credentials = doc.object().value(QStringLiteral("credentials")).toArray();
    ASSERT_EQ(credentials.size(), 30);
    for (int i = 0; i < 30; ++i)
        EXPECT_EQ(credentials[i].toObject().value(QStringLiteral("title")).toString().toStdString(),
                  plan.credentials[i].title);
    EXPECT_EQ(doc.object().value(QStringLiteral("totals")).toObject().value(QStringLiteral("cost")).toDouble(),
              plan.totals.cost);
    EXPECT_FALSE(doc.object().contains(QStringLiteral("reason")));
    EXPECT_EQ(planToJson(catalog, plan), json); // deterministic
    // Stable key order: status, objective, goal, totals, credentials.
    EXPECT_LT(json.indexOf("\"status\""), json.indexOf("\"objective\""));
    EXPECT_LT(json.indexOf("\"objective\""), json.indexOf("\"goal\""));
    EXPECT_LT(json.indexOf("\"goal\""), json.indexOf("\"totals\""));
    EXPECT_LT(json.indexOf("\"totals\""), json.indexOf("\"credentials\""));
}

TEST(PlanJson, InfeasiblePlanCarriesItsReason) {
    const QByteArray json = planToJson(analystCatalog(), test::makeInfeasiblePlan());
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    EXPECT_EQ(object.value(QStringLiteral("status")).toString(), QStringLiteral("infeasible"));
    EXPECT_EQ(object.value(QStringLiteral("reason")).toString(),
              QStringLiteral("No credential in the catalog grants Statistics at level 4."));
    EXPECT_TRUE(object.value(QStringLiteral("credentials")).toArray().isEmpty());
    EXPECT_TRUE(json.endsWith("}\n"));
}

TEST(PlanJson, ControlCharactersAndNonLatinTextAreEncoded) {
    Plan plan = test::makeInfeasiblePlan();
    plan.reason = {Message{Message::Code::Recorded, {arg::text("Tab\there, bell\x07, 数据分析师")}}};
    const QByteArray json = planToJson(analystCatalog(), plan);
    EXPECT_TRUE(json.contains("Tab\\there, bell\\u0007, 数据分析师"));
    EXPECT_EQ(QJsonDocument::fromJson(json).object().value(QStringLiteral("reason")).toString(),
              QString::fromUtf8("Tab\there, bell\x07, 数据分析师"));
}

TEST(PlanJson, WriteJsonReportsAnUnwritablePath) {
    const Result result =
        writeJson(analystCatalog(), test::makeInfeasiblePlan(), QStringLiteral("/nonexistent-folder/plan.json"));
    EXPECT_FALSE(result.ok());
    EXPECT_TRUE(result.error.contains(QStringLiteral("/nonexistent-folder"))) << result.error.toStdString();
}

TEST(PlanJson, FeasiblePlanCarriesItsBoundAndGapLast) {
    Plan plan;
    plan.status = PlanStatus::Feasible;
    plan.objective = Objective::Cost;
    plan.goal = "analyst";
    plan.totals = {1288, 410, 0, Date::fromYmd(2028, 1, 10), 52};
    plan.bound = 1248;
    plan.gap = 0.032;
    const QByteArray expected = R"({
  "status": "feasible",
  "objective": "cost",
  "goal": "analyst",
  "totals": {
    "cost": 1288,
    "hours": 410,
    "credits": 0,
    "completion": "2028-01-10",
    "weeks": 52
  },
  "credentials": [],
  "bound": 1248,
  "gap": 0.032
}
)";
    EXPECT_EQ(planToJson(analystCatalog(), plan), expected);
    plan.gap.reset(); // a bound of 0 gives no gap
    EXPECT_TRUE(planToJson(analystCatalog(), plan).contains("\"gap\": null\n"));
}

TEST(PlanJson, UnknownPlanCarriesItsReasonAndNoCompletion) {
    Plan plan;
    plan.status = PlanStatus::Unknown;
    plan.goal = "analyst";
    plan.reason = {Message{Message::Code::StoppedTimeLimit, {}}};
    const QJsonObject o = QJsonDocument::fromJson(planToJson(analystCatalog(), plan)).object();
    EXPECT_EQ(o.value(QStringLiteral("status")).toString(), QStringLiteral("unknown"));
    EXPECT_TRUE(o.value(QStringLiteral("totals")).toObject().value(QStringLiteral("completion")).isNull());
    EXPECT_EQ(o.value(QStringLiteral("reason")).toString().toStdString(),
              "The search stopped before it found a plan (time limit reached); a plan may still exist.");
    EXPECT_FALSE(o.contains(QStringLiteral("bound")));
}

TEST(PlanJson, ASkillGoalsLeftOutSkillsAreTheLastFieldAndOnlyWhenThereAreAny) {
    Plan plan;
    plan.status = PlanStatus::Optimal;
    plan.goal = "analyst";
    plan.totals.completion = Date::fromYmd(2027, 1, 4);
    UntaughtSkill notTaught;
    notTaught.wanted = {"http://data.europa.eu/esco/skill/x", "stakeholder \"management\"", 2, true, {}};
    notTaught.why = UntaughtSkill::Why::NoCredential;
    notTaught.skill = "stakeholders";
    UntaughtSkill lower;
    lower.wanted = {"http://data.europa.eu/esco/skill/y", "SQL", 3, false, {}};
    lower.why = UntaughtSkill::Why::LevelTooHigh;
    lower.skill = "sql";
    lower.taughtLevel = 2;
    const QByteArray json = planToJson(analystCatalog(), plan, {notTaught, lower});
    EXPECT_TRUE(json.endsWith(
        ",\n  \"untaught\": [\n"
        "    {\"esco\": \"http://data.europa.eu/esco/skill/x\", \"label\": \"stakeholder \\\"management\\\"\", "
        "\"level\": 2, \"essential\": true, \"why\": \"no-credential\", \"skill\": \"stakeholders\"},\n"
        "    {\"esco\": \"http://data.europa.eu/esco/skill/y\", \"label\": \"SQL\", \"level\": 3, \"essential\": "
        "false, "
        "\"why\": \"level-too-high\", \"skill\": \"sql\", \"taught_level\": 2}\n  ]\n}\n"))
        << json.toStdString();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << json.toStdString();
    EXPECT_EQ(doc.object().value(QStringLiteral("untaught")).toArray().size(), 2);
    EXPECT_EQ(planToJson(analystCatalog(), plan, {}), planToJson(analystCatalog(), plan));
}

TEST(PlanJson, AnOnetTechnologyLeftOutCarriesItsName) {
    Plan plan;
    plan.status = PlanStatus::Optimal;
    plan.goal = "analyst";
    plan.totals.completion = Date::fromYmd(2027, 1, 4);
    UntaughtSkill tableau;
    tableau.wanted = {"", "Tableau", 2, true, "Tableau"};
    tableau.why = UntaughtSkill::Why::NotInCatalog;
    const QByteArray json = planToJson(analystCatalog(), plan, {tableau});
    EXPECT_TRUE(json.endsWith(",\n  \"untaught\": [\n"
                              "    {\"esco\": \"\", \"label\": \"Tableau\", \"level\": 2, \"essential\": true, "
                              "\"onet\": \"Tableau\", \"why\": \"not-in-catalog\"}\n  ]\n}\n"))
        << json.toStdString();
}
