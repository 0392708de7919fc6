#include "cairn/io/catalog_rules.h"

#include "cairn/io/json_reader.h"

#include <algorithm>

namespace cairn::io {

using namespace Qt::Literals::StringLiterals;

// A catalog file must be able to hold the deepest requirement the rules allow.
static_assert(2 * kMaxRequirementGroups + 4 <= kMaxJsonDepth, "the JSON reader's nesting limit is too low");

bool isId(const QString& text) {
    if (text.isEmpty())
        return false;
    return std::all_of(text.begin(), text.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'.' ||
               c == u'_' || c == u'-';
    });
}

const QStringList& estimableFields() {
    static const QStringList fields = {u"cost"_s, u"hours"_s, u"pace"_s, u"credits"_s};
    return fields;
}

int requirementGroupDepth(const Requirement& requirement) {
    int deepest = 0;
    for (const Requirement& member : requirement.members)
        deepest = std::max(deepest, requirementGroupDepth(member));
    return requirement.isGroup() ? deepest + 1 : deepest;
}

} // namespace cairn::io
