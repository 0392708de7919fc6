#pragma once

#include "cairn/engine/message.h"
#include "cairn/engine/requirement.h"

#include <string>
#include <string_view>
#include <variant>

namespace cairn {

/// The requirement language's one-line text form, used in CSV files and shown to people:
///   item         := "cred:" ID | "skill:" ID [ "@" LEVEL ]
///   group        := "all(" list ")" | "any(" list ")" | "min(" K ";" list ")"
///   list         := expr { "," expr }
/// e.g. `all(skill:spreadsheets@1, any(cred:intro-statistics, skill:statistics))`.
/// An empty text is `None`.
/// Where the text stops making sense, and why, as a message (the RequirementText* codes) that
/// cairn_text words: the same mistake reads in German in the credential dialog.
struct RequirementTextError {
    std::size_t offset = 0; ///< 0-based byte offset of the problem
    Message what;
};

std::variant<Requirement, RequirementTextError> parseRequirementText(std::string_view text);
std::string toText(const Requirement& requirement);

} // namespace cairn
