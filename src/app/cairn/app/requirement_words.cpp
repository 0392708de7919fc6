#include "cairn/app/requirement_words.h"

#include "cairn/app/qt_convert.h"

#include <QStringList>

namespace cairn::app {

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

} // namespace cairn::app
