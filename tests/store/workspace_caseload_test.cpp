// The caseload and the list of clients a page at a time, searched by name in the database.
#include "store_fixtures.h"
#include "workspace_backends.h"

#include <cairn/store/schema.h>
#include <gtest/gtest.h>

using namespace cairn;
using namespace cairn::store;
using namespace cairn::store::test;

namespace {

class WorkspaceCaseload : public ::testing::Test {
protected:
    void SetUp() override {
        ws_ = openOrFail(backend().location(QStringLiteral("caseload")), quiet());
        ASSERT_TRUE(ws_);
        catalog_ = ws_->addCatalog(richCatalog(), QStringLiteral("Rich")).value();
    }

    qint64 add(const QString& name, const std::string& goal = "analyst") {
        Client c;
        c.name = name;
        c.catalogId = catalog_;
        c.profile.goal = goal;
        return ws_->addClient(c).value();
    }

    static QStringList names(const Page<CaseloadRow>& page) {
        QStringList out;
        for (const CaseloadRow& row : page.rows)
            out << row.client.name;
        return out;
    }

    std::unique_ptr<Workspace> ws_;
    qint64 catalog_ = 0;
};

TEST_F(WorkspaceCaseload, PagesFollowTheNamesIgnoringCaseAndCountEveryClient) {
    for (const char* name : {"delia Park", "Bruno Alves", "amal Haddad", "Carmen Ruiz", "Emeka Eze"})
        add(QString::fromUtf8(name));
    auto first = ws_->caseload({{}, 2, 0});
    ASSERT_TRUE(first.ok()) << first.error().toString().toStdString();
    EXPECT_EQ(first->total, 5);
    EXPECT_EQ(names(*first), (QStringList{QStringLiteral("amal Haddad"), QStringLiteral("Bruno Alves")}));
    EXPECT_EQ(names(ws_->caseload({{}, 2, 2}).value()),
              (QStringList{QStringLiteral("Carmen Ruiz"), QStringLiteral("delia Park")}));
    auto last = ws_->caseload({{}, 2, 4}).value();
    EXPECT_EQ(names(last), QStringList{QStringLiteral("Emeka Eze")});
    EXPECT_EQ(last.total, 5);
    EXPECT_EQ(ws_->caseload({}).value().rows.size(), 5U); // no limit: everyone

    auto listed = ws_->clientList({{}, 3, 1}).value();
    EXPECT_EQ(listed.total, 5);
    ASSERT_EQ(listed.rows.size(), 3U);
    EXPECT_EQ(listed.rows[0].name, QStringLiteral("Bruno Alves"));
    EXPECT_EQ(listed.rows[0].goal, "analyst");
    EXPECT_EQ(listed.rows[0].catalogId, catalog_);
}

TEST_F(WorkspaceCaseload, SearchFindsAPartOfTheNameIgnoringCaseAndTakesWildcardsLiterally) {
    add(QStringLiteral("Amal Haddad"));
    add(QStringLiteral("Hadi Okafor"));
    add(QStringLiteral("Bruno Alves"));
    add(QStringLiteral("Team 50% Ltd"));
    add(QStringLiteral("Team 500 Ltd"));
    add(QStringLiteral("snake_case"));
    add(QStringLiteral("snakeXcase"));
    auto found = ws_->caseload({QStringLiteral("HAD"), 10, 0}).value();
    EXPECT_EQ(found.total, 2);
    EXPECT_EQ(names(found), (QStringList{QStringLiteral("Amal Haddad"), QStringLiteral("Hadi Okafor")}));
    EXPECT_EQ(names(ws_->caseload({QStringLiteral("had"), 1, 1}).value()), QStringList{QStringLiteral("Hadi Okafor")});
    EXPECT_EQ(names(ws_->caseload({QStringLiteral("50%"), 10, 0}).value()),
              QStringList{QStringLiteral("Team 50% Ltd")});
    EXPECT_EQ(names(ws_->caseload({QStringLiteral("e_c"), 10, 0}).value()), QStringList{QStringLiteral("snake_case")});
    EXPECT_EQ(ws_->countClients({QStringLiteral("nobody")}).value(), 0);
    EXPECT_EQ(ws_->clientList({QStringLiteral("alves"), 10, 0}).value().rows.size(), 1U);
}

TEST_F(WorkspaceCaseload, EachClientShowsTheirLatestPlanFromItsSummary) {
    const qint64 amal = add(QStringLiteral("Amal Haddad"));
    const qint64 bruno = add(QStringLiteral("Bruno Alves"), "");
    SavedPlanInputs in;
    in.catalogId = catalog_;
    in.goal = "analyst";
    ASSERT_TRUE(ws_->savePlan(amal, in, samplePlan(), QStringLiteral("First"), {}).ok());
    Plan later = samplePlan(100);
    later.status = PlanStatus::Feasible;
    later.totals.completion = Date::fromYmd(2027, 5, 3);
    const qint64 latest = ws_->savePlan(amal, in, later, QStringLiteral("Second"), {}).value();

    const auto rows = ws_->caseload({}).value().rows;
    ASSERT_EQ(rows.size(), 2U);
    const CaseloadRow& a = rows[0];
    EXPECT_EQ(a.client.id, amal);
    EXPECT_EQ(a.savedPlans, 2);
    EXPECT_EQ(a.status, PlanStatus::Feasible);
    EXPECT_DOUBLE_EQ(a.cost, later.totals.cost);
    EXPECT_EQ(a.completion, Date::fromYmd(2027, 5, 3));
    EXPECT_EQ(a.savedAt, ws_->plan(latest)->summary.createdAt);
    EXPECT_TRUE(a.ownGoalTitle.isEmpty());
    const CaseloadRow& b = rows[1];
    EXPECT_EQ(b.client.id, bruno);
    EXPECT_EQ(b.savedPlans, 0);
    EXPECT_FALSE(b.status);
    EXPECT_FALSE(b.completion);
    EXPECT_TRUE(b.savedAt.isEmpty());
}

TEST_F(WorkspaceCaseload, AGoalOfTheClientsOwnIsNamedByItsTitle) {
    const qint64 amal = add(QStringLiteral("Amal Haddad"));
    SkillGoal goal;
    goal.title = "Junior data analyst, county health department";
    goal.skills = {{"http://data.europa.eu/esco/skill/sql", "SQL", 3, true, {}}};
    const std::string id = ws_->saveClientGoal(amal, goal).value();
    Client c = ws_->client(amal).value();
    c.profile.goal = id;
    ASSERT_TRUE(ws_->updateClient(c).ok());
    const auto rows = ws_->caseload({}).value().rows;
    ASSERT_EQ(rows.size(), 1U);
    EXPECT_EQ(rows[0].client.goal, id);
    EXPECT_EQ(rows[0].ownGoalTitle, QStringLiteral("Junior data analyst, county health department"));
}

TEST_F(WorkspaceCaseload, AnOlderWorkspaceGainsTheCompletionOfThePlansItHolds) {
    const qint64 amal = add(QStringLiteral("Amal Haddad"));
    const qint64 bruno = add(QStringLiteral("Bruno Alves"));
    SavedPlanInputs in;
    in.catalogId = catalog_;
    in.goal = "analyst";
    ASSERT_TRUE(ws_->savePlan(amal, in, samplePlan(), QStringLiteral("First"), {}).ok());
    ASSERT_TRUE(ws_->savePlan(bruno, in, samplePlan(), QStringLiteral("First"), {}).ok());
    const QString location = ws_->path();
    ws_.reset();
    // As version 11 left it: no completion column, no index of names ignoring case; and one
    // plan damaged by another program, which must not stop the migration.
    const bool server = location.startsWith(QStringLiteral("postgresql:"));
    backend().execAll(location,
                      {QStringLiteral("INSERT INTO plans (client_id, version, status, inputs, result, created_at) "
                                      "VALUES (%1, 2, 'optimal', '{}', 'not a plan', '2027-01-01T09:00:00.000Z')")
                           .arg(bruno),
                       QStringLiteral("DROP INDEX clients_by_caseless_name"),
                       QStringLiteral("ALTER TABLE plans DROP COLUMN completion"),
                       server ? QStringLiteral("UPDATE cairn_workspace SET schema_version = 11")
                              : QStringLiteral("PRAGMA user_version = 11")});

    ws_ = openOrFail(location, quiet());
    ASSERT_TRUE(ws_);
    EXPECT_EQ(ws_->schemaVersion().value(), currentSchemaVersion());
    const auto rows = ws_->caseload({}).value().rows;
    ASSERT_EQ(rows.size(), 2U);
    EXPECT_EQ(rows[0].client.id, amal);
    EXPECT_EQ(rows[0].completion, samplePlan().totals.completion);
    EXPECT_EQ(rows[1].client.id, bruno);
    EXPECT_EQ(rows[1].savedPlans, 2);
    EXPECT_FALSE(rows[1].completion); // the damaged one is the latest
    EXPECT_EQ(rows[1].status, PlanStatus::Optimal);
}

} // namespace
