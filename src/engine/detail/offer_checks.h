#pragma once

#include "cairn/engine/catalog.h"
#include "cairn/engine/problem.h"

#include <vector>

namespace cairn::detail {

/// Problems of the catalog's offers (docs/formats.md, "Offer"): duplicate ids, a price out of
/// range, a subscription without a billing period, covers items that name nothing, and
/// credentials without a cost that no offer covers. Each names the offer and the field.
void checkOffers(const Catalog& catalog, std::vector<Problem>& out);

} // namespace cairn::detail
