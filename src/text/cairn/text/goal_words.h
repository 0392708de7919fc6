#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <cairn/engine/skill_goal.h>

namespace cairn::text {

/// What a goal made from an occupation or a job ad leaves out of the plan, and why.
class GoalWords {
    Q_DECLARE_TR_FUNCTIONS(GoalWords)

public:
    /// "Essential: stakeholder management — no credential here teaches it", or for a skill
    /// taught below the wanted level "Essential: SQL — taught here up to level 2, not 3; planned to level 2".
    [[nodiscard]] static QString untaught(const UntaughtSkill& skill);
    /// The same for a whole goal, in a few lines a person can read through: the essential skills
    /// no credential here teaches in one list, the optional ones in another (each wrapped at
    /// `width` characters, continued with an indent), then one line per skill planned lower.
    [[nodiscard]] static QStringList untaughtLists(const std::vector<UntaughtSkill>& left, int width = 100);
    /// "Left out of the plan, as no credential here teaches them: 3 of the goal's 12 skills. The plan
    /// is for the rest." (and a sentence for skills planned to a lower level), or empty.
    [[nodiscard]] static QString summary(const std::vector<UntaughtSkill>& untaught, int wanted);
    /// "at least 3 of 8 optional skills" when the goal needed fewer than asked, else empty.
    [[nodiscard]] static QString optionalShortfall(int asked, int possible);
};

} // namespace cairn::text
