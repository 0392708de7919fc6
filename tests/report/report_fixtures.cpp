#include "report_fixtures.h"

#include <QProcess>
#include <QStringList>

namespace cairn::report::test {

namespace {

const char* kTopics[] = {"Spreadsheet Foundations",
                         "SQL for Analysis",
                         "Statistics, Probability & Inference",
                         "Data Visualisation with \"Python\"",
                         "Dashboards; Reporting",
                         "Machine Learning Basics",
                         "Cloud Data Warehousing",
                         "Data Ethics and Privacy"};

std::string id(int i) {
    return "cred-" + std::to_string(i + 1);
}

} // namespace

Catalog makeCatalog(int credentials) {
    Catalog catalog;
    catalog.name = "Fixture Catalog";
    catalog.revision = "2027.1";
    catalog.currency = "USD";
    catalog.attribution = {"Course data courtesy of Example Open Data (CC BY 4.0).",
                           "Occupation links: O*NET 28.0 Database, U.S. Department of Labor."};
    for (int s = 0; s < 8; ++s) {
        Skill skill;
        skill.id = "skill-" + std::to_string(s);
        skill.name = std::string(kTopics[s]).substr(0, std::string(kTopics[s]).find(' '));
        catalog.skills.push_back(skill);
    }
    for (int i = 0; i < credentials; ++i) {
        Credential c;
        c.id = id(i);
        c.title = std::string(kTopics[i % 8]) + " " + std::to_string(i / 8 + 1);
        if (i == 2)
            c.title = "An Unusually Long Credential Title About Applied Statistical Modelling for Public Health "
                      "Programme Evaluation";
        c.provider = i % 2 == 0 ? "Northfield University" : "Open Skills Academy";
        c.url = "https://learn.example.org/courses/" + c.id;
        c.cost = 100 + 25 * (i % 7);
        c.hours = 20 + 5 * (i % 5);
        if (i % 6 == 5) {
            c.pace.kind = Pace::Kind::Cohort;
            c.pace.weeks = 6;
        }
        c.grants = {{"skill-" + std::to_string(i % 8), 1 + (i % 3)}};
        if (i > 0)
            c.prerequisites = Requirement::credential(id(i - 1 - (i % 3 == 0 && i > 3 ? 2 : 0)));
        c.credits = {{"degree-program", 3, {i % 2 == 0 ? "core" : "elective"}}};
        if (i == 1)
            c.estimated = {"hours"};
        catalog.credentials.push_back(c);
    }
    Program program;
    program.id = "degree-program";
    program.title = "BSc Data Science";
    program.institution = "Northfield University";
    program.categories = {"core", "elective"};
    catalog.programs.push_back(program);

    Goal analyst;
    analyst.id = "analyst";
    analyst.title = "Data Analyst";
    analyst.description = "Analyses data to answer business questions.";
    analyst.requirement = Requirement::all(
        {Requirement::skill("skill-0", 1), Requirement::skill("skill-1", 2), Requirement::skill("skill-3", 1)});
    catalog.goals.push_back(analyst);
    Goal degree;
    degree.id = "degree";
    degree.kind = Goal::Kind::Credits;
    degree.title = "Credit toward BSc Data Science";
    degree.program = "degree-program";
    degree.minCredits = 12;
    degree.categories = {{"core", 6, std::nullopt}, {"elective", std::nullopt, 6}};
    catalog.goals.push_back(degree);
    return catalog;
}

Plan makePlan(const Catalog& catalog, int credentials) {
    Plan plan;
    plan.status = PlanStatus::Optimal;
    plan.objective = Objective::Cost;
    plan.goal = "analyst";
    plan.hoursPerWeek = 10;
    plan.start = Date::fromYmd(2027, 1, 4);
    Date day = plan.start;
    for (int i = 0; i < credentials; ++i) {
        const Credential& c = catalog.credentials[i];
        PlannedCredential pc;
        pc.id = c.id;
        pc.title = c.title;
        pc.cost = c.cost;
        pc.hours = c.hours;
        pc.cohort = c.pace.isCohort();
        pc.start = day;
        const int weeks = static_cast<int>((c.hours + 9) / 10);
        pc.end = day.plusDays(7 * weeks - 1);
        day = pc.end.plusDays(1);
        if (i > 0)
            pc.reliesOn = {catalog.credentials[i - 1].id};
        if (i + 1 < credentials)
            pc.why.push_back({Reason::Kind::Prerequisite, "cred:" + c.id, catalog.credentials[i + 1].id, 0});
        if (i >= credentials - 2 || i < 2)
            pc.why.push_back({Reason::Kind::Goal, "skill:skill-" + std::to_string(i % 8), "analyst", 0});
        plan.totals.cost += pc.cost;
        plan.totals.hours += pc.hours;
        plan.totals.completion = pc.end;
        plan.totals.weeks += weeks;
        plan.credentials.push_back(pc);
    }
    return plan;
}

Plan makeCreditsPlan(const Catalog& catalog, int credentials) {
    Plan plan = makePlan(catalog, credentials);
    plan.goal = "degree";
    for (auto& pc : plan.credentials) {
        const Credential* c = catalog.findCredential(pc.id);
        pc.creditCategory = c->credits[0].categories[0];
        pc.creditsCounted = 3;
        pc.why = {{Reason::Kind::Credits, pc.creditCategory, "degree", 3}};
        plan.totals.credits += 3;
    }
    return plan;
}

Plan makeInfeasiblePlan() {
    Plan plan;
    plan.status = PlanStatus::Infeasible;
    plan.goal = "analyst";
    plan.start = Date::fromYmd(2027, 1, 4);
    plan.reason = {
        Message{Message::Code::Recorded, {arg::text("No credential in the catalog grants Statistics at level 4.")}}};
    return plan;
}

Profile makeProfile() {
    Profile profile;
    profile.name = "张伟 (Zhang Wei)";
    profile.hoursPerWeek = 10;
    profile.start = Date::fromYmd(2027, 1, 4);
    profile.skills = {{"skill-0", 1}};
    return profile;
}

QString runTool(const QString& program, const QStringList& arguments) {
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace cairn::report::test
