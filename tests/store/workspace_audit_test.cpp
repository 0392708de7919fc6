// The audit trail: who changed which client, plan or catalog entry, when, from what to what. The
// database records it (triggers), on both back ends; these tests read it back through the store.
#include "store_fixtures.h"
#include "workspace_backends.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cairn/io/audit_import.h>
#include <cairn/store/workspace.h>
#include <gtest/gtest.h>
#include <map>

using namespace cairn;
using namespace cairn::store;
using namespace cairn::store::test;
using Entry = io::AuditEntry;

namespace {

class WorkspaceAudit : public ::testing::Test {
protected:
    void SetUp() override {
        address_ = backend().location(QStringLiteral("audit"));
        ws_ = openOrFail(address_, quiet());
        ASSERT_TRUE(ws_);
        catalog_ = ws_->addCatalog(richCatalog(), QStringLiteral("Rich")).value();
        Client c;
        c.name = QStringLiteral("Amal Haddad");
        c.contact = QStringLiteral("amal@example.org");
        c.catalogId = catalog_;
        c.profile.goal = "analyst";
        c.profile.budget = 2000;
        amal_ = ws_->addClient(c).value();
    }

    std::vector<Entry> trail(qint64 client) {
        auto entries = ws_->clientAudit(client);
        EXPECT_TRUE(entries.ok()) << (entries.ok() ? std::string() : entries.error().toString().toStdString());
        return entries.ok() ? *entries : std::vector<Entry>{};
    }

    QString address_;
    std::unique_ptr<Workspace> ws_;
    qint64 catalog_ = 0;
    qint64 amal_ = 0;
};

} // namespace

TEST_F(WorkspaceAudit, AddingAClientIsRecordedWithWhoAndWhen) {
    const auto entries = trail(amal_);
    ASSERT_EQ(entries.size(), 1u);
    const Entry& added = entries.front();
    EXPECT_EQ(added.subject, Entry::Subject::Client);
    EXPECT_EQ(added.kind, Entry::Kind::Added);
    EXPECT_EQ(added.item, QString::number(amal_));
    EXPECT_FALSE(added.actor.isEmpty());
    const QDateTime at = QDateTime::fromString(added.at, Qt::ISODateWithMs);
    ASSERT_TRUE(at.isValid()) << added.at.toStdString();
    EXPECT_LE(std::abs(at.secsTo(QDateTime::currentDateTimeUtc())), 60);
    ASSERT_NE(added.field(QStringLiteral("name")), nullptr);
    EXPECT_EQ(added.field(QStringLiteral("name"))->after.toString(), QStringLiteral("Amal Haddad"));
}

TEST_F(WorkspaceAudit, AnEditRecordsOnlyWhatChangedFromWhatToWhatInsideTheProfileToo) {
    Client c = ws_->client(amal_).value();
    c.contact = QStringLiteral("+44 20 7946 0000");
    c.profile.budget = 3500;
    c.profile.hoursPerWeek = 12;
    ASSERT_TRUE(ws_->updateClient(c).ok());

    const auto entries = trail(amal_);
    ASSERT_EQ(entries.size(), 2u);
    const Entry& edit = entries.front(); // newest first
    EXPECT_EQ(edit.kind, Entry::Kind::Changed);
    ASSERT_EQ(edit.fields.size(), 3u) << "contact, profile.budget, profile.hoursPerWeek";
    const auto* contact = edit.field(QStringLiteral("contact"));
    ASSERT_NE(contact, nullptr);
    EXPECT_EQ(contact->before.toString(), QStringLiteral("amal@example.org"));
    EXPECT_EQ(contact->after.toString(), QStringLiteral("+44 20 7946 0000"));
    const auto* budget = edit.field(QStringLiteral("profile.budget"));
    ASSERT_NE(budget, nullptr);
    EXPECT_EQ(budget->before.toDouble(), 2000);
    EXPECT_EQ(budget->after.toDouble(), 3500);
    EXPECT_NE(edit.field(QStringLiteral("profile.hoursPerWeek")), nullptr);
}

TEST_F(WorkspaceAudit, ASaveThatChangesNothingAddsNoEntry) {
    Client c = ws_->client(amal_).value();
    ASSERT_TRUE(ws_->updateClient(c).ok()); // only the row's version moves
    EXPECT_EQ(trail(amal_).size(), 1u);
}

TEST_F(WorkspaceAudit, PlansNotesAndOwnGoalsAreInTheClientsTrail) {
    SavedPlanInputs inputs;
    inputs.catalogId = catalog_;
    inputs.goal = "analyst";
    const qint64 plan = ws_->savePlan(amal_, inputs, samplePlan(), QStringLiteral("Cheapest")).value();
    const int version = ws_->plans(amal_).value().front().rowVersion;
    ASSERT_TRUE(ws_->setPlanNote(plan, QStringLiteral("Agreed with Amal."), version).ok());
    const qint64 note = ws_->addNote(amal_, QStringLiteral("Prefers evening classes.")).value();
    ASSERT_TRUE(ws_->deleteNote(note).ok());
    SkillGoal goal;
    goal.title = "Data analyst (own)";
    goal.skills = {WantedSkill{"http://data.europa.eu/esco/skill/sql", "SQL", 2, true, ""}};
    const std::string goalId = ws_->saveClientGoal(amal_, goal).value();

    const auto entries = trail(amal_);
    ASSERT_EQ(entries.size(), 6u);
    EXPECT_EQ(entries[0].subject, Entry::Subject::OwnGoal);
    EXPECT_EQ(entries[0].kind, Entry::Kind::Added);
    EXPECT_EQ(entries[0].item, QString::fromStdString(goalId));
    EXPECT_EQ(entries[1].subject, Entry::Subject::Note);
    EXPECT_EQ(entries[1].kind, Entry::Kind::Removed);
    EXPECT_EQ(entries[1].field(QStringLiteral("text"))->before.toString(), QStringLiteral("Prefers evening classes."));
    EXPECT_EQ(entries[2].subject, Entry::Subject::Note);
    EXPECT_EQ(entries[2].kind, Entry::Kind::Added);
    EXPECT_EQ(entries[3].subject, Entry::Subject::Plan);
    EXPECT_EQ(entries[3].kind, Entry::Kind::Changed);
    EXPECT_EQ(entries[3].item, QStringLiteral("1")) << "a plan is named by its version";
    ASSERT_EQ(entries[3].fields.size(), 1u);
    EXPECT_EQ(entries[3].fields[0].name, QStringLiteral("note"));
    EXPECT_EQ(entries[3].fields[0].after.toString(), QStringLiteral("Agreed with Amal."));
    EXPECT_EQ(entries[4].subject, Entry::Subject::Plan);
    EXPECT_EQ(entries[4].kind, Entry::Kind::Added);
    EXPECT_EQ(entries[4].field(QStringLiteral("title"))->after.toString(), QStringLiteral("Cheapest"));
    EXPECT_EQ(entries[4].field(QStringLiteral("result")), nullptr) << "a plan's result is not copied into the trail";
}

TEST_F(WorkspaceAudit, TheGoalsAClientMayChooseAreTitledFromTheirCatalogAndTheirOwn) {
    SkillGoal goal;
    goal.title = "Data analyst (own)";
    const std::string own = ws_->saveClientGoal(amal_, goal).value();
    auto titles = ws_->goalTitles(amal_);
    ASSERT_TRUE(titles.ok()) << titles.error().toString().toStdString();
    const std::map<std::string, QString> expected{{"analyst", QStringLiteral("Data analyst")},
                                                  {"degree", QStringLiteral("Credits toward the BSc")},
                                                  {own, QStringLiteral("Data analyst (own)")}};
    EXPECT_EQ(*titles, expected);

    Client without;
    without.name = QStringLiteral("No catalog yet");
    const qint64 id = ws_->addClient(without).value();
    ASSERT_TRUE(ws_->goalTitles(id).ok());
    EXPECT_TRUE(ws_->goalTitles(id)->empty());
    EXPECT_FALSE(ws_->goalTitles(id + 1000).ok()) << "no such client";
}

TEST_F(WorkspaceAudit, ACatalogEditIsInTheCatalogsTrailAndNotInAClients) {
    Catalog catalog = ws_->loadCatalog(catalog_).value();
    Credential changed = catalog.credentials.front();
    const double oldCost = changed.cost;
    changed.cost = oldCost + 100;
    ASSERT_TRUE(ws_->saveCredential(catalog_, changed).ok());

    auto entries = ws_->catalogAudit(catalog_);
    ASSERT_TRUE(entries.ok()) << entries.error().toString().toStdString();
    ASSERT_FALSE(entries->empty());
    const Entry& edit = entries->front();
    EXPECT_EQ(edit.subject, Entry::Subject::Credential);
    EXPECT_EQ(edit.item, QString::fromStdString(changed.id));
    ASSERT_EQ(edit.fields.size(), 1u);
    EXPECT_EQ(edit.fields[0].name, QStringLiteral("cost"));
    EXPECT_DOUBLE_EQ(edit.fields[0].before.toDouble(), oldCost);
    EXPECT_DOUBLE_EQ(edit.fields[0].after.toDouble(), oldCost + 100);
    for (const Entry& e : *entries)
        EXPECT_NE(e.subject, Entry::Subject::Client) << "the client on the catalog is in the client's trail";
    EXPECT_EQ(trail(amal_).size(), 1u);
}

TEST_F(WorkspaceAudit, ANewClientDoesNotInheritTheTrailOfARemovedOneWithTheSameId) {
    Client c;
    c.name = QStringLiteral("Bo Chen");
    const qint64 bo = ws_->addClient(c).value();
    ASSERT_TRUE(ws_->deleteClient(bo).ok());
    c.name = QStringLiteral("Cleo Diaz");
    const qint64 cleo = ws_->addClient(c).value();
    const auto entries = trail(cleo);
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(entries.front().field(QStringLiteral("name"))->after.toString(), QStringLiteral("Cleo Diaz"));
}

TEST_F(WorkspaceAudit, TheBundledSeedIsNoOnesChange) {
    Workspace::Options seeded = quiet();
    seeded.seed = true;
    auto ws = openOrFail(backend().location(QStringLiteral("audit-seed")), seeded);
    ASSERT_TRUE(ws);
    auto clients = ws->clients();
    ASSERT_TRUE(clients.ok());
    ASSERT_FALSE(clients->empty());
    for (const Client& c : *clients)
        EXPECT_TRUE(ws->clientAudit(c.id).value().empty()) << c.name.toStdString();
    for (const CatalogSummary& c : ws->catalogs().value())
        EXPECT_TRUE(ws->catalogAudit(c.id).value().empty()) << c.name.toStdString();
}

TEST_F(WorkspaceAudit, TheTrailIsExportedWithTheClient) {
    Client c = ws_->client(amal_).value();
    c.contact = QStringLiteral("new@example.org");
    ASSERT_TRUE(ws_->updateClient(c).ok());
    const QJsonObject doc = QJsonDocument::fromJson(ws_->exportClientJson(amal_).value()).object();
    const QJsonArray audit = doc.value(QStringLiteral("audit")).toArray();
    ASSERT_EQ(audit.size(), 2);
    const QJsonObject edit = audit.at(0).toObject();
    EXPECT_EQ(edit.value(QStringLiteral("subject")).toString(), QStringLiteral("client"));
    EXPECT_EQ(edit.value(QStringLiteral("change")).toString(), QStringLiteral("changed"));
    EXPECT_FALSE(edit.value(QStringLiteral("actor")).toString().isEmpty());
    const QJsonArray fields = edit.value(QStringLiteral("fields")).toArray();
    ASSERT_EQ(fields.size(), 1);
    EXPECT_EQ(fields.at(0).toObject().value(QStringLiteral("field")).toString(), QStringLiteral("contact"));
    EXPECT_EQ(fields.at(0).toObject().value(QStringLiteral("from")).toString(), QStringLiteral("amal@example.org"));
    EXPECT_EQ(fields.at(0).toObject().value(QStringLiteral("to")).toString(), QStringLiteral("new@example.org"));
}

TEST_F(WorkspaceAudit, ACsvImportIsOneEntryInAFileAndEveryRowOnAServer) {
    QByteArray csv = "id,title,cost,hours\n";
    for (int i = 0; i < 3; ++i)
        csv += "bulk-" + QByteArray::number(i) + ",Bulk " + QByteArray::number(i) + ",10,5\n";
    ASSERT_TRUE(ws_->importCredentialsCsv(catalog_, csv, QStringLiteral("/some/where/prices.csv")).ok());
    const auto entries = ws_->catalogAudit(catalog_).value();
    ASSERT_FALSE(entries.empty());
    // Either way, the trail says which entries concern one of the credentials (`--item`).
    const auto concerning = [&](const QString& id) {
        return std::count_if(entries.begin(), entries.end(),
                             [&](const io::AuditEntry& e) { return io::auditEntryConcerns(e, id); });
    };
    EXPECT_EQ(concerning(QStringLiteral("bulk-1")), 1);
    EXPECT_EQ(concerning(QStringLiteral("bulk-9")), 0);
    EXPECT_EQ(concerning(QString::number(catalog_)), 0) << "a catalog's number is not one of its items";
    if (address_.startsWith(QLatin1String("postgresql://"))) {
        // The server's triggers record each row of every program; nothing pauses them.
        for (int i = 0; i < 3; ++i) {
            EXPECT_EQ(entries[std::size_t(i)].subject, io::AuditEntry::Subject::Credential);
            EXPECT_TRUE(entries[std::size_t(i)].item.startsWith(QLatin1String("bulk-")));
        }
        return;
    }
    ASSERT_EQ(entries.size(), 2u) << "the import, and the catalog's addition by the test's set-up";
    EXPECT_EQ(entries[1].kind, io::AuditEntry::Kind::Added);
    EXPECT_EQ(entries[0].subject, io::AuditEntry::Subject::Catalog);
    ASSERT_NE(entries[0].field(QStringLiteral("imported")), nullptr);
    EXPECT_EQ(entries[0].field(QStringLiteral("imported"))->after.toString(), QStringLiteral("prices.csv"));
    EXPECT_EQ(entries[0].field(QStringLiteral("credentials"))->after.toInt(), 3);
    // A single edit afterwards is recorded as before: the pause ended with the import.
    Credential edited = ws_->loadCatalog(catalog_).value().credentials.back();
    edited.cost = 12;
    ASSERT_TRUE(ws_->saveCredential(catalog_, edited).ok());
    EXPECT_EQ(ws_->catalogAudit(catalog_).value().size(), 3u);
}
