#include "cairn/cli/plan_exports.h"

#include <cairn/report/csv_export.h>
#include <cairn/report/ics_export.h>
#include <cairn/report/pdf_report.h>
#include <cairn/report/plan_json.h>

namespace cairn::cli {

int writeExports(const Catalog& catalog, const Profile& profile, const Plan& plan, const ExportTargets& to,
                 const ReportExtras& extras, Streams io, const QString& command) {
    auto failed = [&](const report::Result& r) {
        if (r.ok())
            return false;
        io.err << command << ": " << r.error << '\n';
        return true;
    };
    if (!to.pdf.isEmpty()) {
        report::ReportInput input(catalog, profile, plan);
        input.clientName = extras.clientName;
        input.advisorNotes = extras.notes;
        input.front = extras.front;
        if (failed(report::writePdf(input, to.pdf)))
            return kUsage;
    }
    if (!to.ics.isEmpty() && failed(report::writeIcs(catalog, plan, to.ics)))
        return kUsage;
    if (!to.csv.isEmpty() && failed(report::writeCsv(catalog, plan, to.csv)))
        return kUsage;
    if (!to.json.isEmpty() && failed(report::writeJson(plan, to.json)))
        return kUsage;
    return kOk;
}

} // namespace cairn::cli
