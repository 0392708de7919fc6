#include "cairn/text/goal_words.h"

#include <algorithm>

namespace cairn::text {

QString GoalWords::untaught(const UntaughtSkill& s) {
    const QString label = QString::fromStdString(s.wanted.label);
    const QString role = s.wanted.essential ? tr("Essential") : tr("Optional");
    switch (s.why) {
    case UntaughtSkill::Why::NotInCatalog:
    case UntaughtSkill::Why::NoCredential:
        return tr("%1: %2 — no credential here teaches it").arg(role, label);
    case UntaughtSkill::Why::LevelTooHigh:
        return tr("%1: %2 — taught here up to level %3, not %4; planned to level %3")
            .arg(role, label)
            .arg(s.taughtLevel)
            .arg(s.wanted.level);
    }
    return {};
}

QString GoalWords::summary(const std::vector<UntaughtSkill>& untaught, int wanted) {
    const auto left = std::count_if(untaught.begin(), untaught.end(),
                                    [](const UntaughtSkill& s) { return s.why != UntaughtSkill::Why::LevelTooHigh; });
    const auto lower = static_cast<qsizetype>(untaught.size()) - left;
    QString out;
    if (left > 0)
        out = tr("Left out of the plan, as no credential here teaches them: %1 of the goal's %2 skills. "
                 "The plan is for the rest.")
                  .arg(left)
                  .arg(wanted);
    if (lower > 0)
        out += (out.isEmpty() ? QString() : QStringLiteral(" ")) +
               tr("Planned to a lower level than the goal asks, as no credential here teaches more: %1 of its skills.")
                   .arg(lower);
    return out;
}

QString GoalWords::optionalShortfall(int asked, int possible) {
    if (possible >= asked)
        return {};
    return tr("The goal asks for %1 optional skills; credentials here teach only %2 of them, so the plan needs %2.")
        .arg(asked)
        .arg(possible);
}

} // namespace cairn::text
