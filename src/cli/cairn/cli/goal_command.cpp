#include "cairn/cli/goal_command.h"

#include "cairn/cli/inputs.h"
#include "cairn/cli/job_ad_input.h"
#include "cairn/cli/output_file.h"

#include <QCommandLineParser>
#include <QRegularExpression>
#include <cairn/engine/skill_goal.h>
#include <cairn/io/esco_goal.h>
#include <cairn/io/skill_goal_json.h>
#include <cairn/io/skill_matcher.h>
#include <cairn/text/goal_words.h>
#include <cairn/text/load_words.h>

namespace cairn::cli {

namespace {

/// The options both ways of making a goal share.
struct GoalOptions {
    QCommandLineOption out{QStringLiteral("out"),
                           QStringLiteral("Save the goal file here (\"-\": standard output) for 'plan --goal-file'."),
                           QStringLiteral("FILE")};
    QCommandLineOption language{QStringLiteral("language"),
                                QStringLiteral("Language of the goal's names: en (default) or any language of the "
                                               "ESCO data."),
                                QStringLiteral("CODE"), QStringLiteral("en")};
    QCommandLineOption optional{QStringLiteral("optional"),
                                QStringLiteral("How many of an occupation's optional skills the goal needs "
                                               "(default 3)."),
                                QStringLiteral("N"), QStringLiteral("3")};
    QCommandLineOption skillLevel{QStringLiteral("level-skill"),
                                  QStringLiteral("Level (1-5) asked of ESCO skills/competences (default 2)."),
                                  QStringLiteral("N"), QStringLiteral("2")};
    QCommandLineOption knowledgeLevel{QStringLiteral("level-knowledge"),
                                      QStringLiteral("Level (1-5) asked of ESCO knowledge (default 2)."),
                                      QStringLiteral("N"), QStringLiteral("2")};
    QCommandLineOption transversalLevel{QStringLiteral("level-transversal"),
                                        QStringLiteral("Level (1-5) asked of ESCO transversal skills (default 1)."),
                                        QStringLiteral("N"), QStringLiteral("1")};
    QCommandLineOption title{QStringLiteral("title"),
                             QStringLiteral("The goal's title (from-text; default: the ad's first line)."),
                             QStringLiteral("TEXT")};
};

std::optional<int> boundedInteger(const QCommandLineParser& parser, const QCommandLineOption& option, int min, int max,
                                  Streams io) {
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value < min || value > max) {
        io.err << "cairn-cli goal: --" << option.names().constFirst() << " must be a whole number from " << min
               << " to " << max << ", not '" << parser.value(option) << "'.\n";
        return std::nullopt;
    }
    return value;
}

std::optional<io::GoalLevels> readLevels(const QCommandLineParser& parser, const GoalOptions& o, Streams io) {
    io::GoalLevels levels;
    const auto skill = boundedInteger(parser, o.skillLevel, kMinLevel, kMaxLevel, io);
    const auto knowledge = boundedInteger(parser, o.knowledgeLevel, kMinLevel, kMaxLevel, io);
    const auto transversal = boundedInteger(parser, o.transversalLevel, kMinLevel, kMaxLevel, io);
    const auto optional = boundedInteger(parser, o.optional, 0, io::kMaxGoalSkills, io);
    if (!skill || !knowledge || !transversal || !optional)
        return std::nullopt;
    levels.skill = *skill;
    levels.knowledge = *knowledge;
    levels.transversal = *transversal;
    levels.optionalNeeded = *optional;
    return levels;
}

/// What the goal asks for and what of it the catalog can teach, in words.
void describe(const SkillGoal& goal, const CatalogInput& catalog, QTextStream& say) {
    const auto essential =
        std::count_if(goal.skills.begin(), goal.skills.end(), [](const WantedSkill& s) { return s.essential; });
    const auto optional = static_cast<qsizetype>(goal.skills.size()) - essential;
    say << "Goal: " << QString::fromStdString(goal.title) << '\n';
    if (!goal.esco.empty())
        say << "ESCO occupation: " << QString::fromStdString(goal.esco) << '\n';
    say << "Skills: " << essential << " essential";
    if (optional > 0)
        say << ", " << optional << " optional (at least " << goal.optionalNeeded << " of them)";
    say << '\n';
    const CatalogGoal built = catalogGoal(catalog.catalog, Profile{}, goal, "goal");
    say << "In the catalog " << QString::fromStdString(catalog.catalog.name) << ": "
        << static_cast<qsizetype>(goal.skills.size()) -
               std::count_if(built.untaught.begin(), built.untaught.end(),
                             [](const UntaughtSkill& u) { return u.why != UntaughtSkill::Why::LevelTooHigh; })
        << " of the " << goal.skills.size() << " skills can be planned.\n";
    // Skills are matched by their ESCO URI: a catalog that gives none cannot teach any of them,
    // which is worth saying before the long list of what it does not teach.
    if (std::none_of(catalog.catalog.skills.begin(), catalog.catalog.skills.end(),
                     [](const Skill& s) { return !s.esco.empty(); }))
        say << "The catalog " << QString::fromStdString(catalog.catalog.name)
            << " links none of its skills to ESCO. Use a catalog that does, such as the bundled career catalog "
               "(the one used without --catalog).\n";
    if (const QString summary = text::GoalWords::summary(built.untaught, static_cast<int>(goal.skills.size()));
        !summary.isEmpty())
        say << summary << '\n';
    for (const auto& u : built.untaught)
        say << "  " << text::GoalWords::untaught(u) << '\n';
    if (const QString shortfall = text::GoalWords::optionalShortfall(goal.optionalNeeded, built.optionalNeeded);
        !shortfall.isEmpty())
        say << shortfall << '\n';
    for (const auto& line : io::escoAttribution().split(u'\n'))
        say << "Source: " << line << '\n';
}

/// Saves the goal when --out is given; says how to plan for it.
int save(const SkillGoal& goal, const QCommandLineParser& parser, const GoalOptions& o, Streams io, QTextStream& say) {
    if (!parser.isSet(o.out)) {
        say << "Save it with --out FILE, then plan for it with: cairn-cli plan --goal-file FILE\n";
        return kOk;
    }
    const QString path = parser.value(o.out);
    if (!writeOutput(path, io::writeSkillGoal(goal), io, QStringLiteral("cairn-cli goal")))
        return kUsage;
    if (!isStandardOutput(path))
        say << "Saved the goal to " << path << ". Plan for it with: cairn-cli plan --goal-file " << path << '\n';
    return kOk;
}

std::shared_ptr<const io::EscoData> esco(Streams io) {
    const auto data = io::bundledEscoData();
    if (!data.ok()) {
        for (const auto& line : text::LoadWords::english().lines(data.errors))
            io.err << "cairn-cli goal: " << line << '\n';
        return nullptr;
    }
    return *data.value;
}

int fromOccupation(const QString& query, const QCommandLineParser& parser, const GoalOptions& o,
                   const io::GoalLevels& levels, const CatalogInput& catalog, Streams io, QTextStream& say) {
    const auto data = esco(io);
    if (!data)
        return kInvalid;
    // ESCO publishes its O*NET crosswalk apart from the classification, and Cairn does not bundle it.
    static const QRegularExpression onetCode(QStringLiteral("^\\s*\\d\\d-\\d{4}(\\.\\d\\d)?\\s*$"));
    if (onetCode.match(query).hasMatch()) {
        io.err << "cairn-cli goal: " << query.trimmed()
               << " is an O*NET-SOC code; Cairn has no mapping from O*NET to ESCO occupations. Search by the "
                  "occupation's title instead.\n";
        return kUsage;
    }
    const auto found = io::searchOccupations(*data, query, 10);
    if (found.empty()) {
        io.err << "cairn-cli goal: no ESCO occupation is called or has the words '" << query.simplified()
               << "'. Try fewer or other words, a title in English, an ESCO code such as 2511.3, or an "
                  "occupation URI.\n";
        return kUsage;
    }
    // One clear answer: an exact label that no other occupation shares as closely.
    const bool clear = found.size() == 1 || (found[0].rank <= 1 && found[1].rank > found[0].rank);
    if (!clear) {
        io.err << "cairn-cli goal: several ESCO occupations match '" << query.simplified()
               << "'; name one by its code or URI:\n";
        for (const auto& m : found) {
            const auto& occupation = data->occupations[static_cast<std::size_t>(m.occupation)];
            io.err << "  " << QString::fromStdString(occupation.code).leftJustified(12) << "  "
                   << QString::fromStdString(occupation.label(parser.value(o.language).toStdString()));
            if (m.label != occupation.label(parser.value(o.language).toStdString()))
                io.err << " (" << QString::fromStdString(m.label) << ")";
            io.err << "  " << QString::fromStdString(occupation.uri()) << '\n';
        }
        return kUsage;
    }
    const SkillGoal goal =
        io::goalFromOccupation(*data, found[0].occupation, levels, parser.value(o.language).toStdString());
    describe(goal, catalog, say);
    return save(goal, parser, o, io, say);
}

/// "line:column" of a UTF-16 offset, both 1-based.
QString position(const QString& text, qsizetype offset) {
    const qsizetype lineStart = text.lastIndexOf(u'\n', offset - 1) + 1;
    return QStringLiteral("%1:%2").arg(text.first(offset).count(u'\n') + 1).arg(offset - lineStart + 1);
}

int fromText(const QString& path, const QCommandLineParser& parser, const GoalOptions& o, const io::GoalLevels& levels,
             const CatalogInput& catalog, Streams io, QTextStream& say) {
    const auto text = readJobAd(path, io, QStringLiteral("cairn-cli goal"));
    if (!text)
        return kUsage;
    const auto data = esco(io);
    if (!data)
        return kInvalid;
    const io::SkillMatcher matcher(data);
    const auto mentions = matcher.find(*text);
    const QString name = isStandardOutput(path) ? QStringLiteral("the job ad") : path;
    if (mentions.empty()) {
        io.err << "cairn-cli goal: no ESCO skill is named in " << name
               << ". Is it a job ad in English? Make a goal from the role instead: "
                  "cairn-cli goal from-occupation TITLE\n";
        return kInvalid;
    }
    const std::string language = parser.value(o.language).toStdString();
    SkillGoal goal;
    goal.title = parser.isSet(o.title) ? parser.value(o.title).simplified().left(200).toStdString()
                                       : text->trimmed().section(u'\n', 0, 0).simplified().left(200).toStdString();
    goal.description = "Skills named in a job ad, found by their ESCO " + data->version + " labels.";
    say << "Skills named in " << name << ":\n";
    for (const auto& m : mentions) {
        const auto& skill = data->skills[static_cast<std::size_t>(m.skills.front())];
        say << "  " << position(*text, m.start).leftJustified(8) << " \"" << text->mid(m.start, m.length).simplified()
            << "\" — " << QString::fromStdString(skill.label(language)) << '\n';
        const bool known = std::any_of(goal.skills.begin(), goal.skills.end(),
                                       [&](const WantedSkill& w) { return w.esco == skill.uri(); });
        if (!known)
            goal.skills.push_back({skill.uri(), skill.label(language), levels.levelFor(skill), true});
    }
    describe(goal, catalog, say);
    return save(goal, parser, o, io, say);
}

} // namespace

int GoalCommand::run(const QStringList& arguments, Streams io) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Makes a goal from an ESCO occupation or from the text of a job ad, and says which of its skills the "
        "catalog can teach.\n"
        "  from-occupation QUERY|URI   an ESCO occupation, by its English label, alternative label, code or URI\n"
        "  from-text FILE|-            the skills a job ad names (English; \"-\" reads standard input)\n"
        "The goal file names ESCO skills, not the catalog's: plan for it against any catalog with "
        "'cairn-cli plan --goal-file FILE'. Skills no credential teaches are listed, and planning is for the rest.\n"
        "Exit codes: 0 done, 1 no skill found in the text, 2 usage, an unreadable or unsuitable file, or no "
        "single occupation matches."));
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("from-occupation or from-text."),
                                 QStringLiteral("from-occupation QUERY|from-text FILE"));
    const GoalOptions o;
    parser.addOptions({catalogOption(QStringLiteral("the bundled career catalog, whose skills carry ESCO URIs")), o.out,
                       o.language, o.optional, o.skillLevel, o.knowledgeLevel, o.transversalLevel, o.title});
    if (auto code = parseOrExit(parser, arguments, io))
        return *code;
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    if ((action != QLatin1String("from-occupation") && action != QLatin1String("from-text")) || args.size() < 2) {
        io.err << "cairn-cli goal: usage: cairn-cli goal from-occupation QUERY|URI | from-text FILE|- [options]\n";
        return kUsage;
    }
    const auto levels = readLevels(parser, o, io);
    if (!levels)
        return kUsage;
    int exitCode = kUsage;
    const auto catalog = loadCatalog(parser, io.err, &exitCode, bundledCareerCatalogPath());
    if (!catalog)
        return exitCode;
    // A goal file written to standard output is all that goes there.
    QTextStream& say = parser.isSet(o.out) && isStandardOutput(parser.value(o.out)) ? io.err : io.out;
    if (action == QLatin1String("from-occupation"))
        return fromOccupation(args.mid(1).join(u' '), parser, o, *levels, *catalog, io, say);
    if (args.size() != 2) {
        io.err << "cairn-cli goal: from-text takes one FILE (or - for standard input).\n";
        return kUsage;
    }
    return fromText(args[1], parser, o, *levels, *catalog, io, say);
}

} // namespace cairn::cli
