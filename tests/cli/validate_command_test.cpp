#include "cli_run.h"

#include <cairn/cli/cli.h>
#include <cairn/io/json_reader.h>
#include <cairn/text/message_words.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

using testing::HasSubstr;

namespace {

using Outcome = cairn::test::CliRun;
using cairn::test::cli;
using cairn::test::data;

cairn::io::JsonValue json(const QString& text) {
    auto parsed = cairn::io::parseJson(text.toUtf8());
    if (const auto* e = std::get_if<cairn::io::JsonSyntaxError>(&parsed)) {
        ADD_FAILURE() << "output is not JSON: " << cairn::text::MessageWords::english().sentence(e->what).toStdString()
                      << "\n"
                      << text.toStdString();
        return {};
    }
    return std::get<cairn::io::JsonValue>(parsed);
}

} // namespace

TEST(ValidateCommand, ValidCatalogPrintsOkWithCounts) {
    const QString path = data("valid-catalog.json");
    const auto r = cli({QStringLiteral("validate"), path});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(r.out, QStringLiteral("ok: %1: 3 skills, 2 credentials, 1 goal, 0 programs\n").arg(path));
    EXPECT_TRUE(r.err.isEmpty());
}

TEST(ValidateCommand, ValidCatalogAndProfile) {
    const auto r = cli({QStringLiteral("validate"), QStringLiteral("--catalog"), data("valid-catalog.json"),
                        QStringLiteral("--profile"), data("profile.json")});
    EXPECT_EQ(r.code, 0) << r.out.toStdString() << r.err.toStdString();
    EXPECT_THAT(r.out.toStdString(), HasSubstr("; profile " + data("profile.json").toStdString() + " ok\n"));
}

TEST(ValidateCommand, BundledCatalogIsUsedWithoutArguments) {
    const auto r = cli({QStringLiteral("validate")});
    EXPECT_EQ(r.code, 0) << r.out.toStdString() << r.err.toStdString();
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("ok: bundled sample catalog: "))) << r.out.toStdString();
}

TEST(ValidateCommand, ValidationProblemsExitOneAndPointIntoTheFile) {
    const QString path = data("invalid-catalog.json");
    const auto r = cli({QStringLiteral("validate"), path});
    EXPECT_EQ(r.code, 1);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3) << r.out.toStdString();
    // Both problems are about the first credential, written at line 9, column 5.
    EXPECT_TRUE(lines[0].startsWith(path + QStringLiteral(":9:5: error: "))) << lines[0].toStdString();
    EXPECT_TRUE(lines[0].endsWith(QStringLiteral("[duplicate-id]"))) << lines[0].toStdString();
    EXPECT_TRUE(lines[1].startsWith(path + QStringLiteral(":9:5: error: "))) << lines[1].toStdString();
    EXPECT_TRUE(lines[1].endsWith(QStringLiteral("[unknown-skill]"))) << lines[1].toStdString();
    EXPECT_EQ(lines[2], QStringLiteral("invalid: 2 errors"));
}

TEST(ValidateCommand, ProfileProblemsPointIntoTheProfile) {
    const QString profile = data("profile-unknown-credential.json");
    const auto r = cli({QStringLiteral("validate"), data("valid-catalog.json"), QStringLiteral("--profile"), profile});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.out.startsWith(profile + QStringLiteral(":6:16: error: "))) << r.out.toStdString();
    EXPECT_THAT(r.out.toStdString(), HasSubstr("[unknown-credential]\ninvalid: 1 error\n"));
}

TEST(ValidateCommand, CatalogBreakingTheFormatsRulesExitsOneWithEveryReadingError) {
    const QString path = data("malformed-catalog.json");
    const auto r = cli({QStringLiteral("validate"), path});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_EQ(r.err, path +
                         QStringLiteral(":7:56: credentials[0].cost (credential x): cost must be a number from 0 to "
                                        "1,000,000,000, found \"free\"\n") +
                         path +
                         QStringLiteral(":7:76: credentials[0].colour (credential x): unknown field 'colour' in a "
                                        "credential; its fields are id, title, provider, url, cost, hours, "
                                        "description, pace, grants, requires, credits, tags, source, as_of, "
                                        "estimated\n"));
}

TEST(ValidateCommand, ReadingErrorsOfBothFilesAreReportedTogether) {
    const auto r = cli({QStringLiteral("validate"), data("malformed-catalog.json"), QStringLiteral("--profile"),
                        data("profile-malformed.json")});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.err.count(QLatin1Char('\n')), 3) << r.err.toStdString();
    EXPECT_THAT(r.err.toStdString(), HasSubstr("profile-malformed.json:1:61: hours_per_week: "));
}

TEST(ValidateCommand, MissingFileExitsTwo) {
    const auto r = cli({QStringLiteral("validate"), data("no-such-file.json")});
    EXPECT_EQ(r.code, 2);
    EXPECT_THAT(r.err.toStdString(), HasSubstr("no-such-file.json: cannot open the file: "));
}

TEST(ValidateCommand, JsonReportForAValidCatalog) {
    const auto r = cli(
        {QStringLiteral("validate"), data("valid-catalog.json"), QStringLiteral("--format"), QStringLiteral("json")});
    EXPECT_EQ(r.code, 0);
    const auto report = json(r.out);
    ASSERT_TRUE(report.isObject());
    EXPECT_TRUE(report.find(u"valid")->boolean);
    const auto* counts = report.find(u"counts");
    ASSERT_NE(counts, nullptr);
    EXPECT_EQ(counts->find(u"skills")->number, 3);
    EXPECT_EQ(counts->find(u"credentials")->number, 2);
    EXPECT_EQ(counts->find(u"goals")->number, 1);
    EXPECT_EQ(counts->find(u"programs")->number, 0);
    EXPECT_TRUE(report.find(u"problems")->items.empty());
}

TEST(ValidateCommand, JsonReportListsProblemsWithPlaces) {
    const QString path = data("invalid-catalog.json");
    const auto r = cli({QStringLiteral("validate"), path, QStringLiteral("--format=json")});
    EXPECT_EQ(r.code, 1);
    const auto report = json(r.out);
    EXPECT_FALSE(report.find(u"valid")->boolean);
    const auto& problems = report.find(u"problems")->items;
    ASSERT_EQ(problems.size(), 2u);
    const auto& p = problems[1];
    EXPECT_EQ(p.find(u"code")->text, QStringLiteral("unknown-skill"));
    EXPECT_EQ(p.find(u"object")->text, QStringLiteral("credential sql-foundations"));
    EXPECT_EQ(p.find(u"severity")->text, QStringLiteral("error"));
    EXPECT_EQ(p.find(u"file")->text, path);
    EXPECT_EQ(p.find(u"line")->number, 9);
    EXPECT_EQ(p.find(u"column")->number, 5);
    EXPECT_EQ(p.find(u"field")->text, QStringLiteral("credentials[0]"));
    EXPECT_FALSE(p.find(u"message")->text.isEmpty());
}

TEST(ValidateCommand, JsonReportForACatalogBreakingTheFormatsRules) {
    const auto r = cli({QStringLiteral("validate"), data("malformed-catalog.json"), QStringLiteral("--format"),
                        QStringLiteral("json")});
    EXPECT_EQ(r.code, 1);
    const auto report = json(r.out);
    EXPECT_FALSE(report.find(u"valid")->boolean);
    const auto& problems = report.find(u"problems")->items;
    ASSERT_EQ(problems.size(), 2u);
    EXPECT_EQ(problems[0].find(u"code")->text, QStringLiteral("bad-field"));
    EXPECT_EQ(problems[0].find(u"line")->number, 7);
    EXPECT_EQ(problems[0].find(u"column")->number, 56);
    EXPECT_EQ(problems[0].find(u"field")->text, QStringLiteral("credentials[0].cost"));
    EXPECT_EQ(problems[0].find(u"object")->text, QStringLiteral("credential x"));
}

TEST(ValidateCommand, JsonReportForAnUnreadableCatalog) {
    const auto r = cli(
        {QStringLiteral("validate"), data("no-such-file.json"), QStringLiteral("--format"), QStringLiteral("json")});
    EXPECT_EQ(r.code, 2);
    const auto report = json(r.out);
    const auto& problems = report.find(u"problems")->items;
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].find(u"code")->text, QStringLiteral("unreadable"));
    EXPECT_TRUE(problems[0].find(u"object")->isNull());
}

TEST(ValidateCommand, UsageErrorsExitTwo) {
    EXPECT_EQ(cli({QStringLiteral("validate"), QStringLiteral("--format"), QStringLiteral("xml")}).code, 2);
    EXPECT_EQ(cli({QStringLiteral("validate"), QStringLiteral("--no-such-option")}).code, 2);
    EXPECT_EQ(cli({QStringLiteral("validate"), data("valid-catalog.json"), data("valid-catalog.json")}).code, 2);
    const auto both = cli({QStringLiteral("validate"), data("valid-catalog.json"), QStringLiteral("--catalog"),
                           data("valid-catalog.json")});
    EXPECT_EQ(both.code, 2);
    EXPECT_THAT(both.err.toStdString(), HasSubstr("give one catalog"));
}

TEST(ValidateCommand, HelpDescribesTheOptions) {
    const auto r = cli({QStringLiteral("validate"), QStringLiteral("--help")});
    EXPECT_EQ(r.code, 0);
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("Usage: cairn-cli validate [options] [CATALOG.json]\n")))
        << r.out.toStdString();
    for (const char* option : {"--profile", "--format", "--catalog"})
        EXPECT_THAT(r.out.toStdString(), HasSubstr(option));
}

TEST(ValidateCommand, ListedInTheCommandList) {
    const auto r = cli({QStringLiteral("--help")});
    EXPECT_EQ(r.code, 0);
    EXPECT_THAT(r.out.toStdString(), HasSubstr("  validate "));
}

TEST(ValidateCommand, WarningsArePrintedButTheCatalogIsValid) {
    const QString path = data("warning-catalog.json");
    const auto r = cli({QStringLiteral("validate"), path});
    EXPECT_EQ(r.code, 0);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2) << r.out.toStdString();
    // The unused skill is the fourth in the list, written at line 10, column 5.
    EXPECT_TRUE(lines[0].startsWith(path + QStringLiteral(":10:5: warning: "))) << lines[0].toStdString();
    EXPECT_TRUE(lines[0].endsWith(QStringLiteral("[unused-skill]"))) << lines[0].toStdString();
    EXPECT_EQ(lines[1], QStringLiteral("ok: %1: 4 skills, 2 credentials, 1 goal, 0 programs (1 warning)").arg(path));
}
