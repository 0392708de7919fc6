#include "cairn/app/data/client_conflict.h"

#include "cairn/app/common/qt_convert.h"

#include <QCoreApplication>
#include <QStringList>

namespace cairn::app {

namespace {

/// A text marked with QT_TRANSLATE_NOOP in the context "cairn::app::ClientConflict", translated.
QString translated(const char* text) {
    return QCoreApplication::translate("cairn::app::ClientConflict", text);
}

QString none() {
    return QCoreApplication::translate("cairn::app::ClientConflict", "none");
}

QString skillsText(const std::vector<SkillLevel>& skills) {
    QStringList out;
    for (const auto& s : skills)
        out << QStringLiteral("%1 %2").arg(qs(s.skill)).arg(s.level);
    return out.join(QStringLiteral(", "));
}

QString idsText(const std::vector<std::string>& ids) {
    QStringList out;
    for (const auto& id : ids)
        out << qs(id);
    return out.join(QStringLiteral(", "));
}

QString dateOrNone(const std::optional<Date>& date) {
    return date ? qs(date->toIso()) : none();
}

QString budgetText(const std::optional<double>& budget) {
    return budget ? QString::number(*budget, 'f', 2) : none();
}

QString fundingText(const std::vector<FundingSource>& funding) {
    QStringList out;
    for (const auto& f : funding)
        out << qs(f.name);
    return out.join(QStringLiteral(", "));
}

} // namespace

std::vector<FieldDifference> differences(const ClientDetails& mine, const ClientDetails& theirs) {
    std::vector<FieldDifference> out;
    const auto add = [&](const char* field, const QString& a, const QString& b, bool freeText = false) {
        if (a != b)
            out.push_back({translated(field), a, b, freeText});
    };
    const Profile& m = mine.profile;
    const Profile& t = theirs.profile;
    add(QT_TRANSLATE_NOOP("cairn::app::ClientConflict", "Name"), mine.name, theirs.name);
    add(QT_TRANSLATE_NOOP("cairn::app::ClientConflict", "Contact"), mine.contact, theirs.contact, true);
    add(QT_TRANSLATE_NOOP("cairn::app::ClientConflict", "Notes"), mine.notes, theirs.notes, true);
    add(QT_TRANSLATE_NOOP("cairn::app::ClientConflict", "Goal"), qs(m.goal), qs(t.goal));
    add(QT_TRANSLATE_NOOP("cairn::app::ClientConflict", "Skills"), skillsText(m.skills), skillsText(t.skills));
    add(QT_TRANSLATE_NOOP("cairn::app::ClientConflict", "Completed"), idsText(m.completed), idsText(t.completed));
    add(QT_TRANSLATE_NOOP("cairn::app::ClientConflict", "Budget"), budgetText(m.budget), budgetText(t.budget));
    add(QT_TRANSLATE_NOOP("cairn::app::ClientConflict", "Hours per week"), QString::number(m.hoursPerWeek),
        QString::number(t.hoursPerWeek));
    add(QT_TRANSLATE_NOOP("cairn::app::ClientConflict", "Start"), qs(m.start.toIso()), qs(t.start.toIso()));
    add(QT_TRANSLATE_NOOP("cairn::app::ClientConflict", "Deadline"), dateOrNone(m.deadline), dateOrNone(t.deadline));
    add(QT_TRANSLATE_NOOP("cairn::app::ClientConflict", "Value of an hour"), QString::number(m.hourlyValue),
        QString::number(t.hourlyValue));
    add(QT_TRANSLATE_NOOP("cairn::app::ClientConflict", "Pinned"), idsText(m.pinned), idsText(t.pinned));
    add(QT_TRANSLATE_NOOP("cairn::app::ClientConflict", "Excluded"), idsText(m.excluded), idsText(t.excluded));
    add(QT_TRANSLATE_NOOP("cairn::app::ClientConflict", "Funding"), fundingText(m.funding), fundingText(t.funding));
    // Anything else of the profile (completion dates, what the budget limits, a funding
    // source's terms): one line, so that no difference goes unmentioned.
    Profile rest = m;
    rest.name = t.name;
    rest.goal = t.goal;
    rest.skills = t.skills;
    rest.completed = t.completed;
    rest.budget = t.budget;
    rest.hoursPerWeek = t.hoursPerWeek;
    rest.start = t.start;
    rest.deadline = t.deadline;
    rest.hourlyValue = t.hourlyValue;
    rest.pinned = t.pinned;
    rest.excluded = t.excluded;
    if (fundingText(m.funding) != fundingText(t.funding))
        rest.funding = t.funding;
    if (!(rest == t))
        out.push_back({QCoreApplication::translate("cairn::app::ClientConflict", "Other profile details"),
                       QCoreApplication::translate("cairn::app::ClientConflict", "yours"),
                       QCoreApplication::translate("cairn::app::ClientConflict", "theirs"), false});
    return out;
}

ClientDetails merged(const ClientDetails& mine, const ClientDetails& theirs) {
    ClientDetails out = mine;
    out.contact = bothTexts(mine.contact, theirs.contact);
    out.notes = bothTexts(mine.notes, theirs.notes);
    return out;
}

ConflictView viewOf(const ClientConflict& conflict) {
    return {ConflictView::Subject::Client, conflict.message, differences(conflict.mine, conflict.theirs)};
}

} // namespace cairn::app
