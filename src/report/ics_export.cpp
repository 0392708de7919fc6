#include "cairn/report/ics_export.h"

#include "detail/wording.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>
#include <algorithm>
#include <cairn/text/keeping_words.h>
#include <cairn/text/message_words.h>
#include <cairn/text/reason_words.h>
#include <cstring>
#include <optional>
#include <vector>

namespace cairn::report {

using detail::q;

namespace {

/// Characters RFC 5545 allows in no property value (CONTROL: C0 but tab, and DEL), and the C1
/// controls, which calendar programs show as nothing or as boxes.
bool isControl(char16_t c) {
    return (c < 0x20 && c != u'\t') || (c >= 0x7F && c <= 0x9F);
}

} // namespace

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
        } else if (c == u'\n' || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            out += QStringLiteral("\\n");
        else if (!isControl(c.unicode())) // a raw control character would end or corrupt the line
            out += c;
    }
    return out;
}

QByteArray escapeIcsUri(const QString& uri) {
    QByteArray out;
    for (const char byte : uri.toUtf8()) {
        const auto b = static_cast<unsigned char>(byte);
        // Outside printable ASCII, and the characters RFC 3986 never allows in a URI, become %XX:
        // a CR LF in a catalog's link must not start a property of its own.
        if (b <= 0x20 || b >= 0x7F || std::strchr("\"<>\\^`{|}", byte))
            out += '%' + QByteArray::number(b, 16).toUpper().rightJustified(2, '0');
        else
            out += byte;
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

// The years Cairn's dates are valid in (docs/formats.md); a calendar date outside them is a
// mistake in the data, and past 9999 it no longer fits the eight digits of an iCalendar DATE.
constexpr int kFirstYear = 1900;
constexpr int kLastYear = 2200;

/// The first date of the plan outside kFirstYear..kLastYear, if any.
std::optional<Date> firstDateOutOfRange(const Plan& plan) {
    std::vector<Date> dates{plan.start, plan.totals.completion};
    for (const PlannedCredential& pc : plan.credentials) {
        dates.push_back(pc.start);
        dates.push_back(pc.end);
    }
    // Compared as day numbers: year() of a day number near the ends of its range overflows.
    const Date first = Date::fromYmd(kFirstYear, 1, 1);
    const Date last = Date::fromYmd(kLastYear, 12, 31);
    for (const Date& d : dates)
        if (d < first || d > last)
            return d;
    return std::nullopt;
}

/// Renewals, yearly fees and expiries as all-day events, each with a display reminder 30 days
/// before, so the learner has time to gather the fee and the continuing-education hours.
void keepingEvents(Calendar& cal, const Catalog& catalog, const Holding& keeping, const QString& uidBase,
                   const QString& domain, const QString& dtstamp) {
    const text::KeepingWords words(catalog.currency, text::Format::user());
    const Date last = Date::fromYmd(kLastYear, 12, 31);
    for (const KeepingEvent& e : keeping.events) {
        if (e.date >= last) // the day after must still be a date a calendar holds
            continue;
        const Credential* credential = catalog.findCredential(e.credential);
        const QString title = credential ? q(credential->title) : q(e.credential);
        const QString uid =
            uidBase + q(e.credential) + u'-' + icsDate(e.date) + u'-' + QString::number(static_cast<int>(e.kind));
        const QString description = words.event(e, title);
        cal.line(QStringLiteral("BEGIN"), QStringLiteral("VEVENT"));
        cal.text(QStringLiteral("UID"), uid + domain);
        cal.line(QStringLiteral("DTSTAMP"), dtstamp);
        cal.line(QStringLiteral("DTSTART;VALUE=DATE"), icsDate(e.date));
        cal.line(QStringLiteral("DTEND;VALUE=DATE"), icsDate(e.date.plusDays(1)));
        cal.text(QStringLiteral("SUMMARY"), words.eventTitle(e, title));
        cal.text(QStringLiteral("DESCRIPTION"), description);
        cal.line(QStringLiteral("TRANSP"), QStringLiteral("TRANSPARENT"));
        cal.line(QStringLiteral("BEGIN"), QStringLiteral("VALARM"));
        cal.line(QStringLiteral("ACTION"), QStringLiteral("DISPLAY"));
        cal.line(QStringLiteral("TRIGGER"), QStringLiteral("-P30D"));
        cal.text(QStringLiteral("DESCRIPTION"), description);
        cal.line(QStringLiteral("END"), QStringLiteral("VALARM"));
        cal.line(QStringLiteral("END"), QStringLiteral("VEVENT"));
    }
}

} // namespace

QByteArray renderIcs(const Catalog& catalog, const Plan& plan, const QDateTime& stamp, const Holding* keeping) {
    if (!hasPlan(plan.status) || firstDateOutOfRange(plan))
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
            cal.line(QStringLiteral("URL"), QString::fromLatin1(escapeIcsUri(url))); // a URI value, not TEXT
        cal.line(QStringLiteral("TRANSP"), QStringLiteral("TRANSPARENT"));
        cal.line(QStringLiteral("END"), QStringLiteral("VEVENT"));
    };

    Date goalReached = plan.start;
    bool anyGoalServing = false;
    const text::ReasonWords reasons(catalog);
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
            description << tr("Why: %1").arg(reasons.sentence(reason));
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
    if (keeping)
        keepingEvents(cal, catalog, *keeping, uidBase + QStringLiteral("-keep-"), domain, dtstamp);
    cal.line(QStringLiteral("END"), QStringLiteral("VCALENDAR"));
    return cal.take();
}

Document icsDocument(const Catalog& catalog, const Plan& plan, const QString& target, const Holding* keeping) {
    if (!hasPlan(plan.status))
        return Document::refused(
            tr("There is no plan to put in a calendar: %1")
                .arg(plan.reason.empty() ? tr("no plan reaches the goal.")
                                         : text::MessageWords(text::Format::user(), &catalog).sentences(plan.reason)));
    if (const auto date = firstDateOutOfRange(plan))
        return Document::refused(tr("Cannot write %1: the plan has the date %2, and a calendar holds dates from "
                                    "the year %3 to %4 only.")
                                     .arg(target, q(date->toIso()))
                                     .arg(kFirstYear)
                                     .arg(kLastYear));
    return Document::of(renderIcs(catalog, plan, QDateTime::currentDateTimeUtc(), keeping));
}

Result writeIcs(const Catalog& catalog, const Plan& plan, const QString& path) {
    return saveFile(icsDocument(catalog, plan, path), path);
}

} // namespace cairn::report
