#include "report_fixtures.h"

#include <QFile>
#include <QTemporaryDir>
#include <cairn/report/csv_export.h>
#include <gtest/gtest.h>

using namespace cairn;
using namespace cairn::report;

namespace {

/// A small RFC 4180 reader, to check the writer against the rules rather than against itself.
std::vector<std::vector<QString>> parseCsv(const QByteArray& bytes) {
    std::vector<std::vector<QString>> rows(1);
    QByteArray field;
    bool quoted = false;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (quoted) {
            if (c == '"' && i + 1 < bytes.size() && bytes[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            rows.back().push_back(QString::fromUtf8(field));
            field.clear();
        } else if (c == '\r' && i + 1 < bytes.size() && bytes[i + 1] == '\n') {
            rows.back().push_back(QString::fromUtf8(field));
            field.clear();
            rows.emplace_back();
            ++i;
        } else {
            field += c;
        }
    }
    if (rows.back().empty() && field.isEmpty())
        rows.pop_back();
    return rows;
}

} // namespace

TEST(CsvExport, OneQuotedRowPerCredentialWithCrlf) {
    const Catalog catalog = test::makeCatalog(5);
    const Plan plan = test::makePlan(catalog, 5);
    const QByteArray csv = renderCsv(catalog, plan);
    EXPECT_TRUE(csv.startsWith("step,id,title,provider,start,end,hours,cost,currency,pace,credits,url,why\r\n"));
    EXPECT_EQ(csv.count("\r\n"), 6);
    EXPECT_EQ(csv.count('\n'), 6); // no bare line feeds
    const auto rows = parseCsv(csv);
    ASSERT_EQ(rows.size(), 6U);
    for (const auto& row : rows)
        EXPECT_EQ(row.size(), 13U);
    EXPECT_EQ(rows[3][2].toStdString(), plan.credentials[2].title);
    EXPECT_EQ(rows[4][2], QStringLiteral("Data Visualisation with \"Python\" 1"));
    EXPECT_TRUE(csv.contains("\"Data Visualisation with \"\"Python\"\" 1\""));
    EXPECT_EQ(rows[1][4], QStringLiteral("2027-01-04"));
    EXPECT_EQ(rows[1][7], QStringLiteral("100"));
    EXPECT_EQ(rows[1][8], QStringLiteral("USD"));
    EXPECT_EQ(rows[1][11], QStringLiteral("https://learn.example.org/courses/cred-1"));
}

TEST(CsvExport, CohortPaceAndCreditsAreWritten) {
    const Catalog catalog = test::makeCatalog(8);
    const Plan plan = test::makeCreditsPlan(catalog, 8);
    const auto rows = parseCsv(renderCsv(catalog, plan));
    ASSERT_EQ(rows.size(), 9U);
    EXPECT_EQ(rows[6][9], QStringLiteral("cohort, 6 weeks"));
    EXPECT_EQ(rows[1][9], QStringLiteral("self-paced"));
    EXPECT_EQ(rows[1][10], QStringLiteral("3"));
}

TEST(CsvExport, InfeasiblePlanGivesTheHeaderAlone) {
    const Catalog catalog = test::makeCatalog(3);
    EXPECT_EQ(parseCsv(renderCsv(catalog, test::makeInfeasiblePlan())).size(), 1U);
}

TEST(CsvExport, WritesAtomically) {
    QTemporaryDir dir;
    const Catalog catalog = test::makeCatalog(3);
    const QString path = dir.filePath(QStringLiteral("plan.csv"));
    ASSERT_TRUE(writeCsv(catalog, test::makePlan(catalog, 3), path).ok());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), renderCsv(catalog, test::makePlan(catalog, 3)));
    const Result bad = writeCsv(catalog, test::makePlan(catalog, 3), dir.path());
    EXPECT_FALSE(bad.ok());
    EXPECT_TRUE(bad.error.contains(QStringLiteral("folder")));
}

TEST(CsvExport, NeutralisesCellsASpreadsheetWouldRunAsFormulas) {
    Catalog catalog = test::makeCatalog(3);
    Plan plan = test::makePlan(catalog, 3);
    plan.credentials[0].title = "=HYPERLINK(\"http://evil.example\",\"Click\")";
    plan.credentials[1].title = "@SUM(1+1)*cmd|' /C calc'!A0";
    plan.credentials[2].title = "-2+3";
    catalog.credentials[0].provider = "+provider";
    catalog.credentials[1].url = "\thttps://example.org";
    const QByteArray csv = renderCsv(catalog, plan);
    const auto rows = parseCsv(csv);
    ASSERT_EQ(rows.size(), 4U);
    EXPECT_EQ(rows[1][2], QStringLiteral("'=HYPERLINK(\"http://evil.example\",\"Click\")"));
    EXPECT_EQ(rows[2][2], QStringLiteral("'@SUM(1+1)*cmd|' /C calc'!A0"));
    EXPECT_EQ(rows[3][2], QStringLiteral("'-2+3"));
    EXPECT_TRUE(csv.contains("\"'+provider\"")) << csv.toStdString();
    EXPECT_TRUE(csv.contains("\"'\thttps://example.org\"")) << csv.toStdString();
    // No cell, quoted or not, starts with a character a spreadsheet takes for a formula.
    for (const auto& row : rows)
        for (const QString& cell : row)
            EXPECT_FALSE(!cell.isEmpty() && QStringLiteral("=+-@\t\r").contains(cell.front())) << cell.toStdString();
}
