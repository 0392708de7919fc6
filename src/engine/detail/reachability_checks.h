#pragma once

#include "cairn/engine/catalog.h"
#include "cairn/engine/problem.h"

#include <string>
#include <string_view>
#include <vector>

namespace cairn::detail {

class Reachability;

/// Credentials no plan can ever include, starting from an empty profile: loops of credentials
/// that wait on each other ("cycle", each loop once, as a path) and the rest
/// ("unmeetable-prerequisite", naming the part that can never be met).
void checkPrerequisites(const Catalog& catalog, const Reachability& fromNothing, std::vector<Problem>& out);

/// Goals no plan can reach from an empty profile even taking every credential that can be
/// taken ("unreachable-goal"), including credits goals whose program cannot supply enough
/// credits overall or in a category.
void checkGoals(const Catalog& catalog, const Reachability& fromNothing, std::vector<Problem>& out);

/// True when `part` fails only because of things reported elsewhere as structural problems
/// (unknown ids, levels out of range, a credential requiring itself, impossible groups), so
/// saying it again would only repeat them. `self` is the owning credential's id, or empty.
bool reportedElsewhere(const Catalog& catalog, const Reachability& reach, const Requirement& part,
                       std::string_view self);

/// The clauses ("it needs …") explaining why `r` fails with everything `reach` can take,
/// leaving out what structural problems already say.
std::vector<Message> unmetClauses(const Catalog& catalog, const Reachability& reach, const Requirement& r,
                                  std::string_view self);

} // namespace cairn::detail
