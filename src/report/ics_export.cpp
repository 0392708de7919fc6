#include "cairn/report/ics_export.h"

#include "detail/wording.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>
#include <algorithm>

namespace cairn::report {

using detail::q;

QString escapeIcsText(const QString& text) {
    QString out;
    out.reserve(text.size());
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\')
            out += QStringLiteral("\\\\");
        else if (c == u';')
            out += QStringLiteral("\\;");
        else if (c == u',')
            out += QStringLiteral("\\,");
        else if (c == u'\r') {
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                continue; // CRLF counts as one line break
            out += QStringLiteral("\\n");
        } else if (c == u'\n')
            out += QStringLiteral("\\n");
        else
            out += c;
    }
    return out;
}

QByteArray foldIcsLine(const QByteArray& line) {
    constexpr int kLimit = 75;
    QByteArray out;
    int pos = 0;
    int room = kLimit; // the first line has 75 octets, continuations 74 after their space
    while (line.size() - pos > room) {
        int cut = pos + room;
        // Back up to the start of a UTF-8 sequence: continuation bytes are 10xxxxxx.
        while (cut > pos && (static_cast<unsigned char>(line.at(cut)) & 0xC0) == 0x80)
            --cut;
        out += line.mid(pos, cut - pos) + "\r\n ";
        pos = cut;
        room = kLimit - 1;
    }
    out += line.mid(pos);
    return out;
}

namespace {

class Calendar {
public:
    void line(const QString& name, const QString& value) {
        out_ += foldIcsLine((name + u':' + value).toUtf8()) + "\r\n";
    }
    void text(const QString& name, const QString& value) { line(name, escapeIcsText(value)); }
    QByteArray take() { return std::move(out_); }

private:
    QByteArray out_;
};

QString icsDate(const Date& date) {
    return q(date.toIso()).remove(u'-');
}

QString tr(const char* text, int n = -1) {
    return QCoreApplication::translate("cairn::report", text, nullptr, n);
}

} // namespace

QByteArray renderIcs(const Catalog& catalog, const Plan& plan, const QDateTime& stamp) {
    if (!hasPlan(plan.status))
        return {};
    const QString dtstamp = stamp.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    const Goal* goal = catalog.findGoal(plan.goal);
    const QString goalTitle = goal ? q(goal->title) : q(plan.goal);
    const QLocale c = QLocale::c();
    const QString uidBase = q(plan.goal) + u'-' + icsDate(plan.start);
    const QString domain = QStringLiteral("@cairnplanner.org");

    Calendar cal;
    cal.line(QStringLiteral("BEGIN"), QStringLiteral("VCALENDAR"));
    cal.line(QStringLiteral("VERSION"), QStringLiteral("2.0"));
    cal.line(QStringLiteral("PRODID"), QStringLiteral("-//Cairn//Cairn learning pathway planner//EN"));
    cal.line(QStringLiteral("CALSCALE"), QStringLiteral("GREGORIAN"));
    cal.line(QStringLiteral("METHOD"), QStringLiteral("PUBLISH"));
    cal.text(QStringLiteral("X-WR-CALNAME"), tr("Learning plan: %1").arg(goalTitle));

    auto event = [&](const QString& uid, const Date& start, const Date& lastDay, const QString& summary,
                     const QString& description, const QString& url) {
        cal.line(QStringLiteral("BEGIN"), QStringLiteral("VEVENT"));
        cal.text(QStringLiteral("UID"), uid + domain);
        cal.line(QStringLiteral("DTSTAMP"), dtstamp);
        cal.line(QStringLiteral("DTSTART;VALUE=DATE"), icsDate(start));
        cal.line(QStringLiteral("DTEND;VALUE=DATE"), icsDate(std::max(lastDay, start).plusDays(1)));
        cal.text(QStringLiteral("SUMMARY"), summary);
        if (!description.isEmpty())
            cal.text(QStringLiteral("DESCRIPTION"), description);
        if (!url.isEmpty())
            cal.line(QStringLiteral("URL"), url); // a URI value, not escaped TEXT
        cal.line(QStringLiteral("TRANSP"), QStringLiteral("TRANSPARENT"));
        cal.line(QStringLiteral("END"), QStringLiteral("VEVENT"));
    };

    Date goalReached = plan.start;
    bool anyGoalServing = false;
    for (const PlannedCredential& pc : plan.credentials) {
        const Credential* credential = catalog.findCredential(pc.id);
        QStringList description;
        if (credential && !credential->provider.empty())
            description << tr("Provider: %1").arg(q(credential->provider));
        description << tr("Effort: %1 hours").arg(c.toString(pc.hours, 'g', QLocale::FloatingPointShortest));
        description << tr("Cost: %1 %2").arg(c.toString(pc.cost, 'f', 2), q(catalog.currency));
        if (pc.cohort || (credential && credential->pace.isCohort()))
            description << tr("Cohort: starts on a fixed date with a group%1; join on the start day.")
                               .arg(credential && credential->pace.weeks > 0
                                        ? tr(" and runs %1 weeks").arg(credential->pace.weeks)
                                        : QString());
        else
            description << tr("Self-paced.");
        for (const Reason& reason : pc.why)
            description << tr("Why: %1").arg(q(reason.text));
        event(uidBase + QStringLiteral("-cred-") + q(pc.id), pc.start, pc.end, q(pc.title), description.join(u'\n'),
              credential ? q(credential->url) : QString());
        const bool servesGoal = std::any_of(pc.why.begin(), pc.why.end(), [](const Reason& r) {
            return r.kind == Reason::Kind::Goal || r.kind == Reason::Kind::Credits;
        });
        if (servesGoal) {
            goalReached = anyGoalServing ? std::max(goalReached, pc.end) : pc.end;
            anyGoalServing = true;
        }
    }
    event(uidBase + QStringLiteral("-complete"), plan.totals.completion, plan.totals.completion, tr("Plan complete"),
          plan.credentials.size() == 1 ? tr("The plan's one credential is done.")
                                       : tr("All %1 credentials of the plan are done.").arg(plan.credentials.size()),
          {});
    event(uidBase + QStringLiteral("-goal"), anyGoalServing ? goalReached : plan.totals.completion,
          anyGoalServing ? goalReached : plan.totals.completion, tr("Goal reached: %1").arg(goalTitle),
          goal && !goal->description.empty() ? q(goal->description) : QString(), {});
    cal.line(QStringLiteral("END"), QStringLiteral("VCALENDAR"));
    return cal.take();
}

Result writeIcs(const Catalog& catalog, const Plan& plan, const QString& path) {
    if (!hasPlan(plan.status))
        return Result::failure(tr("There is no plan to put in a calendar: %1")
                                   .arg(plan.reason.empty() ? tr("no plan reaches the goal.") : q(plan.reason)));
    return saveFile(renderIcs(catalog, plan), path);
}

} // namespace cairn::report
