#pragma once

// A small catalog with a certificate sold by the month, shared by the app's tests of offers.

// moc (Qt 6.4) cannot parse libstdc++'s <compare>, which the engine's date.h includes; the
// tests that include this are moc'ed, and moc needs nothing from here.
#ifndef Q_MOC_RUN
#include <cairn/engine/planner.h>

namespace cairn::app::test {

struct OfferFixture {
    Catalog catalog;
    Profile profile;
    Plan plan;
};

/// Google Data Analytics (184 h) sold at $49 a month, with a 25-hour exam at its own $100 first,
/// planned at 10 hours a week from 2027-01-04.
inline OfferFixture monthlyCertificate() {
    Catalog catalog;
    catalog.name = "Offers";
    catalog.skills = {{"data", "Data", {}, {}, {}, {}}, {"excel", "Excel", {}, {}, {}, {}}};
    Credential gda;
    gda.id = "gda";
    gda.title = "Google Data Analytics";
    gda.hasCost = false;
    gda.hours = 184;
    gda.grants = {{"data", 2}};
    Credential exam;
    exam.id = "exam";
    exam.title = "Excel exam";
    exam.cost = 100;
    exam.hours = 25;
    exam.grants = {{"excel", 2}};
    catalog.credentials = {gda, exam};
    Offer monthly;
    monthly.id = "gda-monthly";
    monthly.title = "Google Data Analytics, monthly";
    monthly.kind = Offer::Kind::Subscription;
    monthly.period = Offer::Period::Month;
    monthly.price = 49;
    monthly.covers = {"cred:gda"};
    catalog.offers = {monthly};
    Goal goal;
    goal.id = "analyst";
    goal.title = "Analyst";
    goal.requirement = Requirement::all({Requirement::skill("data", 2), Requirement::skill("excel", 2)});
    catalog.goals = {goal};
    Profile profile;
    profile.hoursPerWeek = 10;
    profile.start = Date::fromYmd(2027, 1, 4);
    PlanRequest request;
    request.goal = "analyst";
    Plan planned = cairn::plan(catalog, profile, request);
    return {std::move(catalog), std::move(profile), std::move(planned)};
}

} // namespace cairn::app::test
#endif
