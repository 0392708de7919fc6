#pragma once

// The funding sources of a profile (docs/formats.md, "Funding source"): numbers in range, names
// unique, `covers` well written and naming what the catalog has. Private to the engine.

#include "cairn/engine/catalog.h"
#include "cairn/engine/problem.h"
#include "cairn/engine/profile.h"

#include <vector>

namespace cairn::detail {

/// What needs no catalog: share, cap, names, the form of `covers`, how many sources. The planner
/// refuses to start on the first of these.
void checkFunding(const Profile& profile, std::vector<Problem>& out);

/// `cred:` items naming no credential (errors), `provider:` and `tag:` items naming nothing in
/// the catalog (warnings: such a source pays for nothing).
void checkFundingCoverage(const Catalog& catalog, const Profile& profile, std::vector<Problem>& out);

} // namespace cairn::detail
