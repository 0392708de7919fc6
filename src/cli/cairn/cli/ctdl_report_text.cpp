#include "cairn/cli/ctdl_report_text.h"

#include "cairn/cli/counted.h"

#include <QStringList>
#include <cairn/text/load_words.h>

namespace cairn::cli {

using namespace Qt::Literals::StringLiterals;
using io::ctdl::Note;

namespace {

QString quoted(const QString& text) {
    return u"“"_s + text + u"”"_s;
}

QString listed(const QStringList& items) {
    QStringList q;
    for (const QString& i : items)
        q << quoted(i);
    return q.join(u", "_s);
}

/// One sentence for a note, from its facts (see io::ctdl::Note::What for what each holds).
QString sentence(const Note& n) {
    const QStringList& f = n.facts;
    auto fact = [&](int i) { return f.value(i); };
    switch (n.what) {
    case Note::What::Credential:
        return u"%1 %2 became this credential."_s.arg(fact(0), quoted(fact(1)));
    case Note::What::Placeholder:
        return (fact(1).isEmpty() ? u"%1 is not in the imported documents"_s
                                  : u"%1 is described, but not as a credential, course or assessment"_s)
                   .arg(quoted(fact(0))) +
               u"; a placeholder credential (cost and hours unknown) stands for it."_s;
    case Note::What::Skill:
        return u"The competency %1 became this skill."_s.arg(quoted(fact(0)));
    case Note::What::Goal:
        return u"The pathway %1 became this goal (%2 components)."_s.arg(quoted(fact(0)), fact(1));
    case Note::What::CostsAdded:
        return u"%1 cost profiles were added up: %2 %3."_s.arg(fact(0), fact(1), fact(2));
    case Note::What::CostAggregate:
        return u"The aggregate cost %1 %2 was taken as the whole cost; the profiles it sums were not added."_s.arg(
            fact(0), fact(1));
    case Note::What::CostAudience:
        return u"The price for %1 was taken; the documents also price it for %2."_s.arg(listed({fact(0)}),
                                                                                        listed(f.mid(1)));
    case Note::What::CostCurrencyAssumed:
        return u"The price %1 names no currency it could be read as; it was taken in %2."_s.arg(fact(0), fact(1));
    case Note::What::CostOtherCurrency:
        return u"The price %1 %2 is not in the catalog's currency %3 and was left out; the cost is marked "
               u"estimated."_s.arg(fact(0), fact(1), fact(2));
    case Note::What::CostUnknown:
        return u"No price was given: the cost is 0, marked estimated."_s;
    case Note::What::DurationCalendar:
        return u"The duration %1 is calendar time; at full-time study (40 hours a week) it is %2 hours, marked "
               u"estimated."_s.arg(fact(0), fact(1));
    case Note::What::DurationRange:
        return u"The duration runs from %1 to %2; the longest, %3 hours, was taken."_s.arg(fact(0), fact(1), fact(2));
    case Note::What::DurationContradiction:
        return u"Warning: the maximum duration %2 is below the minimum %1; the minimum was taken."_s.arg(fact(0),
                                                                                                         fact(1));
    case Note::What::DurationChosen:
        return u"Of several durations, %1 was taken (hours of effort before calendar time); also given: %2."_s.arg(
            fact(0), f.mid(1).join(u", "_s));
    case Note::What::HoursUnknown:
        return u"No duration was given: the hours are 0, marked estimated."_s;
    case Note::What::Corequisite:
        return u"A corequisite was taken as a prerequisite: Cairn plans it before, not alongside."_s;
    case Note::What::SkillLevel:
        return u"CTDL gives no level: the %1 competencies are granted at level %2."_s.arg(fact(0), fact(1));
    case Note::What::NoName:
        return u"The node has no name; its id is its title."_s;
    case Note::What::TextLanguage:
        return u"The name is given in neither your language nor English; the %1 text was taken."_s.arg(fact(0));
    case Note::What::NodeType:
        return fact(1).isEmpty()
                   ? u"A %1 is not a credential, competency or pathway."_s.arg(fact(0))
                   : u"%1 (a %2) is not a credential, competency or pathway."_s.arg(quoted(fact(1)), fact(0));
    case Note::What::Condition:
        return u"The %1 conditions are not prerequisites; Cairn does not plan with them."_s.arg(fact(0));
    case Note::What::ConditionInWords:
        return u"%1 names no credential, assessment, course or competency Cairn can check."_s.arg(
            fact(0).isEmpty() ? u"A condition"_s : quoted(fact(0)));
    case Note::What::CostWithoutPrice:
        return u"The cost profile %1 has no price from 0 to 1,000,000,000."_s.arg(quoted(fact(0)));
    case Note::What::CostOfCondition:
        return u"A cost under %1 is the cost of that condition, not of earning the credential."_s.arg(fact(0));
    case Note::What::DurationUnreadable:
        return u"%1 is not an ISO 8601 duration of at most 100,000 hours."_s.arg(quoted(fact(0)));
    case Note::What::Manifest:
        return u"%1 refers to the manifest %2, which is not applied."_s.arg(fact(0), fact(1));
    case Note::What::Duplicate:
        return u"The same node was already read from %1; the first one was kept."_s.arg(fact(0));
    case Note::What::TooDeep:
        return u"The pathway nests deeper than a requirement can (%1 groups); this branch was left out."_s.arg(fact(0));
    }
    return {};
}

QString where(const Note& n) {
    QString at = n.file;
    if (n.line > 0)
        at += u":%1:%2"_s.arg(n.line).arg(n.column);
    at += u": "_s;
    if (!n.path.isEmpty())
        at += n.path + u": "_s;
    if (!n.object.isEmpty())
        at += u"("_s + n.object + u") "_s;
    return at;
}

} // namespace

QString ctdlReportText(const io::ctdl::Report& report) {
    QString out;
    const auto failed = report.failures.size();
    out += u"CTDL import: %1 of %2 read; %3 could not be imported.\n"_s.arg(report.files.size() - failed)
               .arg(counted(static_cast<long long>(report.files.size()), "file", "files"))
               .arg(failed);
    if (failed > 0) {
        out += u"\nFiles that could not be imported:\n"_s;
        for (const auto& e : report.failures)
            out += u"  "_s + text::LoadWords::english().line(e) + u'\n';
    }
    const std::pair<Note::Kind, QString> sections[] = {
        {Note::Kind::Became, u"What became what"_s},
        {Note::Kind::Approximated, u"Approximated"_s},
        {Note::Kind::Skipped, u"Skipped"_s},
    };
    for (const auto& [kind, title] : sections) {
        if (report.count(kind) == 0)
            continue;
        out += u"\n%1:\n"_s.arg(title);
        for (const Note& n : report.notes)
            if (n.kind == kind)
                out += u"  "_s + where(n) + sentence(n) + u'\n';
    }
    return out;
}

} // namespace cairn::cli
