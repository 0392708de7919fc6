#pragma once

#include "cairn/report/report_input.h"
#include "detail/pdf_style.h"

#include <QString>

namespace cairn::report::detail {

/// Rich text (Qt's HTML subset) for the flowing parts of the PDF report.

/// Page 1: title, goal, status, totals and the skills gap before and after the plan.
QString summaryHtml(const ReportInput& input, const PdfStyle& style);

/// The credentials table, what is paid through offers, credits per category (degree goals),
/// advisor's notes and data sources.
QString detailsHtml(const ReportInput& input, const PdfStyle& style);

/// The goal in a few words, for page headers.
QString goalTitle(const ReportInput& input);

/// The client's name: the input's, else the profile's, else a neutral word.
QString clientName(const ReportInput& input);

} // namespace cairn::report::detail
