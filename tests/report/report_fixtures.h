#pragma once

#include <QString>
#include <cairn/engine/catalog.h>
#include <cairn/engine/plan.h>
#include <cairn/engine/profile.h>
#include <string>

namespace cairn::report::test {

/// A hand-built catalog of `credentials` credentials in a prerequisite chain-and-fan shape, a
/// career goal "analyst" needing skills from the last few, and a credits goal "degree".
Catalog makeCatalog(int credentials);

/// A plan taking every credential of makeCatalog(n) in order, each starting after the previous one
/// ends, at 10 hours a week from 2027-01-04.
Plan makePlan(const Catalog& catalog, int credentials);

/// A plan toward the credits goal "degree" over the first `credentials` credentials.
Plan makeCreditsPlan(const Catalog& catalog, int credentials);

Plan makeInfeasiblePlan();

Profile makeProfile();

/// Runs a poppler tool and returns its standard output; empty when it fails.
QString runTool(const QString& program, const QStringList& arguments);

} // namespace cairn::report::test
