// A client's own goals (schema version 7): kept with the client, read back equal, exported.
#include "store_fixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cairn/io/skill_goal_json.h>
#include <cairn/store/schema.h>
#include <cairn/store/snapshot_json.h>
#include <cairn/text/load_words.h>
#include <gtest/gtest.h>

using namespace cairn;
using namespace cairn::store;
using namespace cairn::store::test;

namespace {

SkillGoal analystGoal() {
    SkillGoal g;
    g.title = "Junior data analyst, county health department";
    g.description = "From a job ad: \"We need SQL and stakeholder management …\"";
    g.skills = {{"http://data.europa.eu/esco/skill/sql", "SQL", 3, true, {}},
                {"http://data.europa.eu/esco/skill/stakeholders", "stakeholder management", 2, true, {}},
                {"http://data.europa.eu/esco/skill/hadoop", "Hadoop", 2, false, {}}};
    g.optionalNeeded = 1;
    return g;
}

SkillGoal occupationGoal() {
    SkillGoal g;
    g.title = "data analyst";
    g.esco = "http://data.europa.eu/esco/occupation/d3edb8f8-3a06-47a0-8fb9-9b212c006aa2";
    g.skills = {{"http://data.europa.eu/esco/skill/sql", "SQL", 2, true, {}}};
    return g;
}

class WorkspaceClientGoals : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir_.isValid());
        ws_ = openOrFail(dir_.filePath(QStringLiteral("goals.sqlite")), quiet());
        ASSERT_TRUE(ws_);
        Client c;
        c.name = QStringLiteral("Amal Haddad");
        amal_ = ws_->addClient(c).value();
        c.name = QStringLiteral("Bo Chen");
        bo_ = ws_->addClient(c).value();
    }

    QTemporaryDir dir_;
    std::unique_ptr<Workspace> ws_;
    qint64 amal_ = 0;
    qint64 bo_ = 0;
};

} // namespace

TEST(OwnGoalIds, AreOwnColonAPositiveNumber) {
    EXPECT_EQ(ownGoalId(3), "own:3");
    EXPECT_EQ(ownGoalNumber("own:3"), 3);
    EXPECT_EQ(ownGoalNumber("own:12"), 12);
    for (const char* notOwn : {"own:", "own:0", "own:-1", "own:03", "own:3x", "data-analyst", "own:99999999999"})
        EXPECT_EQ(ownGoalNumber(notOwn), std::nullopt) << notOwn;
}

TEST_F(WorkspaceClientGoals, GoalsAreNumberedPerClientAndReadBackEqual) {
    EXPECT_TRUE(ws_->clientGoals(amal_).value().empty());
    EXPECT_EQ(ws_->saveClientGoal(amal_, analystGoal()).value(), "own:1");
    EXPECT_EQ(ws_->saveClientGoal(amal_, occupationGoal()).value(), "own:2");
    EXPECT_EQ(ws_->saveClientGoal(bo_, occupationGoal()).value(), "own:1");

    auto goals = ws_->clientGoals(amal_);
    ASSERT_TRUE(goals.ok()) << describe(goals.error());
    ASSERT_EQ(goals->size(), 2u);
    EXPECT_EQ(goals->at(0).id, "own:1");
    EXPECT_EQ(goals->at(0).goal, analystGoal());
    EXPECT_FALSE(goals->at(0).createdAt.isEmpty());
    EXPECT_EQ(goals->at(1).id, "own:2");
    EXPECT_EQ(goals->at(1).goal, occupationGoal());
    EXPECT_EQ(ws_->clientGoals(bo_).value().size(), 1u);
}

TEST_F(WorkspaceClientGoals, SavingUnderAnIdReplacesThatGoalOnly) {
    ASSERT_EQ(ws_->saveClientGoal(amal_, analystGoal()).value(), "own:1");
    ASSERT_EQ(ws_->saveClientGoal(amal_, occupationGoal()).value(), "own:2");
    SkillGoal edited = analystGoal();
    edited.skills[0].level = 4;
    EXPECT_EQ(ws_->saveClientGoal(amal_, edited, "own:1").value(), "own:1");
    // Undoing a goal's removal puts it back under the id the plans and profile name.
    EXPECT_EQ(ws_->saveClientGoal(amal_, occupationGoal(), "own:7").value(), "own:7");
    const auto goals = ws_->clientGoals(amal_).value();
    ASSERT_EQ(goals.size(), 3u);
    EXPECT_EQ(goals[0].goal, edited);
    EXPECT_EQ(goals[1].goal, occupationGoal());
    EXPECT_EQ(goals[2].id, "own:7");
    EXPECT_EQ(ws_->saveClientGoal(amal_, analystGoal()).value(), "own:8");
}

TEST_F(WorkspaceClientGoals, DeletingRemovesOneGoalAndSaysWhenThereIsNone) {
    ASSERT_TRUE(ws_->saveClientGoal(amal_, analystGoal()).ok());
    ASSERT_TRUE(ws_->saveClientGoal(amal_, occupationGoal()).ok());
    ASSERT_TRUE(ws_->deleteClientGoal(amal_, "own:1").ok());
    const auto goals = ws_->clientGoals(amal_).value();
    ASSERT_EQ(goals.size(), 1u);
    EXPECT_EQ(goals[0].id, "own:2");

    for (const char* id : {"own:1", "data-analyst"}) {
        auto gone = ws_->deleteClientGoal(amal_, id);
        ASSERT_FALSE(gone.ok()) << id;
        EXPECT_EQ(gone.error().kind, Error::Kind::NotFound);
        EXPECT_EQ(gone.error().message,
                  QStringLiteral("Amal Haddad has no goal '%1' of their own.").arg(QString::fromLatin1(id)));
    }
    // Another client's goal of the same number is theirs.
    ASSERT_EQ(ws_->saveClientGoal(bo_, analystGoal()).value(), "own:1");
    EXPECT_FALSE(ws_->deleteClientGoal(amal_, "own:1").ok());
    EXPECT_EQ(ws_->clientGoals(bo_).value().size(), 1u);
}

TEST_F(WorkspaceClientGoals, AGoalTheFormatCannotHoldIsRefusedWithItsProblems) {
    SkillGoal bad = analystGoal();
    bad.title.clear();
    bad.skills[1].level = 9;
    auto saved = ws_->saveClientGoal(amal_, bad);
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error().kind, Error::Kind::Invalid);
    EXPECT_TRUE(saved.error().message.startsWith(QStringLiteral("The goal was not saved for Amal Haddad: it has ")))
        << saved.error().message.toStdString();
    EXPECT_GE(saved.error().problems.size(), 2u);
    EXPECT_TRUE(ws_->clientGoals(amal_).value().empty());

    auto notAnId = ws_->saveClientGoal(amal_, analystGoal(), "analyst");
    ASSERT_FALSE(notAnId.ok());
    EXPECT_EQ(notAnId.error().kind, Error::Kind::Invalid);
}

TEST_F(WorkspaceClientGoals, AnUnknownClientHasNoGoals) {
    EXPECT_EQ(ws_->clientGoals(9999).error().kind, Error::Kind::NotFound);
    EXPECT_EQ(ws_->saveClientGoal(9999, analystGoal()).error().kind, Error::Kind::NotFound);
    EXPECT_EQ(ws_->deleteClientGoal(9999, "own:1").error().kind, Error::Kind::NotFound);
}

TEST_F(WorkspaceClientGoals, GoalsGoWithTheirClient) {
    ASSERT_TRUE(ws_->saveClientGoal(amal_, analystGoal()).ok());
    ASSERT_TRUE(ws_->deleteClient(amal_).ok());
    // A new client never finds the old one's goals.
    Client c;
    c.name = QStringLiteral("Cem Aydın");
    const qint64 cem = ws_->addClient(c).value();
    EXPECT_TRUE(ws_->clientGoals(cem).value().empty());
}

TEST_F(WorkspaceClientGoals, ADamagedGoalIsReportedNotSkipped) {
    ASSERT_TRUE(ws_->saveClientGoal(amal_, analystGoal()).ok());
    const QString path = ws_->path();
    ws_.reset();
    execAll(path, {QStringLiteral("UPDATE client_goals SET goal = '{\"format\": \"cairn-goal\"}'")});
    ws_ = openOrFail(path, quiet());
    ASSERT_TRUE(ws_);
    auto goals = ws_->clientGoals(amal_);
    ASSERT_FALSE(goals.ok());
    EXPECT_EQ(goals.error().kind, Error::Kind::Damaged);
    EXPECT_TRUE(goals.error().message.contains(QStringLiteral("own:1"))) << describe(goals.error());
}

TEST_F(WorkspaceClientGoals, TheClientExportCarriesTheirGoals) {
    ASSERT_TRUE(ws_->saveClientGoal(amal_, analystGoal()).ok());
    ASSERT_TRUE(ws_->saveClientGoal(amal_, occupationGoal()).ok());
    const QJsonObject doc = QJsonDocument::fromJson(ws_->exportClientJson(amal_).value()).object();
    const QJsonArray goals = doc.value(QStringLiteral("client")).toObject().value(QStringLiteral("goals")).toArray();
    ASSERT_EQ(goals.size(), 2);
    const QJsonObject first = goals[0].toObject();
    EXPECT_EQ(first.value(QStringLiteral("id")).toString(), QStringLiteral("own:1"));
    EXPECT_FALSE(first.value(QStringLiteral("createdAt")).toString().isEmpty());
    // Each is a cairn-goal document, which reads back as the goal (its id and date aside).
    QJsonObject asFile = first;
    asFile.remove(QStringLiteral("id"));
    asFile.remove(QStringLiteral("createdAt"));
    auto read = io::readSkillGoal(QJsonDocument(asFile).toJson());
    ASSERT_TRUE(read.ok()) << cairn::text::LoadWords::english().lines(read.errors).join(u'\n').toStdString();
    EXPECT_EQ(*read.value, analystGoal());
    EXPECT_EQ(goals[1].toObject().value(QStringLiteral("esco")).toString(),
              QString::fromStdString(occupationGoal().esco));

    // A client without goals of their own exports as before, without the field.
    const QJsonObject bo = QJsonDocument::fromJson(ws_->exportClientJson(bo_).value()).object();
    EXPECT_FALSE(bo.value(QStringLiteral("client")).toObject().contains(QStringLiteral("goals")));
}

TEST(WorkspaceClientGoalsMigration, AVersion6WorkspaceGainsTheTableAndKeepsItsClients) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v6.sqlite"));
    QStringList v6 = schemaV1();
    for (int version = 2; version <= 6; ++version)
        v6 << migrations().at(version - 1).statements;
    v6 << QStringLiteral("PRAGMA user_version = 6") << QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId);
    const QString profile = QString::fromUtf8(QJsonDocument(profileToJson(Profile{})).toJson(QJsonDocument::Compact));
    v6 << QStringLiteral("INSERT INTO clients (name, profile, created_at) VALUES ('Amal', '%1', "
                         "'2025-01-01T09:00:00.000Z')")
              .arg(profile);
    execAll(path, v6);

    auto ws = openOrFail(path, quiet());
    ASSERT_TRUE(ws);
    EXPECT_EQ(ws->schemaVersion().value(), currentSchemaVersion());
    EXPECT_GE(currentSchemaVersion(), 7);
    EXPECT_EQ(ws->migrationBackup(), path + QStringLiteral(".bak-v6"));
    const qint64 amal = ws->findClient(QStringLiteral("Amal")).value();
    EXPECT_TRUE(ws->clientGoals(amal).value().empty());
    EXPECT_EQ(ws->saveClientGoal(amal, occupationGoal()).value(), "own:1");
}

TEST(WorkspaceRowVersionsMigration, AVersion7WorkspaceKeepsItsRowsAtVersionOne) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v7.sqlite"));
    QStringList v7 = schemaV1();
    for (int version = 2; version <= 7; ++version)
        v7 << migrations().at(version - 1).statements;
    v7 << QStringLiteral("PRAGMA user_version = 7") << QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId);
    const QString profile = QString::fromUtf8(QJsonDocument(profileToJson(Profile{})).toJson(QJsonDocument::Compact));
    v7 << QStringLiteral("INSERT INTO catalogs (name, currency, created_at, updated_at) VALUES ('Old', 'USD', "
                         "'2025-01-01T09:00:00.000Z', '2025-01-01T09:00:00.000Z')")
       << QStringLiteral("INSERT INTO skills (catalog_id, id, position, name) VALUES (1, 'sql', 0, 'SQL')")
       << QStringLiteral("INSERT INTO credentials (catalog_id, id, position, title, grants) VALUES (1, 'intro', 0, "
                         "'Intro', '[[\"sql\", 1]]')")
       << QStringLiteral("INSERT INTO clients (name, profile, catalog_id, created_at) VALUES ('Amal', '%1', 1, "
                         "'2025-01-01T09:00:00.000Z')")
              .arg(profile)
       << QStringLiteral("INSERT INTO plans (client_id, version, status, inputs, result, created_at) VALUES (1, 1, "
                         "'optimal', '{}', '{}', '2025-01-01T09:00:00.000Z')");
    execAll(path, v7);

    auto ws = openOrFail(path, quiet());
    ASSERT_TRUE(ws);
    EXPECT_EQ(ws->schemaVersion().value(), currentSchemaVersion());
    EXPECT_GE(currentSchemaVersion(), 8);
    EXPECT_EQ(ws->migrationBackup(), path + QStringLiteral(".bak-v7"));
    const qint64 amal = ws->findClient(QStringLiteral("Amal")).value();
    Client c = ws->client(amal).value();
    EXPECT_EQ(c.rowVersion, 1);
    EXPECT_EQ(ws->plans(amal).value().at(0).rowVersion, 1);
    EXPECT_EQ(ws->catalogSummary(1)->rowVersion, 1);
    EXPECT_EQ(ws->itemVersions(1)->credentials, (std::map<std::string, int>{{"intro", 1}}));
    EXPECT_EQ(ws->itemVersions(1)->skills, (std::map<std::string, int>{{"sql", 1}}));
    // The rows kept work as any other: a save over version 1 makes 2.
    c.contact = QStringLiteral("amal@example.org");
    EXPECT_EQ(ws->updateClient(c).value(), 2);
}
