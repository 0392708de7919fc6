#pragma once

#include "cairn/engine/catalog.h"
#include "cairn/engine/problem.h"
#include "cairn/engine/profile.h"

#include <vector>

namespace cairn {

/// Every problem of a catalog in one pass (see docs/formats.md for the list of codes).
std::vector<Problem> validate(const Catalog& catalog);

/// Problems of a profile against a catalog: unknown skills or credentials, bad numbers,
/// pinned and excluded at once, a pinned credential that can never be taken.
std::vector<Problem> validateProfile(const Catalog& catalog, const Profile& profile);

} // namespace cairn
