#pragma once

#include "cairn/report/result.h"

#include <QByteArray>
#include <QString>
#include <cairn/engine/catalog.h>
#include <cairn/engine/plan.h>

namespace cairn::report {

/// The plan's credentials as CSV (RFC 4180: comma separated, CRLF line ends, fields with a comma,
/// quote or line break quoted, quotes doubled), UTF-8 without a byte-order mark. Text a
/// spreadsheet would run as a formula gets a single quote in front (io::csvField()). One header row:
///   step,id,title,provider,start,end,hours,cost,currency,pace,credits,url,why
/// Numbers and dates are locale-independent (`1234.5`, `YYYY-MM-DD`); `why` joins the reasons
/// with "; ". An infeasible plan gives the header row alone.
QByteArray renderCsv(const Catalog& catalog, const Plan& plan);

/// Writes renderCsv() to `path` (atomically, see saveFile()).
Result writeCsv(const Catalog& catalog, const Plan& plan, const QString& path);

} // namespace cairn::report
