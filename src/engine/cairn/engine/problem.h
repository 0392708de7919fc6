#pragma once

#include "cairn/engine/message.h"

#include <string>
#include <vector>

namespace cairn {

/// One thing wrong with a catalog or profile, as data; text::MessageWords writes its sentence.
struct Problem {
    enum class Severity { Error, Warning };

    std::string code;   ///< stable machine code, e.g. "duplicate-id", "cycle"
    std::string object; ///< what it is about, e.g. "credential google-data-analytics", "goal data-analyst"
    Message message;    ///< what is wrong: a code and its facts
    Severity severity = Severity::Error;
    std::string credential; ///< the offending credential's id when there is one (for "select it" in the app)

    bool operator==(const Problem&) const = default;
};

[[nodiscard]] inline bool hasErrors(const std::vector<Problem>& problems) {
    for (const auto& p : problems)
        if (p.severity == Problem::Severity::Error)
            return true;
    return false;
}

} // namespace cairn
