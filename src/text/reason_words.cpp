#include "cairn/text/reason_words.h"

#include "cairn/text/requirement_words.h"
#include "detail/message_args.h"

namespace cairn::text {

using detail::qs;

QString ReasonWords::sentence(const Reason& reason) const {
    const RequirementWords words(catalog_);
    const QString item = qs(reason.item);
    switch (reason.kind) {
    case Reason::Kind::Pinned:
        return tr("You pinned it to the plan.");
    case Reason::Kind::Goal: {
        if (item.isEmpty())
            return tr("Completes a combination that meets the goal's requirements at the least cost.");
        const Goal* goal = catalog_.findGoal(reason.target);
        return goal ? tr("Gives %1, which the goal '%2' needs.").arg(words.itemText(item), qs(goal->title))
                    : tr("Gives %1, which the goal needs.").arg(words.itemText(item));
    }
    case Reason::Kind::Prerequisite: {
        const Credential* needing = catalog_.findCredential(reason.target);
        const QString title = needing ? qs(needing->title) : qs(reason.target);
        return item.startsWith(QLatin1String("cred:"))
                   ? tr("A prerequisite of '%1'.").arg(title)
                   : tr("Gives %1, a prerequisite of '%2'.").arg(words.itemText(item), title);
    }
    case Reason::Kind::Credits: {
        const QString counted = format_.credits(reason.credits);
        const Goal* goal = catalog_.findGoal(reason.target);
        const Program* program = goal ? catalog_.findProgram(goal->program) : nullptr;
        if (!item.isEmpty() && program)
            return tr("Counts %1 toward %2 in %3.").arg(counted, item, qs(program->title));
        if (!item.isEmpty())
            return tr("Counts %1 toward %2.").arg(counted, item);
        if (program)
            return tr("Counts %1 in %2.").arg(counted, qs(program->title));
        return tr("Counts %1.").arg(counted);
    }
    }
    return {};
}

} // namespace cairn::text
