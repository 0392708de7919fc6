#pragma once

// Catalogs, profiles and plans shared by the workspace tests.

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTemporaryDir>
#include <cairn/engine/catalog.h>
#include <cairn/engine/plan.h>
#include <cairn/store/workspace.h>
#include <gtest/gtest.h>
#include <memory>

namespace cairn::store::test {

inline std::string describe(const Error& e) {
    return e.toString().toStdString();
}

/// A file's bytes, to show that an operation left it exactly as it was.
inline QByteArray bytesOf(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// Runs statements on the file directly, as an older Cairn (or another program) would.
inline void execAll(const QString& path, const QStringList& statements) {
    const QString name = QStringLiteral("raw-statements");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        for (const QString& sql : statements) {
            QSqlQuery q(db);
            EXPECT_TRUE(q.exec(sql)) << sql.toStdString() << ": " << q.lastError().text().toStdString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

/// A small catalog that uses every field of the format, with text in several scripts.
inline Catalog richCatalog() {
    Catalog c;
    c.name = "Richer catalog — 数据 · بيانات 📊";
    c.currency = "EUR";
    c.revision = "2026.3";
    c.attribution = {"Figures as published by each provider.", "Includes O*NET data (CC BY 4.0)."};
    c.skills = {
        {"sql", "SQL", "http://data.europa.eu/esco/skill/sql", "Structured query language SQL", "Queries", "Data"},
        {"python", "Python 🐍", "", "Python", "", "Programming"},
        {"stats", "统计学", "", "", "Statistics in Chinese", "Data"},
        {"viz", "تصور البيانات", "", "", "", "Data"},
    };
    Credential intro;
    intro.id = "intro-sql";
    intro.title = "Intro to SQL, \"the basics\"";
    intro.provider = "Provider, Inc.";
    intro.url = "https://example.org/sql?a=1&b=2";
    intro.description = "Two lines\nof description";
    intro.cost = 49.99;
    intro.hours = 12.5;
    intro.grants = {{"sql", 1}};
    intro.tags = {"data", "beginner"};
    intro.source = "https://example.org/pricing";
    intro.asOf = "2026-10-01";
    intro.estimated = {"hours"};
    Credential py;
    py.id = "python-cohort";
    py.title = "Python in 8 weeks";
    py.provider = "Université de Montréal";
    py.cost = 1200;
    py.hours = 80;
    py.pace.kind = Pace::Kind::Cohort;
    py.pace.weeks = 8;
    py.pace.starts = {Date::fromYmd(2027, 1, 11), Date::fromYmd(2027, 4, 5)};
    py.grants = {{"python", 2}, {"stats", 1}};
    py.prerequisites =
        Requirement::all({Requirement::skill("sql", 1),
                          Requirement::any({Requirement::credential("intro-sql"), Requirement::skill("stats", 2)})});
    py.credits = {{"bs-data", 12, {"core", "elective"}}, {"cert-ai", 3.5, {}}};
    Credential viz;
    viz.id = "viz";
    viz.title = "可视化 ✨ Visualisation";
    viz.cost = 0;
    viz.hours = 0.1;
    viz.grants = {{"viz", 3}};
    viz.prerequisites = Requirement::atLeast(
        2, {Requirement::skill("sql", 1), Requirement::skill("python", 2), Requirement::credential("intro-sql")});
    c.credentials = {intro, py, viz};
    c.programs = {{"bs-data", "BSc Data Science", "Sample University", "https://example.edu", {"core", "elective"}},
                  {"cert-ai", "AI certificate", "", "", {}}};
    Goal analyst;
    analyst.id = "analyst";
    analyst.title = "Data analyst";
    analyst.onet = "15-2051.01";
    analyst.esco = "http://data.europa.eu/esco/occupation/x";
    analyst.description = "Analyses data";
    analyst.requirement = Requirement::all({Requirement::skill("sql", 1), Requirement::skill("viz", 2)});
    Goal degree;
    degree.id = "degree";
    degree.kind = Goal::Kind::Credits;
    degree.title = "Credits toward the BSc";
    degree.program = "bs-data";
    degree.minCredits = 12;
    degree.categories = {{"core", 6.0, std::nullopt}, {"elective", std::nullopt, 6.0}};
    c.goals = {analyst, degree};
    return c;
}

/// A plan over richCatalog(), as the planner might return it.
inline Plan samplePlan(double extraCost = 0) {
    Plan p;
    p.status = PlanStatus::Optimal;
    p.objective = Objective::Cost;
    p.goal = "analyst";
    p.start = Date::fromYmd(2027, 1, 4);
    p.hoursPerWeek = 8;
    PlannedCredential a;
    a.id = "intro-sql";
    a.title = "Intro to SQL";
    a.cost = 49.99;
    a.hours = 12.5;
    a.start = Date::fromYmd(2027, 1, 4);
    a.end = Date::fromYmd(2027, 1, 18);
    a.why = {{Reason::Kind::Goal, "skill:sql@1", "analyst", 0}};
    PlannedCredential b;
    b.id = "viz";
    b.title = "Visualisation";
    b.cost = extraCost;
    b.hours = 0.1;
    b.start = Date::fromYmd(2027, 1, 18);
    b.end = Date::fromYmd(2027, 1, 19);
    b.reliesOn = {"intro-sql"};
    b.why = {{Reason::Kind::Goal, "skill:viz@2", "analyst", 0}};
    p.credentials = {a, b};
    p.totals = {49.99 + extraCost, 12.6, 0, Date::fromYmd(2027, 1, 19), 3};
    p.load = {{0, 8}, {1, 4.6}};
    p.outOfPocket = p.totals.cost; // without funding the learner pays it all, as the planner says
    return p;
}

/// Two months of the platform's $49 monthly subscription, from 2027-01-04, paying for
/// `credentials` of samplePlan().
inline OfferPayment platformMonthly(std::vector<std::string> credentials) {
    OfferPayment monthly;
    monthly.offer = "platform-monthly";
    monthly.title = "Platform, monthly";
    monthly.kind = Offer::Kind::Subscription;
    monthly.period = Offer::Period::Month;
    monthly.price = 49;
    monthly.periods = 2;
    monthly.amount = 98;
    monthly.start = Date::fromYmd(2027, 1, 4);
    monthly.end = Date::fromYmd(2027, 3, 4);
    monthly.credentials = std::move(credentials);
    return monthly;
}

/// What migration 12 added, undone: a file as version 11 left it (SQLite).
inline QStringList withoutCaseloadColumns() {
    return {QStringLiteral("DROP INDEX clients_by_caseless_name"),
            QStringLiteral("ALTER TABLE plans DROP COLUMN completion")};
}

/// Statements that take a workspace back before migration 8: its row versions go (those of
/// client_goals go with that table, which a test going back before 7 drops).
inline QStringList withoutRowVersions() {
    QStringList out;
    for (const char* table : {"clients", "plans", "catalogs", "credentials", "skills"})
        out << QStringLiteral("ALTER TABLE %1 DROP COLUMN row_version").arg(QLatin1String(table));
    return out;
}

inline Workspace::Options quiet(int busyMs = 5000) {
    Workspace::Options o;
    o.seed = false;
    o.busyTimeoutMs = busyMs;
    return o;
}

/// Opens a workspace or fails the test with the error's sentence.
inline std::unique_ptr<Workspace> openOrFail(const QString& path, const Workspace::Options& options) {
    auto ws = Workspace::open(path, options);
    EXPECT_TRUE(ws.ok()) << (ws.ok() ? std::string() : ws.error().toString().toStdString());
    return ws.ok() ? std::move(*ws) : nullptr;
}

} // namespace cairn::store::test
