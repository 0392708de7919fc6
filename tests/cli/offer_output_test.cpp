// Plans of a catalog with offers, as text and JSON: each credential's offer, the periods each
// subscription is paid for, and the money at other paces (docs/formats.md, "Plan output").
#include "cli_run.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

using testing::HasSubstr;
using testing::Not;

namespace {

using cairn::test::cli;

QString catalog() {
    return QStringLiteral(CAIRN_TEST_DATA "/offers-catalog.json");
}

QStringList planAt(const QString& hours, const QString& goal) {
    return {QStringLiteral("plan"),
            QStringLiteral("--catalog"),
            catalog(),
            QStringLiteral("--goal"),
            goal,
            QStringLiteral("--profile"),
            QStringLiteral(CAIRN_TEST_DATA "/profile-%1-hours.json").arg(hours)};
}

} // namespace

TEST(OfferOutput, TextNamesTheOfferThePeriodsAndTheMoneyByPace) {
    const auto r = cli(planAt(QStringLiteral("10"), QStringLiteral("analyst")));
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const std::string out = r.out.toStdString();
    EXPECT_THAT(out, HasSubstr("Bought through Google Data Analytics, monthly"));
    EXPECT_THAT(out, HasSubstr("Google Data Analytics, monthly: 5 months × $49 = $245"));
    EXPECT_THAT(out, HasSubstr("Total: $245"));
    EXPECT_THAT(out, HasSubstr("$441 at 5 h a week; $245 at 10 h; $147 at 20 h"));
}

TEST(OfferOutput, JsonListsPaymentsAndPaceCosts) {
    QStringList args = planAt(QStringLiteral("10"), QStringLiteral("analyst"));
    args << QStringLiteral("--format") << QStringLiteral("json");
    const auto r = cli(args);
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonObject credential = o.value(QStringLiteral("credentials")).toArray().at(0).toObject();
    EXPECT_EQ(credential.value(QStringLiteral("offer")).toString(), QStringLiteral("gda-monthly"));
    const QJsonObject payment = o.value(QStringLiteral("payments")).toArray().at(0).toObject();
    EXPECT_EQ(payment.value(QStringLiteral("kind")).toString(), QStringLiteral("subscription"));
    EXPECT_EQ(payment.value(QStringLiteral("period")).toString(), QStringLiteral("month"));
    EXPECT_EQ(payment.value(QStringLiteral("periods")).toInt(), 5);
    EXPECT_EQ(payment.value(QStringLiteral("amount")).toDouble(), 245);
    const QJsonArray paces = o.value(QStringLiteral("pace_costs")).toArray();
    ASSERT_EQ(paces.size(), 3);
    EXPECT_EQ(paces.at(2).toObject().value(QStringLiteral("cost")).toDouble(), 147);
}

TEST(OfferOutput, AtFiveHoursAWeekTheYearlyAllAccessPlanWins) {
    // 9 months at $49 ($441) or at $59, or one year of Coursera Plus for $399.
    const auto r = cli(planAt(QStringLiteral("5"), QStringLiteral("analyst")));
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_THAT(r.out.toStdString(), HasSubstr("Coursera Plus, yearly: 1 year × $399 = $399"));
}

TEST(OfferOutput, ASharedOfferSaysWhatItsCredentialsWouldCostOneByOne) {
    // At 5 h a week: project management on its own $294, cybersecurity 8 months at $49 ($392);
    // the bundle takes both for $450.
    const auto r = cli(planAt(QStringLiteral("5"), QStringLiteral("pm-security")));
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const std::string out = r.out.toStdString();
    EXPECT_THAT(out, HasSubstr("bundle, $450"));
    // In the table, each credential the bundle pays for is "shared", not "$0", which reads as free.
    EXPECT_THAT(out, HasSubstr("shared     152  2027-01-04"));
    EXPECT_THAT(out, Not(HasSubstr("$0 ")));
    EXPECT_THAT(out, HasSubstr("Its 2 credentials would cost $686 bought one by one, $236 more."));
    QStringList args = planAt(QStringLiteral("5"), QStringLiteral("pm-security"));
    args << QStringLiteral("--format") << QStringLiteral("json");
    const auto json = cli(args);
    ASSERT_EQ(json.code, 0) << json.err.toStdString();
    const QJsonObject payment = QJsonDocument::fromJson(json.out.toUtf8())
                                    .object()
                                    .value(QStringLiteral("payments"))
                                    .toArray()
                                    .at(0)
                                    .toObject();
    EXPECT_EQ(payment.value(QStringLiteral("separately")).toDouble(), 686);
}

TEST(OfferOutput, ACatalogWithOffersIsImportedAndExportedWithItsOffers) {
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("w.sqlite"));
    const auto imported = cli({QStringLiteral("import"), catalog(), QStringLiteral("--database"), db});
    ASSERT_EQ(imported.code, 0) << imported.err.toStdString();
    EXPECT_THAT(imported.out.toStdString(), HasSubstr("3 skills, 3 credentials, 2 goals, 6 offers."));
    const QString first = dir.filePath(QStringLiteral("first.json"));
    const auto exported = cli({QStringLiteral("export"), QStringLiteral("Offers example"), QStringLiteral("--json"),
                               first, QStringLiteral("--database"), db});
    ASSERT_EQ(exported.code, 0) << exported.err.toStdString();
    QFile file(first);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    EXPECT_TRUE(bytes.contains("\"version\": 2"));
    EXPECT_TRUE(bytes.contains("\"id\": \"coursera-plus-yearly\"")) << bytes.toStdString();

    // Written in canonical form: importing the export and exporting again gives the same bytes.
    ASSERT_EQ(cli({QStringLiteral("import"), first, QStringLiteral("--catalog-name"), QStringLiteral("Again"),
                   QStringLiteral("--database"), db})
                  .code,
              0);
    const auto again = cli({QStringLiteral("export"), QStringLiteral("Again"), QStringLiteral("--json"),
                            QStringLiteral("-"), QStringLiteral("--database"), db});
    ASSERT_EQ(again.code, 0) << again.err.toStdString();
    EXPECT_EQ(again.out.toUtf8(), bytes);
}
