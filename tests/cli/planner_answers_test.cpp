// The four answers of `plan` on a budget question that a time limit cuts short
// (data/budget-500/README.md says how the instance was made): never "infeasible" when plans
// exist, "unknown" with exit code 4 when no plan was found in time, and a feasible plan with a
// proven bound and gap.
#include "cli_run.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <atomic>
#include <cairn/cli/cli.h>
#include <cairn/engine/planner.h>
#include <cairn/io/catalog_json.h>
#include <cairn/io/profile_json.h>
#include <cairn/text/message_words.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

using testing::AllOf;
using testing::HasSubstr;

namespace {

using CliRun = cairn::test::CliRun;
using cairn::test::cli;

const QString kCatalog = QStringLiteral(CAIRN_TEST_DATA "/budget-500/catalog.json");
const QString kProfile = QStringLiteral(CAIRN_TEST_DATA "/budget-500/profile.json");

CliRun planJson(const QString& goal, const QString& objective, const QStringList& extra = {}) {
    return cli(QStringList{QStringLiteral("plan"), QStringLiteral("--catalog"), kCatalog, QStringLiteral("--profile"),
                           kProfile, QStringLiteral("--goal"), goal, QStringLiteral("--objective"), objective,
                           QStringLiteral("--format"), QStringLiteral("json")} +
               extra);
}

} // namespace

TEST(PlannerAnswers, TheBudgetQuestionHasAPlanWithinTheBudget) {
    const CliRun r = planJson(QStringLiteral("g1"), QStringLiteral("cost"));
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(o.value(QStringLiteral("status")).toString(), QStringLiteral("optimal"));
    EXPECT_NEAR(o.value(QStringLiteral("totals")).toObject().value(QStringLiteral("cost")).toDouble(), 2218.78, 1e-6);
    EXPECT_FALSE(o.contains(QStringLiteral("bound"))); // only a feasible plan has a bound
}

TEST(PlannerAnswers, ATimeLimitNeverSaysInfeasible) {
    // g1 and g2 have plans within the budget (their cheapest plans cost no more than it).
    for (const char* goal : {"g1", "g2"})
        for (const char* objective : {"cost", "effort"}) {
            const CliRun r = planJson(QString::fromLatin1(goal), QString::fromLatin1(objective),
                                      {QStringLiteral("--time-limit"), QStringLiteral("0.02")});
            SCOPED_TRACE(std::string(goal) + " " + objective);
            const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
            const QString status = o.value(QStringLiteral("status")).toString();
            ASSERT_NE(status, QStringLiteral("infeasible")) << r.out.toStdString();
            if (status == QStringLiteral("unknown")) {
                EXPECT_EQ(r.code, 4);
                EXPECT_THAT(o.value(QStringLiteral("reason")).toString().toStdString(), HasSubstr("time limit"));
                continue;
            }
            EXPECT_EQ(r.code, 0);
            if (status == QStringLiteral("feasible")) {
                ASSERT_TRUE(o.value(QStringLiteral("bound")).isDouble()) << r.out.toStdString();
                const double value =
                    o.value(QStringLiteral("totals"))
                        .toObject()
                        .value(QString::fromLatin1(std::string(objective) == "cost" ? "cost" : "hours"))
                        .toDouble();
                EXPECT_LE(o.value(QStringLiteral("bound")).toDouble(), value + 1e-9);
                EXPECT_TRUE(o.contains(QStringLiteral("gap")));
            } else {
                EXPECT_EQ(status, QStringLiteral("optimal"));
            }
        }
}

TEST(PlannerAnswers, AProvenImpossibleBudgetIsInfeasibleOrUnknownWhenCutShort) {
    // g3's cheapest plan costs more than the budget: proven infeasible when there is time.
    const CliRun full = planJson(QStringLiteral("g3"), QStringLiteral("cost"));
    EXPECT_EQ(full.code, 3);
    EXPECT_THAT(full.out.toStdString(), HasSubstr("but the cheapest plan costs $4,011.10"));
    const CliRun limited = planJson(QStringLiteral("g3"), QStringLiteral("effort"),
                                    {QStringLiteral("--time-limit"), QStringLiteral("0.02")});
    EXPECT_TRUE(limited.code == 3 || limited.code == 4) << limited.code;
}

TEST(PlannerAnswers, ACancelledQuestionIsUnknownOrFeasible) {
    auto catalog = cairn::io::readCatalogFile(kCatalog);
    auto profile = cairn::io::readProfileFile(kProfile);
    ASSERT_TRUE(catalog.ok() && profile.ok());
    for (const char* goal : {"g1", "g2"})
        for (cairn::Objective objective : {cairn::Objective::Cost, cairn::Objective::Effort}) {
            cairn::PlanRequest request;
            request.goal = goal;
            request.objective = objective;
            std::atomic<bool> cancel{true};
            request.cancel = &cancel;
            // Cancelled before it began: nothing is known.
            const cairn::Plan before = cairn::plan(*catalog.value, *profile.value, request);
            EXPECT_EQ(before.status, cairn::PlanStatus::Unknown)
                << cairn::text::MessageWords::english().sentences(before.reason).toStdString();
            // Cancelled at its second progress report: a plan with a bound, or still unknown.
            cancel = false;
            int reports = 0;
            request.progress = [&](long long) {
                if (++reports == 2)
                    cancel = true;
            };
            const cairn::Plan during = cairn::plan(*catalog.value, *profile.value, request);
            SCOPED_TRACE(std::string(goal) + " " + cairn::toString(objective));
            ASSERT_NE(during.status, cairn::PlanStatus::Infeasible)
                << cairn::text::MessageWords::english().sentences(during.reason).toStdString();
            if (during.status == cairn::PlanStatus::Feasible) {
                ASSERT_TRUE(during.bound.has_value());
                EXPECT_LE(*during.bound,
                          objective == cairn::Objective::Cost ? during.totals.cost : during.totals.hours);
            }
        }
}

TEST(PlannerAnswers, UnknownHasItsOwnExitCodeInTheHelp) {
    const CliRun top = cli({QStringLiteral("--help")});
    EXPECT_THAT(top.out.toStdString(), HasSubstr("4 unknown"));
    const CliRun plan = cli({QStringLiteral("plan"), QStringLiteral("--help")});
    EXPECT_THAT(plan.out.simplified().toStdString(), HasSubstr("4 unknown"));
    const CliRun pareto = cli({QStringLiteral("pareto"), QStringLiteral("--help")});
    EXPECT_THAT(pareto.out.simplified().toStdString(), HasSubstr("4 unknown"));
}

TEST(PlannerAnswers, AFileThatCannotBeReadExitsAsThePlanHelpSays) {
    const CliRun help = cli({QStringLiteral("plan"), QStringLiteral("--help")});
    EXPECT_THAT(help.out.simplified().toStdString(), HasSubstr("2 usage or a file that could not be read or written"));
    const CliRun missing = cli(
        {QStringLiteral("plan"), QStringLiteral("--catalog"), QStringLiteral(CAIRN_TEST_DATA "/no-such-catalog.json")});
    EXPECT_EQ(missing.code, 2) << missing.err.toStdString();
    EXPECT_THAT(missing.err.toStdString(), HasSubstr("no-such-catalog.json: cannot open the file"));
}

TEST(PlannerAnswers, CredentialsThatEnableEachOtherDoNotStallTheMip) {
    // data/credits-cycles-1000/README.md: the solver's optimum could not be ordered again and
    // again, and the answer was `unknown` at any time limit.
    const QString dir = QStringLiteral(CAIRN_TEST_DATA "/credits-cycles-1000/");
    const CliRun r =
        cli({QStringLiteral("plan"), QStringLiteral("--catalog"), dir + QStringLiteral("catalog.json"),
             QStringLiteral("--profile"), dir + QStringLiteral("profile.json"), QStringLiteral("--goal"),
             QStringLiteral("g7"), QStringLiteral("--objective"), QStringLiteral("cost"), QStringLiteral("--format"),
             QStringLiteral("json"), QStringLiteral("--time-limit"), QStringLiteral("120")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString() << r.out.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(o.value(QStringLiteral("status")).toString(), QStringLiteral("optimal"));
    const QJsonObject totals = o.value(QStringLiteral("totals")).toObject();
    EXPECT_NEAR(totals.value(QStringLiteral("cost")).toDouble(), 1003.30, 1e-6);
    EXPECT_NEAR(totals.value(QStringLiteral("hours")).toDouble(), 1398.0, 1e-6);
}

TEST(PlannerAnswers, ProgressLinesGoToStandardErrorAndEndAtTheAnswer) {
    // g4 of the budget instance goes to the MIP: its plans and GLPK's bounds are reported.
    const CliRun r = planJson(QStringLiteral("g4"), QStringLiteral("cost"), {QStringLiteral("--progress")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonObject answer = QJsonDocument::fromJson(r.out.toUtf8()).object();
    ASSERT_EQ(answer.value(QStringLiteral("status")).toString(), QStringLiteral("optimal"));
    const double optimum = answer.value(QStringLiteral("totals")).toObject().value(QStringLiteral("cost")).toDouble();
    const QStringList lines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_FALSE(lines.isEmpty());
    double lastValue = 1e300, lastBound = 0;
    bool sawPlan = false;
    for (const QString& line : lines) {
        SCOPED_TRACE(line.toStdString());
        QJsonParseError error{};
        const QJsonObject o = QJsonDocument::fromJson(line.toUtf8(), &error).object();
        ASSERT_EQ(error.error, QJsonParseError::NoError);
        ASSERT_TRUE(o.contains(QStringLiteral("elapsed_ms")));
        if (o.contains(QStringLiteral("value"))) {
            sawPlan = true;
            const double value = o.value(QStringLiteral("value")).toDouble();
            EXPECT_NEAR(value, o.value(QStringLiteral("cost")).toDouble(), 1e-6); // cost is the objective
            EXPECT_LE(value, lastValue + 1e-9);
            EXPECT_GE(value, optimum - 1e-6);
            lastValue = value;
        }
        if (o.contains(QStringLiteral("bound"))) {
            const double bound = o.value(QStringLiteral("bound")).toDouble();
            EXPECT_GE(bound, lastBound - 1e-9);
            EXPECT_LE(bound, optimum + 1e-6);
            lastBound = bound;
        }
    }
    EXPECT_TRUE(sawPlan);
}

TEST(PlannerAnswers, ProgressInTextSaysTheBestPlanAndTheBound) {
    const CliRun r = cli({QStringLiteral("plan"), QStringLiteral("--catalog"), kCatalog, QStringLiteral("--profile"),
                          kProfile, QStringLiteral("--goal"), QStringLiteral("g4"), QStringLiteral("--progress")});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_THAT(r.err.toStdString(), HasSubstr("Progress ("));
    EXPECT_THAT(r.err.toStdString(), HasSubstr("best so far $"));
    EXPECT_THAT(r.out.toStdString(), testing::Not(HasSubstr("Progress ("))); // the plan alone on standard output
    const CliRun quiet = cli({QStringLiteral("plan"), QStringLiteral("--catalog"), kCatalog,
                              QStringLiteral("--profile"), kProfile, QStringLiteral("--goal"), QStringLiteral("g4")});
    EXPECT_TRUE(quiet.err.isEmpty()) << quiet.err.toStdString();
    const CliRun help = cli({QStringLiteral("plan"), QStringLiteral("--help")});
    EXPECT_THAT(help.out.toStdString(), HasSubstr("--progress"));
}

TEST(PlannerAnswers, ProgressSaysWhenNoPlanIsProvenBeforeTheReason) {
    const CliRun r = cli({QStringLiteral("plan"), QStringLiteral("--catalog"), kCatalog, QStringLiteral("--profile"),
                          kProfile, QStringLiteral("--goal"), QStringLiteral("g4"), QStringLiteral("--budget"),
                          QStringLiteral("1"), QStringLiteral("--progress")});
    ASSERT_EQ(r.code, 3) << r.err.toStdString() << r.out.toStdString();
    const QStringList lines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_FALSE(lines.isEmpty());
    EXPECT_THAT(lines.back().toStdString(), HasSubstr("no plan meets the limits (proven); working out why."));
    const CliRun json = planJson(QStringLiteral("g4"), QStringLiteral("cost"),
                                 {QStringLiteral("--budget"), QStringLiteral("1"), QStringLiteral("--progress")});
    ASSERT_EQ(json.code, 3) << json.err.toStdString();
    const QJsonObject last =
        QJsonDocument::fromJson(json.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts).back().toUtf8()).object();
    EXPECT_TRUE(last.value(QStringLiteral("explaining")).toBool());
}

TEST(PlannerAnswers, APinThatCanNeverBeTakenIsInfeasibleNotInvalidInput) {
    // data/pinned-unreachable-40/README.md: Credential 37 is pinned, and Credential 7, which it
    // requires, excluded.
    const QString dir = QStringLiteral(CAIRN_TEST_DATA "/pinned-unreachable-40/");
    const CliRun r = cli({QStringLiteral("plan"), QStringLiteral("--catalog"), dir + QStringLiteral("catalog.json"),
                          QStringLiteral("--profile"), dir + QStringLiteral("profile.json"), QStringLiteral("--goal"),
                          QStringLiteral("g4"), QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(r.code, 3) << r.err.toStdString() << r.out.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(o.value(QStringLiteral("status")).toString(), QStringLiteral("infeasible"));
    EXPECT_THAT(o.value(QStringLiteral("reason")).toString().toStdString(),
                AllOf(HasSubstr("Credential 37"), HasSubstr("it needs Credential 7, which you excluded")));
    // `validate` still says so, as a warning: the files are sound.
    const CliRun check = cli({QStringLiteral("validate"), dir + QStringLiteral("catalog.json"),
                              QStringLiteral("--profile"), dir + QStringLiteral("profile.json")});
    EXPECT_EQ(check.code, 0) << check.out.toStdString() << check.err.toStdString();
    EXPECT_THAT((check.out + check.err).toStdString(), HasSubstr("pinned-unreachable"));
}

TEST(PlannerAnswers, ABudgetNoPlanFitsIsExplainedWithoutWaitingForTheLimit) {
    // data/infeasible-budget-1000/README.md: the proof took 0.06 s and the explanation ran to the
    // time limit. It now gets a fixed amount of work, so the reason is the same at any limit.
    const QString dir = QStringLiteral(CAIRN_TEST_DATA "/infeasible-budget-1000/");
    QString reasons[2];
    int i = 0;
    for (const char* limit : {"60", "600"}) {
        const CliRun r = cli({QStringLiteral("plan"), QStringLiteral("--catalog"), dir + QStringLiteral("catalog.json"),
                              QStringLiteral("--profile"), dir + QStringLiteral("profile.json"),
                              QStringLiteral("--goal"), QStringLiteral("g7"), QStringLiteral("--objective"),
                              QStringLiteral("effort"), QStringLiteral("--format"), QStringLiteral("json"),
                              QStringLiteral("--time-limit"), QString::fromLatin1(limit)});
        ASSERT_EQ(r.code, 3) << r.err.toStdString() << r.out.toStdString();
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        EXPECT_EQ(o.value(QStringLiteral("status")).toString(), QStringLiteral("infeasible"));
        reasons[i++] = o.value(QStringLiteral("reason")).toString();
    }
    // The budget is 90% of the cheapest plan's money less a cent (the README): that plan, proven
    // the cheapest within the fixed work, is named.
    EXPECT_THAT(reasons[0].toStdString(), HasSubstr("The budget is $556.33 but the cheapest plan costs $618.16."));
    EXPECT_EQ(reasons[0], reasons[1]);
}
