#include "cairn/cli/plan_exports.h"

#include "cairn/cli/output_file.h"

#include <QUrl>
#include <cairn/io/ctdl_export.h>
#include <cairn/report/csv_export.h>
#include <cairn/report/ics_export.h>
#include <cairn/report/pdf_report.h>
#include <cairn/report/plan_json.h>
#include <cairn/text/message_words.h>
#include <functional>

namespace cairn::cli {

std::optional<QString> ExportTargets::standardOutputClash() const {
    QStringList options;
    for (const auto& [option, path] :
         {std::pair{"--pdf", &pdf}, {"--ics", &ics}, {"--csv", &csv}, {"--json", &json}, {"--ctdl", &ctdl}})
        if (isStandardOutput(*path))
            options << QLatin1String(option);
    if (options.size() < 2)
        return std::nullopt;
    return QStringLiteral("only one file can go to standard output, but %1 say \"-\".")
        .arg(options.join(QLatin1String(" and ")));
}

std::optional<QString> ExportTargets::badCtdlField() const {
    for (const auto& [option, value] : {std::pair{"--ctdl-owner", &ctdlOwner}, {"--ctdl-webpage", &ctdlWebpage}}) {
        if (value->isEmpty())
            continue;
        const QUrl url(*value, QUrl::StrictMode);
        if (value->size() > 2000 || !url.isValid() || url.isRelative() || value->trimmed() != *value)
            return QStringLiteral("%1 needs an absolute IRI such as https://example.org/…, not \"%2\".")
                .arg(QLatin1String(option), value->left(80));
    }
    return std::nullopt;
}

bool ExportTargets::usesStandardOutput() const {
    return isStandardOutput(pdf) || isStandardOutput(ics) || isStandardOutput(csv) || isStandardOutput(json) ||
           isStandardOutput(ctdl);
}

namespace {

/// The CTDL pathway, after saying which fields the Registry requires that it lacks.
report::Document ctdlPathway(const Catalog& catalog, const Plan& plan, const ExportTargets& to, const QString& target,
                             Streams io, const QString& command) {
    io::ctdl::PathwayOptions options;
    options.owner = to.ctdlOwner;
    options.webpage = to.ctdlWebpage;
    io::ctdl::PathwayDocument pathway = io::ctdl::pathwayDocument(catalog, plan, options);
    const auto words = text::MessageWords::english();
    if (pathway.refusal)
        return report::Document::refused(words.sentence(*pathway.refusal));
    if (!pathway.missing.empty()) {
        QStringList missing;
        for (const Message& m : pathway.missing)
            missing << words.sentence(m);
        io.err << command << ": " << target << " lacks what the Credential Registry requires and Cairn does not know: "
               << missing.join(QLatin1String(", ")) << " (--ctdl-owner URI and --ctdl-webpage URL give them).\n";
    }
    return report::Document::of(std::move(pathway.json));
}

} // namespace

int writeExports(const Catalog& catalog, const Profile& profile, const Plan& plan, const ExportTargets& to,
                 const ReportExtras& extras, Streams io, const QString& command) {
    using Make = std::function<report::Document(const QString& target)>;
    const std::pair<QString, Make> exports[] = {
        {to.pdf,
         [&](const QString& target) {
             report::ReportInput input(catalog, profile, plan);
             input.clientName = extras.clientName;
             input.advisorNotes = extras.notes;
             input.front = extras.front;
             input.holdYears = extras.holdYears;
             input.untaught = extras.untaught;
             input.wantedSkills = extras.wantedSkills;
             return report::pdfDocument(input, target);
         }},
        {to.ics,
         [&](const QString& target) {
             const Holding keeping = holding(catalog, profile, plan, extras.holdYears);
             return report::icsDocument(catalog, plan, target, &keeping);
         }},
        {to.csv, [&](const QString&) { return report::Document::of(report::renderCsv(catalog, plan)); }},
        {to.json,
         [&](const QString&) {
             return report::Document::of(report::planToJson(catalog, plan, &profile, extras.holdYears));
         }},
        {to.ctdl, [&](const QString& target) { return ctdlPathway(catalog, plan, to, target, io, command); }},
    };
    // Every export asked for is tried, so one that cannot be made does not cost the others.
    bool refused = false;
    bool failed = false;
    for (const auto& [path, make] : exports) {
        if (path.isEmpty())
            continue;
        const report::Document document = make(outputName(path));
        if (!document.ok()) {
            io.err << command << ": " << document.refusal << '\n';
            refused = true;
        } else if (!writeOutput(path, document.bytes, io, command)) {
            failed = true;
        }
    }
    if (failed || (refused && plan.status != PlanStatus::Infeasible))
        return kUsage;
    return refused ? kInfeasible : kOk;
}

} // namespace cairn::cli
