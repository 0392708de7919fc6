#pragma once

// A small catalog with a certificate sold by the month, shared by the app's tests of offers.

// moc (Qt 6.4) cannot parse libstdc++'s <compare>, which the engine's date.h includes; the
// tests that include this are moc'ed, and moc needs nothing from here.
#ifndef Q_MOC_RUN
#include "offer_catalog.h"

#include <cairn/engine/planner.h>

namespace cairn::app::test {

struct OfferFixture {
    Catalog catalog;
    Profile profile;
    Plan plan;
};

/// The monthly certificate and the exam of offer_catalog.h, planned at 10 hours a week from
/// 2027-01-04.
inline OfferFixture monthlyCertificate() {
    Catalog catalog = cairn::examples::monthlyCertificateCatalog();
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
