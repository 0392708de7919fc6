#include "cairn/store/schema.h"

#include "audit_trail.h"

namespace cairn::store {

QStringList schemaV1() {
    // `catalogs.name` is the workspace's unique label for a catalog; `title` is the catalog's
    // own name as its file gives it, so exporting gives back exactly what was imported.
    // Catalog content lives in real tables so a catalog can be edited one credential at a time;
    // `position` keeps each list in the order it was imported. Small lists that are only ever
    // read whole with their owner (attribution, tags, cohort starts, credit offers, the skills
    // a credential grants as [skill, level] pairs) are JSON arrays: a child table of grants
    // made a 100,000-credential import twice as slow, and SQLite's json_each() still answers
    // "which credentials grant this skill". Requirements are stored in the requirement language's text form. Item
    // tables are keyed by (catalog, id) WITHOUT ROWID: one B-tree per table, which halves the cost of large imports.
    return {
        QStringLiteral("CREATE TABLE catalogs ("
                       " id INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL UNIQUE,"
                       " title TEXT NOT NULL DEFAULT '',"
                       " currency TEXT NOT NULL,"
                       " revision TEXT NOT NULL DEFAULT '',"
                       " attribution TEXT NOT NULL DEFAULT '[]',"
                       " edits INTEGER NOT NULL DEFAULT 0,"
                       " created_at TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE skills ("
                       " catalog_id INTEGER NOT NULL REFERENCES catalogs(id) ON DELETE CASCADE,"
                       " id TEXT NOT NULL,"
                       " position INTEGER NOT NULL,"
                       " name TEXT NOT NULL,"
                       " esco TEXT NOT NULL DEFAULT '',"
                       " onet TEXT NOT NULL DEFAULT '',"
                       " description TEXT NOT NULL DEFAULT '',"
                       " area TEXT NOT NULL DEFAULT '',"
                       " PRIMARY KEY (catalog_id, id)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE credentials ("
                       " catalog_id INTEGER NOT NULL REFERENCES catalogs(id) ON DELETE CASCADE,"
                       " id TEXT NOT NULL,"
                       " position INTEGER NOT NULL,"
                       " title TEXT NOT NULL,"
                       " provider TEXT NOT NULL DEFAULT '',"
                       " url TEXT NOT NULL DEFAULT '',"
                       " description TEXT NOT NULL DEFAULT '',"
                       " cost REAL NOT NULL DEFAULT 0,"
                       " hours REAL NOT NULL DEFAULT 0,"
                       " cohort INTEGER NOT NULL DEFAULT 0,"
                       " weeks INTEGER NOT NULL DEFAULT 0,"
                       " starts TEXT NOT NULL DEFAULT '[]',"
                       " requires TEXT NOT NULL DEFAULT '',"
                       " credits TEXT NOT NULL DEFAULT '[]',"
                       " tags TEXT NOT NULL DEFAULT '[]',"
                       " source TEXT NOT NULL DEFAULT '',"
                       " as_of TEXT NOT NULL DEFAULT '',"
                       " estimated TEXT NOT NULL DEFAULT '[]',"
                       " grants TEXT NOT NULL DEFAULT '[]',"
                       " PRIMARY KEY (catalog_id, id)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE programs ("
                       " catalog_id INTEGER NOT NULL REFERENCES catalogs(id) ON DELETE CASCADE,"
                       " id TEXT NOT NULL,"
                       " position INTEGER NOT NULL,"
                       " title TEXT NOT NULL,"
                       " institution TEXT NOT NULL DEFAULT '',"
                       " url TEXT NOT NULL DEFAULT '',"
                       " categories TEXT NOT NULL DEFAULT '[]',"
                       " PRIMARY KEY (catalog_id, id)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE goals ("
                       " catalog_id INTEGER NOT NULL REFERENCES catalogs(id) ON DELETE CASCADE,"
                       " id TEXT NOT NULL,"
                       " position INTEGER NOT NULL,"
                       " kind TEXT NOT NULL CHECK (kind IN ('career', 'credits')),"
                       " title TEXT NOT NULL,"
                       " description TEXT NOT NULL DEFAULT '',"
                       " onet TEXT NOT NULL DEFAULT '',"
                       " esco TEXT NOT NULL DEFAULT '',"
                       " requires TEXT NOT NULL DEFAULT '',"
                       " program TEXT NOT NULL DEFAULT '',"
                       " min_credits REAL NOT NULL DEFAULT 0,"
                       " categories TEXT NOT NULL DEFAULT '[]',"
                       " PRIMARY KEY (catalog_id, id)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE clients ("
                       " id INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL,"
                       " contact TEXT NOT NULL DEFAULT '',"
                       " notes TEXT NOT NULL DEFAULT '',"
                       " catalog_id INTEGER REFERENCES catalogs(id) ON DELETE SET NULL,"
                       " goal TEXT NOT NULL DEFAULT '',"
                       " profile TEXT NOT NULL,"
                       " created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE plans ("
                       " id INTEGER PRIMARY KEY,"
                       " client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,"
                       " version INTEGER NOT NULL,"
                       " catalog_id INTEGER REFERENCES catalogs(id) ON DELETE SET NULL,"
                       " title TEXT NOT NULL DEFAULT '',"
                       " status TEXT NOT NULL,"
                       " cost REAL NOT NULL DEFAULT 0,"
                       " hours REAL NOT NULL DEFAULT 0,"
                       " credential_count INTEGER NOT NULL DEFAULT 0,"
                       " inputs TEXT NOT NULL,"
                       " result TEXT NOT NULL,"
                       " created_at TEXT NOT NULL,"
                       " UNIQUE (client_id, version))"),
    };
}

const std::vector<Migration>& migrations() {
    static const std::vector<Migration> all = {
        {1, QStringLiteral("catalogs, skills, credentials, programs, goals, clients and saved plans"), schemaV1()},
        {2,
         QStringLiteral("notes and edit times on saved plans; clients looked up by name"),
         {
             QStringLiteral("ALTER TABLE plans ADD COLUMN note TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE plans ADD COLUMN updated_at TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("UPDATE plans SET updated_at = created_at"),
             QStringLiteral("CREATE INDEX clients_by_name ON clients(name)"),
         }},
        {3,
         QStringLiteral("timestamped notes on clients and their saved plans"),
         {
             // A note outlives the plan it was written about (plan_id becomes NULL), not the client.
             QStringLiteral("CREATE TABLE notes ("
                            " id INTEGER PRIMARY KEY,"
                            " client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,"
                            " plan_id INTEGER REFERENCES plans(id) ON DELETE SET NULL,"
                            " text TEXT NOT NULL,"
                            " created_at TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX notes_by_client ON notes(client_id, created_at)"),
             // The one notes text a client had before becomes their first timestamped note.
             QStringLiteral("INSERT INTO notes (client_id, text, created_at)"
                            " SELECT id, notes, created_at FROM clients WHERE notes <> ''"),
         }},
        {4,
         QStringLiteral("the demo clients Maria Alvarez and Jamal Robinson plan against the career catalog"),
         {
             // Their profiles name skills of the bundled career catalog, but seeding attached them
             // to the sample catalog, which also has their goal; planning then refused them. Only
             // clients exactly as seeded are moved: the seed's note, still on the bundled sample
             // catalog, no saved plans, and the bundled career catalog present by its own name.
             QStringLiteral(
                 "UPDATE clients SET catalog_id = (SELECT id FROM catalogs WHERE name = 'Cairn career catalog')"
                 " WHERE notes IN ('Demo client from the bundled profile maria-teacher-to-data.json.',"
                 " 'Demo client from the bundled profile jamal-retail-to-it-support.json.')"
                 " AND catalog_id = (SELECT id FROM catalogs WHERE name = 'Cairn sample catalog')"
                 " AND EXISTS (SELECT 1 FROM catalogs WHERE name = 'Cairn career catalog')"
                 " AND NOT EXISTS (SELECT 1 FROM plans WHERE plans.client_id = clients.id)"),
         }},
        {5,
         QStringLiteral("offers (one-time, subscription, bundle); credentials sold only through an offer"),
         {
             // As the catalog format's version 2 has them. `covers` is the JSON array of its
             // "cred:ID" and "tag:TAG" items, read whole with the offer like a credential's tags;
             // `period` is empty except on a subscription.
             QStringLiteral("CREATE TABLE offers ("
                            " catalog_id INTEGER NOT NULL REFERENCES catalogs(id) ON DELETE CASCADE,"
                            " id TEXT NOT NULL,"
                            " position INTEGER NOT NULL,"
                            " title TEXT NOT NULL,"
                            " provider TEXT NOT NULL DEFAULT '',"
                            " kind TEXT NOT NULL CHECK (kind IN ('one-time', 'subscription', 'bundle')),"
                            " price REAL NOT NULL,"
                            " period TEXT NOT NULL DEFAULT '' CHECK (period IN ('', 'month', 'year')),"
                            " covers TEXT NOT NULL DEFAULT '[]',"
                            " url TEXT NOT NULL DEFAULT '',"
                            " source TEXT NOT NULL DEFAULT '',"
                            " as_of TEXT NOT NULL DEFAULT '',"
                            " estimated INTEGER NOT NULL DEFAULT 0,"
                            " PRIMARY KEY (catalog_id, id)) WITHOUT ROWID"),
             // A flag beside `cost` rather than a NULL cost: SQLite cannot drop NOT NULL from a
             // column in place, and every credential stored so far has its own cost.
             QStringLiteral("ALTER TABLE credentials ADD COLUMN has_cost INTEGER NOT NULL DEFAULT 1"),
         }},
        {6,
         QStringLiteral("a credential's validity, renewal and ranges"),
         {
             // As the catalog format's version 3 has them, one JSON object of those fields
             // (cairn/io/keeping_json.h); '{}' for a credential without any, as every one stored so far.
             QStringLiteral("ALTER TABLE credentials ADD COLUMN keeping TEXT NOT NULL DEFAULT '{}'"),
         }},
        {7,
         QStringLiteral("a client's own goals, made from an ESCO occupation or a job ad"),
         {
             // `number` is the N of the goal's id "own:N", never reused while a goal or saved plan
             // of the client names it; `goal` is the goal in the cairn-goal JSON form
             // (cairn/io/skill_goal_json.h), which carries its skills, levels and source.
             QStringLiteral("CREATE TABLE client_goals ("
                            " client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,"
                            " number INTEGER NOT NULL CHECK (number > 0),"
                            " title TEXT NOT NULL,"
                            " goal TEXT NOT NULL,"
                            " created_at TEXT NOT NULL,"
                            " PRIMARY KEY (client_id, number)) WITHOUT ROWID"),
         }},
        {8,
         QStringLiteral("row versions on what two advisors can edit at once"),
         {
             // Every update of these rows adds one and names the version it read; a save that
             // finds another version changes nothing and is refused as stale (optimistic, so no
             // lock is held while a person thinks). Rows there before start at version 1.
             QStringLiteral("ALTER TABLE clients ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1"),
             QStringLiteral("ALTER TABLE plans ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1"),
             QStringLiteral("ALTER TABLE catalogs ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1"),
             QStringLiteral("ALTER TABLE credentials ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1"),
             QStringLiteral("ALTER TABLE skills ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1"),
             QStringLiteral("ALTER TABLE client_goals ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1"),
         }},
        {9,
         QStringLiteral("who a client belongs to, and the advisors they are shared with"),
         {
             // `owner` is the advisor's database role on a server; empty in a file, which is one
             // person's, and for the clients a server held before it had owners (a manager
             // reassigns them). `advisor` in client_shares is a role name too.
             QStringLiteral("ALTER TABLE clients ADD COLUMN owner TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("CREATE TABLE client_shares ("
                            " client_id INTEGER NOT NULL REFERENCES clients(id) ON DELETE CASCADE,"
                            " advisor TEXT NOT NULL,"
                            " PRIMARY KEY (client_id, advisor)) WITHOUT ROWID"),
             QStringLiteral("CREATE INDEX client_shares_by_advisor ON client_shares(advisor)"),
             QStringLiteral("CREATE INDEX clients_by_owner ON clients(owner)"),
         },
         {
             // A client added on a server, by Cairn or by plain SQL, belongs to whoever adds it.
             QStringLiteral("ALTER TABLE clients ALTER COLUMN owner SET DEFAULT current_user"),
         }},
        {10,
         QStringLiteral("on a server, each committed change is announced to the other windows"),
         {},
         {
             // Workspace::watchChanges listens on the channel (kChangeChannel). A trigger rather
             // than a NOTIFY from Cairn's own writes announces changes made by any program, and
             // PostgreSQL sends one notification per transaction, at its commit. EXECUTE PROCEDURE
             // is the spelling PostgreSQL 10, the oldest Cairn opens, understands; it has no CREATE OR
             // REPLACE TRIGGER, hence the DROP first, so that running this again is harmless.
             QStringLiteral("CREATE OR REPLACE FUNCTION cairn_announce_change() RETURNS trigger LANGUAGE plpgsql AS"
                            " $$ BEGIN PERFORM pg_notify('cairn_workspace_changed', ''); RETURN NULL; END $$"),
             QStringLiteral("DROP TRIGGER IF EXISTS catalogs_changed ON catalogs"),
             QStringLiteral("CREATE TRIGGER catalogs_changed AFTER INSERT OR UPDATE OR DELETE ON catalogs"
                            " FOR EACH STATEMENT EXECUTE PROCEDURE cairn_announce_change()"),
             QStringLiteral("DROP TRIGGER IF EXISTS skills_changed ON skills"),
             QStringLiteral("CREATE TRIGGER skills_changed AFTER INSERT OR UPDATE OR DELETE ON skills"
                            " FOR EACH STATEMENT EXECUTE PROCEDURE cairn_announce_change()"),
             QStringLiteral("DROP TRIGGER IF EXISTS credentials_changed ON credentials"),
             QStringLiteral("CREATE TRIGGER credentials_changed AFTER INSERT OR UPDATE OR DELETE ON credentials"
                            " FOR EACH STATEMENT EXECUTE PROCEDURE cairn_announce_change()"),
             QStringLiteral("DROP TRIGGER IF EXISTS programs_changed ON programs"),
             QStringLiteral("CREATE TRIGGER programs_changed AFTER INSERT OR UPDATE OR DELETE ON programs"
                            " FOR EACH STATEMENT EXECUTE PROCEDURE cairn_announce_change()"),
             QStringLiteral("DROP TRIGGER IF EXISTS goals_changed ON goals"),
             QStringLiteral("CREATE TRIGGER goals_changed AFTER INSERT OR UPDATE OR DELETE ON goals"
                            " FOR EACH STATEMENT EXECUTE PROCEDURE cairn_announce_change()"),
             QStringLiteral("DROP TRIGGER IF EXISTS offers_changed ON offers"),
             QStringLiteral("CREATE TRIGGER offers_changed AFTER INSERT OR UPDATE OR DELETE ON offers"
                            " FOR EACH STATEMENT EXECUTE PROCEDURE cairn_announce_change()"),
             QStringLiteral("DROP TRIGGER IF EXISTS clients_changed ON clients"),
             QStringLiteral("CREATE TRIGGER clients_changed AFTER INSERT OR UPDATE OR DELETE ON clients"
                            " FOR EACH STATEMENT EXECUTE PROCEDURE cairn_announce_change()"),
             QStringLiteral("DROP TRIGGER IF EXISTS plans_changed ON plans"),
             QStringLiteral("CREATE TRIGGER plans_changed AFTER INSERT OR UPDATE OR DELETE ON plans"
                            " FOR EACH STATEMENT EXECUTE PROCEDURE cairn_announce_change()"),
             QStringLiteral("DROP TRIGGER IF EXISTS notes_changed ON notes"),
             QStringLiteral("CREATE TRIGGER notes_changed AFTER INSERT OR UPDATE OR DELETE ON notes"
                            " FOR EACH STATEMENT EXECUTE PROCEDURE cairn_announce_change()"),
             QStringLiteral("DROP TRIGGER IF EXISTS client_goals_changed ON client_goals"),
             QStringLiteral("CREATE TRIGGER client_goals_changed AFTER INSERT OR UPDATE OR DELETE ON client_goals"
                            " FOR EACH STATEMENT EXECUTE PROCEDURE cairn_announce_change()"),
             QStringLiteral("DROP TRIGGER IF EXISTS client_shares_changed ON client_shares"),
             QStringLiteral("CREATE TRIGGER client_shares_changed AFTER INSERT OR UPDATE OR DELETE ON client_shares"
                            " FOR EACH STATEMENT EXECUTE PROCEDURE cairn_announce_change()"),
         }},
        {11, QStringLiteral("an audit trail: who changed which client, plan or catalog entry, when, from what to what"),
         // Written by triggers (audit_trail.h): on a server permanent ones, in a file temporary
         // ones that each opening adds with the computer's user's name.
         detail::auditTrailSchema(), detail::serverAuditTriggers()},
        {12,
         QStringLiteral("the caseload read a page at a time: clients by name, each latest plan's completion"),
         {
             // The caseload lists each client's latest plan with its completion date. It lived only
             // in the plan's JSON, so listing 100,000 clients parsed 100,000 saved plans; a column
             // beside cost and hours lets the caseload read summaries only. Filled from the JSON
             // for the plans saved so far (below, in each back end's spelling).
             QStringLiteral("ALTER TABLE plans ADD COLUMN completion TEXT NOT NULL DEFAULT ''"),
         },
         {
             // Pages of the caseload come in the order of lower(name) (Dialect::caseless), and a
             // search narrows that order; the index hands out a page without sorting every client.
             QStringLiteral("CREATE INDEX clients_by_caseless_name ON clients (lower(name), id)"),
             // Read with a pattern, not as JSON: one damaged plan must not stop the migration.
             // "completion" is a key of the plan's totals only (snapshot_json.cpp).
             QStringLiteral(
                 "UPDATE plans SET completion ="
                 " COALESCE(substring(result from '\"completion\": *\"([0-9]{4}-[0-9]{2}-[0-9]{2})\"'), '')"),
         },
         {
             QStringLiteral("CREATE INDEX clients_by_caseless_name ON clients (name COLLATE NOCASE, id)"),
             QStringLiteral("UPDATE plans SET completion = COALESCE(json_extract(result, '$.totals.completion'), '')"
                            " WHERE json_valid(result)"),
         }},
    };
    return all;
}

int currentSchemaVersion() {
    return migrations().back().version;
}

} // namespace cairn::store
