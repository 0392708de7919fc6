#include "cli_run.h"

#include <cairn/cli/command.h>
#include <cairn/cli/inputs.h>
#include <cairn/cli/workspace_access.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

using namespace cairn::cli;
using cairn::test::data;
using testing::HasSubstr;

TEST(Inputs, LoadsTheNamedCatalog) {
    QString errText;
    QTextStream err(&errText);
    const auto input = loadCatalog(data("valid-catalog.json"), err);
    ASSERT_TRUE(input.has_value());
    EXPECT_FALSE(input->bundled);
    EXPECT_EQ(input->path, data("valid-catalog.json"));
    EXPECT_EQ(input->catalog.name, "Small valid catalog");
    EXPECT_TRUE(errText.isEmpty());
}

TEST(Inputs, FallsBackToTheBundledCatalog) {
    QString errText;
    QTextStream err(&errText);
    const auto input = loadCatalog(QString(), err);
    ASSERT_TRUE(input.has_value()) << errText.toStdString();
    EXPECT_TRUE(input->bundled);
    EXPECT_EQ(input->path, bundledCatalogPath());
    EXPECT_FALSE(input->catalog.credentials.empty());
}

TEST(Inputs, PrintsEveryErrorOfAnInvalidCatalog) {
    QString errText;
    QTextStream err(&errText);
    int exitCode = -1;
    EXPECT_FALSE(loadCatalog(data("malformed-catalog.json"), err, &exitCode).has_value());
    err.flush();
    EXPECT_EQ(errText.count(QLatin1Char('\n')), 2);
    EXPECT_THAT(errText.toStdString(), HasSubstr("malformed-catalog.json:7:56: credentials[0].cost (credential x): "));
    EXPECT_EQ(exitCode, kInvalid); // JSON of the right format that breaks its rules
}

TEST(Inputs, AMissingCatalogIsUnreadable) {
    QString errText;
    QTextStream err(&errText);
    int exitCode = -1;
    EXPECT_FALSE(loadCatalog(data("no-such-file.json"), err, &exitCode).has_value());
    EXPECT_EQ(exitCode, kUsage);
}

TEST(Inputs, CatalogAndProfileFromOptions) {
    QCommandLineParser parser;
    parser.addOption(catalogOption());
    parser.addOption(profileOption());
    ASSERT_TRUE(parser.parse({QStringLiteral("cmd"), QStringLiteral("--catalog"), data("valid-catalog.json"),
                              QStringLiteral("-p"), data("profile.json")}));
    QString errText;
    QTextStream err(&errText);
    const auto input = loadCatalog(parser, err);
    ASSERT_TRUE(input.has_value());
    EXPECT_EQ(input->catalog.credentials.size(), 2u);
    const auto profile = loadOptionalProfile(parser, err);
    ASSERT_TRUE(profile.has_value());
    ASSERT_TRUE(profile->has_value());
    EXPECT_EQ((*profile)->name, "Sam");
    EXPECT_EQ((*profile)->goal, "junior-analyst");
}

TEST(Inputs, ProfileIsOptional) {
    QCommandLineParser parser;
    parser.addOption(profileOption());
    ASSERT_TRUE(parser.parse({QStringLiteral("cmd")}));
    QString errText;
    QTextStream err(&errText);
    const auto profile = loadOptionalProfile(parser, err);
    ASSERT_TRUE(profile.has_value());
    EXPECT_FALSE(profile->has_value());
}

TEST(Inputs, UnreadableProfileIsAnError) {
    QString errText;
    QTextStream err(&errText);
    EXPECT_FALSE(loadProfile(data("profile-malformed.json"), err).has_value());
    err.flush();
    EXPECT_THAT(errText.toStdString(), HasSubstr("profile-malformed.json:1:61: hours_per_week: "));
}

TEST(Inputs, ParseOrExitHandlesHelpAndUsageErrors) {
    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    {
        QCommandLineParser parser;
        parser.addOption(catalogOption());
        EXPECT_EQ(parseOrExit(parser, {QStringLiteral("cairn-cli x"), QStringLiteral("--help")}, Streams{out, err}),
                  std::optional<int>(kOk));
    }
    {
        QCommandLineParser parser;
        EXPECT_EQ(parseOrExit(parser, {QStringLiteral("cairn-cli x"), QStringLiteral("--nope")}, Streams{out, err}),
                  std::optional<int>(kUsage));
    }
    {
        QCommandLineParser parser;
        parser.addOption(catalogOption());
        EXPECT_EQ(parseOrExit(parser, {QStringLiteral("cairn-cli x"), QStringLiteral("-c"), QStringLiteral("f.json")},
                              Streams{out, err}),
                  std::nullopt);
        EXPECT_EQ(parser.value(QStringLiteral("catalog")), QStringLiteral("f.json"));
    }
    out.flush();
    err.flush();
    EXPECT_THAT(outText.toStdString(), HasSubstr("Usage: cairn-cli x [options]"));
    EXPECT_THAT(errText.toStdString(), HasSubstr("cairn-cli x: Unknown option 'nope'."));
}

TEST(Inputs, AStaleSaveHasItsOwnExitCodeAndItIsInTheHelp) {
    QString errText;
    QTextStream err(&errText);
    const auto stale = cairn::store::Error::of(
        cairn::store::Error::Kind::Stale,
        cairn::Message{cairn::Message::Code::ClientChangedMeanwhile, {cairn::arg::text("Maria Alvarez")}});
    EXPECT_EQ(reportError(stale, err, QStringLiteral("cairn-cli clients")), kConflict);
    err.flush();
    EXPECT_THAT(errText.toStdString(), HasSubstr("cairn-cli clients: Maria Alvarez was changed by someone else"));
    EXPECT_EQ(kConflict, 5);
    const cairn::test::CliRun top = cairn::test::cli({QStringLiteral("--help")});
    EXPECT_THAT(top.out.simplified().toStdString(), HasSubstr("5 someone else saved the same client"));
    const cairn::test::CliRun clients = cairn::test::cli({QStringLiteral("clients"), QStringLiteral("--help")});
    EXPECT_THAT(clients.out.simplified().toStdString(), HasSubstr("5 someone else saved the client"));
}

namespace {

std::optional<cairn::Profile> demoProfile(const char* name) {
    QString errText;
    QTextStream err(&errText);
    return loadProfile(QStringLiteral(CAIRN_RESOURCES "/profiles/") + QLatin1String(name), err);
}

} // namespace

TEST(Inputs, AProfileIsCheckedAgainstTheBundledCatalogItWasWrittenFor) {
    const auto maria = demoProfile("maria-teacher-to-data.json"); // the career catalog's skills
    const auto sample = demoProfile("sample-it-support.json");    // the sample catalog's
    ASSERT_TRUE(maria && sample);
    EXPECT_EQ(bundledCatalogFor(*maria), bundledCareerCatalogPath());
    EXPECT_EQ(bundledCatalogFor(*sample), bundledCatalogPath());
    cairn::Profile nobody; // fits both: the sample catalog stays the default
    EXPECT_EQ(bundledCatalogFor(nobody), bundledCatalogPath());
}

TEST(Inputs, TheReadmesDemoProfilesPlanWithoutACatalog) {
    const QString maria = QStringLiteral(CAIRN_RESOURCES "/profiles/maria-teacher-to-data.json");
    const auto planned = cairn::test::cli({QStringLiteral("plan"), QStringLiteral("--profile"), maria,
                                           QStringLiteral("--goal"), QStringLiteral("data-analyst")});
    EXPECT_EQ(planned.code, kOk) << planned.err.toStdString();
    EXPECT_THAT(planned.out.toStdString(), HasSubstr("Learner: Maria Alvarez"));
    const auto checked = cairn::test::cli({QStringLiteral("validate"), QStringLiteral("--profile"), maria});
    EXPECT_EQ(checked.code, kOk) << checked.err.toStdString();
    EXPECT_THAT(checked.out.toStdString(), HasSubstr("ok: bundled career catalog: "));
    // With --catalog the named catalog is used, and the profile's unknown skills are errors.
    const auto sample =
        cairn::test::cli({QStringLiteral("validate"), QStringLiteral("--catalog"),
                          QStringLiteral(":/catalogs/sample.json"), QStringLiteral("--profile"), maria});
    EXPECT_EQ(sample.code, kInvalid);
}
