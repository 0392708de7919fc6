// Numbers out of range and files that break the format's rules: exit 1 with a problem that
// names the object and the field, never a crash, a wrong plan or runaway memory.
#include <QFile>
#include <QTemporaryDir>
#include <cairn/cli/cli.h>
#include <cairn/cli/plan_options.h>
#include <cairn/engine/limits.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

using testing::AllOf;
using testing::HasSubstr;
using testing::Not;

namespace {

struct Outcome {
    int code = -1;
    std::string out;
    std::string err;
};

Outcome cli(QStringList arguments) {
    QString out, err;
    QTextStream outStream(&out), errStream(&err);
    arguments.prepend(QStringLiteral("cairn-cli"));
    Outcome o;
    o.code = cairn::cli::run(arguments, cairn::cli::Streams{outStream, errStream});
    outStream.flush();
    errStream.flush();
    o.out = out.toStdString();
    o.err = err.toStdString();
    return o;
}

QString sampleProfile() {
    return QStringLiteral(CAIRN_RESOURCES "/profiles/sample-career-changer.json");
}

/// A one-credential catalog; `credential` is the credential's JSON fields after its id.
QByteArray catalog(const char* credential, const char* goalRequires = "\"skill:sql@1\"") {
    return QByteArray(R"({"format": "cairn-catalog", "version": 1, "name": "T",
  "skills": [{"id": "sql", "name": "SQL"}],
  "credentials": [
    {"id": "sql-course", "title": "SQL Course", "provider": "P", )") +
           credential + R"(, "grants": [{"skill": "sql", "level": 1}]}
  ],
  "goals": [{"id": "analyst", "kind": "career", "title": "Analyst", "requires": )" +
           goalRequires + "}]}\n";
}

QByteArray profile(const char* hoursPerWeek) {
    return QByteArray(R"({"format": "cairn-profile", "version": 1, "goal": "analyst", "hours_per_week": )") +
           hoursPerWeek + R"(, "start": "2027-01-04"})";
}

class Files {
public:
    QString write(const char* name, const QByteArray& content) {
        const QString path = dir_.filePath(QLatin1String(name));
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(content);
        return path;
    }

private:
    QTemporaryDir dir_;
};

} // namespace

TEST(NumberRanges, PlanRefusesABudgetOutOfRange) {
    // --budget 1e17 crashed with SIGSEGV in the wording of the reason.
    const auto r = cli({QStringLiteral("plan"), QStringLiteral("--profile"), sampleProfile(),
                        QStringLiteral("--budget"), QStringLiteral("1e17")});
    EXPECT_EQ(r.code, 1);
    EXPECT_THAT(r.err, AllOf(HasSubstr("--budget 1e17 is out of range"), HasSubstr("1,000,000,000,000")));
    EXPECT_TRUE(r.out.empty());

    EXPECT_EQ(cli({QStringLiteral("plan"), QStringLiteral("--profile"), sampleProfile(), QStringLiteral("--budget"),
                   QStringLiteral("-1")})
                  .code,
              1);
    EXPECT_EQ(cli({QStringLiteral("plan"), QStringLiteral("--profile"), sampleProfile(), QStringLiteral("--budget"),
                   QStringLiteral("lots")})
                  .code,
              2); // not a number at all: a usage error
    const auto top = cli({QStringLiteral("plan"), QStringLiteral("--profile"), sampleProfile(),
                          QStringLiteral("--budget"), QStringLiteral("1000000000000")});
    EXPECT_EQ(top.code, 0) << top.err;
}

TEST(NumberRanges, PlanRefusesADeadlineOutOfRange) {
    const auto r = cli({QStringLiteral("plan"), QStringLiteral("--profile"), sampleProfile(),
                        QStringLiteral("--deadline"), QStringLiteral("2201-01-01")});
    EXPECT_EQ(r.code, 1);
    EXPECT_THAT(r.err, AllOf(HasSubstr("--deadline 2201-01-01 is out of range"), HasSubstr("2200-12-31")));
}

TEST(NumberRanges, ATimeLimitBeyondAWeekIsAUsageError) {
    // 1e300 seconds overflowed the milliseconds.
    const auto r = cli({QStringLiteral("plan"), QStringLiteral("--profile"), sampleProfile(),
                        QStringLiteral("--time-limit"), QStringLiteral("1e300")});
    EXPECT_EQ(r.code, 2);
    EXPECT_THAT(r.err, HasSubstr("--time-limit must be"));
}

TEST(NumberRanges, PlanRefusesHugeFiguresInTheCatalogAsInvalidInput) {
    Files files;
    const QString p = files.write("profile.json", profile("10"));
    for (const char* figures : {R"("cost": 1e18, "hours": 10)", R"("cost": 10, "hours": 1e300)",
                                R"("cost": 10, "hours": 2147483648)", R"("cost": 10, "hours": 1e9)"}) {
        SCOPED_TRACE(figures);
        const QString c = files.write("catalog.json", catalog(figures));
        const auto r = cli({QStringLiteral("plan"), QStringLiteral("--catalog"), c, QStringLiteral("--profile"), p});
        EXPECT_EQ(r.code, 1);
        EXPECT_THAT(r.err, HasSubstr("credentials[0]."));
        EXPECT_THAT(r.err, HasSubstr("(credential sql-course)"));
        EXPECT_THAT(r.out, Not(HasSubstr("optimal")));
    }
}

TEST(NumberRanges, APlanPastTheLastYearIsNotPossible) {
    // 100,000 hours at one hour a week: no schedule before 2201, and none is laid out.
    Files files;
    const QString c = files.write("catalog.json", catalog(R"("cost": 10, "hours": 100000)"));
    const QString p = files.write("profile.json", profile("1"));
    const auto r = cli({QStringLiteral("plan"), QStringLiteral("--catalog"), c, QStringLiteral("--profile"), p});
    EXPECT_EQ(r.code, 3);
    EXPECT_THAT(r.out + r.err, HasSubstr("2200-12-31"));
}

TEST(NumberRanges, AValueJustAboveTheLimitIsShownAsWritten) {
    // "hours_per_week: 168.0000001" was reported as "found 168".
    Files files;
    const QString p = files.write("profile.json", profile("168.0000001"));
    const auto r = cli({QStringLiteral("validate"), QStringLiteral("--profile"), p});
    EXPECT_EQ(r.code, 1);
    EXPECT_THAT(r.err, AllOf(HasSubstr("hours_per_week must be a number from 1 to 168, found 168.0000001")));
}

TEST(NumberRanges, AStoredClientsOutOfRangeFiguresAreRefusedBeforePlanning) {
    // A client imported with a cohort of 2,000,000,000 weeks grew to 22.8 GB when planned.
    cairn::Catalog c;
    c.skills = {cairn::Skill{"sql", "SQL", {}, {}, {}, {}}};
    cairn::Credential cohort;
    cohort.id = "ch1";
    cohort.title = "Cohort";
    cohort.hours = 10;
    cohort.grants = {{"sql", 1}};
    cohort.pace.kind = cairn::Pace::Kind::Cohort;
    cohort.pace.weeks = 2000000000;
    cohort.pace.starts = {cairn::Date::fromYmd(2027, 1, 11)};
    c.credentials = {cohort};
    cairn::Goal goal;
    goal.id = "analyst";
    goal.title = "Analyst";
    goal.requirement = cairn::Requirement::skill("sql", 1);
    c.goals = {goal};
    cairn::Profile client;
    client.goal = "analyst";
    client.start = cairn::Date::fromYmd(2027, 1, 4);
    client.pinned = {"ch1"};

    cairn::cli::PlanOptions options;
    QCommandLineParser parser;
    options.addTo(parser);
    ASSERT_TRUE(parser.parse({QStringLiteral("plan")}));
    QString out, err;
    QTextStream outStream(&out), errStream(&err);
    int exitCode = -1;
    const auto inputs = cairn::cli::readPlanInputs(parser, options, cairn::cli::Streams{outStream, errStream}, exitCode,
                                                   client, cairn::cli::CatalogInput{c, {}, false});
    errStream.flush();
    EXPECT_FALSE(inputs.has_value());
    EXPECT_EQ(exitCode, 1);
    EXPECT_THAT(err.toStdString(), AllOf(HasSubstr("credential ch1"), HasSubstr("2000000000 weeks")));
}

TEST(ValidateExitCodes, ReadableJsonThatBreaksTheRulesIsInvalidNotUnreadable) {
    Files files;
    struct Case {
        const char* what;
        QByteArray json;
        const char* says;
    };
    const Case cases[] = {
        {"negative cost", catalog(R"("cost": -5, "hours": 10)"), "cost must be a number from 0"},
        {"negative hours", catalog(R"("cost": 5, "hours": -10)"), "hours must be a number from 0"},
        {"level 9", catalog(R"("cost": 5, "hours": 10)", "\"skill:sql@9\""), "skill level must be 1 to 5, found 9"},
        {"level 0", catalog(R"("cost": 5, "hours": 10, "requires": "skill:sql@0")"), "found 0"},
        {"min 5 of 2", catalog(R"("cost": 5, "hours": 10)", R"({"min": 5, "of": ["skill:sql@1", "skill:sql@2"]})"),
         "min is 5"},
        {"min 0", catalog(R"("cost": 5, "hours": 10)", R"({"min": 0, "of": ["skill:sql@1"]})"), "min must be"},
        {"malformed item", catalog(R"("cost": 5, "hours": 10, "requires": "cred:")"), "requirement item"},
        {"wrong type", catalog(R"("cost": "free", "hours": 10)"), "found \"free\""},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.what);
        const auto r = cli({QStringLiteral("validate"), files.write("catalog.json", c.json)});
        EXPECT_EQ(r.code, 1);
        EXPECT_THAT(r.err, HasSubstr(c.says));
    }
}

TEST(ValidateExitCodes, AFileThatIsNotTheFormatIsUnreadable) {
    Files files;
    for (const char* text : {"{not json", R"({"format": "cairn-profile", "version": 1})",
                             R"({"format": "cairn-catalog", "version": 7})"}) {
        SCOPED_TRACE(text);
        const auto r = cli({QStringLiteral("validate"), files.write("catalog.json", text)});
        EXPECT_EQ(r.code, 2);
    }
    // Unreadable wins over invalid when both files have errors.
    const auto both = cli({QStringLiteral("validate"), files.write("bad.json", "{not json"),
                           QStringLiteral("--profile"), files.write("profile.json", profile("200"))});
    EXPECT_EQ(both.code, 2);
    EXPECT_THAT(both.err, HasSubstr("hours_per_week"));
}

TEST(ValidateExitCodes, EveryProblemAboutACredentialNamesItsId) {
    // A path such as credentials[0].requires.min alone made the reader count credentials.
    Files files;
    const QString path = files.write(
        "catalog.json", catalog(R"("cost": 5, "hours": 10, "requires": {"min": 3, "of": ["skill:sql@1"]})"));
    const auto text = cli({QStringLiteral("validate"), path});
    EXPECT_EQ(text.code, 1);
    EXPECT_THAT(text.err, HasSubstr("credentials[0].requires.min (credential sql-course): min is 3"));
    const auto json = cli({QStringLiteral("validate"), path, QStringLiteral("--format"), QStringLiteral("json")});
    EXPECT_EQ(json.code, 1);
    EXPECT_THAT(json.out, AllOf(HasSubstr(R"("code": "bad-field")"), HasSubstr(R"("object": "credential sql-course")"),
                                HasSubstr(R"("field": "credentials[0].requires.min")")));
}

TEST(ValidateExitCodes, RequirementErrorsShowMultiByteCharacters) {
    // 'é' was printed as '\uFFFD'.
    Files files;
    const auto r = cli({QStringLiteral("validate"),
                        files.write("catalog.json", catalog(R"("cost": 5, "hours": 10, "requires": "skill:sql@é")"))});
    EXPECT_EQ(r.code, 1);
    EXPECT_THAT(r.err, HasSubstr("but found '\u00E9'"));
    EXPECT_THAT(r.err, Not(HasSubstr("\uFFFD")));
}
