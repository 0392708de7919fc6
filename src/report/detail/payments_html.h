#pragma once

#include "cairn/report/report_input.h"
#include "detail/pdf_style.h"

#include <QString>

namespace cairn::report::detail {

/// Under a credential's cost in the credentials table: the offer it is bought through and, for a
/// subscription, the periods paid ("through Coursera Plus, yearly · 1 year, shared"). Empty for
/// a credential bought at its own price.
QString offerNoteHtml(const ReportInput& input, const PlannedCredential& credential);

/// "What is paid": each offer the plan pays (its kind, the periods and dates paid, the
/// credentials it buys, the amount), the credentials bought at their own price, the total, and
/// the money at other paces. Empty when the plan pays through no offer.
QString paymentsHtml(const ReportInput& input, const PdfStyle& style);

/// "$245 at 10 h a week; $441 at 5 h; $147 at 20 h", or empty (text::OfferWords::pace).
QString paceText(const ReportInput& input, const PdfStyle& style);

} // namespace cairn::report::detail
