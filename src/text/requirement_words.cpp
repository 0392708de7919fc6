#include "cairn/text/requirement_words.h"

#include "detail/message_args.h"

#include <QStringList>

namespace cairn::text {

using detail::qs;

namespace {

QString joinWithLast(const QStringList& parts, const QString& conjunction) {
    if (parts.size() <= 1)
        return parts.join(QString());
    if (parts.size() == 2)
        return parts[0] + QLatin1Char(' ') + conjunction + QLatin1Char(' ') + parts[1];
    return QStringList(parts.mid(0, parts.size() - 1)).join(QStringLiteral(", ")) + QStringLiteral(", ") + conjunction +
           QLatin1Char(' ') + parts.last();
}
} // namespace

QString RequirementWords::describe(const Requirement& requirement) const {
    if (requirement.isNone())
        return tr("No prerequisites");
    return phrase(requirement, false);
}

QString RequirementWords::item(const Requirement& r) const {
    if (r.kind == Requirement::Kind::Credential) {
        const Credential* c = catalog_.findCredential(r.id);
        return c ? qs(c->title) : qs(r.id);
    }
    const Skill* s = catalog_.findSkill(r.id);
    const QString name = s ? qs(s->name) : qs(r.id);
    return tr("%1 at level %2").arg(name).arg(r.level);
}

QString RequirementWords::itemText(const QString& text) const {
    if (text.startsWith(QLatin1String("cred:")))
        return item(Requirement::credential(text.mid(5).toStdString()));
    if (text.startsWith(QLatin1String("skill:"))) {
        const QString rest = text.mid(6);
        const int at = rest.indexOf(QLatin1Char('@'));
        const int level = at < 0 ? 1 : rest.mid(at + 1).toInt();
        return item(Requirement::skill((at < 0 ? rest : rest.left(at)).toStdString(), level));
    }
    return text;
}

QString RequirementWords::choice(int needed, int size) {
    return needed >= size ? tr("All of these %n", nullptr, size) : tr("%L1 of these %L2").arg(needed).arg(size);
}

QString RequirementWords::phrase(const Requirement& r, bool nested) const {
    switch (r.kind) {
    case Requirement::Kind::None:
        return tr("nothing");
    case Requirement::Kind::Credential:
    case Requirement::Kind::Skill:
        return item(r);
    case Requirement::Kind::All:
    case Requirement::Kind::Any:
    case Requirement::Kind::AtLeast:
        break;
    }
    QStringList parts;
    for (const auto& m : r.members)
        parts << phrase(m, true);
    if (parts.size() == 1)
        return parts.first();
    if (r.kind == Requirement::Kind::All) {
        // At the top level "A, B and C" reads naturally; inside another group "both" or
        // "all of" keeps the grouping visible.
        const QString list = joinWithLast(parts, tr("and"));
        if (!nested)
            return list;
        return parts.size() == 2 ? tr("both %1").arg(list) : tr("all of %1").arg(list);
    }
    if (r.kind == Requirement::Kind::Any) {
        const QString list = joinWithLast(parts, tr("or"));
        return parts.size() == 2 ? tr("either %1").arg(list) : tr("one of %1").arg(list);
    }
    return tr("at least %1 of %2").arg(r.k).arg(joinWithLast(parts, tr("and")));
}

QString RequirementWords::missing(const Requirement& unmet) const {
    if (unmet.isItem())
        return item(unmet);
    QStringList options;
    for (const auto& option : unmet.members) {
        if (option.isItem() || option.kind != Requirement::Kind::All) {
            options << missing(option);
            continue;
        }
        QStringList all;
        for (const auto& part : option.members)
            all << missing(part);
        options << all.join(tr(" and ", "what is missing: one option's parts"));
    }
    const QString list = options.join(tr("; ", "what is missing: options"));
    if (unmet.kind == Requirement::Kind::AtLeast)
        return tr("%1 of: %2", "what is missing: 2 of: A; B; C").arg(unmet.k).arg(list);
    if (unmet.kind == Requirement::Kind::Any)
        return tr("one of: %1", "what is missing").arg(list);
    return options.join(tr(" and ", "what is missing: one option's parts"));
}

QString RequirementWords::itemList(const std::vector<Requirement>& items, bool all) const {
    // "A, B or C": the planner's lists of what a goal needs are short and flat.
    QString text;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0)
            text += i + 1 == items.size() ? QLatin1Char(' ') + (all ? tr("and") : tr("or")) + QLatin1Char(' ')
                                          : QStringLiteral(", ");
        text += item(items[i]);
    }
    return text;
}

} // namespace cairn::text
