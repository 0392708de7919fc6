// No lost updates: two advisors (two Workspace objects, two connections) on one workspace read
// the same row, one saves, and the other's save over the version it read is refused, with
// nothing of it written. Runs on both back ends.
#include "store_fixtures.h"
#include "workspace_backends.h"

#include <QByteArray>
#include <cairn/engine/message.h>
#include <gtest/gtest.h>

using namespace cairn;
using namespace cairn::store;
using namespace cairn::store::test;

namespace {

class WorkspaceVersions : public ::testing::Test {
protected:
    void SetUp() override {
        const QString place = backend().location(QStringLiteral("versions"));
        a_ = openOrFail(place, quiet());
        ASSERT_TRUE(a_);
        catalog_ = a_->addCatalog(richCatalog(), QStringLiteral("Rich")).value();
        Client c;
        c.name = QStringLiteral("Maria Alvarez");
        c.contact = QStringLiteral("maria@example.org");
        c.catalogId = catalog_;
        c.profile.goal = "analyst";
        maria_ = a_->addClient(c).value();
        SavedPlanInputs inputs;
        inputs.catalogId = catalog_;
        inputs.goal = "analyst";
        plan_ = a_->savePlan(maria_, inputs, samplePlan(), QStringLiteral("Cheapest")).value();
        b_ = openOrFail(place, quiet()); // the second advisor, on their own connection
        ASSERT_TRUE(b_);
    }

    static void expectStale(const Error& e, Message::Code code) {
        EXPECT_EQ(e.kind, Error::Kind::Stale) << describe(e);
        EXPECT_EQ(e.what.code, code) << describe(e);
        EXPECT_TRUE(e.message.contains(QStringLiteral("nothing was saved"))) << describe(e);
    }

    std::unique_ptr<Workspace> a_, b_;
    qint64 catalog_ = 0;
    qint64 maria_ = 0;
    qint64 plan_ = 0;
};

} // namespace

TEST_F(WorkspaceVersions, NewRowsStartAtVersionOne) {
    EXPECT_EQ(a_->client(maria_)->rowVersion, 1);
    EXPECT_EQ(a_->plans(maria_)->front().rowVersion, 1);
    EXPECT_EQ(a_->catalogSummary(catalog_)->rowVersion, 1);
    const CatalogItemVersions items = a_->itemVersions(catalog_).value();
    EXPECT_EQ(items.credentials.size(), richCatalog().credentials.size());
    EXPECT_EQ(items.skills.size(), richCatalog().skills.size());
    for (const auto& [id, version] : items.credentials)
        EXPECT_EQ(version, 1) << id;
}

TEST_F(WorkspaceVersions, AStaleClientSaveIsRefusedAndWritesNothing) {
    Client mine = a_->client(maria_).value();
    Client theirs = b_->client(maria_).value();
    mine.contact = QStringLiteral("+1 555 0100");
    auto saved = a_->updateClient(mine);
    ASSERT_TRUE(saved.ok()) << describe(saved.error());
    EXPECT_EQ(saved.value(), 2);

    theirs.contact = QStringLiteral("maria.alvarez@example.org");
    theirs.profile.hoursPerWeek = 4;
    auto refused = b_->updateClient(theirs);
    ASSERT_FALSE(refused.ok());
    expectStale(refused.error(), Message::Code::ClientChangedMeanwhile);
    EXPECT_EQ(refused.error().message,
              QStringLiteral("Maria Alvarez was changed by someone else since you opened this client; nothing was "
                             "saved."));
    Client stored = b_->client(maria_).value();
    EXPECT_EQ(stored.contact, mine.contact);
    EXPECT_EQ(stored.profile.hoursPerWeek, mine.profile.hoursPerWeek);
    EXPECT_EQ(stored.rowVersion, 2);

    // Read again, the second advisor's save goes through, as the next version.
    stored.contact = theirs.contact;
    auto again = b_->updateClient(stored);
    ASSERT_TRUE(again.ok()) << describe(again.error());
    EXPECT_EQ(again.value(), 3);
    EXPECT_EQ(a_->client(maria_)->contact, theirs.contact);
}

TEST_F(WorkspaceVersions, SavingAClientDeletedMeanwhileSaysSo) {
    Client theirs = b_->client(maria_).value();
    ASSERT_TRUE(a_->deleteClient(maria_).ok());
    theirs.contact = QStringLiteral("gone");
    auto refused = b_->updateClient(theirs);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, Error::Kind::NotFound);
    EXPECT_EQ(refused.error().what.code, Message::Code::ClientDeletedMeanwhile);
    EXPECT_EQ(b_->client(maria_).error().kind, Error::Kind::NotFound); // not written back
}

TEST_F(WorkspaceVersions, AStalePlanNoteIsRefused) {
    const SavedPlanSummary mine = a_->plans(maria_)->front();
    const SavedPlanSummary theirs = b_->plans(maria_)->front();
    ASSERT_TRUE(a_->setPlanNote(mine.id, QStringLiteral("Agreed with Maria"), mine.rowVersion).ok());
    auto refused = b_->setPlanNote(theirs.id, QStringLiteral("Waiting for funding"), theirs.rowVersion);
    ASSERT_FALSE(refused.ok());
    expectStale(refused.error(), Message::Code::PlanChangedMeanwhile);
    EXPECT_EQ(refused.error().message, QStringLiteral("Version 1 of Maria Alvarez's saved plan was changed by someone "
                                                      "else since you opened it; nothing was saved."));
    const SavedPlanSummary stored = b_->plans(maria_)->front();
    EXPECT_EQ(stored.note, QStringLiteral("Agreed with Maria"));
    auto again = b_->setPlanNote(stored.id, QStringLiteral("Waiting for funding"), stored.rowVersion);
    ASSERT_TRUE(again.ok()) << describe(again.error());
    EXPECT_EQ(again.value(), stored.rowVersion + 1);
    EXPECT_EQ(a_->plan(plan_)->summary.note, QStringLiteral("Waiting for funding"));

    ASSERT_TRUE(a_->deletePlan(plan_).ok());
    auto gone = b_->setPlanNote(plan_, QStringLiteral("late"), again.value());
    ASSERT_FALSE(gone.ok());
    EXPECT_EQ(gone.error().kind, Error::Kind::NotFound);
    EXPECT_EQ(gone.error().what.code, Message::Code::PlanDeletedMeanwhile);
}

TEST_F(WorkspaceVersions, AStaleCredentialEditIsRefused) {
    const int read = b_->itemVersions(catalog_)->credentials.at("intro-sql");
    Credential mine = a_->loadCatalog(catalog_)->credentials[0];
    ASSERT_EQ(mine.id, "intro-sql");
    Credential theirs = mine;
    mine.cost = 59;
    auto saved = a_->saveCredential(catalog_, mine, a_->itemVersions(catalog_)->credentials.at("intro-sql"));
    ASSERT_TRUE(saved.ok()) << describe(saved.error());
    EXPECT_EQ(saved.value(), read + 1);

    theirs.title = "Intro to SQL (evenings)";
    auto refused = b_->saveCredential(catalog_, theirs, read);
    ASSERT_FALSE(refused.ok());
    expectStale(refused.error(), Message::Code::CredentialChangedMeanwhile);
    const Catalog stored = b_->loadCatalog(catalog_).value();
    EXPECT_EQ(stored.credentials[0], mine); // still the first advisor's, in its place
    const int now = b_->itemVersions(catalog_)->credentials.at("intro-sql");
    EXPECT_EQ(now, read + 1);
    auto again = b_->saveCredential(catalog_, theirs, now);
    ASSERT_TRUE(again.ok()) << describe(again.error());
    EXPECT_EQ(a_->loadCatalog(catalog_)->credentials[0].title, theirs.title);
}

TEST_F(WorkspaceVersions, ACredentialDeletedMeanwhileIsNotWrittenBack) {
    const int read = b_->itemVersions(catalog_)->credentials.at("viz");
    Credential viz = b_->loadCatalog(catalog_)->credentials[2];
    ASSERT_EQ(viz.id, "viz");
    ASSERT_TRUE(a_->deleteCredential(catalog_, "viz").ok());
    viz.cost = 10;
    auto refused = b_->saveCredential(catalog_, viz, read);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().kind, Error::Kind::NotFound);
    EXPECT_EQ(refused.error().what.code, Message::Code::CredentialDeletedMeanwhile);
    EXPECT_FALSE(a_->loadCatalog(catalog_)->findCredential("viz"));
}

TEST_F(WorkspaceVersions, ImportsAndMergesMoveVersionsOnSoOlderReadsStayStale) {
    const int read = b_->itemVersions(catalog_)->credentials.at("intro-sql");
    // A CSV import replaces the credential row by id; its version still moves on.
    const QByteArray csv = a_->exportCatalogCsv(catalog_).value();
    ASSERT_TRUE(a_->importCredentialsCsv(catalog_, csv, QStringLiteral("same.csv")).ok());
    Credential c = b_->loadCatalog(catalog_)->credentials[0];
    c.cost = 1;
    expectStale(b_->saveCredential(catalog_, c, read).error(), Message::Code::CredentialChangedMeanwhile);

    const int afterImport = b_->itemVersions(catalog_)->credentials.at("intro-sql");
    EXPECT_GT(afterImport, read);
    const int skillRead = b_->itemVersions(catalog_)->skills.at("sql");
    Catalog additions;
    additions.skills = {Skill{"excel", "Excel", "", "", "", "Data"}};
    ASSERT_TRUE(a_->mergeIntoCatalog(catalog_, additions, QStringLiteral("more.json")).ok());
    expectStale(b_->saveCredential(catalog_, c, afterImport).error(), Message::Code::CredentialChangedMeanwhile);
    expectStale(b_->saveSkill(catalog_, Skill{"sql", "SQL!", "", "", "", "Data"}, skillRead).error(),
                Message::Code::SkillChangedMeanwhile);
}

TEST_F(WorkspaceVersions, AStaleSkillEditIsRefused) {
    const int read = b_->itemVersions(catalog_)->skills.at("sql");
    auto saved = a_->saveSkill(catalog_, Skill{"sql", "SQL (A)", "", "", "", "Data"}, read);
    ASSERT_TRUE(saved.ok()) << describe(saved.error());
    EXPECT_EQ(saved.value(), read + 1);
    auto refused = b_->saveSkill(catalog_, Skill{"sql", "SQL (B)", "", "", "", "Data"}, read);
    ASSERT_FALSE(refused.ok());
    expectStale(refused.error(), Message::Code::SkillChangedMeanwhile);
    const Catalog stored = b_->loadCatalog(catalog_).value();
    EXPECT_EQ(stored.skills.front().name, "SQL (A)"); // kept its place, and the first advisor's words
    ASSERT_TRUE(b_->saveSkill(catalog_, Skill{"sql", "SQL (B)", "", "", "", "Data"}, saved.value()).ok());
    EXPECT_EQ(a_->loadCatalog(catalog_)->skills.front().name, "SQL (B)");
}

TEST_F(WorkspaceVersions, AStaleCatalogRenameIsRefused) {
    const int mine = a_->catalogSummary(catalog_)->rowVersion;
    const int theirs = b_->catalogSummary(catalog_)->rowVersion;
    ASSERT_TRUE(a_->renameCatalog(catalog_, QStringLiteral("Data track"), mine).ok());
    auto refused = b_->renameCatalog(catalog_, QStringLiteral("Analyst track"), theirs);
    ASSERT_FALSE(refused.ok());
    expectStale(refused.error(), Message::Code::CatalogChangedMeanwhile);
    EXPECT_TRUE(refused.error().message.contains(QStringLiteral("'Data track'"))) << describe(refused.error());
    EXPECT_EQ(b_->catalogSummary(catalog_)->name, QStringLiteral("Data track"));
    auto again = b_->renameCatalog(catalog_, QStringLiteral("Analyst track"), b_->catalogSummary(catalog_)->rowVersion);
    ASSERT_TRUE(again.ok()) << describe(again.error());
    EXPECT_EQ(a_->catalogSummary(catalog_)->name, QStringLiteral("Analyst track"));

    // A credential edit counts in the catalog's revision but is not a rename: no conflict.
    Credential c = a_->loadCatalog(catalog_)->credentials[0];
    c.cost = 5;
    ASSERT_TRUE(a_->saveCredential(catalog_, c, a_->itemVersions(catalog_)->credentials.at(c.id)).ok());
    EXPECT_TRUE(b_->renameCatalog(catalog_, QStringLiteral("Track"), again.value()).ok());

    ASSERT_TRUE(a_->deleteCatalog(catalog_).ok());
    auto gone = b_->renameCatalog(catalog_, QStringLiteral("Late"), again.value() + 1);
    ASSERT_FALSE(gone.ok());
    EXPECT_EQ(gone.error().kind, Error::Kind::NotFound);
    EXPECT_EQ(gone.error().what.code, Message::Code::CatalogDeletedMeanwhile);
}

TEST_F(WorkspaceVersions, TwoAdvisorsAddingNotesNeverConflict) {
    // Notes are only ever added: each advisor's goes in, whatever the other wrote meanwhile.
    for (int i = 0; i < 5; ++i) {
        ASSERT_TRUE(a_->addNote(maria_, QStringLiteral("A %1").arg(i)).ok());
        ASSERT_TRUE(b_->addNote(maria_, QStringLiteral("B %1").arg(i), plan_).ok());
    }
    const auto notes = a_->notes(maria_).value();
    ASSERT_EQ(notes.size(), 10u);
    QStringList texts;
    for (const auto& n : notes)
        texts << n.text;
    for (int i = 0; i < 5; ++i) {
        EXPECT_TRUE(texts.contains(QStringLiteral("A %1").arg(i)));
        EXPECT_TRUE(texts.contains(QStringLiteral("B %1").arg(i)));
    }
    // Adding a note is no edit of the client: a client read before still saves.
    Client c = b_->client(maria_).value();
    ASSERT_TRUE(a_->addNote(maria_, QStringLiteral("one more")).ok());
    c.contact = QStringLiteral("new");
    EXPECT_TRUE(b_->updateClient(c).ok());
}

TEST_F(WorkspaceVersions, AStaleEditOfAClientsOwnGoalIsRefused) {
    SkillGoal goal;
    goal.title = "Data analyst";
    goal.skills = {{"http://data.europa.eu/esco/skill/sql", "SQL", 3, true, {}}};
    const std::string id = a_->saveClientGoal(maria_, goal).value();
    const ClientGoal theirs = b_->clientGoals(maria_)->front();
    EXPECT_EQ(theirs.rowVersion, 1);
    ASSERT_TRUE(a_->renameClientGoal(maria_, id, "Health data analyst").ok());
    EXPECT_EQ(a_->clientGoals(maria_)->front().rowVersion, 2);

    SkillGoal edited = theirs.goal;
    edited.title = "Analyst";
    auto refused = b_->saveClientGoal(maria_, edited, id, theirs.rowVersion);
    ASSERT_FALSE(refused.ok());
    expectStale(refused.error(), Message::Code::ClientGoalChangedMeanwhile);
    EXPECT_EQ(refused.error().message, QStringLiteral("Maria Alvarez's goal own:1 was changed by someone else since "
                                                      "you opened it; nothing was saved."));
    EXPECT_EQ(b_->clientGoals(maria_)->front().goal.title, "Health data analyst");
    ASSERT_TRUE(b_->saveClientGoal(maria_, edited, id, 2).ok());
    EXPECT_EQ(a_->clientGoals(maria_)->front().goal.title, "Analyst");

    ASSERT_TRUE(a_->deleteClientGoal(maria_, id).ok());
    auto gone = b_->saveClientGoal(maria_, edited, id, 3);
    ASSERT_FALSE(gone.ok());
    EXPECT_EQ(gone.error().kind, Error::Kind::NotFound);
    EXPECT_EQ(gone.error().what.code, Message::Code::ClientGoalDeletedMeanwhile);
    EXPECT_TRUE(a_->clientGoals(maria_)->empty()); // not written back
}
