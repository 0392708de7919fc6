#pragma once

#include "cairn/report/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <cairn/engine/catalog.h>
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
/// An infeasible plan has no events, and a calendar must have one: the result is empty.
QByteArray renderIcs(const Catalog& catalog, const Plan& plan,
                     const QDateTime& stamp = QDateTime::currentDateTimeUtc());

/// Writes renderIcs() to `path` (atomically, see saveFile()); fails with a sentence for an
/// infeasible plan.
Result writeIcs(const Catalog& catalog, const Plan& plan, const QString& path);

/// RFC 5545 TEXT escaping: backslash, semicolon, comma and line breaks.
QString escapeIcsText(const QString& text);

/// Folds one content line (without its CRLF) into lines of at most 75 octets, each continuation
/// starting with a space, never splitting a UTF-8 sequence; joined with CRLF, no final CRLF.
QByteArray foldIcsLine(const QByteArray& line);

} // namespace cairn::report
