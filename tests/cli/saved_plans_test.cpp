// `cairn-cli plans` and `clients show` on plans saved through the workspace API (the command
// line shows saved plans but does not save them).
#include "cli_run.h"
#include "store_fixtures.h"

#include <gtest/gtest.h>

using namespace cairn;
using namespace cairn::store;
using namespace cairn::store::test;

namespace {

/// Runs cairn-cli on the workspace at `database`.
cairn::test::CliRun runCli(QStringList arguments, const QString& database) {
    arguments << QStringLiteral("--database") << database;
    return cairn::test::cli(std::move(arguments));
}

} // namespace

TEST(CliSavedPlans, ListsAndShowsSavedPlans) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cli.sqlite"));
    qint64 first = 0, second = 0;
    {
        auto ws = openOrFail(path, quiet());
        ASSERT_TRUE(ws);
        const qint64 catalog = ws->addCatalog(richCatalog(), QStringLiteral("Rich")).value();
        Client c;
        c.name = QStringLiteral("王小明");
        c.catalogId = catalog;
        const qint64 client = ws->addClient(c).value();
        SavedPlanInputs in;
        in.catalogId = catalog;
        in.goal = "analyst";
        in.budget = 500;
        first =
            ws->savePlan(client, in, samplePlan(), QStringLiteral("Cheapest"), QStringLiteral("First talk")).value();
        second = ws->savePlan(client, in, samplePlan(10), QStringLiteral("With extras"), {}).value();
    }
    const auto listed = runCli(
        {QStringLiteral("plans"), QStringLiteral("list"), QStringLiteral("--client"), QStringLiteral("王小明")}, path);
    ASSERT_EQ(listed.code, 0) << listed.err.toStdString();
    const QStringList lines = listed.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2);
    EXPECT_TRUE(lines[0].startsWith(QStringLiteral("#%1\t王小明\tv2\tWith extras\toptimal\t€59.99").arg(second)))
        << lines[0].toStdString();
    EXPECT_TRUE(lines[1].startsWith(QStringLiteral("#%1\t王小明\tv1\tCheapest").arg(first)));

    const auto shown = runCli({QStringLiteral("plans"), QStringLiteral("show"), QString::number(first)}, path);
    ASSERT_EQ(shown.code, 0) << shown.err.toStdString();
    // Money as everywhere else on the command line ("€500", not "500.00"), in the catalog's currency (EUR).
    for (const char* expected : {"Plan #", "version 1 for 王小明", "Note:      First talk", "Catalog:   Rich (2026.3)",
                                 "Budget:    €500\n", "2027-01-04 – 2027-01-18  intro-sql", "Total:     €49.99"})
        EXPECT_TRUE(shown.out.contains(QString::fromUtf8(expected))) << expected << "\n" << shown.out.toStdString();

    const auto client = runCli({QStringLiteral("clients"), QStringLiteral("show"), QStringLiteral("王小明")}, path);
    ASSERT_EQ(client.code, 0);
    EXPECT_TRUE(client.out.contains(QStringLiteral("Saved plans:    2")));
}

TEST(CliSavedPlans, ShowsTheOffersASavedPlanPaidAndItsMoneyByPace) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cli-offers.sqlite"));
    qint64 id = 0;
    {
        auto ws = openOrFail(path, quiet());
        ASSERT_TRUE(ws);
        const qint64 catalog = ws->addCatalog(richCatalog(), QStringLiteral("Rich")).value();
        Client c;
        c.name = QStringLiteral("Ana");
        c.catalogId = catalog;
        const qint64 client = ws->addClient(c).value();
        // Both credentials on one monthly subscription: two months at €49.
        Plan p = samplePlan();
        for (auto& pc : p.credentials) {
            pc.offer = "platform-monthly";
            pc.cost = 0;
        }
        const OfferPayment monthly = platformMonthly({"intro-sql", "viz"});
        p.payments = {monthly};
        p.paceCosts = {{4, 147}, {8, 98}, {16, 49}};
        p.totals.cost = 98;
        SavedPlanInputs in;
        in.catalogId = catalog;
        in.goal = "analyst";
        id = ws->savePlan(client, in, p, QStringLiteral("Monthly"), {}).value();
    }
    const auto shown = runCli({QStringLiteral("plans"), QStringLiteral("show"), QString::number(id)}, path);
    ASSERT_EQ(shown.code, 0) << shown.err.toStdString();
    for (const char* expected :
         {"intro-sql  Intro to SQL  €0, 12.5 h, through platform-monthly\n",
          "Platform, monthly: 2 months × €49 = €98, 2027-01-04 to 2027-03-04 (intro-sql, viz)\n", "Total:     €98,",
          "Money by pace (same credentials and offers): €147 at 4 h a week; €98 at 8 h; €49 at 16 h\n"})
        EXPECT_TRUE(shown.out.contains(QString::fromUtf8(expected))) << expected << "\n" << shown.out.toStdString();
}
