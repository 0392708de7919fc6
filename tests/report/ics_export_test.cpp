#include "report_fixtures.h"

#include <QFile>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <algorithm>
#include <cairn/engine/keeping.h>
#include <cairn/report/ics_export.h>
#include <gtest/gtest.h>

using namespace cairn;
using namespace cairn::report;

namespace {

const QDateTime kStamp(QDate(2026, 11, 25), QTime(19, 30, 5), Qt::UTC);

/// Physical lines of the file, without their CRLF.
QList<QByteArray> physicalLines(const QByteArray& ics) {
    QList<QByteArray> lines = ics.split('\n');
    if (!lines.isEmpty() && lines.back().isEmpty())
        lines.removeLast();
    return lines;
}

/// Content lines after unfolding (RFC 5545 §3.1).
QStringList contentLines(const QByteArray& ics) {
    QByteArray unfolded = ics;
    unfolded.replace("\r\n ", "");
    QStringList lines = QString::fromUtf8(unfolded).split(QStringLiteral("\r\n"));
    if (!lines.isEmpty() && lines.back().isEmpty())
        lines.removeLast();
    return lines;
}

bool validUtf8(const QByteArray& bytes) {
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(bytes);
    return !decoder.hasError();
}

} // namespace

TEST(IcsExport, EscapesTextSpecials) {
    EXPECT_EQ(escapeIcsText(QStringLiteral("a\\b;c,d\ne\r\nf")), QStringLiteral("a\\\\b\\;c\\,d\\ne\\nf"));
}

TEST(IcsExport, FoldsAt75OctetsWithoutSplittingCharacters) {
    const QByteArray line = "DESCRIPTION:" + QString(QStringLiteral("数据")).repeated(60).toUtf8();
    const QByteArray folded = foldIcsLine(line);
    for (const QByteArray& physical : folded.split('\n')) {
        QByteArray l = physical;
        if (l.endsWith('\r'))
            l.chop(1);
        EXPECT_LE(l.size(), 75);
        EXPECT_TRUE(validUtf8(l)) << l.toStdString();
    }
    QByteArray unfolded = folded;
    unfolded.replace("\r\n ", "");
    EXPECT_EQ(unfolded, line);
    EXPECT_EQ(foldIcsLine("SHORT:line"), QByteArray("SHORT:line"));
    // Exactly 75 octets stays on one line; 76 folds.
    EXPECT_EQ(foldIcsLine(QByteArray(75, 'x')).count('\n'), 0);
    EXPECT_EQ(foldIcsLine(QByteArray(76, 'x')), QByteArray(75, 'x') + "\r\n x");
}

TEST(IcsExport, CalendarFollowsRfc5545) {
    Catalog catalog = test::makeCatalog(30);
    catalog.credentials[0].title = "Análisis de datos, nivel 1; con \\ barras — 数据分析 " + std::string(40, 'x');
    Plan plan = test::makePlan(catalog, 30);
    plan.credentials[0].title = catalog.credentials[0].title;
    const QByteArray ics = renderIcs(catalog, plan, kStamp);

    // CRLF everywhere, every physical line at most 75 octets and valid UTF-8.
    EXPECT_EQ(ics.count('\n'), ics.count("\r\n"));
    EXPECT_TRUE(ics.endsWith("END:VCALENDAR\r\n"));
    for (QByteArray line : physicalLines(ics)) {
        ASSERT_TRUE(line.endsWith('\r'));
        line.chop(1);
        EXPECT_LE(line.size(), 75) << line.toStdString();
        EXPECT_TRUE(validUtf8(line));
    }

    const QStringList lines = contentLines(ics);
    ASSERT_GE(lines.size(), 4);
    EXPECT_EQ(lines[0], QStringLiteral("BEGIN:VCALENDAR"));
    EXPECT_TRUE(lines.contains(QStringLiteral("VERSION:2.0")));
    EXPECT_TRUE(std::any_of(lines.begin(), lines.end(),
                            [](const QString& l) { return l.startsWith(QStringLiteral("PRODID:")); }));

    // Every event has UID, DTSTAMP, DTSTART and DTEND; UIDs are unique.
    int events = 0;
    QStringList uids;
    QStringList current;
    for (const QString& line : lines) {
        if (line == QStringLiteral("BEGIN:VEVENT")) {
            current.clear();
            continue;
        }
        if (line == QStringLiteral("END:VEVENT")) {
            ++events;
            auto has = [&](const QString& prefix) {
                return std::any_of(current.begin(), current.end(),
                                   [&](const QString& l) { return l.startsWith(prefix); });
            };
            EXPECT_TRUE(has(QStringLiteral("UID:")));
            EXPECT_TRUE(current.contains(QStringLiteral("DTSTAMP:20261125T193005Z")));
            EXPECT_TRUE(has(QStringLiteral("DTSTART;VALUE=DATE:")));
            EXPECT_TRUE(has(QStringLiteral("DTEND;VALUE=DATE:")));
            EXPECT_TRUE(has(QStringLiteral("SUMMARY:")));
            for (const QString& l : current)
                if (l.startsWith(QStringLiteral("UID:")))
                    uids << l;
            continue;
        }
        current << line;
    }
    EXPECT_EQ(events, 32); // 30 credentials + plan complete + goal reached
    uids.removeDuplicates();
    EXPECT_EQ(uids.size(), 32);

    // The first credential: all-day dates (end exclusive), escaped title.
    EXPECT_TRUE(lines.contains(QStringLiteral("DTSTART;VALUE=DATE:20270104")));
    const int first = static_cast<int>(lines.indexOf(QStringLiteral("DTSTART;VALUE=DATE:20270104")));
    EXPECT_EQ(lines[first + 1], QStringLiteral("DTEND;VALUE=DATE:") +
                                    QString::fromStdString(plan.credentials[0].end.plusDays(1).toIso()).remove(u'-'));
    EXPECT_TRUE(lines.contains(QStringLiteral("SUMMARY:Análisis de datos\\, nivel 1\\; con \\\\ barras — 数据分析 ") +
                               QString(40, u'x')));
    EXPECT_TRUE(lines.contains(QStringLiteral("SUMMARY:Plan complete")));
    EXPECT_TRUE(lines.contains(QStringLiteral("SUMMARY:Goal reached: Data Analyst")));
    EXPECT_TRUE(lines.contains(QStringLiteral("DTSTART;VALUE=DATE:") +
                               QString::fromStdString(plan.totals.completion.toIso()).remove(u'-')));
}

TEST(IcsExport, CohortCredentialsSaySo) {
    const Catalog catalog = test::makeCatalog(6);
    const Plan plan = test::makePlan(catalog, 6); // the sixth is a 6-week cohort
    const QByteArray ics = renderIcs(catalog, plan, kStamp);
    if (const QString keep = qEnvironmentVariable("CAIRN_REPORT_SAMPLES"); !keep.isEmpty()) {
        QFile file(keep + QStringLiteral("/cohort.ics"));
        if (file.open(QIODevice::WriteOnly))
            file.write(ics);
    }
    const QStringList lines = contentLines(ics);
    int cohortDescriptions = 0;
    for (const QString& l : lines)
        if (l.startsWith(QStringLiteral("DESCRIPTION:")) &&
            l.contains(QStringLiteral("Cohort: starts on a fixed date")))
            ++cohortDescriptions;
    EXPECT_EQ(cohortDescriptions, 1);
    EXPECT_TRUE(std::any_of(lines.begin(), lines.end(),
                            [](const QString& l) { return l.contains(QStringLiteral("runs 6 weeks")); }));
}

TEST(IcsExport, StableUidsForTheSamePlan) {
    const Catalog catalog = test::makeCatalog(5);
    const Plan plan = test::makePlan(catalog, 5);
    EXPECT_EQ(renderIcs(catalog, plan, kStamp), renderIcs(catalog, plan, kStamp));
}

TEST(IcsExport, InfeasiblePlanHasNoCalendar) {
    const Catalog catalog = test::makeCatalog(3);
    EXPECT_TRUE(renderIcs(catalog, test::makeInfeasiblePlan(), kStamp).isEmpty());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.ics"));
    const Result result = writeIcs(catalog, test::makeInfeasiblePlan(), path);
    EXPECT_FALSE(result.ok());
    EXPECT_TRUE(result.error.contains(QStringLiteral("Statistics at level 4")));
    EXPECT_FALSE(QFile::exists(path));
}

TEST(IcsExport, ControlCharactersNeverReachAProperty) {
    // A raw CR, LF or other control character in a value would end the content line early or
    // corrupt it; the line and paragraph separators are line breaks like \n.
    EXPECT_EQ(escapeIcsText(QStringLiteral("a\x1b[2Jb\x07\x7f\u0085c\td")), QStringLiteral("a[2Jbc\td"));
    EXPECT_EQ(escapeIcsText(QStringLiteral("one\u2028two\u2029three\rfour")),
              QStringLiteral("one\\ntwo\\nthree\\nfour"));
    EXPECT_EQ(escapeIcsUri(QStringLiteral("https://example.org/a?b=c&d=%20#e")),
              QByteArray("https://example.org/a?b=c&d=%20#e"));
    EXPECT_EQ(escapeIcsUri(QStringLiteral("https://x.org/\r\nATTENDEE:mailto:a@b.c")),
              QByteArray("https://x.org/%0D%0AATTENDEE:mailto:a@b.c"));
    EXPECT_EQ(escapeIcsUri(QStringLiteral("https://x.org/a b\"é")), QByteArray("https://x.org/a%20b%22%C3%A9"));
}

TEST(IcsExport, ALinkWithALineBreakCannotAddAProperty) {
    Catalog catalog = test::makeCatalog(3);
    catalog.credentials[0].url = "https://example.org/\r\nATTENDEE;CN=Mallory:mailto:mallory@example.org";
    catalog.credentials[1].title = "Clear\x1b[2J screen\r\nATTENDEE:mailto:eve@example.org";
    Plan plan = test::makePlan(catalog, 3);
    plan.credentials[1].title = catalog.credentials[1].title;
    const QByteArray ics = renderIcs(catalog, plan, kStamp);

    EXPECT_EQ(ics.count('\n'), ics.count("\r\n")); // no bare line feed
    EXPECT_EQ(ics.count('\r'), ics.count("\r\n")); // no bare carriage return
    EXPECT_FALSE(ics.contains('\x1b'));
    for (const QString& line : contentLines(ics))
        EXPECT_FALSE(line.startsWith(QStringLiteral("ATTENDEE"))) << line.toStdString();
    const QStringList lines = contentLines(ics);
    EXPECT_TRUE(
        lines.contains(QStringLiteral("URL:https://example.org/%0D%0AATTENDEE;CN=Mallory:mailto:mallory@example.org")));
    EXPECT_TRUE(lines.contains(QStringLiteral("SUMMARY:Clear[2J screen\\nATTENDEE:mailto:eve@example.org")));
}

TEST(IcsExport, DatesOutsideTheValidYearsAreRefused) {
    const Catalog catalog = test::makeCatalog(3);
    Plan plan = test::makePlan(catalog, 3);
    // Year 9999's last day once gave DTEND;VALUE=DATE:100000101, which no calendar reads.
    plan.credentials[2].end = Date::fromYmd(9999, 12, 31);
    plan.totals.completion = plan.credentials[2].end;
    EXPECT_TRUE(renderIcs(catalog, plan, kStamp).isEmpty());
    const Document document = icsDocument(catalog, plan, QStringLiteral("plan.ics"));
    ASSERT_FALSE(document.ok());
    EXPECT_EQ(document.refusal.toStdString(), "Cannot write plan.ics: the plan has the date 9999-12-31, and a calendar "
                                              "holds dates from the year 1900 to 2200 only.");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.ics"));
    EXPECT_FALSE(writeIcs(catalog, plan, path).ok());
    EXPECT_FALSE(QFile::exists(path));

    plan = test::makePlan(catalog, 3);
    plan.start = Date::fromYmd(1899, 12, 31);
    EXPECT_FALSE(icsDocument(catalog, plan, QStringLiteral("plan.ics")).ok());
    plan = test::makePlan(catalog, 3);
    plan.credentials[2].end = Date::fromYmd(2200, 12, 31); // the last valid day still fits
    plan.totals.completion = plan.credentials[2].end;
    EXPECT_TRUE(icsDocument(catalog, plan, QStringLiteral("plan.ics")).ok());
    EXPECT_TRUE(contentLines(renderIcs(catalog, plan, kStamp)).contains(QStringLiteral("DTEND;VALUE=DATE:22010101")));
}

TEST(IcsExport, RenewalsAndYearlyFeesAreRemindersThirtyDaysBefore) {
    Catalog catalog = test::makeCatalog(3);
    catalog.credentials[0].validMonths = 36;
    catalog.credentials[0].renewal = Renewal{};
    catalog.credentials[0].renewal->fee = 150;
    catalog.credentials[0].renewal->hours = 50;
    catalog.credentials[0].title = "Security+; renewed, yearly";
    catalog.credentials[1].validMonths = 24; // expires, with no renewal named
    const Plan plan = test::makePlan(catalog, 3);
    const Holding held = holding(catalog, test::makeProfile(), plan, 3);
    ASSERT_EQ(held.events.size(), 2u);
    const QStringList lines = contentLines(renderIcs(catalog, plan, kStamp, &held));

    const QString renewal = QString::fromStdString(held.events[1].date.toIso()).remove(u'-');
    EXPECT_TRUE(lines.contains(QStringLiteral("DTSTART;VALUE=DATE:") + renewal));
    EXPECT_TRUE(lines.contains(QStringLiteral("SUMMARY:Renew Security+\\; renewed\\, yearly")));
    EXPECT_EQ(lines.count(QStringLiteral("BEGIN:VALARM")), 2);
    EXPECT_EQ(lines.count(QStringLiteral("TRIGGER:-P30D")), 2);
    EXPECT_TRUE(std::any_of(lines.begin(), lines.end(), [](const QString& l) {
        return l.startsWith(QStringLiteral("SUMMARY:")) && l.endsWith(QStringLiteral(" expires"));
    }));
    // Without keeping events the calendar is exactly as before.
    EXPECT_EQ(renderIcs(catalog, plan, kStamp), renderIcs(catalog, plan, kStamp, nullptr));
    EXPECT_FALSE(renderIcs(catalog, plan, kStamp).contains("VALARM"));
}
