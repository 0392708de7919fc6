#pragma once

#include "cairn/engine/goal.h"

#include <string>
#include <vector>

namespace cairn::detail {

/// Credits one credential offers toward a program, countable in any one of `categories`
/// (anywhere when the list is empty).
struct CreditSource {
    double credits = 0;
    std::vector<std::string> categories;
};

/// The most credits that can count toward a credits goal when each source is placed in one of
/// its categories and each category counts no more than its rule's `max`. Solved exactly as a
/// maximum flow (sources → categories → goal), so sources shared by categories are not
/// counted twice. Credits are counted to a thousandth.
double maxCountableCredits(const std::vector<CreditSource>& sources, const std::vector<CategoryRule>& rules);

} // namespace cairn::detail
