// `plan --ctdl FILE`: the plan as a CTDL pathway, written like the other exports ("-" is standard
// output, a file that cannot be written is said and costs no other export), and the fields the
// Credential Registry requires that Cairn does not know are named, never made up.
#include "cli_run.h"

#include <QDir>
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

using Outcome = cairn::test::CliRun;
using cairn::test::cli;
using cairn::test::data;
using cairn::test::read;

QStringList planArguments() {
    return {QStringLiteral("plan"), QStringLiteral("--catalog"), data("valid-catalog.json"),
            QStringLiteral("--profile"), data("profile.json")};
}

class CtdlExport : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir.isValid());
        previous = QDir::currentPath();
        QDir::setCurrent(dir.path());
    }
    void TearDown() override { QDir::setCurrent(previous); }
    QString file(const char* name) const { return dir.filePath(QLatin1String(name)); }

    QTemporaryDir dir;
    QString previous;
};

} // namespace

TEST_F(CtdlExport, DashWritesThePathwayAloneToStandardOutput) {
    const Outcome r = cli(planArguments() << QStringLiteral("--ctdl") << QStringLiteral("-"));
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonObject pathway = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(pathway.value(QStringLiteral("@type")).toString(), QStringLiteral("ceterms:Pathway"));
    EXPECT_TRUE(pathway.value(QStringLiteral("ceterms:ctid")).toString().startsWith(QStringLiteral("ce-")));
    EXPECT_THAT(r.out.toStdString(), Not(HasSubstr("Plan: optimal"))); // the file and nothing else
    EXPECT_FALSE(QFile::exists(file("-")));
    // What the Registry requires and nobody gave is said, on standard error.
    EXPECT_THAT(r.err.toStdString(), HasSubstr("standard output lacks what the Credential Registry requires"));
    EXPECT_THAT(r.err.toStdString(), HasSubstr("ceterms:ownedBy of the pathway"));
    EXPECT_THAT(r.err.toStdString(), HasSubstr("ceterms:subjectWebpage of the pathway"));
    EXPECT_FALSE(pathway.contains(QStringLiteral("ceterms:ownedBy")));
}

TEST_F(CtdlExport, ThePublishersFieldsAreWrittenAsGivenAndNothingIsSaidMissing) {
    const QString owner =
        QStringLiteral("https://credentialengineregistry.org/resources/ce-0c8f0a1e-1111-4222-8333-444455556666");
    const QString page = QStringLiteral("https://example.org/pathways/junior-analyst");
    const Outcome r =
        cli(planArguments() << QStringLiteral("--ctdl") << file("p.jsonld") << QStringLiteral("--ctdl-owner") << owner
                            << QStringLiteral("--ctdl-webpage") << page);
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_THAT(r.err.toStdString(), Not(HasSubstr("lacks")));
    const QJsonObject pathway = QJsonDocument::fromJson(read(file("p.jsonld"))).object();
    EXPECT_EQ(pathway.value(QStringLiteral("ceterms:ownedBy")).toArray().at(0).toString(), owner);
    EXPECT_EQ(pathway.value(QStringLiteral("ceterms:subjectWebpage")).toString(), page);
    // The same plan gives the same document.
    const Outcome again =
        cli(planArguments() << QStringLiteral("--ctdl") << file("q.jsonld") << QStringLiteral("--ctdl-owner") << owner
                            << QStringLiteral("--ctdl-webpage") << page);
    ASSERT_EQ(again.code, 0);
    EXPECT_EQ(read(file("p.jsonld")), read(file("q.jsonld")));
}

TEST_F(CtdlExport, AFileThatCannotBeWrittenIsSaidAndTheOtherExportsAreStillWritten) {
    const QString missingFolder = file("no-such-folder/p.jsonld");
    const Outcome r = cli(planArguments() << QStringLiteral("--ctdl") << missingFolder << QStringLiteral("--json")
                                          << file("plan.json"));
    EXPECT_EQ(r.code, 2);
    EXPECT_THAT(r.err.toStdString(),
                HasSubstr("Cannot write " + QDir::toNativeSeparators(missingFolder).toStdString()));
    EXPECT_FALSE(QFile::exists(missingFolder));
    EXPECT_TRUE(QFile::exists(file("plan.json")));
}

TEST_F(CtdlExport, OnlyOneExportCanGoToStandardOutput) {
    const Outcome r = cli(planArguments() << QStringLiteral("--ctdl") << QStringLiteral("-") << QStringLiteral("--json")
                                          << QStringLiteral("-"));
    EXPECT_EQ(r.code, 2);
    EXPECT_THAT(r.err.toStdString(), HasSubstr("--json and --ctdl say"));
}

TEST_F(CtdlExport, ThePublishersFieldsMustBeAbsoluteIris) {
    for (const char* option : {"--ctdl-owner", "--ctdl-webpage"}) {
        const Outcome r = cli(planArguments() << QStringLiteral("--ctdl") << file("p.jsonld") << QLatin1String(option)
                                              << QStringLiteral("example.org/us"));
        EXPECT_EQ(r.code, 2) << option;
        EXPECT_THAT(r.err.toStdString(), HasSubstr(std::string(option) + " needs an absolute IRI"));
        EXPECT_FALSE(QFile::exists(file("p.jsonld")));
    }
}

TEST_F(CtdlExport, ImportedIntoTheCatalogItCameFromThePathwayIsTheSameGoal) {
    const QString db = file("workspace.sqlite");
    const QString career = QStringLiteral("Cairn career catalog"); // cairn-catalog.json, in every workspace
    auto exportCatalog = [&](const char* name) {
        const Outcome r = cli(
            {QStringLiteral("export"), career, QStringLiteral("--json"), file(name), QStringLiteral("--database"), db});
        EXPECT_EQ(r.code, 0) << r.err.toStdString();
        return QJsonDocument::fromJson(read(file(name))).object();
    };
    const QJsonObject before = exportCatalog("before.json");
    const Outcome exported =
        cli({QStringLiteral("plan"), QStringLiteral("--catalog"), file("before.json"), QStringLiteral("--profile"),
             QStringLiteral(CAIRN_RESOURCES "/profiles/jamal-retail-to-it-support.json"), QStringLiteral("--goal"),
             QStringLiteral("it-support-technician"), QStringLiteral("--ctdl"), file("p.jsonld")});
    ASSERT_EQ(exported.code, 0) << exported.err.toStdString();
    const Outcome imported = cli({QStringLiteral("import-ctdl"), file("p.jsonld"), QStringLiteral("--into"), career,
                                  QStringLiteral("--database"), db});
    ASSERT_EQ(imported.code, 0) << imported.err.toStdString() << imported.out.toStdString();
    EXPECT_THAT(imported.out.toStdString(), HasSubstr("Imported 0 credentials, 0 skills and 1 goal"));
    const QJsonObject after = exportCatalog("after.json");

    // The pathway is the goal it was written from: the same id, title, description and requirement
    // (skill levels, the "at least 2 of" group, the catalog's skill ids), in place of itself.
    EXPECT_EQ(after.value(QStringLiteral("goals")), before.value(QStringLiteral("goals")));
    // The catalog's skills and credentials are left as they were.
    EXPECT_EQ(after.value(QStringLiteral("skills")), before.value(QStringLiteral("skills")));
    EXPECT_EQ(after.value(QStringLiteral("credentials")), before.value(QStringLiteral("credentials")));
}

TEST_F(CtdlExport, ASavedPlanIsExportedAsAPathwayToo) {
    const QString db = file("ws.sqlite");
    const Outcome saved = cli({QStringLiteral("plan"), QStringLiteral("--client"), QStringLiteral("Aisha Okafor"),
                               QStringLiteral("--save"), QStringLiteral("--database"), db});
    ASSERT_EQ(saved.code, 0) << saved.err.toStdString();
    const Outcome r = cli({QStringLiteral("plans"), QStringLiteral("export"), QStringLiteral("1"),
                           QStringLiteral("--ctdl"), QStringLiteral("-"), QStringLiteral("--ctdl-webpage"),
                           QStringLiteral("https://example.org/aisha"), QStringLiteral("--database"), db});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QJsonObject pathway = QJsonDocument::fromJson(r.out.toUtf8()).object();
    EXPECT_EQ(pathway.value(QStringLiteral("@type")).toString(), QStringLiteral("ceterms:Pathway"));
    EXPECT_EQ(pathway.value(QStringLiteral("ceterms:subjectWebpage")).toString(),
              QStringLiteral("https://example.org/aisha"));
    // Only the publisher is still missing, and that is said.
    EXPECT_THAT(r.err.toStdString(), HasSubstr("lacks what the Credential Registry requires"));
    EXPECT_THAT(r.err.toStdString(), HasSubstr("ceterms:ownedBy of the pathway"));
    EXPECT_THAT(r.err.toStdString(), Not(HasSubstr("subjectWebpage")));
}
