// A workspace from before funding and renewal (schema version 5) opened by this Cairn: it is
// migrated to the current version, and its clients and saved plans read back as they were saved,
// a saved plan leaving the learner its whole cost (docs/formats.md, "The workspace").
#include "store_fixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <cairn/store/schema.h>
#include <gtest/gtest.h>

using namespace cairn;
using namespace cairn::store;
using namespace cairn::store::test;

namespace {

/// The JSON without the fields funding brought, at any depth: as an earlier Cairn wrote it.
QJsonValue withoutFunding(const QJsonValue& v) {
    if (v.isArray()) {
        QJsonArray out;
        for (const QJsonValue& item : v.toArray())
            out.append(withoutFunding(item));
        return out;
    }
    if (!v.isObject())
        return v;
    QJsonObject out;
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        if (it.key() != QLatin1String("outOfPocket") && it.key() != QLatin1String("years") &&
            it.key() != QLatin1String("funding") && it.key() != QLatin1String("budgetOn"))
            out.insert(it.key(), withoutFunding(it.value()));
    return out;
}

QString strip(const QString& json) {
    return QString::fromUtf8(QJsonDocument(withoutFunding(QJsonDocument::fromJson(json.toUtf8()).object()).toObject())
                                 .toJson(QJsonDocument::Compact));
}

/// Rewrites a current workspace file as schema version 5 left it: no keeping column, no funding
/// in profiles and saved plans.
void makeVersion5(const QString& path) {
    const QString name = QStringLiteral("make-v5");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QStringList updates;
        QSqlQuery clients(QStringLiteral("SELECT id, profile FROM clients"), db);
        while (clients.next())
            updates << QStringLiteral("UPDATE clients SET profile = '%1' WHERE id = %2")
                           .arg(strip(clients.value(1).toString()), clients.value(0).toString());
        QSqlQuery plans(QStringLiteral("SELECT id, inputs, result FROM plans"), db);
        while (plans.next())
            updates << QStringLiteral("UPDATE plans SET inputs = '%1', result = '%2' WHERE id = %3")
                           .arg(strip(plans.value(1).toString()), strip(plans.value(2).toString()),
                                plans.value(0).toString());
        updates << QStringLiteral("DROP TABLE client_goals") // version 7
                << QStringLiteral("ALTER TABLE credentials DROP COLUMN keeping")
                << QStringLiteral("PRAGMA user_version = 5");
        for (const QString& sql : updates) {
            QSqlQuery q(db);
            EXPECT_TRUE(q.exec(sql)) << sql.toStdString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

TEST(WorkspaceMigration, AVersion5WorkspaceKeepsItsClientsAndSavedPlansThroughEveryLaterVersion) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v5.sqlite"));
    Client client;
    Plan plan = samplePlan();
    qint64 planId = 0;
    {
        auto ws = openOrFail(path, quiet());
        ASSERT_TRUE(ws);
        const qint64 catalog = ws->addCatalog(richCatalog(), QStringLiteral("Rich")).value();
        client.name = QStringLiteral("Amal Haddad");
        client.catalogId = catalog;
        client.profile.name = "Amal";
        client.profile.goal = "analyst";
        client.profile.start = Date::fromYmd(2027, 1, 4);
        client.id = ws->addClient(client).value();
        SavedPlanInputs in;
        in.catalogId = catalog;
        in.profile = client.profile;
        in.goal = "analyst";
        in.objective = Objective::Cost;
        planId = ws->savePlan(client.id, in, plan, QStringLiteral("Before funding"), {}).value();
    }
    makeVersion5(path);
    const QByteArray v5Bytes = bytesOf(path);

    auto ws = openOrFail(path, quiet());
    ASSERT_TRUE(ws);
    EXPECT_EQ(ws->schemaVersion().value(), currentSchemaVersion());
    EXPECT_EQ(ws->migrationBackup(), path + QStringLiteral(".bak-v5"));
    EXPECT_EQ(bytesOf(ws->migrationBackup()), v5Bytes);

    // The client and the saved plan as saved; the plan's learner pays all of it, no one else.
    const Client back = ws->client(client.id).value();
    EXPECT_EQ(back.profile, client.profile);
    EXPECT_TRUE(back.profile.funding.empty());
    EXPECT_EQ(back.profile.budgetOn, BudgetBasis::Total);
    const SavedPlan saved = ws->plan(planId).value();
    EXPECT_EQ(saved.plan, plan);
    EXPECT_DOUBLE_EQ(saved.plan.outOfPocket, saved.plan.totals.cost);
    EXPECT_TRUE(saved.plan.funding.empty());
    EXPECT_EQ(saved.inputs.profile, client.profile);

    // Its catalog's credentials have no validity or renewal, and keep their figures.
    const Catalog catalog = ws->loadCatalog(back.catalogId.value()).value();
    const Catalog rich = richCatalog();
    ASSERT_EQ(catalog.credentials.size(), rich.credentials.size());
    for (std::size_t i = 0; i < catalog.credentials.size(); ++i) {
        EXPECT_EQ(catalog.credentials[i].cost, rich.credentials[i].cost);
        EXPECT_EQ(catalog.credentials[i].validMonths, 0);
        EXPECT_FALSE(catalog.credentials[i].renewal.has_value());
    }
}
