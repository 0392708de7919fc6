// Copying a workspace's catalogs and clients to another: a file to this suite's back end (a file,
// or a server in cairn_store_postgres_tests) and back; all or nothing, conflicts by name.
#include "store_fixtures.h"
#include "workspace_backends.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <cairn/store/workspace_transfer.h>
#include <gtest/gtest.h>

using namespace cairn;
using namespace cairn::store;
using namespace cairn::store::test;

namespace {

SkillGoal ownGoal() {
    SkillGoal g;
    g.title = "County data analyst";
    g.skills = {{"http://data.europa.eu/esco/skill/sql", "SQL", 2, true, {}}};
    return g;
}

class WorkspaceTransfer : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir_.isValid());
        local_ = openOrFail(dir_.filePath(QStringLiteral("local.sqlite")), quiet());
        ASSERT_TRUE(local_);
        catalog_ = local_->addCatalog(richCatalog(), QStringLiteral("Rich")).value();
        // An edit, so that the catalog's revision label counts one.
        Credential changed = local_->loadCatalog(catalog_).value().credentials.front();
        changed.cost += 10;
        ASSERT_TRUE(local_->saveCredential(catalog_, changed).ok());
        amal_ = addClient(*local_, QStringLiteral("Amal Haddad"), catalog_);
        ASSERT_TRUE(local_->saveClientGoal(amal_, ownGoal()).ok());
        const qint64 first = savePlan(*local_, amal_, QStringLiteral("First try"));
        savePlan(*local_, amal_, QStringLiteral("With the budget"));
        ASSERT_TRUE(local_->addNote(amal_, QStringLiteral("Prefers evenings.")).ok());
        ASSERT_TRUE(local_->addNote(amal_, QStringLiteral("Too expensive."), first).ok());
        ben_ = addClient(*local_, QStringLiteral("Ben Okafor"), std::nullopt);
        target_ = openOrFail(backend().location(QStringLiteral("transfer")), quiet());
        ASSERT_TRUE(target_);
    }

    qint64 addClient(Workspace& ws, const QString& name, std::optional<qint64> catalog) {
        Client c;
        c.name = name;
        c.contact = name.section(QLatin1Char(' '), 0, 0).toLower() + QStringLiteral("@example.org");
        c.catalogId = catalog;
        c.profile.name = name.toStdString();
        c.profile.goal = "analyst";
        c.profile.budget = 1500;
        return ws.addClient(c).value();
    }

    qint64 savePlan(Workspace& ws, qint64 client, const QString& title) {
        SavedPlanInputs in;
        in.catalogId = ws.client(client).value().catalogId;
        in.profile = ws.client(client).value().profile;
        in.goal = "own:1";
        return ws.savePlan(client, in, samplePlan(), title, QStringLiteral("a note")).value();
    }

    static qint64 idOf(const Workspace& ws, const QString& name) { return ws.findClient(name).value(); }
    /// The client as exported, without the audit trail: a copy's trail is its own, beginning
    /// with the copy (nobody may write a server's trail but its triggers).
    static QJsonObject exportedOf(const Workspace& ws, const QString& name) {
        QJsonObject doc = QJsonDocument::fromJson(ws.exportClientJson(idOf(ws, name)).value()).object();
        doc.remove(QStringLiteral("audit"));
        return doc;
    }

    /// The client's notes as the other workspace must have them: text, date, and the version of
    /// the plan each is about.
    static std::vector<std::tuple<QString, QString, int>> notesOf(const Workspace& ws, const QString& name) {
        const qint64 id = idOf(ws, name);
        std::vector<std::tuple<QString, QString, int>> out;
        for (const ClientNote& n : ws.notes(id).value())
            out.emplace_back(n.text, n.createdAt, n.planId ? ws.plan(*n.planId).value().summary.version : 0);
        return out;
    }

    TransferReport copy(const Workspace& from, Workspace& to, bool dryRun = false) {
        auto report = transferWorkspace(from, to, TransferOptions{dryRun});
        EXPECT_TRUE(report.ok()) << (report.ok() ? std::string() : describe(report.error()));
        return report.ok() ? *report : TransferReport{};
    }

    QTemporaryDir dir_;
    std::unique_ptr<Workspace> local_;
    std::unique_ptr<Workspace> target_;
    qint64 catalog_ = 0;
    qint64 amal_ = 0;
    qint64 ben_ = 0;
};

} // namespace

TEST_F(WorkspaceTransfer, CopiesCatalogsAndClientsWithTheirHistory) {
    const TransferReport report = copy(*local_, *target_);
    EXPECT_TRUE(report.written);
    EXPECT_EQ(report.copiedCatalogs, QStringList{QStringLiteral("Rich")});
    EXPECT_EQ(report.copiedClients, (QStringList{QStringLiteral("Amal Haddad"), QStringLiteral("Ben Okafor")}));
    EXPECT_EQ(report.copiedPlans, 2);
    EXPECT_EQ(report.copiedNotes, 2);
    EXPECT_EQ(report.copiedGoals, 1);
    EXPECT_TRUE(report.conflicts.empty());

    const qint64 theirCatalog = target_->findCatalog(QStringLiteral("Rich")).value();
    EXPECT_EQ(target_->exportCatalogJson(theirCatalog).value(), local_->exportCatalogJson(catalog_).value());
    EXPECT_EQ(target_->catalogSummary(theirCatalog)->revision, local_->catalogSummary(catalog_)->revision);
    for (const QString& name : {QStringLiteral("Amal Haddad"), QStringLiteral("Ben Okafor")}) {
        EXPECT_EQ(exportedOf(*target_, name), exportedOf(*local_, name)) << name.toStdString();
        const auto trail = target_->clientAudit(idOf(*target_, name)).value();
        ASSERT_FALSE(trail.empty());
        EXPECT_EQ(trail.back().subject, io::AuditEntry::Subject::Client) << "the copy is the client's first entry";
        EXPECT_EQ(trail.back().kind, io::AuditEntry::Kind::Added);
        EXPECT_EQ(notesOf(*target_, name), notesOf(*local_, name));
    }
    // The target's own ids: the client's and the plans' catalog is the target's catalog.
    const Client amal = target_->client(idOf(*target_, QStringLiteral("Amal Haddad"))).value();
    EXPECT_EQ(amal.catalogId, theirCatalog);
    for (const SavedPlanSummary& s : target_->plans(amal.id).value())
        EXPECT_EQ(target_->plan(s.id)->inputs.catalogId, theirCatalog);
}

TEST_F(WorkspaceTransfer, WhatIsThereAlreadyIsSkipped) {
    ASSERT_TRUE(copy(*local_, *target_).written);
    const TransferReport again = copy(*local_, *target_);
    EXPECT_TRUE(again.copiedCatalogs.isEmpty());
    EXPECT_TRUE(again.copiedClients.isEmpty());
    EXPECT_EQ(again.sameCatalogs, QStringList{QStringLiteral("Rich")});
    EXPECT_EQ(again.sameClients, (QStringList{QStringLiteral("Amal Haddad"), QStringLiteral("Ben Okafor")}));
    EXPECT_TRUE(again.conflicts.empty());
    EXPECT_EQ(target_->clients()->size(), 2u);
}

TEST_F(WorkspaceTransfer, AClientWhoDiffersIsAConflictAndNothingIsCopied) {
    ASSERT_TRUE(copy(*local_, *target_).written);
    savePlan(*local_, amal_, QStringLiteral("A third"));
    addClient(*local_, QStringLiteral("Chen Wei"), catalog_);
    Client ben = local_->client(ben_).value();
    ben.contact = QStringLiteral("ben@elsewhere.example");
    ASSERT_TRUE(local_->updateClient(ben).ok());

    const TransferReport report = copy(*local_, *target_);
    EXPECT_FALSE(report.written);
    ASSERT_EQ(report.conflicts.size(), 2u);
    EXPECT_EQ(report.conflicts[0].name, QStringLiteral("Amal Haddad"));
    EXPECT_EQ(report.conflicts[0].differs.code, Message::Code::TransferPlanCountDiffers);
    EXPECT_EQ(report.conflicts[0].differs.args[0].value, 2);
    EXPECT_EQ(report.conflicts[0].differs.args[1].value, 3);
    EXPECT_EQ(report.conflicts[1].name, QStringLiteral("Ben Okafor"));
    EXPECT_EQ(report.conflicts[1].differs.code, Message::Code::TransferClientDiffers);
    EXPECT_EQ(report.copiedClients, QStringList{QStringLiteral("Chen Wei")}); // would have been
    // Nothing written: not the new client, not the third plan.
    EXPECT_FALSE(target_->findClient(QStringLiteral("Chen Wei")).ok());
    EXPECT_EQ(target_->plans(idOf(*target_, QStringLiteral("Amal Haddad")))->size(), 2u);
}

TEST_F(WorkspaceTransfer, ACatalogOfTheSameNameWithOtherContentIsAConflict) {
    Catalog other = richCatalog();
    other.credentials.pop_back();
    ASSERT_TRUE(target_->addCatalog(other, QStringLiteral("Rich")).ok());
    const TransferReport report = copy(*local_, *target_);
    EXPECT_FALSE(report.written);
    ASSERT_EQ(report.conflicts.size(), 1u);
    EXPECT_EQ(report.conflicts[0].kind, TransferConflict::Kind::Catalog);
    EXPECT_EQ(report.conflicts[0].name, QStringLiteral("Rich"));
    EXPECT_EQ(report.conflicts[0].differs.code, Message::Code::TransferCatalogDiffers);
    EXPECT_TRUE(target_->clients()->empty());
}

TEST_F(WorkspaceTransfer, ADryRunSaysWhatItWouldDoAndWritesNothing) {
    const TransferReport report = copy(*local_, *target_, true);
    EXPECT_FALSE(report.written);
    EXPECT_EQ(report.copiedClients.size(), 2);
    EXPECT_EQ(report.copiedPlans, 2);
    EXPECT_TRUE(target_->clients()->empty());
    EXPECT_TRUE(target_->catalogs()->empty());
}

TEST_F(WorkspaceTransfer, ClientsOfOneNameCannotBeMatched) {
    addClient(*local_, QStringLiteral("Ben Okafor"), std::nullopt);
    const TransferReport report = copy(*local_, *target_);
    EXPECT_FALSE(report.written);
    ASSERT_EQ(report.conflicts.size(), 1u);
    EXPECT_EQ(report.conflicts[0].differs.code, Message::Code::TransferNameShared);
    EXPECT_EQ(report.conflicts[0].differs.args[0].value, 2);
}

TEST_F(WorkspaceTransfer, CopiesBackIntoANewFile) {
    ASSERT_TRUE(copy(*local_, *target_).written);
    auto pulled = openOrFail(dir_.filePath(QStringLiteral("pulled.sqlite")), quiet());
    ASSERT_TRUE(pulled);
    const TransferReport report = copy(*target_, *pulled);
    EXPECT_TRUE(report.written);
    EXPECT_EQ(report.copiedClients.size(), 2);
    for (const QString& name : {QStringLiteral("Amal Haddad"), QStringLiteral("Ben Okafor")}) {
        EXPECT_EQ(exportedOf(*pulled, name), exportedOf(*local_, name));
        EXPECT_EQ(notesOf(*pulled, name), notesOf(*local_, name));
    }
    EXPECT_TRUE(copy(*local_, *pulled).conflicts.empty());
}

TEST_F(WorkspaceTransfer, AWorkspaceIsNotCopiedOntoItself) {
    auto same = transferWorkspace(*target_, *target_, TransferOptions{});
    ASSERT_FALSE(same.ok());
    EXPECT_EQ(same.error().kind, Error::Kind::Invalid);
    EXPECT_EQ(same.error().what.code, Message::Code::TransferSameWorkspace);
}

TEST_F(WorkspaceTransfer, AMissingFileIsNotCreatedWhenItMustBeThere) {
    Workspace::Options options = quiet();
    options.create = false;
    const QString missing = dir_.filePath(QStringLiteral("missing.sqlite"));
    auto ws = Workspace::open(missing, options);
    ASSERT_FALSE(ws.ok());
    EXPECT_EQ(ws.error().kind, Error::Kind::NotFound);
    EXPECT_EQ(ws.error().what.code, Message::Code::WorkspaceMissing);
    EXPECT_FALSE(QFileInfo::exists(missing));
}
