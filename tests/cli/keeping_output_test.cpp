// Plans of a catalog with validity, renewal and ranges, as text, JSON and iCalendar: the cost to
// hold, its dates, the ranges of the totals, and --hold-years (docs/formats.md, "Plan output").
#include "cli_run.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

using testing::HasSubstr;

namespace {

using cairn::test::cli;

QStringList plan(QStringList extra = {}) {
    QStringList args{QStringLiteral("plan"),
                     QStringLiteral("--catalog"),
                     QStringLiteral(CAIRN_TEST_DATA "/keeping-catalog.json"),
                     QStringLiteral("--goal"),
                     QStringLiteral("analyst"),
                     QStringLiteral("--profile"),
                     QStringLiteral(CAIRN_TEST_DATA "/profile-10-hours.json")};
    return args + extra;
}

} // namespace

TEST(KeepingOutput, TextShowsTheCostToHoldItsDatesAndTheRange) {
    const auto r = cli(plan());
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const std::string out = r.out.toStdString();
    EXPECT_THAT(out, HasSubstr("Range: $439; 60–120 hours, typical 80 (estimated)"));
    EXPECT_THAT(out, HasSubstr("Cost to hold for 3 years: $589 ($439 to earn, $150 in renewal fees; 50 hours"));
    EXPECT_THAT(out, HasSubstr("Renew CompTIA Security+: $150 and 50 hours of continuing education."));
    EXPECT_THAT(out, HasSubstr("on the high estimates"));
}

TEST(KeepingOutput, HoldYearsChangeWhatIsCounted) {
    const auto r = cli(plan({QStringLiteral("--hold-years"), QStringLiteral("6")}));
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_THAT(r.out.toStdString(), HasSubstr("Cost to hold for 6 years: $739"));
}

TEST(KeepingOutput, HoldYearsOutOfRangeAreRefused) {
    for (const char* bad : {"0", "51", "three", "2.5"}) {
        const auto r = cli(plan({QStringLiteral("--hold-years"), QString::fromLatin1(bad)}));
        EXPECT_NE(r.code, 0) << bad;
        EXPECT_THAT(r.err.toStdString(), HasSubstr("--hold-years must be a whole number of years from 1 to 50"));
    }
}

TEST(KeepingOutput, JsonHasHoldingAndRanges) {
    const auto r = cli(plan({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--objective"),
                             QStringLiteral("cost-to-hold")}));
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(o.value(QStringLiteral("objective")).toString(), QStringLiteral("cost-to-hold"));
    EXPECT_EQ(o.value(QStringLiteral("status")).toString(), QStringLiteral("optimal"));
    const QJsonObject holding = o.value(QStringLiteral("holding")).toObject();
    EXPECT_EQ(holding.value(QStringLiteral("years")).toInt(), 3);
    EXPECT_EQ(holding.value(QStringLiteral("total")).toDouble(), 589);
    const QJsonArray events = holding.value(QStringLiteral("events")).toArray();
    ASSERT_EQ(events.size(), 1);
    EXPECT_EQ(events.at(0).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("renewal"));
    const QJsonObject hours = o.value(QStringLiteral("ranges")).toObject().value(QStringLiteral("hours")).toObject();
    EXPECT_EQ(hours.value(QStringLiteral("high")).toDouble(), 120);
    EXPECT_TRUE(hours.value(QStringLiteral("estimated")).toBool());
}

TEST(KeepingOutput, TheCalendarCarriesTheRenewalAsAReminder) {
    QTemporaryDir dir;
    const QString ics = dir.filePath(QStringLiteral("plan.ics"));
    const auto r = cli(plan({QStringLiteral("--ics"), ics}));
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    QFile f(ics);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const std::string text = f.readAll().toStdString();
    EXPECT_THAT(text, HasSubstr("SUMMARY:Renew CompTIA Security+"));
    EXPECT_THAT(text, HasSubstr("TRIGGER:-P30D"));
}
