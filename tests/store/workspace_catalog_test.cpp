// Catalogs in the workspace: lossless round trips, all-or-nothing imports, edits, hostile text.
#include "store_fixtures.h"
#include "workspace_backends.h"

#include <cairn/engine/validation.h>
#include <cairn/io/catalog_json.h>
#include <cairn/io/catalog_rules.h>
#include <cairn/store/credential_csv.h>
#include <cairn/text/load_words.h>
#include <gtest/gtest.h>
#include <set>
#include <synthetic_catalog.h>

using namespace cairn;
using namespace cairn::store;
using namespace cairn::store::test;

namespace {

class WorkspaceCatalog : public ::testing::Test {
protected:
    void SetUp() override {
        ws_ = openOrFail(backend().location(QStringLiteral("catalogs")), quiet());
        ASSERT_TRUE(ws_);
    }
    std::unique_ptr<Workspace> ws_;
};

/// The catalog's skills and programs only: its goals could not be reached without credentials.
Catalog skillsAndPrograms(Catalog c) {
    c.credentials.clear();
    c.goals.clear();
    return c;
}

} // namespace

TEST_F(WorkspaceCatalog, JsonToDatabaseToCatalogIsLossless) {
    const Catalog rich = richCatalog();
    ASSERT_FALSE(hasErrors(validate(rich)));
    auto id = ws_->importCatalogJson(io::writeCatalog(rich), QStringLiteral("rich.json"), {});
    ASSERT_TRUE(id.ok()) << describe(id.error());
    auto loaded = ws_->loadCatalog(*id);
    ASSERT_TRUE(loaded.ok()) << describe(loaded.error());
    EXPECT_EQ(*loaded, rich);
    EXPECT_EQ(ws_->exportCatalogJson(*id).value(), io::writeCatalog(rich));
}

TEST_F(WorkspaceCatalog, TheBundledSampleCatalogRoundTrips) {
    auto sample = io::readCatalogFile(QStringLiteral(CAIRN_SAMPLE_CATALOG));
    ASSERT_TRUE(sample.ok());
    auto id = ws_->importCatalogJson(QStringLiteral(CAIRN_SAMPLE_CATALOG), QStringLiteral("My copy"));
    ASSERT_TRUE(id.ok()) << describe(id.error());
    EXPECT_EQ(ws_->loadCatalog(*id).value(), *sample.value);
    EXPECT_EQ(ws_->findCatalog(QStringLiteral("My copy")).value(), *id);
}

TEST_F(WorkspaceCatalog, GeneratedCatalogsRoundTrip) {
    int checked = 0;
    for (std::uint32_t seed = 1; seed <= 25; ++seed) {
        synthetic::RandomCatalogOptions options;
        options.cohorts = seed % 2 == 0;
        options.creditsGoal = seed % 3 == 0;
        const Catalog c = synthetic::randomCatalog(seed, options);
        if (hasErrors(validate(c)))
            continue;
        auto id = ws_->addCatalog(c, QStringLiteral("generated %1").arg(seed));
        ASSERT_TRUE(id.ok()) << describe(id.error());
        EXPECT_EQ(ws_->loadCatalog(*id).value(), c) << "seed " << seed;
        ++checked;
    }
    EXPECT_GT(checked, 10);
}

TEST_F(WorkspaceCatalog, CsvToDatabaseToCsvIsLossless) {
    const Catalog rich = richCatalog();
    const QByteArray csv = writeCredentialCsv(rich.credentials);
    auto id = ws_->addCatalog(skillsAndPrograms(rich), QStringLiteral("from csv"));
    ASSERT_TRUE(id.ok()) << describe(id.error());
    auto imported = ws_->importCredentialsCsv(*id, csv, QStringLiteral("rich.csv"));
    ASSERT_TRUE(imported.ok()) << describe(imported.error());
    EXPECT_EQ(*imported, 3);
    EXPECT_EQ(ws_->loadCatalog(*id)->credentials, rich.credentials);
    EXPECT_EQ(ws_->exportCatalogCsv(*id).value(), csv);
}

TEST_F(WorkspaceCatalog, CsvImportReplacesByIdInPlaceAndAppendsNewOnes) {
    const qint64 id = ws_->addCatalog(richCatalog()).value();
    const QByteArray csv = "id,title,cost,hours,grants\n"
                           "intro-sql,Intro to SQL (2027 edition),59,14,sql@1\n"
                           "advanced-sql,Advanced SQL,300,40,sql@3\n";
    ASSERT_TRUE(ws_->importCredentialsCsv(id, csv, QStringLiteral("update.csv")).ok());
    const Catalog c = ws_->loadCatalog(id).value();
    ASSERT_EQ(c.credentials.size(), 4u);
    EXPECT_EQ(c.credentials[0].title, "Intro to SQL (2027 edition)");
    EXPECT_EQ(c.credentials[0].cost, 59);
    EXPECT_TRUE(c.credentials[0].tags.empty()); // a row replaces the whole credential
    EXPECT_EQ(c.credentials[3].id, "advanced-sql");
    EXPECT_EQ(ws_->catalogSummary(id)->revision, QStringLiteral("2026.3+1"));
}

TEST_F(WorkspaceCatalog, AFailingImportChangesNothingAndReportsEveryProblem) {
    const qint64 id = ws_->addCatalog(richCatalog()).value();
    const Catalog before = ws_->loadCatalog(id).value();
    const auto summaryBefore = ws_->catalogSummary(id).value();
    const QByteArray csv = "id,title,cost,hours,grants,requires\n"
                           "good-one,Fine,10,5,sql@1,\n"              // line 2: fine on its own
                           "intro-sql,Replaced,abc,5,sql@1,\n"        // line 3: cost is not a number
                           "needs-ghost,Ghost,10,5,ghost@1,\n"        // line 4: unknown skill (validation)
                           "broken-req,Broken,10,5,sql@1,\"any(\"\n"; // line 5: requirement does not parse
    auto result = ws_->importCredentialsCsv(id, csv, QStringLiteral("bad.csv"));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, Error::Kind::Invalid);
    EXPECT_TRUE(result.error().message.contains(QStringLiteral("Nothing was imported from bad.csv")));
    std::set<int> lines;
    for (const auto& p : result.error().problems) {
        EXPECT_EQ(p.file, QStringLiteral("bad.csv"));
        EXPECT_GT(p.column, 0) << cairn::text::LoadWords::english().line(p).toStdString();
        lines.insert(p.line);
    }
    EXPECT_EQ(lines, (std::set<int>{3, 4, 5}));
    EXPECT_EQ(ws_->loadCatalog(id).value(), before);
    EXPECT_EQ(ws_->catalogSummary(id).value(), summaryBefore);
}

TEST_F(WorkspaceCatalog, AnImportThatOnlyFailsValidationPointsAtItsRow) {
    const qint64 id = ws_->addCatalog(richCatalog()).value();
    const QByteArray csv = "id,title,requires\n"
                           "fine,Fine,skill:sql@1\n"
                           "loop,Loop,cred:loop\n";
    auto result = ws_->importCredentialsCsv(id, csv, QStringLiteral("loop.csv"));
    ASSERT_FALSE(result.ok());
    ASSERT_FALSE(result.error().problems.empty());
    for (const auto& p : result.error().problems) {
        EXPECT_EQ(p.line, 3) << cairn::text::LoadWords::english().line(p).toStdString();
        EXPECT_EQ(p.column, 1);
    }
    EXPECT_EQ(ws_->loadCatalog(id)->credentials.size(), 3u);
}

TEST_F(WorkspaceCatalog, AnInvalidJsonCatalogIsRefusedWithItsProblems) {
    Catalog broken = richCatalog();
    broken.credentials[0].grants.push_back({"no-such-skill", 1});
    auto result = ws_->importCatalogJson(io::writeCatalog(broken), QStringLiteral("broken.json"), {});
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().kind, Error::Kind::Invalid);
    ASSERT_FALSE(result.error().problems.empty());
    EXPECT_EQ(result.error().problems[0].file, QStringLiteral("broken.json"));
    EXPECT_TRUE(ws_->catalogs()->empty());

    auto unreadable =
        ws_->importCatalogJson(QByteArray("{\"format\": \"cairn-catalog\", "), QStringLiteral("cut.json"), {});
    ASSERT_FALSE(unreadable.ok());
    EXPECT_FALSE(unreadable.error().problems.empty());
}

TEST_F(WorkspaceCatalog, NamesAreUniqueAndCatalogsCanBeRenamedAndDeleted) {
    const qint64 first = ws_->addCatalog(richCatalog(), QStringLiteral("Mine")).value();
    auto again = ws_->addCatalog(richCatalog(), QStringLiteral("Mine"));
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().kind, Error::Kind::Conflict);
    ASSERT_TRUE(ws_->renameCatalog(first, QStringLiteral("Renamed"), ws_->catalogSummary(first)->rowVersion).ok());
    EXPECT_EQ(ws_->findCatalog(QStringLiteral("Renamed")).value(), first);
    EXPECT_EQ(ws_->loadCatalog(first)->name, richCatalog().name); // the catalog's own name stays
    ASSERT_TRUE(ws_->deleteCatalog(first).ok());
    EXPECT_EQ(ws_->findCatalog(QStringLiteral("Renamed")).error().kind, Error::Kind::NotFound);
    EXPECT_EQ(ws_->loadCatalog(first).error().kind, Error::Kind::NotFound);
}

TEST_F(WorkspaceCatalog, CredentialsAndSkillsAreEditedOneAtATime) {
    const qint64 id = ws_->addCatalog(richCatalog()).value();
    Credential added;
    added.id = "sql-2";
    added.title = "SQL II";
    added.grants = {{"sql", 2}};
    added.prerequisites = Requirement::credential("intro-sql");
    ASSERT_TRUE(ws_->saveCredential(id, added).ok());
    Credential changed = richCatalog().credentials[2];
    changed.cost = 15;
    ASSERT_TRUE(ws_->saveCredential(id, changed).ok());
    Catalog c = ws_->loadCatalog(id).value();
    ASSERT_EQ(c.credentials.size(), 4u);
    EXPECT_EQ(c.credentials[2], changed);
    EXPECT_EQ(c.credentials[3], added);

    // Edits follow the format's rules as files do: an id, and no deeper nesting than a file holds.
    Credential badId = added;
    badId.id = "sql 3";
    EXPECT_EQ(ws_->saveCredential(id, badId).error().kind, Error::Kind::Invalid);
    Credential deep = added;
    deep.id = "deep";
    for (int i = 0; i <= io::kMaxRequirementGroups; ++i)
        deep.prerequisites = Requirement::all({deep.prerequisites});
    auto tooDeep = ws_->saveCredential(id, deep);
    ASSERT_FALSE(tooDeep.ok());
    EXPECT_TRUE(tooDeep.error().message.contains(QStringLiteral("nests groups"))) << describe(tooDeep.error());
    EXPECT_EQ(ws_->loadCatalog(id)->credentials.size(), 4u);

    // intro-sql is still required by sql-2: deleting it would break the catalog.
    auto refused = ws_->deleteCredential(id, "intro-sql");
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, Error::Kind::Invalid);
    EXPECT_FALSE(refused.error().problems.empty());
    ASSERT_TRUE(ws_->deleteCredential(id, "sql-2").ok());
    EXPECT_EQ(ws_->deleteCredential(id, "sql-2").error().kind, Error::Kind::NotFound);

    ASSERT_TRUE(ws_->saveSkill(id, Skill{"excel", "Excel", "", "Microsoft Excel", "", "Data"}).ok());
    ASSERT_TRUE(ws_->saveSkill(id, Skill{"sql", "SQL (renamed)", "", "", "", "Data"}).ok());
    c = ws_->loadCatalog(id).value();
    EXPECT_EQ(c.skills.front().name, "SQL (renamed)");
    EXPECT_EQ(c.skills.back().id, "excel");
    EXPECT_FALSE(ws_->deleteSkill(id, "sql").ok()); // granted and required by credentials
    ASSERT_TRUE(ws_->deleteSkill(id, "excel").ok());
    EXPECT_EQ(ws_->loadCatalog(id)->skills.size(), 4u);
    EXPECT_EQ(ws_->catalogSummary(id)->revision, QStringLiteral("2026.3+6"));
}

TEST_F(WorkspaceCatalog, HostileAndUnicodeTextIsStoredAsText) {
    const QString hostile = QStringLiteral("Robert'); DROP TABLE clients;--");
    Catalog c = richCatalog();
    c.credentials[0].title = hostile.toStdString();
    const qint64 id = ws_->addCatalog(c, hostile).value();
    EXPECT_EQ(ws_->findCatalog(hostile).value(), id);
    EXPECT_EQ(ws_->loadCatalog(id)->credentials[0].title, hostile.toStdString());

    const QStringList names = {hostile, QStringLiteral("王小明"), QStringLiteral("فاطمة الزهراء"),
                               QStringLiteral("Zoë 🚀✨"), QStringLiteral("\" OR 1=1 --")};
    for (const QString& name : names) {
        Client client;
        client.name = name;
        client.notes = name + QStringLiteral(" — notes");
        client.profile.name = name.toStdString();
        ASSERT_TRUE(ws_->addClient(client).ok()) << name.toStdString();
    }
    auto clients = ws_->clients();
    ASSERT_TRUE(clients.ok()) << describe(clients.error());
    ASSERT_EQ(clients->size(), static_cast<std::size_t>(names.size()));
    for (const QString& name : names) {
        auto found = ws_->findClient(name);
        ASSERT_TRUE(found.ok()) << name.toStdString();
        const Client back = ws_->client(*found).value();
        EXPECT_EQ(back.name, name);
        EXPECT_EQ(back.notes, name + QStringLiteral(" — notes"));
        EXPECT_EQ(back.profile.name, name.toStdString());
    }
    ASSERT_TRUE(ws_->catalogs().ok());
}

TEST_F(WorkspaceCatalog, AHeaderAloneImportsNothingAndKeepsTheRevision) {
    const qint64 id = ws_->addCatalog(richCatalog()).value();
    auto result = ws_->importCredentialsCsv(id, "id,title\r\n", QStringLiteral("empty.csv"));
    ASSERT_TRUE(result.ok()) << describe(result.error());
    EXPECT_EQ(*result, 0);
    EXPECT_EQ(ws_->catalogSummary(id)->revision, QStringLiteral("2026.3"));
    auto empty = ws_->importCredentialsCsv(id, QByteArray(), QStringLiteral("nothing.csv"));
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(empty.error().problems.size(), 1u);
    EXPECT_EQ(empty.error().problems[0].line, 1);
}

TEST_F(WorkspaceCatalog, MergeReplacesItemsInPlaceAndAddsNewOnesAtTheEnd) {
    const Catalog rich = richCatalog();
    auto id = ws_->addCatalog(rich, QStringLiteral("Merge target"));
    ASSERT_TRUE(id.ok()) << describe(id.error());
    Catalog additions;
    Credential changed = rich.credentials.front();
    changed.title = "Intro to SQL, second edition";
    changed.cost = 59;
    Credential added;
    added.id = "ce-00000000-0000-4000-8000-000000000001";
    added.title = "Imported";
    added.grants = {{"imported-skill", 2}};
    additions.credentials = {changed, added};
    additions.skills = {{"imported-skill", "Imported skill", "", "", "", ""}};
    auto merged = ws_->mergeIntoCatalog(*id, additions, QStringLiteral("ctdl.json"));
    ASSERT_TRUE(merged.ok()) << describe(merged.error());
    const Catalog after = ws_->loadCatalog(*id).value();
    ASSERT_EQ(after.credentials.size(), rich.credentials.size() + 1);
    EXPECT_EQ(after.credentials.front(), changed); // kept its place
    EXPECT_EQ(after.credentials.back(), added);
    EXPECT_EQ(after.skills.back().id, "imported-skill");
    EXPECT_EQ(after.goals, rich.goals);
    EXPECT_EQ(ws_->catalogSummary(*id)->revision, QStringLiteral("2026.3+1"));
}

TEST_F(WorkspaceCatalog, MergeThatWouldBreakTheCatalogChangesNothing) {
    const Catalog rich = richCatalog();
    auto id = ws_->addCatalog(rich, QStringLiteral("Merge target"));
    ASSERT_TRUE(id.ok()) << describe(id.error());
    Catalog additions;
    Credential broken;
    broken.id = "broken";
    broken.title = "Needs what is not there";
    broken.prerequisites = Requirement::credential("nowhere");
    additions.credentials = {broken};
    auto merged = ws_->mergeIntoCatalog(*id, additions, QStringLiteral("ctdl.json"));
    ASSERT_FALSE(merged.ok());
    EXPECT_EQ(merged.error().kind, Error::Kind::Invalid);
    EXPECT_NE(describe(merged.error()).find("Nothing was imported from ctdl.json"), std::string::npos);
    EXPECT_EQ(ws_->loadCatalog(*id).value(), rich);
}
