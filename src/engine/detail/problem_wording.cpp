#include "detail/problem_wording.h"

#include <sstream>

namespace cairn::detail {

namespace {
std::string titled(std::string_view title, std::string_view id) {
    if (title.empty() || title == id)
        return quoted(id);
    return quoted(title) + " (" + std::string(id) + ")";
}
} // namespace

std::string quoted(std::string_view text) {
    return "\u201C" + std::string(text) + "\u201D";
}

std::string displayName(const Credential& credential) {
    return credential.title.empty() ? credential.id : credential.title;
}

std::string label(const Credential& credential) {
    return titled(credential.title, credential.id);
}
std::string label(const Goal& goal) {
    return titled(goal.title, goal.id);
}
std::string label(const Skill& skill) {
    return titled(skill.name, skill.id);
}

std::string formatNumber(double value) {
    std::ostringstream out;
    out.precision(12);
    out << value;
    return out.str();
}

} // namespace cairn::detail
