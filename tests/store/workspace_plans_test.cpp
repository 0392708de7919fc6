// Clients and their saved plans: snapshots, history, comparison and export.
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

class WorkspacePlans : public ::testing::Test {
protected:
    void SetUp() override {
        ws_ = openOrFail(backend().location(QStringLiteral("plans")), quiet());
        ASSERT_TRUE(ws_);
        catalog_ = ws_->addCatalog(richCatalog(), QStringLiteral("Rich")).value();
        Client c;
        c.name = QStringLiteral("Amal Haddad");
        c.contact = QStringLiteral("amal@example.org");
        c.notes = QStringLiteral("Wants evening classes.");
        c.catalogId = catalog_;
        c.profile.name = "Amal";
        c.profile.goal = "analyst";
        c.profile.skills = {{"stats", 2}};
        c.profile.budget = 1500;
        c.profile.hoursPerWeek = 8;
        c.profile.start = Date::fromYmd(2027, 1, 4);
        c.profile.deadline = Date::fromYmd(2027, 12, 31);
        c.profile.hourlyValue = 12.5;
        c.profile.pinned = {"intro-sql"};
        c.profile.excluded = {"python-cohort"};
        client_ = c;
        client_.id = ws_->addClient(c).value();
    }

    SavedPlanInputs inputs() const {
        SavedPlanInputs in;
        in.catalogId = catalog_;
        in.profile = client_.profile;
        in.goal = "analyst";
        in.objective = Objective::Balanced;
        in.budget = 1000;
        in.deadline = Date::fromYmd(2027, 6, 30);
        in.pinned = {"intro-sql"};
        return in;
    }

    std::unique_ptr<Workspace> ws_;
    qint64 catalog_ = 0;
    Client client_;
};

} // namespace

TEST_F(WorkspacePlans, ClientsKeepTheirWholeProfile) {
    auto back = ws_->client(client_.id);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back->name, client_.name);
    EXPECT_EQ(back->contact, client_.contact);
    EXPECT_EQ(back->notes, client_.notes);
    EXPECT_EQ(back->catalogId, client_.catalogId);
    EXPECT_EQ(back->profile, client_.profile);
    EXPECT_FALSE(back->createdAt.isEmpty());

    Client changed = *back;
    changed.profile.skills.push_back({"sql", 1});
    changed.profile.budget.reset();
    changed.catalogId.reset();
    auto saved = ws_->updateClient(changed);
    ASSERT_TRUE(saved.ok());
    EXPECT_EQ(saved.value(), back->rowVersion + 1);
    changed.rowVersion = saved.value();
    EXPECT_EQ(ws_->client(client_.id).value(), changed);

    Client ghost;
    ghost.name = QStringLiteral("Ghost");
    ghost.catalogId = 999;
    EXPECT_EQ(ws_->addClient(ghost).error().kind, Error::Kind::NotFound);
    EXPECT_EQ(ws_->addClient(Client{}).error().kind, Error::Kind::Invalid);
}

TEST_F(WorkspacePlans, ASavedPlanReadsBackExactly) {
    auto id = ws_->savePlan(client_.id, inputs(), samplePlan(), QStringLiteral("Cheapest route"),
                            QStringLiteral("Discussed on Monday"));
    ASSERT_TRUE(id.ok()) << id.error().toString().toStdString();
    auto saved = ws_->plan(*id);
    ASSERT_TRUE(saved.ok()) << saved.error().toString().toStdString();
    EXPECT_EQ(saved->plan, samplePlan());
    SavedPlanInputs expected = inputs();
    expected.catalogName = QStringLiteral("Rich");
    expected.catalogRevision = QStringLiteral("2026.3");
    EXPECT_EQ(saved->inputs, expected);
    EXPECT_EQ(saved->summary.title, QStringLiteral("Cheapest route"));
    EXPECT_EQ(saved->summary.note, QStringLiteral("Discussed on Monday"));
    EXPECT_EQ(saved->summary.version, 1);
    EXPECT_EQ(saved->summary.status, PlanStatus::Optimal);
    EXPECT_EQ(saved->summary.credentials, 2);
    EXPECT_DOUBLE_EQ(saved->summary.cost, 49.99);
}

TEST_F(WorkspacePlans, FeasibleAndUnknownPlansReadBackWithBoundAndStatus) {
    Plan feasible = samplePlan();
    feasible.status = PlanStatus::Feasible;
    feasible.bound = 45.5;
    feasible.gap = 0.0987;
    const qint64 f = ws_->savePlan(client_.id, inputs(), feasible, QStringLiteral("Stopped early"), {}).value();
    EXPECT_EQ(ws_->plan(f)->plan, feasible);
    EXPECT_EQ(ws_->plan(f)->summary.status, PlanStatus::Feasible);
    Plan unknown;
    unknown.status = PlanStatus::Unknown;
    unknown.goal = feasible.goal;
    unknown.start = feasible.start;
    unknown.totals.completion = feasible.start;
    unknown.reason = {Message{Message::Code::StoppedTimeLimit, {}}};
    const qint64 u = ws_->savePlan(client_.id, inputs(), unknown, QStringLiteral("Out of time"), {}).value();
    EXPECT_EQ(ws_->plan(u)->plan, unknown);
    EXPECT_EQ(ws_->plan(u)->summary.status, PlanStatus::Unknown);
}

// A reason is stored as data (codes and facts), so it reads in the language of whoever opens
// the plan; every kind of fact, nested clauses included, reads back equal.
TEST(PlanSnapshot, ATypedReasonReadsBackEqual) {
    Plan plan;
    plan.status = PlanStatus::Infeasible;
    plan.goal = "analyst";
    plan.start = Date::fromYmd(2027, 1, 4);
    plan.totals.completion = plan.start;
    const Message clause{Message::Code::NeedsGrantorsUntakeable,
                         {arg::text("skill:sql@2"), arg::count(2),
                          arg::names({arg::name(MessageArg::Noun::Credential, "SQL Basics", "sql-basics")}),
                          arg::count(3)}};
    plan.reason = {
        {Message::Code::BudgetTooSmall, {arg::money(10, "EUR"), arg::money(4011.1, "EUR")}},
        {Message::Code::DeadlineMissed, {arg::date(Date::fromYmd(2027, 6, 1)), arg::date(Date::fromYmd(2028, 2, 1))}},
        {Message::Code::NumberOutOfRange,
         {arg::name(MessageArg::Noun::Offer, {}, "o1"), arg::text("price"), arg::number(-1),
          arg::range(limits::kPrice)}},
        {Message::Code::PrerequisiteNeverMet,
         {arg::name(MessageArg::Noun::Credential, "Advanced SQL", "adv"), arg::clauses({clause})}},
    };
    const auto back = store::planFromJson(store::planToJson(plan));
    ASSERT_TRUE(back);
    EXPECT_EQ(back->reason, plan.reason);
}

// Plans saved before reasons were data hold the English sentence of that time: it is kept.
TEST(PlanSnapshot, AnOldSentenceReasonIsKeptAsWritten) {
    Plan plan;
    plan.start = Date::fromYmd(2027, 1, 4);
    plan.totals.completion = plan.start;
    QJsonObject json = store::planToJson(plan);
    json.insert(QStringLiteral("reason"), QStringLiteral("The budget is $10 but the cheapest plan costs $40."));
    const auto back = store::planFromJson(json);
    ASSERT_TRUE(back);
    ASSERT_EQ(back->reason.size(), 1U);
    EXPECT_EQ(back->reason[0].code, Message::Code::Recorded);
    EXPECT_EQ(back->reason[0].args.at(0).text, "The budget is $10 but the cheapest plan costs $40.");
    // An unknown code is a damaged snapshot, not a silent blank.
    json.insert(QStringLiteral("reason"),
                QJsonArray{QJsonObject{{QStringLiteral("code"), QStringLiteral("no-such-code")}}});
    EXPECT_FALSE(store::planFromJson(json));
}

TEST_F(WorkspacePlans, APlanStillShowsWhatWasDecidedAfterTheCatalogChanges) {
    const qint64 id = ws_->savePlan(client_.id, inputs(), samplePlan(), QStringLiteral("Before"), {}).value();
    Credential cheaper = richCatalog().credentials[0];
    cheaper.cost = 1;
    ASSERT_TRUE(ws_->saveCredential(catalog_, cheaper).ok());
    EXPECT_EQ(ws_->plan(id)->plan, samplePlan());
    EXPECT_EQ(ws_->plan(id)->inputs.catalogRevision, QStringLiteral("2026.3"));
    ASSERT_TRUE(ws_->deleteCatalog(catalog_).ok());
    auto after = ws_->plan(id);
    ASSERT_TRUE(after.ok());
    EXPECT_EQ(after->plan, samplePlan());
    EXPECT_FALSE(after->inputs.catalogId.has_value());
    EXPECT_EQ(after->inputs.catalogName, QStringLiteral("Rich"));
}

TEST_F(WorkspacePlans, HistoryIsNewestFirstAndVersionsCompare) {
    const qint64 v1 = ws_->savePlan(client_.id, inputs(), samplePlan(), QStringLiteral("First"), {}).value();
    Plan second = samplePlan(25);
    second.credentials.erase(second.credentials.begin()); // intro-sql dropped
    PlannedCredential extra;
    extra.id = "python-cohort";
    extra.start = Date::fromYmd(2027, 2, 1);
    extra.end = Date::fromYmd(2027, 3, 29);
    second.credentials.push_back(extra);
    second.credentials[0].start = Date::fromYmd(2027, 1, 5); // viz moves a day
    second.totals.weeks = 12;
    const qint64 v2 = ws_->savePlan(client_.id, inputs(), second, QStringLiteral("Second"), {}).value();
    const qint64 v3 = ws_->savePlan(client_.id, inputs(), second, QStringLiteral("Third"), {}).value();

    auto history = ws_->plans(client_.id);
    ASSERT_TRUE(history.ok());
    ASSERT_EQ(history->size(), 3u);
    EXPECT_EQ((*history)[0].id, v3);
    EXPECT_EQ((*history)[0].version, 3);
    EXPECT_EQ((*history)[1].id, v2);
    EXPECT_EQ((*history)[2].id, v1);
    EXPECT_EQ((*history)[2].version, 1);

    auto diff = ws_->comparePlans(v1, v2);
    ASSERT_TRUE(diff.ok());
    EXPECT_EQ(diff->added, std::vector<std::string>{"python-cohort"});
    EXPECT_EQ(diff->removed, std::vector<std::string>{"intro-sql"});
    EXPECT_EQ(diff->kept, std::vector<std::string>{"viz"});
    EXPECT_EQ(diff->rescheduled, std::vector<std::string>{"viz"});
    EXPECT_DOUBLE_EQ(diff->costChange, 25);
    EXPECT_EQ(diff->weeksChange, 9);
    EXPECT_FALSE(diff->statusChanged);
    EXPECT_TRUE(ws_->comparePlans(v2, v3)->sameCredentials());
    EXPECT_EQ(ws_->comparePlans(v1, 12345).error().kind, Error::Kind::NotFound);

    // Another client's history is separate.
    Client other;
    other.name = QStringLiteral("Other");
    const qint64 otherId = ws_->addClient(other).value();
    const qint64 o1 = ws_->savePlan(otherId, inputs(), samplePlan(), QStringLiteral("Theirs"), {}).value();
    EXPECT_EQ(ws_->plan(o1)->summary.version, 1);
    EXPECT_EQ(ws_->allPlans()->size(), 4u);
}

TEST_F(WorkspacePlans, DeletingAClientRemovesTheirPlans) {
    const qint64 id = ws_->savePlan(client_.id, inputs(), samplePlan(), QStringLiteral("One"), {}).value();
    ASSERT_TRUE(ws_->deleteClient(client_.id).ok());
    EXPECT_EQ(ws_->plan(id).error().kind, Error::Kind::NotFound);
    EXPECT_EQ(ws_->plans(client_.id).error().kind, Error::Kind::NotFound);
    EXPECT_EQ(ws_->savePlan(client_.id, inputs(), samplePlan(), {}, {}).error().kind, Error::Kind::NotFound);
}

TEST_F(WorkspacePlans, AClientExportsWithEveryPlan) {
    ws_->savePlan(client_.id, inputs(), samplePlan(), QStringLiteral("One"), QStringLiteral("n1"));
    ws_->savePlan(client_.id, inputs(), samplePlan(10), QStringLiteral("Two"), {});
    auto json = ws_->exportClientJson(client_.id);
    ASSERT_TRUE(json.ok());
    const QJsonObject doc = QJsonDocument::fromJson(*json).object();
    EXPECT_EQ(doc.value(QStringLiteral("format")).toString(), QStringLiteral("cairn-client"));
    const QJsonObject client = doc.value(QStringLiteral("client")).toObject();
    EXPECT_EQ(client.value(QStringLiteral("name")).toString(), QStringLiteral("Amal Haddad"));
    EXPECT_EQ(client.value(QStringLiteral("catalog")).toString(), QStringLiteral("Rich"));
    EXPECT_EQ(client.value(QStringLiteral("profile")).toObject().value(QStringLiteral("goal")).toString(),
              QStringLiteral("analyst"));
    const QJsonArray plans = doc.value(QStringLiteral("plans")).toArray();
    ASSERT_EQ(plans.size(), 2);
    EXPECT_EQ(plans[0].toObject().value(QStringLiteral("title")).toString(), QStringLiteral("Two"));
    EXPECT_EQ(plans[1].toObject().value(QStringLiteral("note")).toString(), QStringLiteral("n1"));
    EXPECT_EQ(plans[1]
                  .toObject()
                  .value(QStringLiteral("plan"))
                  .toObject()
                  .value(QStringLiteral("credentials"))
                  .toArray()
                  .size(),
              2);
}

// A client's funding is part of their profile, and a saved plan keeps the funding it was
// planned with and what each source paid, whatever the profile says later.
TEST_F(WorkspacePlans, SavedPlansKeepTheFundingTheyWerePlannedWith) {
    Client funded = ws_->client(client_.id).value();
    FundingSource employer;
    employer.name = "Acme tuition assistance";
    employer.kind = FundingSource::Kind::Employer;
    employer.share = 75;
    employer.cap = 5250;
    employer.covers = {"provider:CompTIA", "cred:intro-sql"};
    FundingSource grant;
    grant.name = "WIOA";
    grant.kind = FundingSource::Kind::Grant;
    grant.capPer = FundingSource::CapPer::Total;
    funded.profile.funding = {employer, grant};
    funded.profile.budgetOn = BudgetBasis::OutOfPocket;
    funded.rowVersion = ws_->updateClient(funded).value();
    EXPECT_EQ(ws_->client(client_.id).value().profile, funded.profile);

    SavedPlanInputs in = inputs();
    in.profile = funded.profile;
    in.objective = Objective::OutOfPocket;
    Plan plan = samplePlan();
    plan.objective = Objective::OutOfPocket;
    plan.outOfPocket = 12.49;
    plan.years = {{2027, 49.99, 37.5, 12.49}};
    plan.funding = {{"Acme tuition assistance", FundingSource::Kind::Employer, 2027, 37.5}};
    const qint64 id = ws_->savePlan(client_.id, in, plan, QStringLiteral("Funded"), {}).value();

    funded.profile.funding.clear(); // the employer stops paying
    funded.rowVersion = ws_->updateClient(funded).value();
    const SavedPlan saved = ws_->plan(id).value();
    EXPECT_EQ(saved.plan, plan);
    EXPECT_EQ(saved.inputs.profile.funding, in.profile.funding);
    EXPECT_EQ(saved.inputs.profile.budgetOn, BudgetBasis::OutOfPocket);
    EXPECT_EQ(saved.inputs.objective, Objective::OutOfPocket);
}
