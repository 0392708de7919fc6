// Workspace files of earlier schema versions opened by this Cairn. One from before funding and
// renewal (schema version 5) is migrated to the current version, and its clients and saved plans
// read back as they were saved, a saved plan leaving the learner its whole cost (docs/formats.md,
// "The workspace"); versions 2, 4 and 5 gain notes, offers and renewals, a backup of each kept.
#include "store_fixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <cairn/io/catalog_json.h>
#include <cairn/store/schema.h>
#include <cairn/store/snapshot_json.h>
#include <gtest/gtest.h>

using namespace cairn;
using namespace cairn::store;
using namespace cairn::store::test;

namespace {

const QString kOffersFile = QStringLiteral(CAIRN_OFFERS_CATALOG);
const QString kKeepingFile = QStringLiteral(CAIRN_KEEPING_CATALOG);

Catalog catalogFile(const QString& path) {
    auto read = io::readCatalogFile(path);
    EXPECT_TRUE(read.ok());
    return read.ok() ? *read.value : Catalog{};
}

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
        updates << withoutCaseloadColumns()                   // version 12
                << QStringLiteral("DROP TABLE audit_trail")   // version 11
                << QStringLiteral("DROP TABLE client_shares") // version 9
                << QStringLiteral("DROP INDEX clients_by_owner")
                << QStringLiteral("ALTER TABLE clients DROP COLUMN owner") << withoutRowVersions() // version 8
                << QStringLiteral("DROP TABLE client_goals")                                       // version 7
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

TEST(WorkspaceNotesMigration, MigratesAVersion2DatabaseAndKeepsTheOldNotesText) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v2.sqlite"));
    // Written exactly as version 2 of the schema left it.
    QStringList v2 = schemaV1();
    v2 << migrations().at(1).statements;
    v2 << QStringLiteral("PRAGMA user_version = 2") << QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId);
    const QString profile = QString::fromUtf8(QJsonDocument(profileToJson(Profile{})).toJson(QJsonDocument::Compact));
    v2 << QStringLiteral("INSERT INTO clients (name, notes, profile, created_at) VALUES ('Amal', "
                         "'Wants evening classes.', '%1', '2025-01-01T09:00:00.000Z')")
              .arg(profile)
       << QStringLiteral("INSERT INTO clients (name, profile, created_at) VALUES ('Bo', '%1', "
                         "'2025-02-01T09:00:00.000Z')")
              .arg(profile);
    execAll(path, v2);
    const QByteArray v2Bytes = bytesOf(path);
    ASSERT_FALSE(v2Bytes.isEmpty());

    auto ws = openOrFail(path, quiet());
    ASSERT_TRUE(ws);
    EXPECT_EQ(ws->schemaVersion().value(), currentSchemaVersion());
    EXPECT_GE(currentSchemaVersion(), 3);
    EXPECT_EQ(ws->migrationBackup(), path + QStringLiteral(".bak-v2"));
    EXPECT_EQ(bytesOf(ws->migrationBackup()), v2Bytes);

    // The one notes text becomes the first dated note, dated when the client was added.
    auto amal = ws->notes(1);
    ASSERT_TRUE(amal.ok()) << amal.error().toString().toStdString();
    ASSERT_EQ(amal->size(), 1u);
    EXPECT_EQ(amal->front().text, QStringLiteral("Wants evening classes."));
    EXPECT_EQ(amal->front().createdAt, QStringLiteral("2025-01-01T09:00:00.000Z"));
    EXPECT_EQ(ws->client(1)->notes, QStringLiteral("Wants evening classes.")); // the client keeps it too
    EXPECT_TRUE(ws->notes(2)->empty());

    ASSERT_TRUE(ws->addNote(2, QStringLiteral("First meeting.")).ok());
    EXPECT_EQ(ws->notes(2)->size(), 1u);
}

TEST(WorkspaceOffersMigration, MigratesAVersion4DatabaseAndKeepsEveryCost) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v4.sqlite"));
    // Written exactly as version 4 of the schema left it.
    QStringList v4 = schemaV1();
    for (int i = 1; i < 4; ++i)
        v4 << migrations().at(i).statements;
    v4 << QStringLiteral("PRAGMA user_version = 4") << QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)
       << QStringLiteral("INSERT INTO catalogs (name, currency, created_at, updated_at) VALUES ('Old', 'USD', "
                         "'2026-01-01T09:00:00.000Z', '2026-01-01T09:00:00.000Z')")
       << QStringLiteral("INSERT INTO credentials (catalog_id, id, position, title, cost, hours) "
                         "VALUES (1, 'sql', 0, 'SQL', 49, 12)")
       << QStringLiteral("INSERT INTO credentials (catalog_id, id, position, title, cost, hours) "
                         "VALUES (1, 'free', 1, 'Free course', 0, 3)");
    execAll(path, v4);
    const QByteArray v4Bytes = bytesOf(path);
    ASSERT_FALSE(v4Bytes.isEmpty());

    auto ws = openOrFail(path, quiet());
    ASSERT_TRUE(ws);
    EXPECT_EQ(ws->schemaVersion().value(), currentSchemaVersion());
    EXPECT_GE(currentSchemaVersion(), 5);
    EXPECT_EQ(ws->migrationBackup(), path + QStringLiteral(".bak-v4"));
    EXPECT_EQ(bytesOf(ws->migrationBackup()), v4Bytes);

    // Every credential stored before had its own price, a free one included.
    auto old = ws->loadCatalog(1);
    ASSERT_TRUE(old.ok()) << describe(old.error());
    ASSERT_EQ(old->credentials.size(), 2u);
    EXPECT_TRUE(old->credentials[0].hasCost);
    EXPECT_EQ(old->credentials[0].cost, 49);
    EXPECT_TRUE(old->credentials[1].hasCost);
    EXPECT_EQ(old->credentials[1].cost, 0);
    EXPECT_TRUE(old->offers.empty());

    // And what version 5 added works on it.
    auto added = ws->importCatalogJson(kOffersFile);
    ASSERT_TRUE(added.ok()) << describe(added.error());
    EXPECT_EQ(ws->loadCatalog(*added)->offers, catalogFile(kOffersFile).offers);
}

TEST(WorkspaceKeepingMigration, MigratesAVersion5DatabaseAndItsCredentialsKeepNoRenewal) {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v5.sqlite"));
    // Written exactly as version 5 of the schema left it.
    QStringList v5 = schemaV1();
    for (int i = 1; i < 5; ++i)
        v5 << migrations().at(i).statements;
    v5 << QStringLiteral("PRAGMA user_version = 5") << QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)
       << QStringLiteral("INSERT INTO catalogs (name, currency, created_at, updated_at) VALUES ('Old', 'USD', "
                         "'2026-01-01T09:00:00.000Z', '2026-01-01T09:00:00.000Z')")
       << QStringLiteral("INSERT INTO credentials (catalog_id, id, position, title, cost, hours) "
                         "VALUES (1, 'sql', 0, 'SQL', 49, 12)");
    execAll(path, v5);
    const QByteArray v5Bytes = bytesOf(path);

    auto ws = openOrFail(path, quiet());
    ASSERT_TRUE(ws);
    EXPECT_EQ(ws->schemaVersion().value(), currentSchemaVersion());
    EXPECT_GE(currentSchemaVersion(), 6);
    EXPECT_EQ(ws->migrationBackup(), path + QStringLiteral(".bak-v5"));
    EXPECT_EQ(bytesOf(ws->migrationBackup()), v5Bytes);
    auto old = ws->loadCatalog(1);
    ASSERT_TRUE(old.ok()) << describe(old.error());
    ASSERT_EQ(old->credentials.size(), 1u);
    EXPECT_EQ(old->credentials[0].cost, 49);
    EXPECT_EQ(old->credentials[0].validMonths, 0);
    EXPECT_FALSE(old->credentials[0].renewal.has_value());

    // And what version 6 added works on it.
    auto added = ws->importCatalogJson(kKeepingFile);
    ASSERT_TRUE(added.ok()) << describe(added.error());
    EXPECT_EQ(ws->loadCatalog(*added).value(), catalogFile(kKeepingFile));
}
