#include "cairn/cli/plan_options.h"

#include <QJsonObject>
#include <algorithm>
#include <cairn/engine/limits.h>
#include <cairn/engine/validation.h>
#include <cairn/text/goal_words.h>
#include <cairn/text/message_words.h>
#include <cmath>

namespace cairn::cli {

namespace {

/// The goals in two columns, ids aligned, so that the one wanted can be found and copied.
void listGoals(QTextStream& out, const Catalog& catalog) {
    constexpr qsizetype kWidest = 40; // a longer id pushes only its own title aside
    qsizetype width = 0;
    for (const Goal& g : catalog.goals)
        width = std::max(width, std::min(kWidest, static_cast<qsizetype>(g.id.size())));
    for (const Goal& g : catalog.goals)
        out << "  " << QString::fromStdString(g.id).leftJustified(width) << "  " << QString::fromStdString(g.title)
            << '\n';
}

/// --hold-years: whole years in limits::kMinHoldYears to kMaxHoldYears.
bool readHoldYears(const QString& text, PlanRequest& request, Streams io) {
    bool ok = false;
    const int years = text.toInt(&ok);
    if (!ok || years < limits::kMinHoldYears || years > limits::kMaxHoldYears) {
        io.err << "cairn-cli: --hold-years must be a whole number of years from " << limits::kMinHoldYears << " to "
               << limits::kMaxHoldYears << ", not '" << text << "'.\n";
        return false;
    }
    request.holdYears = years;
    return true;
}

} // namespace

void PlanOptions::addTo(QCommandLineParser& parser) const {
    parser.addOption(catalogOption(catalogForProfileDefault()));
    parser.addOption(profileOption());
    parser.addOptions({goal, goalFile, objective, budget, budgetOn, deadline, pin, exclude, format, timeLimit});
    parser.addOption(holdYears);
}

namespace {

/// Reads the goal file and adds its goal, over the catalog's skills, to the catalog.
bool addGoalFile(const QString& path, const QCommandLineParser& parser, const PlanOptions& o, PlanInputs& in,
                 Streams io, int& exitCode) {
    auto wanted = loadSkillGoal(path, io.err, &exitCode);
    if (!wanted)
        return false;
    // What the request excludes teaches nothing, as what the profile excludes.
    Profile learner = in.profile;
    for (const QString& id : parser.values(o.exclude))
        learner.excluded.push_back(id.toStdString());
    std::string id = "goal-file";
    for (int n = 2; in.catalog.catalog.findGoal(id); ++n)
        id = "goal-file-" + std::to_string(n);
    CatalogGoal built = catalogGoal(in.catalog.catalog, learner, *wanted, id);
    in.catalog.catalog.goals.push_back(built.goal);
    in.goalFile = GoalFileInput{std::move(*wanted), std::move(built)};
    return true;
}

/// Adds the client's own goals to the catalog; those made there, with what each leaves out.
std::vector<GoalFileInput> addOwnGoals(const std::vector<OwnGoal>& ownGoals, const QCommandLineParser& parser,
                                       const PlanOptions& o, PlanInputs& in) {
    Profile learner = in.profile;
    for (const QString& id : parser.values(o.exclude))
        learner.excluded.push_back(id.toStdString());
    std::vector<GoalFileInput> added;
    for (const OwnGoal& own : ownGoals) {
        if (in.catalog.catalog.findGoal(own.id))
            continue; // the catalog's own goal of that id wins; the client's is not planned for
        CatalogGoal built = catalogGoal(in.catalog.catalog, learner, own.goal, own.id);
        in.catalog.catalog.goals.push_back(built.goal);
        added.push_back(GoalFileInput{own.goal, std::move(built)});
    }
    return added;
}

} // namespace

QString untaughtText(const PlanInputs& in) {
    if (!in.goalFile)
        return {};
    const CatalogGoal& built = in.goalFile->built;
    QString out;
    const QString summary =
        text::GoalWords::summary(built.untaught, static_cast<int>(in.goalFile->wanted.skills.size()));
    if (!summary.isEmpty())
        out += summary + u'\n';
    for (const QString& line : text::GoalWords::untaughtLists(built.untaught, 78))
        out += QStringLiteral("  ") + line + u'\n';
    const QString shortfall = text::GoalWords::optionalShortfall(
        std::min(in.goalFile->wanted.optionalNeeded,
                 static_cast<int>(std::count_if(in.goalFile->wanted.skills.begin(), in.goalFile->wanted.skills.end(),
                                                [](const WantedSkill& w) { return !w.essential; }))),
        built.optionalNeeded);
    if (!shortfall.isEmpty())
        out += shortfall + u'\n';
    return out;
}

QJsonArray untaughtJson(const PlanInputs& in) {
    QJsonArray out;
    if (!in.goalFile)
        return out;
    for (const auto& u : in.goalFile->built.untaught) {
        const char* why = u.why == UntaughtSkill::Why::NotInCatalog   ? "not-in-catalog"
                          : u.why == UntaughtSkill::Why::NoCredential ? "no-credential"
                                                                      : "level-too-high";
        QJsonObject o{{QStringLiteral("esco"), QString::fromStdString(u.wanted.esco)},
                      {QStringLiteral("label"), QString::fromStdString(u.wanted.label)},
                      {QStringLiteral("level"), u.wanted.level},
                      {QStringLiteral("essential"), u.wanted.essential},
                      {QStringLiteral("why"), QString::fromLatin1(why)}};
        if (!u.skill.empty())
            o.insert(QStringLiteral("skill"), QString::fromStdString(u.skill));
        if (u.why == UntaughtSkill::Why::LevelTooHigh)
            o.insert(QStringLiteral("taught_level"), u.taughtLevel);
        out.append(o);
    }
    return out;
}

std::optional<PlanInputs> readPlanInputs(const QCommandLineParser& parser, const PlanOptions& o, Streams io,
                                         int& exitCode, const std::optional<Profile>& profileOverride,
                                         std::optional<CatalogInput> catalogOverride,
                                         const std::vector<OwnGoal>& ownGoals) {
    exitCode = kUsage;
    const QString format = parser.value(o.format);
    if (format != QLatin1String("text") && format != QLatin1String("json")) {
        io.err << "cairn-cli: --format must be text or json, not '" << format << "'.\n";
        return std::nullopt;
    }
    std::optional<Profile> profile = profileOverride;
    if (!profile && parser.isSet(profileOption())) {
        profile = loadProfile(parser.value(profileOption()), io.err, &exitCode);
        if (!profile)
            return std::nullopt;
    }
    // Without --catalog: a goal file names ESCO skills, which only a catalog that gives ESCO
    // URIs can teach; a profile is planned against the bundled catalog it was written for.
    QString bundled = bundledCatalogPath();
    if (parser.isSet(o.goalFile))
        bundled = bundledCareerCatalogPath();
    else if (profile && !catalogOverride && !parser.isSet(catalogOption()))
        bundled = bundledCatalogFor(*profile);
    auto catalog = catalogOverride ? std::move(catalogOverride) : loadCatalog(parser, io.err, &exitCode, bundled);
    if (!catalog)
        return std::nullopt;
    PlanInputs in{std::move(*catalog), {}, {}, format == QLatin1String("json"), std::nullopt};

    if (profile) {
        in.profile = std::move(*profile);
    } else {
        // No profile: a learner with no skills, 10 hours a week, starting today.
        in.profile.name = "Learner";
        in.profile.hoursPerWeek = 10;
        in.profile.start = Date::today();
    }

    std::vector<GoalFileInput> own = addOwnGoals(ownGoals, parser, o, in);
    if (parser.isSet(o.goalFile)) {
        if (parser.isSet(o.goal)) {
            io.err << "cairn-cli: give --goal or --goal-file, not both.\n";
            return std::nullopt;
        }
        if (!addGoalFile(parser.value(o.goalFile), parser, o, in, io, exitCode))
            return std::nullopt;
    }
    const QString goal = in.goalFile            ? QString::fromStdString(in.goalFile->built.goal.id)
                         : parser.isSet(o.goal) ? parser.value(o.goal)
                                                : QString::fromStdString(in.profile.goal);
    if (goal.isEmpty()) {
        io.err << "cairn-cli: say which goal to plan for with --goal ID. The catalog's goals:\n";
        listGoals(io.err, in.catalog.catalog);
        return std::nullopt;
    }
    if (!in.catalog.catalog.findGoal(goal.toStdString())) {
        io.err << "cairn-cli: the catalog has no goal '" << goal << "'. Its goals:\n";
        listGoals(io.err, in.catalog.catalog);
        return std::nullopt;
    }
    in.request.goal = goal.toStdString();
    for (GoalFileInput& g : own)
        if (g.built.goal.id == in.request.goal)
            in.goalFile = std::move(g);

    if (parser.isSet(o.objective)) {
        const auto objective = objectiveFromString(parser.value(o.objective).toStdString());
        if (!objective) {
            io.err
                << "cairn-cli: --objective must be cost, effort, balanced, time, cost-to-hold or out-of-pocket, not '"
                << parser.value(o.objective) << "'.\n";
            return std::nullopt;
        }
        in.request.objective = *objective;
    }
    if (parser.isSet(o.budget)) {
        bool ok = false;
        const double budget = parser.value(o.budget).toDouble(&ok);
        if (!ok) {
            io.err << "cairn-cli: --budget must be an amount of money, not '" << parser.value(o.budget) << "'.\n";
            return std::nullopt;
        }
        if (!limits::kBudget.contains(budget)) {
            io.err << "cairn-cli: --budget " << parser.value(o.budget) << " is out of range; a budget must be "
                   << QString::fromStdString(limits::kBudget.text()) << ".\n";
            exitCode = kInvalid;
            return std::nullopt;
        }
        in.request.budget = budget;
    }
    if (parser.isSet(o.budgetOn)) {
        const auto basis = budgetBasisFromString(parser.value(o.budgetOn).toStdString());
        if (!basis) {
            io.err << "cairn-cli: --budget-on must be total or out-of-pocket, not '" << parser.value(o.budgetOn)
                   << "'.\n";
            return std::nullopt;
        }
        in.profile.budgetOn = *basis;
    }
    if (parser.isSet(o.deadline)) {
        const auto date = Date::fromIso(parser.value(o.deadline).toStdString());
        if (!date) {
            io.err << "cairn-cli: --deadline must be a date written YYYY-MM-DD, not '" << parser.value(o.deadline)
                   << "'.\n";
            return std::nullopt;
        }
        if (!limits::contains(*date)) {
            io.err << "cairn-cli: --deadline " << parser.value(o.deadline) << " is out of range; dates must be "
                   << QString::fromStdString(limits::dateRangeText()) << ".\n";
            exitCode = kInvalid;
            return std::nullopt;
        }
        in.request.deadline = date;
    }
    bool ok = false;
    const double seconds = parser.value(o.timeLimit).toDouble(&ok);
    // A week is beyond any use, and keeps the milliseconds far from overflow.
    constexpr double kMaxSeconds = 7 * 24 * 3600;
    if (!ok || !(seconds > 0) || seconds > kMaxSeconds) {
        io.err << "cairn-cli: --time-limit must be a number of seconds above 0 and at most 604800 (a week).\n";
        return std::nullopt;
    }
    in.request.timeLimit = std::chrono::milliseconds(static_cast<long long>(seconds * 1000));
    if (!readHoldYears(parser.value(o.holdYears), in.request, io))
        return std::nullopt;
    for (const QString& id : parser.values(o.pin))
        in.request.pinned.push_back(id.toStdString());
    for (const QString& id : parser.values(o.exclude))
        in.request.excluded.push_back(id.toStdString());
    for (const auto* list : {&in.request.pinned, &in.request.excluded})
        for (const auto& id : *list)
            if (!in.catalog.catalog.findCredential(id)) {
                io.err << "cairn-cli: the catalog has no credential '" << QString::fromStdString(id) << "'.\n";
                return std::nullopt;
            }

    // A plan from an invalid catalog or profile would be meaningless: say what is wrong.
    auto problems = validate(in.catalog.catalog);
    const auto profileProblems = validateProfile(in.catalog.catalog, in.profile);
    problems.insert(problems.end(), profileProblems.begin(), profileProblems.end());
    if (hasErrors(problems)) {
        io.err << "cairn-cli: the input is not valid:\n";
        for (const auto& p : problems)
            if (p.severity == Problem::Severity::Error)
                io.err << "  " << QString::fromStdString(p.object) << ": " << text::MessageWords::english().problem(p)
                       << '\n';
        exitCode = kInvalid;
        return std::nullopt;
    }
    exitCode = kOk;
    return in;
}

} // namespace cairn::cli
