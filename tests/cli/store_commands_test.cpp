// The workspace commands: import, export, export-client, clients and plans, on real files.
#include "cli_run.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <cairn/cli/cli.h>
#include <cairn/store/workspace.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

using testing::HasSubstr;

namespace {

// The SQL driver is a plugin and needs an application object; the other cli tests do not.
class QtApplication : public ::testing::Environment {
public:
    void SetUp() override {
        if (!QCoreApplication::instance())
            app_ = std::make_unique<QCoreApplication>(argc_, argv_);
    }
    void TearDown() override { app_.reset(); }

private:
    int argc_ = 1;
    char name_[16] = "cairn_cli_tests";
    char* argv_[2] = {name_, nullptr};
    std::unique_ptr<QCoreApplication> app_;
};
[[maybe_unused]] auto* const qtApplication = ::testing::AddGlobalTestEnvironment(new QtApplication);

struct Outcome {
    int code = -1;
    QString out;
    QString err;
};

class StoreCommands : public ::testing::Test {
protected:
    Outcome cli(QStringList arguments) { return cliOn(db(), std::move(arguments)); }
    Outcome cliOn(const QString& database, QStringList arguments) {
        Outcome o;
        QTextStream out(&o.out);
        QTextStream err(&o.err);
        arguments.prepend(QStringLiteral("cairn-cli"));
        if (!database.isEmpty()) // empty for the commands that do not use the workspace
            arguments << QStringLiteral("--database") << database;
        o.code = cairn::cli::run(arguments, cairn::cli::Streams{out, err});
        out.flush();
        err.flush();
        return o;
    }
    QString db() const { return dir_.filePath(QStringLiteral("workspace.sqlite")); }
    QString file(const char* name) const { return dir_.filePath(QLatin1String(name)); }
    void write(const QString& path, const QByteArray& bytes) {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    static QByteArray read(const QString& path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static std::string text(const Outcome& o) { return (o.out + o.err).toStdString(); }

    QTemporaryDir dir_;
};

} // namespace

TEST_F(StoreCommands, ImportsACatalogAndExportsItUnchanged) {
    const QString sample = QStringLiteral(CAIRN_TEST_DATA "/../../../resources/catalogs/sample.json");
    const Outcome imported =
        cli({QStringLiteral("import"), sample, QStringLiteral("--catalog-name"), QStringLiteral("Mine 数据")});
    ASSERT_EQ(imported.code, 0) << text(imported);
    EXPECT_THAT(imported.out.toStdString(), HasSubstr("Imported catalog 'Mine 数据'"));

    const Outcome exported = cli({QStringLiteral("export"), QStringLiteral("Mine 数据"), QStringLiteral("--json"),
                                  file("out.json"), QStringLiteral("--csv"), file("out.csv")});
    ASSERT_EQ(exported.code, 0) << text(exported);
    const QJsonObject original = QJsonDocument::fromJson(read(sample)).object();
    const QJsonObject back = QJsonDocument::fromJson(read(file("out.json"))).object();
    EXPECT_EQ(back.value(QStringLiteral("name")), original.value(QStringLiteral("name")));
    EXPECT_EQ(back.value(QStringLiteral("credentials")).toArray().size(),
              original.value(QStringLiteral("credentials")).toArray().size());
    EXPECT_TRUE(read(file("out.csv"))
                    .startsWith("id,title,provider,url,cost,hours,pace,weeks,starts,grants,"
                                "requires,credits,tags,source,as_of"));

    // The exported file imports again as an equal catalog: exporting that gives the same bytes.
    ASSERT_EQ(
        cli({QStringLiteral("import"), file("out.json"), QStringLiteral("--catalog-name"), QStringLiteral("Again")})
            .code,
        0);
    ASSERT_EQ(
        cli({QStringLiteral("export"), QStringLiteral("Again"), QStringLiteral("--json"), file("again.json")}).code, 0);
    EXPECT_EQ(read(file("again.json")), read(file("out.json")));
}

TEST_F(StoreCommands, ImportsCsvCredentialsIntoACatalogOrRefusesThemAll) {
    ASSERT_EQ(cli({QStringLiteral("import"), QStringLiteral(CAIRN_TEST_DATA "/../../../resources/catalogs/sample.json"),
                   QStringLiteral("--catalog-name"), QStringLiteral("Target")})
                  .code,
              0);
    write(file("bad.csv"), "id,title,cost,grants\n"
                           "ok-one,Fine,10,\n"
                           "bad-cost,Bad,ten,\n"
                           "bad-grant,Bad,1,nowhere@2\n");
    const Outcome refused =
        cli({QStringLiteral("import"), file("bad.csv"), QStringLiteral("--into"), QStringLiteral("Target")});
    EXPECT_EQ(refused.code, 1) << text(refused);
    EXPECT_THAT(refused.err.toStdString(), HasSubstr("Nothing was imported"));
    EXPECT_THAT(refused.err.toStdString(), HasSubstr("bad.csv:3:"));
    EXPECT_THAT(refused.err.toStdString(), HasSubstr("bad.csv:4:"));

    write(file("good.csv"), "id,title,cost,hours\n\"new-one\",\"A new, quoted title\",10,4\n");
    const Outcome ok =
        cli({QStringLiteral("import"), file("good.csv"), QStringLiteral("--into"), QStringLiteral("Target")});
    ASSERT_EQ(ok.code, 0) << text(ok);
    EXPECT_THAT(ok.out.toStdString(), HasSubstr("Imported 1 credential"));
    ASSERT_EQ(cli({QStringLiteral("export"), QStringLiteral("Target"), QStringLiteral("--csv"), file("t.csv")}).code,
              0);
    EXPECT_TRUE(read(file("t.csv")).contains("new-one,\"A new, quoted title\",,,10,4,"));
    EXPECT_FALSE(read(file("t.csv")).contains("ok-one"));

    const Outcome noTarget = cli({QStringLiteral("import"), file("good.csv")});
    EXPECT_EQ(noTarget.code, 2);
    EXPECT_THAT(noTarget.err.toStdString(), HasSubstr("--into"));
}

TEST_F(StoreCommands, AddsListsShowsAndExportsClients) {
    const QString name = QStringLiteral("Robert'); DROP TABLE clients;--");
    const Outcome added = cli({QStringLiteral("clients"), QStringLiteral("add"), name, QStringLiteral("--contact"),
                               QStringLiteral("bobby@example.org"), QStringLiteral("--notes"),
                               QStringLiteral("مرحبا — prefers evenings 🌙")});
    ASSERT_EQ(added.code, 0) << text(added);
    const Outcome listed = cli({QStringLiteral("clients"), QStringLiteral("list")});
    ASSERT_EQ(listed.code, 0) << text(listed);
    EXPECT_TRUE(listed.out.contains(name));
    const Outcome shown = cli({QStringLiteral("clients"), QStringLiteral("show"), name});
    ASSERT_EQ(shown.code, 0) << text(shown);
    EXPECT_TRUE(shown.out.contains(QStringLiteral("bobby@example.org")));
    EXPECT_TRUE(shown.out.contains(QStringLiteral("مرحبا — prefers evenings 🌙")));
    EXPECT_TRUE(shown.out.contains(QStringLiteral("Saved plans:    0")));

    const Outcome exported = cli({QStringLiteral("export-client"), name, QStringLiteral("--json"), file("c.json")});
    ASSERT_EQ(exported.code, 0) << text(exported);
    const QJsonObject doc = QJsonDocument::fromJson(read(file("c.json"))).object();
    EXPECT_EQ(doc.value(QStringLiteral("format")).toString(), QStringLiteral("cairn-client"));
    EXPECT_EQ(doc.value(QStringLiteral("client")).toObject().value(QStringLiteral("name")).toString(), name);

    const Outcome missing = cli({QStringLiteral("clients"), QStringLiteral("show"), QStringLiteral("Nobody")});
    EXPECT_EQ(missing.code, 2);
    EXPECT_THAT(missing.err.toStdString(), HasSubstr("There is no client named 'Nobody'"));
}

TEST_F(StoreCommands, ListsNoPlansInAFreshWorkspaceAndRejectsBadIds) {
    const Outcome listed = cli({QStringLiteral("plans"), QStringLiteral("list")});
    ASSERT_EQ(listed.code, 0) << text(listed);
    EXPECT_THAT(listed.out.toStdString(), HasSubstr("No saved plans."));
    EXPECT_EQ(cli({QStringLiteral("plans"), QStringLiteral("show"), QStringLiteral("abc")}).code, 2);
    const Outcome missing = cli({QStringLiteral("plans"), QStringLiteral("show"), QStringLiteral("42")});
    EXPECT_EQ(missing.code, 2);
    EXPECT_THAT(missing.err.toStdString(), HasSubstr("no saved plan 42"));
}

TEST_F(StoreCommands, ExplainsADamagedDatabase) {
    write(db(), QByteArray(8192, 'x'));
    const Outcome o = cli({QStringLiteral("clients"), QStringLiteral("list")});
    EXPECT_EQ(o.code, 2);
    EXPECT_THAT(o.err.toStdString(), HasSubstr("not a Cairn database or damaged"));
}

TEST_F(StoreCommands, RefusesCsvCredentialsThatAJsonCatalogCouldNotHold) {
    ASSERT_EQ(cli({QStringLiteral("import"), QStringLiteral(CAIRN_TEST_DATA "/../../../resources/catalogs/sample.json"),
                   QStringLiteral("--catalog-name"), QStringLiteral("Target")})
                  .code,
              0);
    QByteArray deep = "skill:sql@1";
    for (int i = 0; i < 64; ++i)
        deep = "all(" + deep + ")";
    const std::vector<std::pair<const char*, QByteArray>> loose = {
        {"space-in-id.csv", "id,title\na b,Space\n"},
        {"colon-in-id.csv", "id,title\na:b,Colon\n"},
        {"accents-in-id.csv", "id,title\n\xC3\xA7\xC3\xA9,Accents\n"},
        {"long-cohort.csv", "id,title,pace,weeks,starts\nw,Long,cohort,600,2027-01-04\n"},
        {"bogus-estimate.csv", "id,title,estimated\ne,Bogus,bogus\n"},
        {"deep.csv", "id,title,requires\nd,Deep," + deep + "\n"},
        {"latin1.csv", "id,title\ncafe,Caf\xE9\n"},
        {"nul.csv", QByteArray("id,title\nn,N\0L\n", 15)},
    };
    for (const auto& [name, bytes] : loose) {
        write(file(name), bytes);
        const Outcome o =
            cli({QStringLiteral("import"), file(name), QStringLiteral("--into"), QStringLiteral("Target")});
        EXPECT_EQ(o.code, 1) << name << ": " << text(o);
        EXPECT_THAT(o.err.toStdString(), HasSubstr("Nothing was imported")) << name;
    }

    // What is accepted exports as a catalog that `validate` accepts too.
    write(file("fine.csv"), "id,title,pace,weeks,starts,estimated,requires\n"
                            "fine,Fine,cohort,520,2027-01-04,cost;hours,skill:sql@1\n");
    const Outcome ok =
        cli({QStringLiteral("import"), file("fine.csv"), QStringLiteral("--into"), QStringLiteral("Target")});
    ASSERT_EQ(ok.code, 0) << text(ok);
    ASSERT_EQ(cli({QStringLiteral("export"), QStringLiteral("Target"), QStringLiteral("--json"), file("t.json")}).code,
              0);
    const Outcome valid = cliOn({}, {QStringLiteral("validate"), file("t.json")});
    EXPECT_EQ(valid.code, 0) << text(valid);
}

TEST_F(StoreCommands, ExportsFormulaLikeTextNeutralisedAndImportsItBackUnchanged) {
    ASSERT_EQ(cli({QStringLiteral("import"), QStringLiteral(CAIRN_TEST_DATA "/../../../resources/catalogs/sample.json"),
                   QStringLiteral("--catalog-name"), QStringLiteral("Target")})
                  .code,
              0);
    // A hand-written file with cells a spreadsheet would run, neutralised as Cairn writes them.
    write(file("tricky.csv"), "id,title,provider,tags\n"
                              "tricky,\"'=HYPERLINK(\"\"http://evil.example\"\")\",\"'@provider\",\"'+plus;-minus\"\n");
    ASSERT_EQ(
        cli({QStringLiteral("import"), file("tricky.csv"), QStringLiteral("--into"), QStringLiteral("Target")}).code,
        0);
    ASSERT_EQ(cli({QStringLiteral("export"), QStringLiteral("Target"), QStringLiteral("--json"), file("t.json"),
                   QStringLiteral("--csv"), file("t.csv")})
                  .code,
              0);
    const QJsonArray credentials =
        QJsonDocument::fromJson(read(file("t.json"))).object().value(QStringLiteral("credentials")).toArray();
    QJsonObject tricky;
    for (const auto& c : credentials)
        if (c.toObject().value(QStringLiteral("id")).toString() == QStringLiteral("tricky"))
            tricky = c.toObject();
    EXPECT_EQ(tricky.value(QStringLiteral("title")).toString(), QStringLiteral("=HYPERLINK(\"http://evil.example\")"));
    EXPECT_EQ(tricky.value(QStringLiteral("provider")).toString(), QStringLiteral("@provider"));

    const QByteArray csv = read(file("t.csv"));
    EXPECT_TRUE(csv.contains("tricky,\"'=HYPERLINK(\"\"http://evil.example\"\")\",\"'@provider\""))
        << csv.toStdString();
    for (const QByteArray& line : csv.split('\n'))
        for (const QByteArray& cell : line.split(','))
            EXPECT_FALSE(cell.startsWith('=') || cell.startsWith('+') || cell.startsWith('-') || cell.startsWith('@'))
                << cell.toStdString();

    // Importing the export again changes nothing.
    ASSERT_EQ(cli({QStringLiteral("import"), file("t.csv"), QStringLiteral("--into"), QStringLiteral("Target")}).code,
              0);
    ASSERT_EQ(
        cli({QStringLiteral("export"), QStringLiteral("Target"), QStringLiteral("--csv"), file("again.csv")}).code, 0);
    EXPECT_EQ(read(file("again.csv")), csv);
}

TEST_F(StoreCommands, EveryDemoClientOfAFreshWorkspacePlans) {
    const Outcome listed = cli({QStringLiteral("clients"), QStringLiteral("list")});
    ASSERT_EQ(listed.code, 0) << text(listed);
    QStringList names;
    for (const QString& line : listed.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        names << line.section(QLatin1Char('\t'), 1, 1);
    ASSERT_GE(names.size(), 13) << text(listed);
    EXPECT_TRUE(names.contains(QStringLiteral("Maria Alvarez")));
    EXPECT_TRUE(names.contains(QStringLiteral("Jamal Robinson")));
    for (const QString& name : names) {
        const Outcome planned = cli({QStringLiteral("plan"), QStringLiteral("--client"), name});
        EXPECT_EQ(planned.code, 0) << name.toStdString() << ": " << text(planned);
    }
}

TEST_F(StoreCommands, SaysAFolderGivenAsTheDatabaseIsAFolder) {
    const Outcome o = cliOn(dir_.path(), {QStringLiteral("clients"), QStringLiteral("list")});
    EXPECT_EQ(o.code, 2);
    EXPECT_THAT(o.err.toStdString(), HasSubstr("is a folder"));
    EXPECT_THAT(o.err.toStdString(), testing::Not(HasSubstr("disk I/O error")));
}

TEST_F(StoreCommands, AClientPlansForAGoalOfTheirOwnAndHearsWhatNoCredentialTeaches) {
    const QString goal = file("analyst-goal.json");
    const Outcome made = cliOn({}, {QStringLiteral("goal"), QStringLiteral("from-occupation"),
                                    QStringLiteral("Data Analyst"), QStringLiteral("--out"), goal});
    ASSERT_EQ(made.code, 0) << text(made);

    const Outcome added = cli({QStringLiteral("clients"), QStringLiteral("add-goal"), QStringLiteral("Maria Alvarez"),
                               goal, QStringLiteral("--use")});
    ASSERT_EQ(added.code, 0) << text(added);
    EXPECT_THAT(added.out.toStdString(), HasSubstr("Added goal own:1 (data analyst)"));
    EXPECT_THAT(added.out.toStdString(), HasSubstr("It is now the goal Maria Alvarez plans for."));

    const Outcome shown = cli({QStringLiteral("clients"), QStringLiteral("show"), QStringLiteral("Maria Alvarez")});
    EXPECT_THAT(shown.out.toStdString(), HasSubstr("Goal:           own:1\n"));
    EXPECT_THAT(shown.out.toStdString(), HasSubstr("own:1  data analyst  (52 skills)"));

    // Her budget is short of what the taught skills cost: that, not the untaught ones, is why.
    const Outcome tight = cli({QStringLiteral("plan"), QStringLiteral("--client"), QStringLiteral("Maria Alvarez")});
    EXPECT_EQ(tight.code, 3) << text(tight);
    EXPECT_THAT(tight.out.toStdString(), HasSubstr("Goal: data analyst\n"));
    EXPECT_THAT(tight.out.toStdString(), HasSubstr("No plan: The budget is $1,500"));
    EXPECT_THAT(tight.out.toStdString(), HasSubstr("Left out of the plan, as no credential here teaches them"));

    const QString budget = QStringLiteral("--budget");
    const QString enough = QStringLiteral("10000");
    const Outcome planned =
        cli({QStringLiteral("plan"), QStringLiteral("--client"), QStringLiteral("Maria Alvarez"), budget, enough});
    ASSERT_EQ(planned.code, 0) << text(planned);
    EXPECT_THAT(planned.out.toStdString(), HasSubstr("which the goal 'data analyst' needs"));
    EXPECT_THAT(planned.out.toStdString(), HasSubstr("Left out of the plan, as no credential here teaches them"));
    EXPECT_THAT(cairn::test::untaughtList(planned.out, "Essential"), HasSubstr(", data mining, "));

    const Outcome json = cli({QStringLiteral("plan"), QStringLiteral("--client"), QStringLiteral("Maria Alvarez"),
                              budget, enough, QStringLiteral("--format"), QStringLiteral("json")});
    ASSERT_EQ(json.code, 0) << text(json);
    const QJsonObject planJson = QJsonDocument::fromJson(json.out.toUtf8()).object();
    EXPECT_EQ(planJson.value(QStringLiteral("goal")).toString(), QStringLiteral("own:1"));
    EXPECT_FALSE(planJson.value(QStringLiteral("untaught")).toArray().isEmpty());

    // The plan can be kept in the client's history like any other.
    const Outcome saved = cli({QStringLiteral("plan"), QStringLiteral("--client"), QStringLiteral("Maria Alvarez"),
                               budget, enough, QStringLiteral("--save")});
    ASSERT_EQ(saved.code, 0) << text(saved);
    EXPECT_THAT(saved.out.toStdString(), HasSubstr("Saved as plan"));

    ASSERT_EQ(cli({QStringLiteral("export-client"), QStringLiteral("Maria Alvarez"), QStringLiteral("--json"),
                   file("maria.json")})
                  .code,
              0);
    const QJsonObject client =
        QJsonDocument::fromJson(read(file("maria.json"))).object().value(QStringLiteral("client")).toObject();
    const QJsonArray goals = client.value(QStringLiteral("goals")).toArray();
    ASSERT_EQ(goals.size(), 1);
    EXPECT_EQ(goals[0].toObject().value(QStringLiteral("id")).toString(), QStringLiteral("own:1"));
    EXPECT_EQ(goals[0].toObject().value(QStringLiteral("title")).toString(), QStringLiteral("data analyst"));
}

TEST_F(StoreCommands, AGoalForAClientNeedsAGoalFileAndAClient) {
    const QString goal = file("goal.json");
    ASSERT_EQ(cliOn({}, {QStringLiteral("goal"), QStringLiteral("from-occupation"), QStringLiteral("Data Analyst"),
                         QStringLiteral("--out"), goal})
                  .code,
              0);
    const Outcome nobody = cli({QStringLiteral("clients"), QStringLiteral("add-goal"), QStringLiteral("Nobody"), goal});
    EXPECT_NE(nobody.code, 0);
    EXPECT_THAT(nobody.err.toStdString(), HasSubstr("There is no client named 'Nobody'"));

    write(file("bad.json"), "{\"format\": \"cairn-goal\", \"version\": 1}");
    const Outcome bad =
        cli({QStringLiteral("clients"), QStringLiteral("add-goal"), QStringLiteral("Maria Alvarez"), file("bad.json")});
    EXPECT_NE(bad.code, 0);
    EXPECT_THAT(bad.err.toStdString(), HasSubstr("bad.json"));

    const Outcome usage = cli({QStringLiteral("clients"), QStringLiteral("add-goal"), QStringLiteral("Maria Alvarez")});
    EXPECT_EQ(usage.code, 2);
    EXPECT_THAT(usage.err.toStdString(), HasSubstr("add-goal NAME FILE"));
    // Nothing was added by any of them.
    const Outcome shown = cli({QStringLiteral("clients"), QStringLiteral("show"), QStringLiteral("Maria Alvarez")});
    EXPECT_THAT(shown.out.toStdString(), HasSubstr("Own goals:      0\n"));
}

TEST_F(StoreCommands, AClientsOwnGoalIsRenamedAndRemovedAndItsSavedPlansKeepIt) {
    const QString goal = file("goal.json");
    ASSERT_EQ(cliOn({}, {QStringLiteral("goal"), QStringLiteral("from-occupation"), QStringLiteral("Data Analyst"),
                         QStringLiteral("--out"), goal})
                  .code,
              0);
    const QString maria = QStringLiteral("Maria Alvarez");
    ASSERT_EQ(cli({QStringLiteral("clients"), QStringLiteral("add-goal"), maria, goal, QStringLiteral("--use")}).code,
              0);
    const Outcome saved = cli({QStringLiteral("plan"), QStringLiteral("--client"), maria, QStringLiteral("--budget"),
                               QStringLiteral("10000"), QStringLiteral("--save")});
    ASSERT_EQ(saved.code, 0) << text(saved);

    const Outcome renamed = cli({QStringLiteral("clients"), QStringLiteral("rename-goal"), maria,
                                 QStringLiteral("own:1"), QStringLiteral("County data analyst")});
    ASSERT_EQ(renamed.code, 0) << text(renamed);
    EXPECT_THAT(renamed.out.toStdString(), HasSubstr("Goal own:1 is now called County data analyst."));
    EXPECT_THAT(cli({QStringLiteral("clients"), QStringLiteral("show"), maria}).out.toStdString(),
                HasSubstr("own:1  County data analyst  (52 skills)"));

    const Outcome empty = cli({QStringLiteral("clients"), QStringLiteral("rename-goal"), maria, QStringLiteral("own:1"),
                               QStringLiteral("  ")});
    EXPECT_EQ(empty.code, 1) << text(empty);
    const Outcome noGoal =
        cli({QStringLiteral("clients"), QStringLiteral("remove-goal"), maria, QStringLiteral("own:9")});
    EXPECT_EQ(noGoal.code, 2) << text(noGoal);
    EXPECT_THAT(noGoal.err.toStdString(), HasSubstr("Maria Alvarez has no goal 'own:9' of their own."));

    const Outcome removed =
        cli({QStringLiteral("clients"), QStringLiteral("remove-goal"), maria, QStringLiteral("own:1")});
    ASSERT_EQ(removed.code, 0) << text(removed);
    EXPECT_THAT(removed.out.toStdString(), HasSubstr("Removed goal own:1 from the client's own goals."));
    EXPECT_THAT(removed.out.toStdString(),
                HasSubstr("The saved plans for it (v1) keep the goal as it was when they were saved."));
    EXPECT_THAT(removed.out.toStdString(), HasSubstr("Maria Alvarez planned for it and has no goal chosen now."));
    const Outcome shown = cli({QStringLiteral("clients"), QStringLiteral("show"), maria});
    EXPECT_THAT(shown.out.toStdString(), HasSubstr("Goal:           -\n"));
    EXPECT_THAT(shown.out.toStdString(), HasSubstr("Own goals:      0\n"));
    EXPECT_THAT(shown.out.toStdString(), HasSubstr("Saved plans:    1\n"));

    const Outcome usage = cli({QStringLiteral("clients"), QStringLiteral("remove-goal"), maria});
    EXPECT_EQ(usage.code, 2);
    EXPECT_THAT(usage.err.toStdString(), HasSubstr("remove-goal NAME GOAL"));
}

TEST_F(StoreCommands, HistorySaysWhoChangedWhatAboutAClientNewestFirst) {
    const QString maria = QStringLiteral("Maria Alvarez");
    const Outcome none = cli({QStringLiteral("clients"), QStringLiteral("history"), maria});
    ASSERT_EQ(none.code, 0) << text(none);
    EXPECT_EQ(none.out, QStringLiteral("No recorded changes to Maria Alvarez yet.\n")) << "the seed is nobody's change";

    const QString goal = file("goal.json");
    ASSERT_EQ(cliOn({}, {QStringLiteral("goal"), QStringLiteral("from-occupation"), QStringLiteral("Data Analyst"),
                         QStringLiteral("--out"), goal})
                  .code,
              0);
    ASSERT_EQ(cli({QStringLiteral("clients"), QStringLiteral("add-goal"), maria, goal, QStringLiteral("--use")}).code,
              0);
    ASSERT_EQ(cli({QStringLiteral("plan"), QStringLiteral("--client"), maria, QStringLiteral("--budget"),
                   QStringLiteral("10000"), QStringLiteral("--save")})
                  .code,
              0);
    ASSERT_EQ(cli({QStringLiteral("clients"), QStringLiteral("rename-goal"), maria, QStringLiteral("own:1"),
                   QStringLiteral("County data analyst")})
                  .code,
              0);

    const Outcome history = cli({QStringLiteral("clients"), QStringLiteral("history"), maria});
    ASSERT_EQ(history.code, 0) << text(history);
    const QStringList lines = history.out.trimmed().split(QLatin1Char('\n'));
    ASSERT_GE(lines.size(), 4) << text(history);
    EXPECT_THAT(lines.front().toStdString(),
                HasSubstr("Changed the own goal own:1: the title from “data analyst” to “County data analyst”."));
    EXPECT_THAT(history.out.toStdString(), HasSubstr("Saved plan version 1"));
    EXPECT_THAT(history.out.toStdString(), HasSubstr("Added the own goal own:1, “data analyst”."));
    EXPECT_THAT(history.out.toStdString(), HasSubstr("Changed the goal from “Data Analyst” to “County data analyst”."))
        << "goals by their titles as they are now, not by their ids";
    const QRegularExpression dated(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d  \\S+  \\S"));
    for (const QString& line : lines)
        EXPECT_TRUE(dated.match(line).hasMatch()) << line.toStdString();

    const Outcome nobody = cli({QStringLiteral("clients"), QStringLiteral("history"), QStringLiteral("Nobody")});
    EXPECT_EQ(nobody.code, 2);
    EXPECT_THAT(nobody.err.toStdString(), HasSubstr("There is no client named 'Nobody'"));
}

TEST_F(StoreCommands, CatalogsListsTheCatalogsAndHistorySaysWhoChangedWhatInOne) {
    const Outcome listed = cli({QStringLiteral("catalogs"), QStringLiteral("list")});
    ASSERT_EQ(listed.code, 0) << text(listed);
    EXPECT_THAT(listed.out.toStdString(), HasSubstr("Cairn sample catalog"));
    EXPECT_THAT(listed.out.toStdString(), HasSubstr("32 credentials"));
    const QRegularExpression changedAt(QStringLiteral("\tchanged \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d\n"));
    EXPECT_TRUE(changedAt.match(listed.out).hasMatch()) << "local minutes, as in the histories: " << text(listed);
    const QString sample = QStringLiteral("Cairn sample catalog");
    const Outcome none = cli({QStringLiteral("catalogs"), QStringLiteral("history"), sample});
    ASSERT_EQ(none.code, 0) << text(none);
    EXPECT_EQ(none.out, QStringLiteral("No recorded changes to Cairn sample catalog yet.\n")) << "the seed is nobody's";

    // An editor changes one credential's cost; an import replaces another from a CSV file.
    {
        auto ws = cairn::store::Workspace::open(db()).value();
        const qint64 id = ws->findCatalog(sample).value();
        cairn::Catalog catalog = ws->loadCatalog(id).value();
        cairn::Credential edited = catalog.credentials.front();
        edited.cost = 25;
        ASSERT_TRUE(ws->saveCredential(id, edited).ok());
    }
    const QString csv = file("one.csv");
    ASSERT_EQ(cli({QStringLiteral("export"), sample, QStringLiteral("--csv"), csv}).code, 0);
    const QList<QByteArray> rows = read(csv).split('\n');
    write(csv, rows[0] + '\n' + rows[2] + '\n');
    ASSERT_EQ(cli({QStringLiteral("import"), csv, QStringLiteral("--into"), sample}).code, 0);

    const Outcome history = cli({QStringLiteral("catalogs"), QStringLiteral("history"), sample});
    ASSERT_EQ(history.code, 0) << text(history);
    const QStringList lines = history.out.trimmed().split(QLatin1Char('\n'));
    ASSERT_EQ(lines.size(), 2) << text(history);
    EXPECT_THAT(lines[0].toStdString(), HasSubstr("Imported 1 credential from “one.csv”.")) << "newest first";
    EXPECT_THAT(lines[1].toStdString(), HasSubstr("the cost from $0 to $25"));
    const QRegularExpression dated(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d  \\S+  \\S"));
    for (const QString& line : lines)
        EXPECT_TRUE(dated.match(line).hasMatch()) << line.toStdString();

    const Outcome one = cli({QStringLiteral("catalogs"), QStringLiteral("history"), sample, QStringLiteral("--limit"),
                             QStringLiteral("1")});
    EXPECT_EQ(one.out.trimmed().split(QLatin1Char('\n')).size(), 1) << text(one);
    const Outcome itemOnly = cli({QStringLiteral("catalogs"), QStringLiteral("history"), QStringLiteral("1"),
                                  QStringLiteral("--item"), QStringLiteral("khan-intro-sql")});
    ASSERT_EQ(itemOnly.code, 0) << text(itemOnly);
    EXPECT_THAT(itemOnly.out.toStdString(), HasSubstr("the cost from $0 to $25"));
    EXPECT_THAT(itemOnly.out.toStdString(), testing::Not(HasSubstr("Imported")));
    // In a file an import is one entry, which names the credentials it wrote.
    const QString imported = QString::fromUtf8(rows[2].left(rows[2].indexOf(',')));
    const Outcome importedOnly =
        cli({QStringLiteral("catalogs"), QStringLiteral("history"), sample, QStringLiteral("--item"), imported});
    ASSERT_EQ(importedOnly.code, 0) << text(importedOnly);
    EXPECT_EQ(importedOnly.out.trimmed().split(QLatin1Char('\n')).size(), 1) << text(importedOnly);
    EXPECT_THAT(importedOnly.out.toStdString(), HasSubstr("Imported 1 credential from “one.csv”."))
        << imported.toStdString();

    const Outcome nothing = cli({QStringLiteral("catalogs"), QStringLiteral("history"), QStringLiteral("Nothing")});
    EXPECT_EQ(nothing.code, 2);
    EXPECT_THAT(nothing.err.toStdString(), HasSubstr("There is no catalog named 'Nothing'"));
    const Outcome badLimit = cli({QStringLiteral("catalogs"), QStringLiteral("history"), sample,
                                  QStringLiteral("--limit"), QStringLiteral("0")});
    EXPECT_EQ(badLimit.code, 2);
    EXPECT_THAT(badLimit.err.toStdString(), HasSubstr("--limit must be a whole number from 1 to 100000, not 0."));
    EXPECT_EQ(cli({QStringLiteral("catalogs")}).code, 2);
}
