// Plans for a learner whose employer pays up to $5,250 a calendar year, as text and JSON: what
// the learner pays, what each source pays in each year (docs/formats.md, "Plan output").
#include "cli_run.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

using testing::HasSubstr;

namespace {

using cairn::test::cli;

QStringList plan(const QString& profile, QStringList more = {}) {
    return QStringList{QStringLiteral("plan"),
                       QStringLiteral("--catalog"),
                       QStringLiteral(CAIRN_TEST_DATA "/funding-catalog.json"),
                       QStringLiteral("--goal"),
                       QStringLiteral("network-security"),
                       QStringLiteral("--profile"),
                       QStringLiteral(CAIRN_TEST_DATA "/%1").arg(profile)} +
           more;
}

const QStringList kOutOfPocket{QStringLiteral("--objective"), QStringLiteral("out-of-pocket")};

} // namespace

TEST(FundingOutput, TextSaysWhatEachSourcePaysEachYear) {
    const auto r = cli(plan(QStringLiteral("profile-funded.json"), kOutOfPocket));
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const std::string out = r.out.toStdString();
    EXPECT_THAT(out, HasSubstr("Plan: optimal (least out of pocket)"));
    EXPECT_THAT(out, HasSubstr("You pay $0 of $8,000 yourself."));
    EXPECT_THAT(out, HasSubstr("Acme tuition assistance (employer): $4,000 in 2027, $4,000 in 2028"));
    EXPECT_THAT(out, HasSubstr("2028: $4,000 due, $4,000 funded, you pay $0"));
}

TEST(FundingOutput, TheCheapestPlanShowsWhatItLeavesTheLearner) {
    const auto r = cli(plan(QStringLiteral("profile-funded.json")));
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_THAT(r.out.toStdString(), HasSubstr("You pay $2,750 of $8,000 yourself."));
}

TEST(FundingOutput, JsonListsYearsAndSources) {
    const auto r = cli(plan(QStringLiteral("profile-funded.json"),
                            kOutOfPocket + QStringList{QStringLiteral("--format"), QStringLiteral("json")}));
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    QJsonParseError error{};
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
    ASSERT_EQ(error.error, QJsonParseError::NoError) << r.out.toStdString();
    EXPECT_EQ(o.value(QStringLiteral("objective")).toString(), QStringLiteral("out-of-pocket"));
    const QJsonObject own = o.value(QStringLiteral("out_of_pocket")).toObject();
    EXPECT_EQ(own.value(QStringLiteral("total")).toDouble(-1), 0);
    const QJsonArray years = own.value(QStringLiteral("years")).toArray();
    ASSERT_EQ(years.size(), 2);
    EXPECT_EQ(years.at(1).toObject().value(QStringLiteral("year")).toInt(), 2028);
    EXPECT_EQ(years.at(1).toObject().value(QStringLiteral("funded")).toDouble(), 4000);
    const QJsonArray sources = own.value(QStringLiteral("sources")).toArray();
    ASSERT_EQ(sources.size(), 2);
    EXPECT_EQ(sources.at(0).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("employer"));
}

TEST(FundingOutput, ABudgetOnWhatTheLearnerPays) {
    const auto free =
        cli(plan(QStringLiteral("profile-funded.json"),
                 kOutOfPocket + QStringList{QStringLiteral("--budget"), QStringLiteral("0"),
                                            QStringLiteral("--budget-on"), QStringLiteral("out-of-pocket")}));
    EXPECT_EQ(free.code, 0) << free.err.toStdString();
    const auto total = cli(plan(QStringLiteral("profile-funded.json"),
                                kOutOfPocket + QStringList{QStringLiteral("--budget"), QStringLiteral("0")}));
    EXPECT_EQ(total.code, 3) << total.out.toStdString(); // proven: nothing costs $0 in total
    const auto bad = cli(
        plan(QStringLiteral("profile-funded.json"), QStringList{QStringLiteral("--budget-on"), QStringLiteral("net")}));
    EXPECT_EQ(bad.code, 2);
    EXPECT_THAT(bad.err.toStdString(), HasSubstr("--budget-on must be total or out-of-pocket"));
}

TEST(FundingOutput, AShareAboveAHundredPercentIsInvalidInput) {
    const auto r = cli(plan(QStringLiteral("profile-bad-share.json"), kOutOfPocket));
    EXPECT_EQ(r.code, 1);
    EXPECT_THAT(r.err.toStdString(), HasSubstr("funding[0].share"));
    EXPECT_THAT(r.err.toStdString(), HasSubstr("funding Acme tuition assistance"));
}

TEST(FundingOutput, ThePdfSaysWhatTheClientPaysAndWhoPaysTheRest) {
    // Drawing a PDF needs the graphical application the program starts: run the program itself.
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("funded.pdf"));
    QProcess program;
    program.setProcessEnvironment([] {
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        return env;
    }());
    program.start(QStringLiteral(CAIRN_CLI_PROGRAM), plan(QStringLiteral("profile-funded.json"),
                                                          kOutOfPocket + QStringList{QStringLiteral("--pdf"), pdf}));
    ASSERT_TRUE(program.waitForFinished(60000));
    ASSERT_EQ(program.exitCode(), 0) << program.readAllStandardError().toStdString();
    QProcess text;
    text.start(QStringLiteral("pdftotext"),
               {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    ASSERT_TRUE(text.waitForFinished(30000));
    const std::string words = QString::fromUtf8(text.readAllStandardOutput()).simplified().toStdString();
    EXPECT_THAT(words, HasSubstr("You pay $0 Acme tuition assistance (employer): $4,000 in 2027, $4,000 in 2028"));
}
