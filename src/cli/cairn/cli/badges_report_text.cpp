#include "cairn/cli/badges_report_text.h"

#include <QStringList>
#include <cairn/text/load_words.h>

namespace cairn::cli {

using namespace Qt::Literals::StringLiterals;
using io::badges::Achievement;
using io::badges::Match;

namespace {

QString day(const std::optional<Date>& d) {
    return d ? QString::fromStdString(d->toIso()) : QString();
}

QString describe(const Achievement& a) {
    QStringList facts{a.format};
    if (!a.issuer.isEmpty())
        facts << u"from %1"_s.arg(a.issuer);
    if (a.issued)
        facts << u"issued %1"_s.arg(day(a.issued));
    if (a.expires)
        facts << u"valid until %1"_s.arg(day(a.expires));
    return u"“%1” (%2)"_s.arg(a.name.isEmpty() ? a.id : a.name, facts.join(u", "_s));
}

QString outcome(const Match& m, const Catalog& catalog) {
    if (m.by == Match::By::None && m.candidates.empty())
        return m.standing == Match::Standing::Valid
                   ? u"matches no credential of the catalog; add it to the catalog in the app."_s
                   : u"matches no credential of the catalog."_s;
    if (m.by == Match::By::None)
        return u"has the name of %1 credentials (%2); match it in the app."_s.arg(m.candidates.size())
            .arg(QString::fromStdString([&] {
                std::string ids;
                for (const auto& c : m.candidates)
                    ids += (ids.empty() ? "" : ", ") + c;
                return ids;
            }()));
    const Credential* c = catalog.findCredential(m.credential);
    const QString which =
        u"“%1” (%2)"_s.arg(c ? QString::fromStdString(c->title) : QString(), QString::fromStdString(m.credential));
    const QString how = m.by == Match::By::Alignment ? u"by its alignment"_s
                        : m.by == Match::By::Added   ? u"as the credential added to the catalog from it"_s
                                                     : u"by its name"_s;
    switch (m.standing) {
    case Match::Standing::Valid:
        return u"is %1, matched %2: completed."_s.arg(which, how);
    case Match::Standing::Expired:
        return u"is %1, matched %2, but has expired: it does not count."_s.arg(which, how);
    case Match::Standing::Revoked:
        return u"is %1, matched %2, but was revoked: it does not count."_s.arg(which, how);
    }
    return {};
}

/// The skills the achievement's alignments name, and what becomes of them; then the alignments
/// that name neither a skill nor the credential it matched.
QString skillsText(const Achievement& a, const Match& m, const Catalog& catalog, std::optional<int> level) {
    QString out;
    for (const io::badges::AlignedSkill& s : m.skills) {
        const Skill* skill = catalog.findSkill(s.skill);
        const QString which = u"“%1” (%2)"_s.arg(skill ? QString::fromStdString(skill->name) : QString(),
                                                 QString::fromStdString(s.skill));
        out +=
            level ? u" Aligned to the skill %1: held at level %2 or higher."_s.arg(which).arg(*level)
                  : u" Aligned to the skill %1: give --skill-level N to add it, or confirm it in the app."_s.arg(which);
    }
    if (m.by == Match::By::Alignment)
        return out;
    for (const io::badges::Alignment& al : a.alignments) {
        Achievement alone;
        alone.alignments = {al};
        if (al.targetName.isEmpty() || m.standing == Match::Standing::Revoked ||
            !io::badges::alignedSkills(alone, catalog).empty())
            continue;
        out += u" Aligned to “%1”%2, no skill of the catalog."_s.arg(
            al.targetName, al.targetFramework.isEmpty() ? QString() : u" of "_s + al.targetFramework);
    }
    return out;
}

} // namespace

QString badgesReportText(const io::badges::BadgeRead& read, const std::vector<Match>& matches, const Catalog& catalog,
                         std::optional<int> skillLevel) {
    QString out = u"Cairn does not verify signatures: a proof is reported as carried, not as checked.\n\n"_s;
    for (const Match& m : matches) {
        const Achievement& a = read.achievements[m.achievement];
        QString line = a.file + u": "_s + (a.path.isEmpty() ? QString() : a.path + u": "_s) + describe(a) + u' ' +
                       outcome(m, catalog);
        if (a.proof)
            line += u" Its file carries a proof (not verified)."_s;
        if (!a.statusList.isEmpty())
            line += u" Its status list (%1) is not fetched: a revocation there is not seen."_s.arg(a.statusList);
        line += skillsText(a, m, catalog, skillLevel);
        out += line + u'\n';
    }
    for (const io::LoadError& s : read.skipped)
        out += u"Skipped: "_s + text::LoadWords::english().line(s) + u".\n"_s;
    if (!read.failures.empty()) {
        out += u"\nFiles that could not be read:\n"_s;
        for (const auto& e : read.failures)
            out += u"  "_s + text::LoadWords::english().line(e) + u'\n';
    }
    return out;
}

} // namespace cairn::cli
