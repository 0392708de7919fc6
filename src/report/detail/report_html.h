#pragma once

#include "cairn/report/report_input.h"
#include "detail/pdf_style.h"

#include <QString>
#include <vector>

namespace cairn::report::detail {

/// Rich text (Qt's HTML subset) for the flowing parts of the PDF report.

/// Page 1: title, goal, status, totals and the skills gap before and after the plan.
QString summaryHtml(const ReportInput& input, const PdfStyle& style);

/// The credentials table in parts, each a document of its own, so the pages can be filled
/// row by row without splitting a row: its heading, its header row (repeated on each page it
/// runs onto), one table per credential, and a footnote. Empty header and rows without a plan.
struct CredentialsTable {
    QString heading;
    QString header;
    std::vector<QString> rows;
    QString footnote;
};
CredentialsTable credentialsTable(const ReportInput& input, const PdfStyle& style);

/// What closes the report, as separate documents: what is paid through offers, credits per
/// category (degree goals), the advisor's notes and the data sources.
std::vector<QString> closingParts(const ReportInput& input, const PdfStyle& style);

/// `body` with the report's style sheet.
QString htmlDocument(const QString& body);

/// The goal in a few words, for page headers.
QString goalTitle(const ReportInput& input);

/// The client's name: the input's, else the profile's, else a neutral word.
QString clientName(const ReportInput& input);

} // namespace cairn::report::detail
