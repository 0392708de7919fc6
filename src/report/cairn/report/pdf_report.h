#pragma once

#include "cairn/report/report_input.h"
#include "cairn/report/result.h"

#include <QByteArray>
#include <QString>

class QPrinter;

namespace cairn::report {

/// The plan as a typeset PDF for a client: a summary (goal, status, totals, skills gap before and
/// after), the pathway drawn as a graph, a month-by-month timeline, charts (cost against time
/// when a front is given, cumulative spending), the table of credentials with links and reasons,
/// credits per category for degree goals, the advisor's notes and the data sources.
/// Every page carries a header (client, goal, date, catalog and revision) and "Page N of M".
/// Text stays text (selectable, searchable) and fonts are embedded.
/// Needs a QGuiApplication for fonts and painting; without a display, QT_QPA_PLATFORM=offscreen
/// is enough (a command-line program can create one without any window). Without one the result
/// is empty.
QByteArray renderPdf(const ReportInput& input);

/// Paints the same pages on a printer, for a print preview (QPrintPreviewDialog) or printing.
void paintReport(const ReportInput& input, QPrinter& printer);

/// renderPdf() as a document to write, or the sentence saying why it could not be drawn; `target`
/// names where it is going in that sentence.
Document pdfDocument(const ReportInput& input, const QString& target);

/// Writes pdfDocument() to `path` with saveFile(): on any failure `path` is left as it was and the
/// result says why in a sentence.
Result writePdf(const ReportInput& input, const QString& path);

} // namespace cairn::report
