#pragma once

#include <QString>
#include <cairn/io/ctdl_report.h>

namespace cairn::cli {

/// The CTDL import's report as a person reads it: the files that failed, then what became what,
/// what was approximated and how, and what was skipped and why, one line each with the file,
/// line, column and JSON path. All of its wording is here.
QString ctdlReportText(const io::ctdl::Report& report);

} // namespace cairn::cli
