#pragma once

#include "cairn/cli/command.h"
#include "cairn/cli/inputs.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <cairn/engine/planner.h>
#include <cairn/engine/skill_goal.h>
#include <optional>

// What plan, pareto and gap share: the options that say what to plan for, and turning them
// into a catalog, a profile and a PlanRequest.
namespace cairn::cli {

/// The options of a planning command; add them to a parser with addTo().
struct PlanOptions {
    QCommandLineOption goal{QStringLiteral("goal"), QStringLiteral("The goal id to plan for (see 'validate')."),
                            QStringLiteral("ID")};
    QCommandLineOption goalFile{QStringLiteral("goal-file"),
                                QStringLiteral("Plan for the goal in this file (made by 'cairn-cli goal') instead of a "
                                               "goal of the catalog; without --catalog, against the bundled career "
                                               "catalog, whose skills carry ESCO URIs."),
                                QStringLiteral("FILE")};
    QCommandLineOption objective{
        QStringLiteral("objective"),
        QStringLiteral("cost (default), effort, balanced, time, cost-to-hold or out-of-pocket."),
        QStringLiteral("NAME")};
    QCommandLineOption budget{QStringLiteral("budget"), QStringLiteral("Most money to spend, 0 to 1000000000000."),
                              QStringLiteral("N")};
    QCommandLineOption budgetOn{QStringLiteral("budget-on"),
                                QStringLiteral("What the budget limits: total (default) or out-of-pocket money "
                                               "(with --objective out-of-pocket)."),
                                QStringLiteral("BASIS")};
    QCommandLineOption deadline{QStringLiteral("deadline"),
                                QStringLiteral("Finish by this day, 1900-01-01 to 2200-12-31."),
                                QStringLiteral("YYYY-MM-DD")};
    QCommandLineOption pin{QStringLiteral("pin"), QStringLiteral("Credential that must be in the plan (repeatable)."),
                           QStringLiteral("ID")};
    QCommandLineOption exclude{QStringLiteral("exclude"),
                               QStringLiteral("Credential that must not be in the plan (repeatable)."),
                               QStringLiteral("ID")};
    QCommandLineOption format{QStringLiteral("format"), QStringLiteral("text (default) or json."),
                              QStringLiteral("FORMAT"), QStringLiteral("text")};
    QCommandLineOption timeLimit{QStringLiteral("time-limit"),
                                 QStringLiteral("Stop planning after this many seconds (default 60) and report the "
                                                "best plan found as feasible, or unknown (exit code 4) when none "
                                                "was found yet."),
                                 QStringLiteral("SECONDS"), QStringLiteral("60")};
    // What keeping the plan's credentials costs (docs/planning-model.md, "Keeping a credential").
    QCommandLineOption holdYears{QStringLiteral("hold-years"),
                                 QStringLiteral("Years to hold each credential for the cost to hold and the "
                                                "cost-to-hold objective, 1 to 50 (default 3)."),
                                 QStringLiteral("N"), QStringLiteral("3")};

    void addTo(QCommandLineParser& parser) const;
};

/// A goal read from a goal file: it is added to the catalog for planning, with what it leaves out.
struct GoalFileInput {
    SkillGoal wanted;
    CatalogGoal built;
};

/// Everything a planning command needs, read and checked.
struct PlanInputs {
    CatalogInput catalog;
    Profile profile;
    PlanRequest request;
    bool json = false;
    /// Set with --goal-file, or when the goal planned for is one of the client's own goals.
    std::optional<GoalFileInput> goalFile;
};

/// What a goal file's (or own) goal leaves out of the plan, one sentence a line; empty for a
/// goal of the catalog.
QString untaughtText(const PlanInputs& in);
/// The same as data for --format json: one object per skill left out or planned lower.
QJsonArray untaughtJson(const PlanInputs& in);

/// A goal of a client's own (made from an occupation or a job ad), by its id "own:N".
struct OwnGoal {
    std::string id;
    SkillGoal goal;
};

/// Reads the catalog and profile and checks the options. On a problem prints it and returns
/// the exit code in `exitCode` (kUsage for bad options or files, kInvalid for invalid input).
/// `profileOverride` replaces the --profile file and `catalogOverride` the --catalog file (a
/// client's profile and catalog from the workspace); `ownGoals`, the client's own goals, are
/// added to the catalog's goals, and the one planned for says what it leaves out as a goal
/// file's does.
std::optional<PlanInputs> readPlanInputs(const QCommandLineParser& parser, const PlanOptions& options, Streams io,
                                         int& exitCode, const std::optional<Profile>& profileOverride = {},
                                         std::optional<CatalogInput> catalogOverride = {},
                                         const std::vector<OwnGoal>& ownGoals = {});

} // namespace cairn::cli
