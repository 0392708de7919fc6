#pragma once

#include "cairn/engine/catalog.h"
#include "cairn/engine/planner.h"
#include "cairn/engine/problem.h"
#include "cairn/engine/profile.h"

#include <optional>
#include <string>
#include <vector>

namespace cairn::detail {

// Every number and date of the model against its range in cairn/engine/limits.h. Validation
// reports them all; the planner refuses to start on the first, so that no input it is handed
// directly can overflow its integer arithmetic or schedule for centuries.

void checkNumbers(const Credential& credential, std::vector<Problem>& out);
void checkNumbers(const Goal& goal, std::vector<Problem>& out);
void checkNumbers(const Profile& profile, std::vector<Problem>& out);

/// The message when an offer's price is out of its range, or nullopt.
std::optional<Message> priceOutOfRange(const Offer& offer);

/// Why a plan cannot be computed from these numbers: the first one out of range (in the
/// profile, the request's budget and deadline, the catalog's credentials, goals and offers),
/// or nullopt.
std::optional<Message> numberOutOfRange(const Catalog& catalog, const Profile& profile, const PlanRequest& request);

} // namespace cairn::detail
