// A client's dated notes (the migration that brought them is in workspace_migration_test.cpp).
#include "store_fixtures.h"
#include "workspace_backends.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <cairn/store/schema.h>
#include <cairn/store/snapshot_json.h>
#include <gtest/gtest.h>

using namespace cairn;
using namespace cairn::store;
using namespace cairn::store::test;

namespace {

class WorkspaceNotes : public ::testing::Test {
protected:
    void SetUp() override {
        ws_ = openOrFail(backend().location(QStringLiteral("notes")), quiet());
        ASSERT_TRUE(ws_);
        const qint64 catalog = ws_->addCatalog(richCatalog(), QStringLiteral("Rich")).value();
        Client c;
        c.name = QStringLiteral("Amal Haddad");
        c.catalogId = catalog;
        c.profile.goal = "analyst";
        amal_ = ws_->addClient(c).value();
        c.name = QStringLiteral("Bo Chen");
        bo_ = ws_->addClient(c).value();
        SavedPlanInputs inputs;
        inputs.catalogId = catalog;
        inputs.goal = "analyst";
        plan_ = ws_->savePlan(amal_, inputs, samplePlan(), QStringLiteral("Cheapest")).value();
    }

    std::unique_ptr<Workspace> ws_;
    qint64 amal_ = 0;
    qint64 bo_ = 0;
    qint64 plan_ = 0;
};

} // namespace

TEST_F(WorkspaceNotes, NotesAreDatedAndListedNewestFirst) {
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    const qint64 first = ws_->addNote(amal_, QStringLiteral("  Prefers evening classes.  ")).value();
    QThread::msleep(5); // distinct timestamps, so the order is the time order
    const qint64 second = ws_->addNote(amal_, QStringLiteral("Agreed on the cheapest plan."), plan_).value();
    const QDateTime after = QDateTime::currentDateTimeUtc().addMSecs(1);

    auto notes = ws_->notes(amal_);
    ASSERT_TRUE(notes.ok()) << notes.error().toString().toStdString();
    ASSERT_EQ(notes->size(), 2u);
    EXPECT_EQ(notes->at(0).id, second);
    EXPECT_EQ(notes->at(0).text, QStringLiteral("Agreed on the cheapest plan."));
    EXPECT_EQ(notes->at(0).planId, std::optional<qint64>(plan_));
    EXPECT_EQ(notes->at(1).id, first);
    EXPECT_EQ(notes->at(1).text, QStringLiteral("Prefers evening classes.")); // trimmed
    EXPECT_FALSE(notes->at(1).planId.has_value());
    for (const auto& n : *notes) {
        EXPECT_EQ(n.clientId, amal_);
        const QDateTime at = QDateTime::fromString(n.createdAt, Qt::ISODateWithMs);
        ASSERT_TRUE(at.isValid()) << n.createdAt.toStdString();
        EXPECT_LE(before, at);
        EXPECT_LE(at, after);
    }
    EXPECT_LT(notes->at(1).createdAt, notes->at(0).createdAt);
    EXPECT_TRUE(ws_->notes(bo_)->empty());
}

TEST_F(WorkspaceNotes, RefusesEmptyNotesAndNotesAboutAnotherClientsPlan) {
    auto empty = ws_->addNote(amal_, QStringLiteral("   "));
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(empty.error().kind, Error::Kind::Invalid);

    auto foreign = ws_->addNote(bo_, QStringLiteral("About Amal's plan"), plan_);
    ASSERT_FALSE(foreign.ok());
    EXPECT_EQ(foreign.error().kind, Error::Kind::Invalid);
    EXPECT_TRUE(foreign.error().message.contains(QStringLiteral("another client")));

    auto nobody = ws_->addNote(9999, QStringLiteral("Hello"));
    ASSERT_FALSE(nobody.ok());
    EXPECT_EQ(nobody.error().kind, Error::Kind::NotFound);
    EXPECT_TRUE(ws_->notes(bo_)->empty());
}

TEST_F(WorkspaceNotes, ANoteOutlivesItsPlanButNotItsClient) {
    const qint64 note = ws_->addNote(amal_, QStringLiteral("Chose this one."), plan_).value();
    ASSERT_TRUE(ws_->deletePlan(plan_).ok());
    auto notes = ws_->notes(amal_);
    ASSERT_EQ(notes->size(), 1u);
    EXPECT_EQ(notes->front().id, note);
    EXPECT_FALSE(notes->front().planId.has_value());

    ASSERT_TRUE(ws_->deleteNote(note).ok());
    EXPECT_TRUE(ws_->notes(amal_)->empty());
    EXPECT_EQ(ws_->deleteNote(note).error().kind, Error::Kind::NotFound);

    ASSERT_TRUE(ws_->addNote(amal_, QStringLiteral("One more.")).ok());
    ASSERT_TRUE(ws_->deleteClient(amal_).ok());
    EXPECT_EQ(ws_->notes(amal_).error().kind, Error::Kind::NotFound);
}
