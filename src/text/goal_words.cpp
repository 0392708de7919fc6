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

namespace {

/// `head` and then `items`, comma-separated, broken before an item that would pass `width`.
QString wrappedList(const QString& head, const QStringList& items, int width) {
    const QString indent(4, u' ');
    QString out = head;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString item = items[i] + (i + 1 < items.size() ? QStringLiteral(",") : QString());
        if (out.size() - lineStart + 1 + item.size() > width && out.size() > lineStart + indent.size()) {
            out += u'\n';
            lineStart = out.size();
            out += indent + item;
        } else {
            out += u' ' + item;
        }
    }
    return out;
}

} // namespace

QStringList GoalWords::untaughtLists(const std::vector<UntaughtSkill>& left, int width) {
    QStringList essential, optional, lines;
    for (const UntaughtSkill& s : left) {
        if (s.why == UntaughtSkill::Why::LevelTooHigh)
            continue;
        (s.wanted.essential ? essential : optional) << QString::fromStdString(s.wanted.label);
    }
    if (!essential.isEmpty())
        lines << wrappedList(tr("Essential, no credential here teaches them (%1):").arg(essential.size()), essential,
                             width);
    if (!optional.isEmpty())
        lines << wrappedList(tr("Optional, no credential here teaches them (%1):").arg(optional.size()), optional,
                             width);
    for (const UntaughtSkill& s : left) {
        if (s.why == UntaughtSkill::Why::LevelTooHigh)
            lines << untaught(s);
    }
    return lines;
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
