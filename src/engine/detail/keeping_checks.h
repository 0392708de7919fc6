#pragma once

#include "cairn/engine/catalog.h"
#include "cairn/engine/problem.h"

#include <vector>

namespace cairn::detail {

/// Problems of the keeping and range fields of the credentials (format version 3): validity and
/// renewal periods out of range, negative fees or hours, a range whose low is above its high or
/// that misses the typical figure, a renewal without a validity, and `renewed_by` ids that name no
/// other credential. Each names the credential and the field.
void checkKeeping(const Catalog& catalog, std::vector<Problem>& out);

} // namespace cairn::detail
