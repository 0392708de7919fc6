#include "cairn/app/undo/set_skill_level_command.h"

#include "cairn/app/common/qt_convert.h"
#include "cairn/app/session/planning_session.h"

#include <QCoreApplication>
#include <algorithm>

namespace cairn::app {

namespace {
Profile withLevel(Profile p, const std::string& skill, int level) {
    auto it = std::find_if(p.skills.begin(), p.skills.end(), [&](const SkillLevel& s) { return s.skill == skill; });
    if (level <= 0) {
        if (it != p.skills.end())
            p.skills.erase(it);
    } else if (it != p.skills.end()) {
        it->level = level;
    } else {
        p.skills.push_back({skill, level});
    }
    return p;
}

QString describeChange(const PlanningSession* s, const std::string& skill, int level) {
    const Skill* k = s->catalog().findSkill(skill);
    const QString name = k ? qs(k->name) : qs(skill);
    return level <= 0 ? QCoreApplication::translate("cairn::app::SetSkillLevelCommand", "Remove skill %1").arg(name)
                      : QCoreApplication::translate("cairn::app::SetSkillLevelCommand", "Set %1 to level %2")
                            .arg(name)
                            .arg(level);
}
} // namespace

SetSkillLevelCommand::SetSkillLevelCommand(PlanningSession* session, const std::string& skillId, int level)
    : ProfileCommand(session, withLevel(session->profile(), skillId, level), describeChange(session, skillId, level)),
      skill_(skillId) {}

bool SetSkillLevelCommand::mergeWith(const QUndoCommand* other) {
    const auto* o = dynamic_cast<const SetSkillLevelCommand*>(other);
    if (!o || o->skill_ != skill_)
        return false;
    after_ = o->after_;
    setText(o->text());
    setObsolete(after_ == before_);
    return true;
}

} // namespace cairn::app
