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

} // namespace cairn::examples
