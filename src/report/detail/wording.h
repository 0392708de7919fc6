#pragma once

#include <QString>
#include <cairn/engine/plan.h>

namespace cairn::report::detail {

/// UTF-8 std::string to QString.
inline QString q(const std::string& text) {
    return QString::fromStdString(text);
}

} // namespace cairn::report::detail
