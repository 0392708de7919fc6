#pragma once

#include <QString>
#include <cairn/engine/plan.h>

namespace cairn::report::detail {

/// Stable lower-case names used in the machine-readable exports.
const char* statusKey(PlanStatus status);
const char* objectiveKey(Objective objective);

/// UTF-8 std::string to QString.
inline QString q(const std::string& text) {
    return QString::fromStdString(text);
}

} // namespace cairn::report::detail
