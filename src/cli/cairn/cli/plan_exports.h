#pragma once

#include "cairn/cli/command.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <cairn/engine/catalog.h>
#include <cairn/engine/plan.h>
#include <cairn/engine/profile.h>
#include <cairn/engine/skill_goal.h>
#include <optional>
#include <vector>

// Writing a plan to files, shared by `plan` and `plans export`.
namespace cairn::cli {

/// Files to write a plan to; empty when not asked for, "-" for standard output.
struct ExportTargets {
    QString pdf, ics, csv, json, ctdl;
    QString ctdlOwner, ctdlWebpage; ///< what the CTDL pathway's publisher gives: Cairn knows neither
    [[nodiscard]] bool any() const {
        return !pdf.isEmpty() || !ics.isEmpty() || !csv.isEmpty() || !json.isEmpty() || !ctdl.isEmpty();
    }
    /// Whether one of them is standard output, which then holds that file and nothing else.
    [[nodiscard]] bool usesStandardOutput() const;
    /// A sentence when more than one says "-": their contents would run together.
    [[nodiscard]] std::optional<QString> standardOutputClash() const;
    /// A sentence when --ctdl-owner or --ctdl-webpage is not an absolute IRI of at most 2,000
    /// characters: the Registry would refuse the pathway.
    [[nodiscard]] std::optional<QString> badCtdlField() const;
};

/// `--pdf`, `--ics`, `--csv`, `--json` and `--ctdl FILE`, with `--ctdl-owner` and `--ctdl-webpage`.
struct ExportOptions {
    QCommandLineOption pdf{QStringLiteral("pdf"),
                           QStringLiteral("Write the plan as a PDF report (\"-\": standard output)."),
                           QStringLiteral("FILE")};
    QCommandLineOption ics{QStringLiteral("ics"),
                           QStringLiteral("Write the schedule as iCalendar (\"-\": standard output)."),
                           QStringLiteral("FILE")};
    QCommandLineOption csv{QStringLiteral("csv"),
                           QStringLiteral("Write the credentials as CSV (\"-\": standard output)."),
                           QStringLiteral("FILE")};
    QCommandLineOption json{QStringLiteral("json"), QStringLiteral("Write the plan as JSON (\"-\": standard output)."),
                            QStringLiteral("FILE")};

    QCommandLineOption ctdl{QStringLiteral("ctdl"),
                            QStringLiteral("Write the goal and the plan as a CTDL pathway, JSON-LD (\"-\": standard "
                                           "output)."),
                            QStringLiteral("FILE")};
    QCommandLineOption ctdlOwner{QStringLiteral("ctdl-owner"),
                                 QStringLiteral("The CTDL pathway's ceterms:ownedBy: the publishing organization's "
                                                "IRI (the Registry requires it)."),
                                 QStringLiteral("URI")};
    QCommandLineOption ctdlWebpage{QStringLiteral("ctdl-webpage"),
                                   QStringLiteral("The CTDL pathway's ceterms:subjectWebpage (the Registry requires "
                                                  "it); also given to components without a page of their own."),
                                   QStringLiteral("URL")};

    void addTo(QCommandLineParser& parser) const {
        parser.addOptions({pdf, ics, csv, json, ctdl, ctdlOwner, ctdlWebpage});
    }
    [[nodiscard]] ExportTargets targets(const QCommandLineParser& parser) const {
        return {parser.value(pdf),  parser.value(ics),       parser.value(csv),        parser.value(json),
                parser.value(ctdl), parser.value(ctdlOwner), parser.value(ctdlWebpage)};
    }
};

/// What a PDF report shows beyond the plan.
struct ReportExtras {
    QString clientName;
    QString notes;
    std::vector<Plan> front; ///< the money/time trade-offs, for the report's chart
    int holdYears = 3;       ///< years the cost to hold counts (--hold-years)
    /// What a goal file's or own goal leaves out, and how many skills it asks for.
    std::vector<UntaughtSkill> untaught;
    int wantedSkills = 0;
};

/// Writes the plan to every requested file (each written whole or not at all; "-" is standard
/// output), trying each one even when an earlier one failed, and prints why any could not be
/// written, prefixed by `command`. Returns kOk when all were written; kInfeasible when the plan is
/// infeasible and the only ones missing are those an infeasible plan cannot have (a calendar);
/// kUsage when a file could not be written.
int writeExports(const Catalog& catalog, const Profile& profile, const Plan& plan, const ExportTargets& to,
                 const ReportExtras& extras, Streams io, const QString& command);

} // namespace cairn::cli
