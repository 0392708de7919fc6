// Editing and deleting a client's own goals, and what their saved plans keep of them; on both
// back ends.
#include "store_fixtures.h"
#include "workspace_backends.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cairn/store/snapshot_json.h>
#include <gtest/gtest.h>

using namespace cairn;
using namespace cairn::store;
using namespace cairn::store::test;

namespace {

SkillGoal analystGoal() {
    SkillGoal g;
    g.title = "Junior data analyst, county health department";
    g.skills = {{"http://data.europa.eu/esco/skill/sql", "SQL", 3, true, {}},
                {"http://data.europa.eu/esco/skill/hadoop", "Hadoop", 2, false, {}}};
    g.optionalNeeded = 1;
    return g;
}

class WorkspaceOwnGoalEdits : public ::testing::Test {
protected:
    void SetUp() override {
        ws_ = openOrFail(backend().location(QStringLiteral("own-goal-edits")), quiet());
        ASSERT_TRUE(ws_);
        Client c;
        c.name = QStringLiteral("Amal Haddad");
        amal_ = ws_->addClient(c).value();
        c.name = QStringLiteral("Bo Chen");
        bo_ = ws_->addClient(c).value();
    }

    qint64 saveFor(qint64 clientId, const std::string& goal) {
        SavedPlanInputs inputs;
        inputs.goal = goal;
        Plan plan = samplePlan();
        plan.goal = goal;
        return ws_->savePlan(clientId, inputs, plan, QStringLiteral("For %1").arg(QString::fromStdString(goal)))
            .value();
    }

    std::unique_ptr<Workspace> ws_;
    qint64 amal_ = 0;
    qint64 bo_ = 0;
};

} // namespace

TEST_F(WorkspaceOwnGoalEdits, RenamingKeepsTheSkillsAndTheDayItWasMade) {
    ASSERT_EQ(ws_->saveClientGoal(amal_, analystGoal()).value(), "own:1");
    const QString made = ws_->clientGoals(amal_).value().front().createdAt;
    ASSERT_TRUE(ws_->renameClientGoal(amal_, "own:1", "Data analyst").ok());
    const auto goals = ws_->clientGoals(amal_).value();
    ASSERT_EQ(goals.size(), 1u);
    SkillGoal expected = analystGoal();
    expected.title = "Data analyst";
    EXPECT_EQ(goals[0].goal, expected);
    EXPECT_EQ(goals[0].createdAt, made);
}

TEST_F(WorkspaceOwnGoalEdits, RenamingRefusesAnEmptyTitleAndAGoalThatIsNotThere) {
    ASSERT_TRUE(ws_->saveClientGoal(amal_, analystGoal()).ok());
    auto empty = ws_->renameClientGoal(amal_, "own:1", "");
    ASSERT_FALSE(empty.ok());
    EXPECT_EQ(empty.error().kind, Error::Kind::Invalid);
    EXPECT_EQ(ws_->clientGoals(amal_).value().front().goal, analystGoal());

    auto missing = ws_->renameClientGoal(amal_, "own:2", "Data analyst");
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().kind, Error::Kind::NotFound);
    EXPECT_EQ(missing.error().message, QStringLiteral("Amal Haddad has no goal 'own:2' of their own."));
    // Another client's goal of that number is not theirs to rename.
    EXPECT_EQ(ws_->renameClientGoal(bo_, "own:1", "Data analyst").error().kind, Error::Kind::NotFound);
    EXPECT_EQ(ws_->renameClientGoal(9999, "own:1", "Data analyst").error().kind, Error::Kind::NotFound);
}

TEST_F(WorkspaceOwnGoalEdits, APlanForAnOwnGoalKeepsTheGoalAsItWasWhenSaved) {
    ASSERT_TRUE(ws_->saveClientGoal(amal_, analystGoal()).ok());
    const qint64 planId = saveFor(amal_, "own:1");
    ASSERT_TRUE(ws_->renameClientGoal(amal_, "own:1", "Data analyst").ok());
    ASSERT_TRUE(ws_->deleteClientGoal(amal_, "own:1").ok());

    auto saved = ws_->plan(planId);
    ASSERT_TRUE(saved.ok()) << describe(saved.error());
    ASSERT_TRUE(saved->inputs.ownGoal.has_value());
    EXPECT_EQ(*saved->inputs.ownGoal, analystGoal());
    // The export carries it with the plan's inputs.
    const QJsonObject doc = QJsonDocument::fromJson(ws_->exportClientJson(amal_).value()).object();
    const QJsonObject inputs =
        doc.value(QStringLiteral("plans")).toArray().at(0).toObject().value(QStringLiteral("inputs")).toObject();
    EXPECT_EQ(inputs.value(QStringLiteral("ownGoal")).toObject().value(QStringLiteral("title")).toString(),
              QString::fromStdString(analystGoal().title));
}

TEST_F(WorkspaceOwnGoalEdits, APlanForACatalogGoalHasNoOwnGoal) {
    const qint64 planId = saveFor(amal_, "analyst");
    EXPECT_FALSE(ws_->plan(planId)->inputs.ownGoal.has_value());
    EXPECT_FALSE(inputsToJson(ws_->plan(planId)->inputs).contains(QStringLiteral("ownGoal")));
}

TEST_F(WorkspaceOwnGoalEdits, PlansForAGoalAreTheClientsPlansForIt) {
    ASSERT_TRUE(ws_->saveClientGoal(amal_, analystGoal()).ok());
    ASSERT_TRUE(ws_->saveClientGoal(bo_, analystGoal()).ok());
    const qint64 first = saveFor(amal_, "own:1");
    saveFor(amal_, "analyst");
    const qint64 third = saveFor(amal_, "own:1");
    saveFor(bo_, "own:1");

    auto plans = ws_->plansForGoal(amal_, "own:1");
    ASSERT_TRUE(plans.ok()) << describe(plans.error());
    ASSERT_EQ(plans->size(), 2u);
    EXPECT_EQ(plans->at(0).id, third); // newest first
    EXPECT_EQ(plans->at(0).version, 3);
    EXPECT_EQ(plans->at(1).id, first);
    EXPECT_TRUE(ws_->plansForGoal(amal_, "own:2").value().empty());
    EXPECT_EQ(ws_->plansForGoal(9999, "own:1").error().kind, Error::Kind::NotFound);

    // Deleting the goal leaves its plans where they are.
    ASSERT_TRUE(ws_->deleteClientGoal(amal_, "own:1").ok());
    EXPECT_EQ(ws_->plans(amal_).value().size(), 3u);
    EXPECT_EQ(ws_->plansForGoal(amal_, "own:1").value().size(), 2u);
}

TEST_F(WorkspaceOwnGoalEdits, ANumberASavedPlanNamesIsNotGivenToANewGoal) {
    ASSERT_EQ(ws_->saveClientGoal(amal_, analystGoal()).value(), "own:1");
    ASSERT_EQ(ws_->saveClientGoal(amal_, analystGoal()).value(), "own:2");
    saveFor(amal_, "own:2");
    ASSERT_TRUE(ws_->deleteClientGoal(amal_, "own:2").ok());
    EXPECT_EQ(ws_->saveClientGoal(amal_, analystGoal()).value(), "own:3");
    EXPECT_EQ(ws_->plansForGoal(amal_, "own:3").value().size(), 0u);
    // A number nothing names any more is free again.
    ASSERT_TRUE(ws_->deleteClientGoal(amal_, "own:3").ok());
    EXPECT_EQ(ws_->saveClientGoal(amal_, analystGoal()).value(), "own:3");
    // Another client's plans do not count.
    EXPECT_EQ(ws_->saveClientGoal(bo_, analystGoal()).value(), "own:1");
}
