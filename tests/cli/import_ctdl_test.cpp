// `cairn-cli import-ctdl`: Credential Engine's sample documents (tests/io/data/interop) into a
// workspace, the report it prints, and what it refuses.
#include "cli_run.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace {

using namespace Qt::Literals::StringLiterals;
using cairn::test::cli;
using testing::HasSubstr;

QString samples() {
    return QDir::cleanPath(QStringLiteral(CAIRN_TEST_DATA) + u"/../../io/data/interop/ctdl"_s);
}

class ImportCtdl : public ::testing::Test {
protected:
    QTemporaryDir dir_;
    QString db() const { return dir_.filePath(u"workspace.sqlite"_s); }
    QString file(const QString& name) const { return dir_.filePath(name); }
    void write(const QString& path, const QByteArray& bytes) {
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
};

TEST_F(ImportCtdl, EverySampleImportsIntoACatalogThatValidates) {
    const auto r = cli({u"import-ctdl"_s, samples(), u"--database"_s, db()});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    // The Registry's JSON Schemas sit beside the samples, as in the Registry's own folders: they
    // are no CTDL, are listed, and cost the samples nothing.
    EXPECT_THAT(r.out.toStdString(), HasSubstr("CTDL import: 23 of 25 files read; 2 could not be imported."));
    EXPECT_THAT(r.out.toStdString(), HasSubstr("schema/pathway.json:1:1: the document is not a CTDL node"));
    EXPECT_THAT(r.out.toStdString(), HasSubstr("Imported 45 credentials"));
    EXPECT_THAT(r.out.toStdString(), HasSubstr("into catalog 'CTDL import'"));
    EXPECT_THAT(r.out.toStdString(),
                HasSubstr("LearningOpportunity_160_Driving_Academy_published.json:5:3: @graph[0]: (credential "
                          "ce-f8885b28-134d-4188-8c86-063aadff14ea) LearningOpportunityProfile “160 Driving Academy” "
                          "became this credential."));
    const auto exported =
        cli({u"export"_s, u"CTDL import"_s, u"--json"_s, file(u"ctdl.json"_s), u"--database"_s, db()});
    ASSERT_EQ(exported.code, 0) << exported.err.toStdString();
    const auto valid = cli({u"validate"_s, file(u"ctdl.json"_s)});
    EXPECT_EQ(valid.code, 0) << valid.out.toStdString() << valid.err.toStdString();
}

TEST_F(ImportCtdl, AddsToACatalogInItsCurrencyAndWritesTheReport) {
    const auto r = cli(
        {u"import-ctdl"_s, samples() + u"/registry_assistant/LearningOpportunity_160_Driving_Academy_published.json"_s,
         u"--into"_s, u"Cairn sample catalog"_s, u"--report"_s, file(u"report.txt"_s), u"--database"_s, db()});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_THAT(r.out.toStdString(), HasSubstr("into catalog 'Cairn sample catalog'"));
    QFile report(file(u"report.txt"_s));
    ASSERT_TRUE(report.open(QIODevice::ReadOnly));
    const QString written = QString::fromUtf8(report.readAll());
    EXPECT_TRUE(r.out.startsWith(written));
    EXPECT_THAT(written.toStdString(),
                HasSubstr("Of several durations, PT160H was taken (hours of effort before calendar time); also given: "
                          "P4W."));
    const auto exported = cli({u"export"_s, u"Cairn sample catalog"_s, u"--csv"_s, u"-"_s, u"--database"_s, db()});
    EXPECT_THAT(exported.out.toStdString(), HasSubstr("ce-f8885b28-134d-4188-8c86-063aadff14ea,160 Driving Academy"));
}

TEST_F(ImportCtdl, ATargetAlreadyInTheCatalogIsNotReplacedByAPlaceholder) {
    write(file(u"a.json"_s), R"({"@type": "ceterms:Course", "ceterms:ctid": "ce-00000000-0000-4000-8000-000000000001",
        "ceterms:name": "Course A", "ceterms:estimatedCost": {"ceterms:price": 10, "ceterms:currency": "USD"}})");
    write(file(u"b.json"_s),
          R"({"@type": "ceterms:Certificate", "ceterms:ctid": "ce-00000000-0000-4000-8000-000000000002",
        "ceterms:name": "Certificate B", "ceterms:requires": {"ceterms:targetLearningOpportunity":
        "https://credentialengineregistry.org/resources/ce-00000000-0000-4000-8000-000000000001"}})");
    ASSERT_EQ(cli({u"import-ctdl"_s, file(u"a.json"_s), u"--catalog-name"_s, u"Mine"_s, u"--database"_s, db()}).code,
              0);
    const auto r = cli({u"import-ctdl"_s, file(u"b.json"_s), u"--into"_s, u"Mine"_s, u"--database"_s, db()});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_THAT(r.out.toStdString(), testing::Not(HasSubstr("placeholder")));
    const auto csv = cli({u"export"_s, u"Mine"_s, u"--csv"_s, u"-"_s, u"--database"_s, db()});
    EXPECT_THAT(csv.out.toStdString(), HasSubstr("ce-00000000-0000-4000-8000-000000000001,Course A,,,10,"));
    EXPECT_THAT(csv.out.toStdString(), HasSubstr("cred:ce-00000000-0000-4000-8000-000000000001"));
}

TEST_F(ImportCtdl, ReportOnStandardOutputIsPrintedOnce) {
    const auto r = cli({u"import-ctdl"_s, samples() + u"/registry_fixtures/2_import.json"_s, u"--report"_s, u"-"_s,
                        u"--database"_s, db()});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(r.out.count(u"CTDL import: 1 of 1 file read"_s), 1);
    EXPECT_THAT(r.err.toStdString(), HasSubstr("Imported 1 credential,"));
    EXPECT_THAT(r.out.toStdString(), testing::Not(HasSubstr("Imported 1 credential,")));
}

TEST_F(ImportCtdl, FilesThatFailAreListedAndTheRestImports) {
    write(file(u"broken.json"_s), "{\"@type\": \"ceterms:Course\",\n \"ceterms:name\": \"TBD\"}");
    write(file(u"two.json"_s), "{\"@type\": \"ceterms:Course\"}\n{}");
    const auto r =
        cli({u"import-ctdl"_s, dir_.path(), samples() + u"/registry_fixtures/2_import.json"_s, u"--database"_s, db()});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_THAT(r.out.toStdString(), HasSubstr("CTDL import: 1 of 3 files read; 2 could not be imported."));
    EXPECT_THAT(r.out.toStdString(), HasSubstr("broken.json:2:18: ceterms:name: \"TBD\" stands in for a value"));
    EXPECT_THAT(r.out.toStdString(), HasSubstr("two.json:2:1: "));
    EXPECT_THAT(r.out.toStdString(), HasSubstr("Imported 1 credential,"));
}

TEST_F(ImportCtdl, NothingReadableChangesNothing) {
    write(file(u"broken.json"_s), "{");
    const auto r = cli({u"import-ctdl"_s, file(u"broken.json"_s), u"--database"_s, db()});
    EXPECT_EQ(r.code, 2);
    EXPECT_THAT(r.err.toStdString(), HasSubstr("no file could be imported; nothing changed"));
    const auto list = cli({u"export"_s, u"CTDL import"_s, u"--json"_s, u"-"_s, u"--database"_s, db()});
    EXPECT_NE(list.code, 0);
}

TEST_F(ImportCtdl, AnInvalidCatalogIsRefusedWhole) {
    write(file(u"self.json"_s), R"({"@id": "_:a", "@type": "ceterms:Course", "ceterms:name": "Loop",
        "ceterms:requires": {"@type": "ceterms:ConditionProfile", "ceterms:targetLearningOpportunity": "_:a"}})");
    const auto r = cli({u"import-ctdl"_s, file(u"self.json"_s), u"--database"_s, db()});
    EXPECT_EQ(r.code, 1);
    EXPECT_THAT(r.err.toStdString(), HasSubstr("was not added because it has errors"));
    EXPECT_THAT(r.err.toStdString(), HasSubstr("requires itself"));
}

TEST_F(ImportCtdl, UsageErrors) {
    EXPECT_EQ(cli({u"import-ctdl"_s, u"--database"_s, db()}).code, 2);
    const auto both =
        cli({u"import-ctdl"_s, samples(), u"--into"_s, u"x"_s, u"--catalog-name"_s, u"y"_s, u"--database"_s, db()});
    EXPECT_EQ(both.code, 2);
    EXPECT_THAT(both.err.toStdString(), HasSubstr("give one of them"));
}

} // namespace
