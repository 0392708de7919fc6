#pragma once

#include "cairn/engine/catalog.h"

#include <string>
#include <string_view>

namespace cairn::detail {

// How validation names things in its sentences, kept in one place so every message reads alike.

/// “text”
std::string quoted(std::string_view text);
/// A credential as people know it: its title, or its id when it has none.
std::string displayName(const Credential& credential);
/// “Title” (id), or “id” when there is no title.
std::string label(const Credential& credential);
std::string label(const Goal& goal);
std::string label(const Skill& skill);
/// A number as people write it: "12", "2.5", "-3".
std::string formatNumber(double value);

} // namespace cairn::detail
