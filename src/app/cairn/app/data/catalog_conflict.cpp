#include "cairn/app/data/catalog_conflict.h"

#include "cairn/app/common/qt_convert.h"

#include <QCoreApplication>
#include <QStringList>
#include <cairn/engine/requirement_text.h>

namespace cairn::app {

namespace {

QString translated(const char* text) {
    return QCoreApplication::translate("cairn::app::CatalogConflict", text);
}

QString listText(const std::vector<std::string>& items) {
    QStringList out;
    for (const auto& item : items)
        out << qs(item);
    return out.join(QStringLiteral(", "));
}

QString grantsText(const std::vector<SkillLevel>& grants) {
    QStringList out;
    for (const auto& g : grants)
        out << QStringLiteral("%1 %2").arg(qs(g.skill)).arg(g.level);
    return out.join(QStringLiteral(", "));
}

QString creditsText(const std::vector<CreditOffer>& credits) {
    QStringList out;
    for (const auto& c : credits)
        out << QStringLiteral("%1 %2").arg(qs(c.program)).arg(c.credits);
    return out.join(QStringLiteral(", "));
}

QString costText(const Credential& c) {
    return c.hasCost ? QString::number(c.cost, 'f', 2) : translated("only through an offer");
}

QString paceText(const Pace& pace) {
    if (!pace.isCohort())
        return translated("self-paced");
    QStringList starts;
    for (const Date& d : pace.starts)
        starts << qs(d.toIso());
    return QCoreApplication::translate("cairn::app::CatalogConflict", "cohort of %n weeks, starting %1", nullptr,
                                       pace.weeks)
        .arg(starts.join(QStringLiteral(", ")));
}

QString validText(int months) {
    return months == 0 ? translated("does not expire")
                       : QCoreApplication::translate("cairn::app::CatalogConflict", "%n months", nullptr, months);
}

/// Adds a line for `field` when the two texts differ.
class DifferenceList {
public:
    void add(const char* field, const QString& mine, const QString& theirs, bool freeText = false) {
        if (mine != theirs)
            out_.push_back({translated(field), mine, theirs, freeText});
    }
    /// One line for whatever else differs, so that no difference goes unmentioned.
    void addRest(bool restDiffers) {
        if (restDiffers)
            out_.push_back({translated("Other details"), translated("yours"), translated("theirs"), false});
    }
    std::vector<FieldDifference> take() { return std::move(out_); }

private:
    std::vector<FieldDifference> out_;
};

/// `mine`'s field takes theirs when this window left it as it read it.
template <class Entry, class Field>
void takeUnchanged(Entry& mine, const Entry& base, const Entry& theirs, Field Entry::*field) {
    if (mine.*field == base.*field)
        mine.*field = theirs.*field;
}

template <class Entry, class... Fields>
void takeAllUnchanged(Entry& mine, const Entry& base, const Entry& theirs, Fields Entry::*... fields) {
    (takeUnchanged(mine, base, theirs, fields), ...);
}

} // namespace

std::vector<FieldDifference> differences(const Credential& mine, const Credential& theirs) {
    DifferenceList list;
    list.add(QT_TRANSLATE_NOOP("cairn::app::CatalogConflict", "Title"), qs(mine.title), qs(theirs.title));
    list.add(QT_TRANSLATE_NOOP("cairn::app::CatalogConflict", "Provider"), qs(mine.provider), qs(theirs.provider));
    list.add(QT_TRANSLATE_NOOP("cairn::app::CatalogConflict", "Cost"), costText(mine), costText(theirs));
    list.add(QT_TRANSLATE_NOOP("cairn::app::CatalogConflict", "Hours"), QString::number(mine.hours),
             QString::number(theirs.hours));
    list.add(QT_TRANSLATE_NOOP("cairn::app::CatalogConflict", "Pace"), paceText(mine.pace), paceText(theirs.pace));
    list.add(QT_TRANSLATE_NOOP("cairn::app::CatalogConflict", "Requires"), qs(toText(mine.prerequisites)),
             qs(toText(theirs.prerequisites)));
    list.add(QT_TRANSLATE_NOOP("cairn::app::CatalogConflict", "Skills granted"), grantsText(mine.grants),
             grantsText(theirs.grants));
    list.add(QT_TRANSLATE_NOOP("cairn::app::CatalogConflict", "Degree credits"), creditsText(mine.credits),
             creditsText(theirs.credits));
    list.add(QT_TRANSLATE_NOOP("cairn::app::CatalogConflict", "Tags"), listText(mine.tags), listText(theirs.tags));
    list.add(QT_TRANSLATE_NOOP("cairn::app::CatalogConflict", "Link"), qs(mine.url), qs(theirs.url));
    list.add(QT_TRANSLATE_NOOP("cairn::app::CatalogConflict", "Valid for"), validText(mine.validMonths),
             validText(theirs.validMonths));
    list.add(QT_TRANSLATE_NOOP("cairn::app::CatalogConflict", "Source"), qs(mine.source), qs(theirs.source));
    list.add(QT_TRANSLATE_NOOP("cairn::app::CatalogConflict", "As of"), qs(mine.asOf), qs(theirs.asOf));
    list.add(QT_TRANSLATE_NOOP("cairn::app::CatalogConflict", "Description"), qs(mine.description),
             qs(theirs.description), true);
    // What the lines above do not show: the estimates' flags, the renewal terms, the ranges.
    Credential rest = mine;
    takeAllUnchanged(rest, mine, theirs, &Credential::title, &Credential::provider, &Credential::cost,
                     &Credential::hasCost, &Credential::hours, &Credential::pace, &Credential::prerequisites,
                     &Credential::grants, &Credential::credits, &Credential::tags, &Credential::url,
                     &Credential::validMonths, &Credential::source, &Credential::asOf, &Credential::description);
    list.addRest(!(rest == theirs));
    return list.take();
}

std::vector<FieldDifference> differences(const Skill& mine, const Skill& theirs) {
    DifferenceList list;
    list.add(QT_TRANSLATE_NOOP("cairn::app::CatalogConflict", "Name"), qs(mine.name), qs(theirs.name));
    list.add(QT_TRANSLATE_NOOP("cairn::app::CatalogConflict", "Area"), qs(mine.area), qs(theirs.area));
    list.add(QT_TRANSLATE_NOOP("cairn::app::CatalogConflict", "ESCO concept"), qs(mine.esco), qs(theirs.esco));
    list.add(QT_TRANSLATE_NOOP("cairn::app::CatalogConflict", "O*NET element"), qs(mine.onet), qs(theirs.onet));
    list.add(QT_TRANSLATE_NOOP("cairn::app::CatalogConflict", "Description"), qs(mine.description),
             qs(theirs.description), true);
    return list.take();
}

Credential merged(const Credential& mine, const Credential& theirs) {
    Credential out = mine;
    out.description = bothTexts(qs(mine.description), qs(theirs.description)).toStdString();
    return out;
}

Skill merged(const Skill& mine, const Skill& theirs) {
    Skill out = mine;
    out.description = bothTexts(qs(mine.description), qs(theirs.description)).toStdString();
    return out;
}

Credential rebased(const Credential& mine, const Credential& base, const Credential& theirs) {
    Credential out = mine;
    takeAllUnchanged(out, base, theirs, &Credential::title, &Credential::provider, &Credential::url,
                     &Credential::description, &Credential::cost, &Credential::hours, &Credential::pace,
                     &Credential::grants, &Credential::prerequisites, &Credential::credits, &Credential::tags,
                     &Credential::source, &Credential::asOf, &Credential::estimated, &Credential::hasCost,
                     &Credential::validMonths, &Credential::renewal, &Credential::costRange, &Credential::hoursRange);
    return out;
}

Skill rebased(const Skill& mine, const Skill& base, const Skill& theirs) {
    Skill out = mine;
    takeAllUnchanged(out, base, theirs, &Skill::name, &Skill::esco, &Skill::onet, &Skill::description, &Skill::area);
    return out;
}

} // namespace cairn::app
