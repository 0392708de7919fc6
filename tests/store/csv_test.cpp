#include "store_fixtures.h"

#include <cairn/store/credential_csv.h>
#include <cairn/store/csv.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace cairn;
using namespace cairn::store;

TEST(Csv, ReadsQuotedFieldsWithCommasNewlinesAndQuotes) {
    const QByteArray text = "a,b,c\r\n"
                            "1,\"two, too\",\"three\nlines\"\"q\"\"\"\n"
                            "\n"
                            "x,,\"\"\n";
    const CsvTable t = readCsv(text, QStringLiteral("f.csv"));
    ASSERT_TRUE(t.errors.empty());
    ASSERT_EQ(t.records.size(), 3u);
    EXPECT_EQ(t.records[1].fields[1].text, QStringLiteral("two, too"));
    EXPECT_EQ(t.records[1].fields[2].text, QStringLiteral("three\nlines\"q\""));
    EXPECT_EQ(t.records[1].line, 2);
    EXPECT_EQ(t.records[1].fields[2].column, 15);
    EXPECT_EQ(t.records[2].line, 5); // the quoted newline and the empty line both count
    ASSERT_EQ(t.records[2].fields.size(), 3u);
    EXPECT_TRUE(t.records[2].fields[1].text.isEmpty());
    EXPECT_TRUE(t.records[2].fields[2].text.isEmpty());
}

TEST(Csv, CountsColumnsInCharactersAndSkipsTheByteOrderMark) {
    const QByteArray text = "\xEF\xBB\xBFid,name\n数据,\"x\"y\n";
    const CsvTable t = readCsv(text, QStringLiteral("u.csv"));
    ASSERT_EQ(t.errors.size(), 1u);
    EXPECT_EQ(t.records[0].fields[0].text, QStringLiteral("id"));
    EXPECT_EQ(t.errors[0].line, 2);
    EXPECT_EQ(t.errors[0].column, 7); // after 数据,"x"
    EXPECT_EQ(t.errors[0].file, QStringLiteral("u.csv"));
}

TEST(Csv, ReportsAnUnclosedQuoteWhereItOpens) {
    const CsvTable t = readCsv("a,b\n1,\"never closed\n2,3\n", QStringLiteral("q.csv"));
    ASSERT_EQ(t.errors.size(), 1u);
    EXPECT_EQ(t.errors[0].line, 2);
    EXPECT_EQ(t.errors[0].column, 3);
    EXPECT_TRUE(t.errors[0].message.contains(QStringLiteral("never closed")));
}

TEST(Csv, WritesWhatItReads) {
    const QStringList fields = {QStringLiteral("plain"),
                                QStringLiteral("with, comma"),
                                QStringLiteral("\"quoted\""),
                                QStringLiteral("two\nlines"),
                                QString(),
                                QStringLiteral(" padded "),
                                QStringLiteral("مرحبا 👋")};
    QByteArray out;
    appendCsvRecord(out, fields);
    appendCsvRecord(out, fields);
    const CsvTable t = readCsv(out);
    ASSERT_TRUE(t.errors.empty());
    ASSERT_EQ(t.records.size(), 2u);
    QStringList back;
    for (const auto& f : t.records[1].fields)
        back << f.text;
    EXPECT_EQ(back, fields);
}

TEST(CredentialCsv, RoundTripsEveryCredentialField) {
    const Catalog c = test::richCatalog();
    const QByteArray csv = writeCredentialCsv(c.credentials);
    const CredentialCsv back = readCredentialCsv(csv, QStringLiteral("rt.csv"));
    for (const auto& e : back.errors)
        ADD_FAILURE() << e.toString().toStdString();
    EXPECT_EQ(back.credentials, c.credentials);
    EXPECT_EQ(writeCredentialCsv(back.credentials), csv);
}

TEST(CredentialCsv, ReadsTheDocumentedColumnsInAnyOrder) {
    const QByteArray csv = "title,id,grants,requires,starts,pace,weeks,credits,cost,hours,tags\n"
                           "\"Python, cohort\",py,sql@2;python,\"all(skill:sql@1, any(cred:x, skill:y@2))\","
                           "2027-01-11;2027-04-05,cohort,8,bs-data:12:core|elective,1200,80,a;b\n";
    const CredentialCsv r = readCredentialCsv(csv);
    ASSERT_TRUE(r.errors.empty()) << r.errors[0].toString().toStdString();
    ASSERT_EQ(r.credentials.size(), 1u);
    const Credential& c = r.credentials[0];
    EXPECT_EQ(c.id, "py");
    EXPECT_EQ(c.title, "Python, cohort");
    EXPECT_EQ(c.grants, (std::vector<SkillLevel>{{"sql", 2}, {"python", 1}}));
    EXPECT_EQ(c.prerequisites,
              Requirement::all({Requirement::skill("sql", 1),
                                Requirement::any({Requirement::credential("x"), Requirement::skill("y", 2)})}));
    EXPECT_TRUE(c.pace.isCohort());
    EXPECT_EQ(c.pace.weeks, 8);
    EXPECT_EQ(c.pace.starts, (std::vector<Date>{Date::fromYmd(2027, 1, 11), Date::fromYmd(2027, 4, 5)}));
    ASSERT_EQ(c.credits.size(), 1u);
    EXPECT_EQ(c.credits[0], (CreditOffer{"bs-data", 12, {"core", "elective"}}));
    EXPECT_EQ(c.cost, 1200);
    EXPECT_EQ(c.tags, (std::vector<std::string>{"a", "b"}));
    EXPECT_EQ(r.lines, std::vector<int>{2});
}

TEST(CredentialCsv, ReportsEveryProblemWithLineAndColumn) {
    const QByteArray csv = "id,title,cost,grants,requires,as_of,colour\n"     // unknown column at 7 of line 1
                           "a,A,-5,sql@9,\"all(skill:sql@1,\",2026-13-01,x\n" // four problems on line 2
                           "b,B,10,sql@1,,2026-01-01\n"                       // too few fields, line 3
                           "c,C,1,,,,\n"
                           "c,Again,1,,,,\n"; // duplicate id, line 5
    const CredentialCsv r = readCredentialCsv(csv, QStringLiteral("bad.csv"));
    std::vector<std::tuple<int, int, QString>> where;
    for (const auto& e : r.errors) {
        EXPECT_EQ(e.file, QStringLiteral("bad.csv"));
        EXPECT_FALSE(e.message.isEmpty());
        where.emplace_back(e.line, e.column, e.field);
    }
    using W = std::tuple<int, int, QString>;
    EXPECT_THAT(where, ::testing::UnorderedElementsAre(
                           W{1, 37, QStringLiteral("colour")}, W{2, 5, QStringLiteral("cost")},
                           W{2, 8, QStringLiteral("grants")}, W{2, 31, QStringLiteral("requires")},
                           W{2, 33, QStringLiteral("as_of")}, W{3, 1, QString()}, W{5, 1, QStringLiteral("id")}));
    ASSERT_EQ(r.credentials.size(), 1u);
    EXPECT_EQ(r.credentials[0].id, "c");
}
