// The plan exports: a plan built from the fuzzer's bytes, with any text in its titles,
// providers, urls, reasons and goal, and any amounts and dates, must give
//  - an iCalendar file whose every line is at most 75 octets and ends in CRLF, with no bare CR
//    or LF and no control character inside a line, valid UTF-8, continuation lines that start
//    with a space, balanced BEGIN/END and 8-digit dates (or no file at all, for dates that
//    cannot be written);
//  - a CSV file that reads back to the same cells (a formula-looking cell may carry the
//    apostrophe that neutralises it).

#include "fuzz_support.h"

#include <QDateTime>
#include <QStringDecoder>
#include <cairn/report/csv_export.h>
#include <cairn/report/ics_export.h>
#include <cairn/store/csv.h>

using namespace cairn;

namespace {

constexpr int kEarliestDay = -25567; // 1900-01-01
constexpr int kLatestDay = 84005;    // 2199-12-31

Date anyDate(fuzz::ByteReader& in) {
    if (in.byte() % 8 != 0)
        return Date::fromDays(static_cast<std::int32_t>(in.between(kEarliestDay, kLatestDay)));
    return Date::fromDays(static_cast<std::int32_t>(in.u32()));
}

bool inRange(const Date& d) {
    return d.days() >= kEarliestDay && d.days() <= kLatestDay;
}

struct Fuzzed {
    Catalog catalog;
    Plan plan;
    bool datesInRange = true;
};

Fuzzed build(fuzz::ByteReader& in) {
    Fuzzed f;
    f.catalog.currency = in.text(4);
    Goal goal;
    goal.id = in.text(12);
    goal.title = in.text(40);
    goal.description = in.text(60);
    if (in.flag())
        f.catalog.goals.push_back(goal);
    f.plan.goal = goal.id;
    f.plan.status = in.flag() ? PlanStatus::Optimal : PlanStatus::Feasible;
    f.plan.start = anyDate(in);
    f.plan.totals.completion = anyDate(in);
    f.plan.totals.cost = in.finite();
    f.plan.totals.hours = in.finite();
    const int count = static_cast<int>(in.between(0, 6));
    for (int i = 0; i < count; ++i) {
        Credential c;
        c.id = in.text(12);
        c.title = in.text(40);
        c.provider = in.text(30);
        c.url = in.text(50);
        if (in.flag()) {
            c.pace.kind = Pace::Kind::Cohort;
            c.pace.weeks = static_cast<int>(in.between(0, 520));
        }
        PlannedCredential pc;
        pc.id = c.id;
        pc.title = in.flag() ? c.title : in.text(40);
        pc.cost = in.finite();
        pc.hours = in.finite();
        pc.cohort = c.pace.isCohort();
        pc.start = anyDate(in);
        pc.end = anyDate(in);
        if (in.flag())
            pc.creditsCounted = in.finite();
        const int reasons = static_cast<int>(in.between(0, 3));
        for (int r = 0; r < reasons; ++r) {
            Reason reason;
            reason.kind = static_cast<Reason::Kind>(in.between(0, 3));
            reason.item = in.text(60);
            reason.target = in.text(20);
            pc.why.push_back(reason);
        }
        for (const Date& d : {pc.start, pc.end})
            f.datesInRange = f.datesInRange && inRange(d);
        if (in.flag())
            f.catalog.credentials.push_back(c);
        f.plan.credentials.push_back(pc);
    }
    f.datesInRange = f.datesInRange && inRange(f.plan.start) && inRange(f.plan.totals.completion);
    return f;
}

bool isValidUtf8(const QByteArray& bytes) {
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    (void)decoder.decode(bytes);
    return !decoder.hasError();
}

bool isDateValue(const QByteArray& value) {
    if (value.size() != 8)
        return false;
    for (const char c : value)
        if (c < '0' || c > '9')
            return false;
    return true;
}

void checkIcs(const Fuzzed& f, const QByteArray& ics) {
    if (ics.isEmpty()) {
        fuzz::require(!f.datesInRange, "a feasible plan with dates in range gives a calendar");
        return;
    }
    fuzz::require(ics.endsWith("\r\n"), "the calendar ends with CRLF", ics.right(80));
    fuzz::require(isValidUtf8(ics), "the calendar is UTF-8");
    const QList<QByteArray> physical = ics.left(ics.size() - 2).split('\n');
    QList<QByteArray> logical;
    for (const QByteArray& withCr : physical) {
        fuzz::require(withCr.endsWith('\r') || &withCr == &physical.back(), "every line ends in CRLF", withCr);
        const QByteArray line = withCr.endsWith('\r') ? withCr.chopped(1) : withCr;
        fuzz::require(line.size() <= 75, "no line is longer than 75 octets", line);
        for (const char c : line) {
            const auto u = static_cast<unsigned char>(c);
            fuzz::require((u >= 0x20 && u != 0x7F) || u == '\t', "no control character inside a line", line);
        }
        if (line.startsWith(' ')) {
            fuzz::require(!logical.isEmpty(), "the first line is not a continuation", line);
            logical.back() += line.mid(1);
        } else {
            fuzz::require(!line.isEmpty(), "no empty line", ics.left(200));
            logical << line;
        }
    }
    int events = 0;
    int depth = 0;
    for (const QByteArray& line : logical) {
        const qsizetype colon = line.indexOf(':');
        fuzz::require(colon > 0, "every line is NAME:VALUE", line);
        const QByteArray name = line.left(colon);
        const QByteArray value = line.mid(colon + 1);
        for (const char c : name.left(name.indexOf(';') < 0 ? name.size() : name.indexOf(';')))
            fuzz::require((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-',
                          "a property name is letters, digits and dashes", line);
        if (name == "BEGIN")
            ++depth, events += value == "VEVENT";
        else if (name == "END")
            --depth;
        fuzz::require(depth >= 0 && depth <= 2, "BEGIN and END nest", line);
        if (name == "DTSTART;VALUE=DATE" || name == "DTEND;VALUE=DATE")
            fuzz::require(isDateValue(value), "a date is YYYYMMDD", line);
    }
    fuzz::require(depth == 0, "every BEGIN has its END");
    fuzz::require(events == static_cast<int>(f.plan.credentials.size()) + 2,
                  "one event per credential and the two milestones");
}

/// A cell as written may neutralise a formula with a leading apostrophe (OWASP), and leaves out
/// NUL, which a text file cannot carry.
bool sameCell(const QString& written, const QString& originalText) {
    QString original = originalText;
    original.remove(QChar(u'\0'));
    if (written == original)
        return true;
    return written.startsWith(u'\'') && written.mid(1) == original;
}

void checkCsv(const Fuzzed& f, const QByteArray& csv) {
    fuzz::require(isValidUtf8(csv), "the CSV is UTF-8");
    const store::CsvTable table = store::readCsv(csv);
    fuzz::require(table.errors.empty(), "the CSV reads without errors", csv.left(400));
    fuzz::require(table.records.size() == f.plan.credentials.size() + 1, "one row per credential and a header",
                  csv.left(400));
    for (const store::CsvRecord& record : table.records)
        fuzz::require(record.fields.size() == 13, "every row has 13 cells", csv.left(400));
    for (std::size_t i = 0; i < f.plan.credentials.size(); ++i) {
        const PlannedCredential& pc = f.plan.credentials[i];
        const Credential* c = f.catalog.findCredential(pc.id);
        const auto& cells = table.records[i + 1].fields;
        fuzz::require(cells[0].text == QString::number(i + 1), "the step is counted", csv.left(400));
        fuzz::require(sameCell(cells[1].text, QString::fromStdString(pc.id)), "the id reads back",
                      cells[1].text.toUtf8());
        fuzz::require(sameCell(cells[2].text, QString::fromStdString(pc.title)), "the title reads back",
                      cells[2].text.toUtf8());
        fuzz::require(sameCell(cells[3].text, c ? QString::fromStdString(c->provider) : QString()),
                      "the provider reads back", cells[3].text.toUtf8());
        fuzz::require(sameCell(cells[11].text, c ? QString::fromStdString(c->url) : QString()), "the url reads back",
                      cells[11].text.toUtf8());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    fuzz::ByteReader in(data, size);
    const Fuzzed f = build(in);
    const QDateTime stamp = QDateTime::fromSecsSinceEpoch(1767225600, Qt::UTC); // 2026-01-01
    checkIcs(f, report::renderIcs(f.catalog, f.plan, stamp));
    checkCsv(f, report::renderCsv(f.catalog, f.plan));
    return 0;
}
