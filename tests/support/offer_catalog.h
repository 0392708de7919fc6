#pragma once

// A small catalog with a certificate sold by the month beside an exam at its own price: the
// worked example of docs/planning-model.md ("Money"), shared by the tests that show offers.
#include <cairn/engine/catalog.h>

namespace cairn::examples {

/// Google Data Analytics (184 h) sold only at $49 a month, and a 25-hour Excel exam at its own
/// $100; the goal "analyst" needs what both give. At 10 hours a week from 2027-01-04 the exam
/// comes first and the certificate takes five months: $345 in all.
inline Catalog monthlyCertificateCatalog() {
    Catalog catalog;
    catalog.name = "Offers";
    catalog.currency = "USD";
    catalog.skills = {{"data", "Data analysis", {}, {}, {}, {}}, {"excel", "Spreadsheets", {}, {}, {}, {}}};
    Credential gda;
    gda.id = "google-data-analytics";
    gda.title = "Google Data Analytics";
    gda.provider = "Google";
    gda.hasCost = false;
    gda.hours = 184;
    gda.grants = {{"data", 2}};
    Credential exam;
    exam.id = "mo-210";
    exam.title = "Excel Associate exam";
    exam.provider = "Microsoft";
    exam.cost = 100;
    exam.hours = 25;
    exam.grants = {{"excel", 2}};
    catalog.credentials = {gda, exam};
    Offer monthly;
    monthly.id = "gda-monthly";
    monthly.title = "Google Data Analytics, monthly";
    monthly.provider = "Coursera";
    monthly.kind = Offer::Kind::Subscription;
    monthly.period = Offer::Period::Month;
    monthly.price = 49;
    monthly.covers = {"cred:google-data-analytics"};
    catalog.offers = {monthly};
    Goal goal;
    goal.id = "analyst";
    goal.title = "Data Analyst";
    goal.requirement = Requirement::all({Requirement::skill("data", 2), Requirement::skill("excel", 2)});
    catalog.goals = {goal};
    return catalog;
}

/// Two 40-hour certificates, each $49 a month on its own or both on "Plus" at $59 a month; the
/// goal "both" needs both. At 10 hours a week each takes four weeks: two subscriptions, $98. At
/// 20 hours a week both fit one month of Plus: $59, where one by one they would still cost $98.
inline Catalog sharedSubscriptionCatalog() {
    Catalog catalog;
    catalog.name = "Shared subscription";
    catalog.currency = "USD";
    catalog.skills = {{"x", "Skill X", {}, {}, {}, {}}, {"y", "Skill Y", {}, {}, {}, {}}};
    auto certificate = [](const std::string& id, const std::string& skill) {
        Credential c;
        c.id = id;
        c.title = "Certificate " + id;
        c.provider = "P";
        c.hasCost = false;
        c.hours = 40;
        c.grants = {{skill, 2}};
        c.tags = {"plus"};
        return c;
    };
    catalog.credentials = {certificate("a", "x"), certificate("b", "y")};
    auto monthly = [](const std::string& id, const std::string& title, double price, const std::string& covers) {
        Offer o;
        o.id = id;
        o.title = title;
        o.provider = "P";
        o.kind = Offer::Kind::Subscription;
        o.period = Offer::Period::Month;
        o.price = price;
        o.covers = {covers};
        return o;
    };
    catalog.offers = {monthly("a-monthly", "A, monthly", 49, "cred:a"),
                      monthly("b-monthly", "B, monthly", 49, "cred:b"),
                      monthly("plus-monthly", "Plus, monthly", 59, "tag:plus")};
    Goal goal;
    goal.id = "both";
    goal.title = "Both skills";
    goal.requirement = Requirement::all({Requirement::skill("x", 2), Requirement::skill("y", 2)});
    catalog.goals = {goal};
    return catalog;
}

} // namespace cairn::examples
