#pragma once

#include "cairn/report/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <cairn/engine/catalog.h>
#include <cairn/engine/keeping.h>
#include <cairn/engine/plan.h>

namespace cairn::report {

/// The plan as an iCalendar file (RFC 5545) a calendar program can import:
///  - one all-day VEVENT per planned credential, from its start day through its end day
///    (DTEND is the day after `end`, as all-day events end exclusively); the description gives
///    provider, hours, cost, whether it is a fixed-date cohort, and why it is in the plan;
///  - a "Plan complete" milestone on the completion date and a "Goal reached" milestone on the day
///    the last credential serving the goal ends.
/// Every event has a UID (stable for the same plan, so re-importing updates rather than
/// duplicates) and DTSTAMP = `stamp` in UTC. Text is escaped, lines end in CRLF and are folded
/// at 75 octets without splitting a UTF-8 character.
/// An infeasible plan has no events, and a calendar must have one: the result is empty. So is it
/// for a plan with a date outside the years 1900 to 2200, which no real plan has.
///
/// With `keeping` (cairn/engine/keeping.h), each renewal, yearly fee and expiry becomes an all-day
/// event with a reminder (VALARM) 30 days before; events after 2200 are left out.
QByteArray renderIcs(const Catalog& catalog, const Plan& plan, const QDateTime& stamp = QDateTime::currentDateTimeUtc(),
                     const Holding* keeping = nullptr);

/// renderIcs() as a document to write, or the sentence that says why the plan has no calendar
/// (it is infeasible, or has a date out of range); `target` names the file in that sentence.
Document icsDocument(const Catalog& catalog, const Plan& plan, const QString& target, const Holding* keeping = nullptr);

/// Writes icsDocument() to `path` (atomically, see saveFile()).
Result writeIcs(const Catalog& catalog, const Plan& plan, const QString& path);

/// RFC 5545 TEXT escaping: backslash, semicolon, comma and line breaks (CR, LF, CRLF and the
/// Unicode line and paragraph separators) are escaped; other control characters, which no
/// property value may hold, are left out.
QString escapeIcsText(const QString& text);

/// A URI property value (RFC 5545 URI, RFC 3986): every byte outside printable ASCII, and the
/// characters a URI never holds, percent-encoded, so a value can neither break its line nor
/// carry a control character.
QByteArray escapeIcsUri(const QString& uri);

/// Folds one content line (without its CRLF) into lines of at most 75 octets, each continuation
/// starting with a space, never splitting a UTF-8 sequence; joined with CRLF, no final CRLF.
QByteArray foldIcsLine(const QByteArray& line);

} // namespace cairn::report
