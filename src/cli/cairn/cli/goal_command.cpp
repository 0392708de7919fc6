#include "cairn/cli/goal_command.h"

#include "cairn/cli/inputs.h"
#include "cairn/cli/job_ad_input.h"
#include "cairn/cli/output_file.h"

#include <QCommandLineParser>
#include <QRegularExpression>
#include <cairn/engine/skill_goal.h>
#include <cairn/io/esco_goal.h>
#include <cairn/io/onet_goal.h>
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
    QCommandLineOption technologyLevel{QStringLiteral("level-technology"),
                                       QStringLiteral("Level (1-5) asked of O*NET technologies (default 2)."),
                                       QStringLiteral("N"), QStringLiteral("2")};
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
    const auto technology = boundedInteger(parser, o.technologyLevel, kMinLevel, kMaxLevel, io);
    const auto optional = boundedInteger(parser, o.optional, 0, io::kMaxGoalSkills, io);
    if (!skill || !knowledge || !transversal || !technology || !optional)
        return std::nullopt;
    levels.technology = *technology;
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
    if (!goal.onet.empty())
        say << "O*NET occupation: " << QString::fromStdString(goal.onet)
            << " (the technologies O*NET marks in demand are required, its other hot technologies the optional "
               "ones)\n";
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
    // Skills are matched by their ESCO URI (or O*NET technology): a catalog that gives no ESCO URI
    // cannot teach ESCO's skills, which is worth saying before the long list of what it does not teach.
    if (std::none_of(catalog.catalog.skills.begin(), catalog.catalog.skills.end(),
                     [](const Skill& s) { return !s.esco.empty(); }))
        say << "The catalog " << QString::fromStdString(catalog.catalog.name)
            << " links none of its skills to ESCO. Use a catalog that does, such as the bundled career catalog "
               "(the one used without --catalog).\n";
    if (const QString summary = text::GoalWords::summary(built.untaught, static_cast<int>(goal.skills.size()));
        !summary.isEmpty())
        say << summary << '\n';
    for (const QString& line : text::GoalWords::untaughtLists(built.untaught, 78))
        say << "  " << line << '\n';
    if (const QString shortfall = text::GoalWords::optionalShortfall(goal.optionalNeeded, built.optionalNeeded);
        !shortfall.isEmpty())
        say << shortfall << '\n';
    const bool fromOnet = !goal.onet.empty() || std::any_of(goal.skills.begin(), goal.skills.end(),
                                                            [](const WantedSkill& s) { return !s.onet.empty(); });
    const bool fromEsco = !goal.esco.empty() || std::any_of(goal.skills.begin(), goal.skills.end(),
                                                            [](const WantedSkill& s) { return !s.esco.empty(); });
    if (fromEsco)
        say << "Source: " << io::escoAttribution() << '\n';
    if (fromOnet)
        say << "Source: " << io::onetAttribution() << '\n';
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

std::shared_ptr<const io::OnetData> onet(Streams io) {
    const auto data = io::bundledOnetData();
    if (!data.ok()) {
        for (const auto& line : text::LoadWords::english().lines(data.errors))
            io.err << "cairn-cli goal: " << line << '\n';
        return nullptr;
    }
    return *data.value;
}

/// An occupation found by search, from either source; `rank` as searchOccupations ranks ESCO's
/// (an O*NET title counts as a preferred label).
struct Found {
    bool onet = false;
    int index = -1;
    int rank = 0;
    std::string matched; ///< the label that matched, for ESCO
};

std::vector<Found> searchBoth(const io::EscoData& esco, const io::OnetData& onet, const QString& query) {
    std::vector<Found> found;
    for (const auto& m : io::searchOccupations(esco, query, 10))
        found.push_back({false, m.occupation, m.rank, m.label});
    for (const auto& m : io::searchOnetOccupations(onet, query, 10))
        found.push_back({true, m.occupation, 2 * m.rank, {}});
    std::stable_sort(found.begin(), found.end(), [](const Found& a, const Found& b) { return a.rank < b.rank; });
    return found;
}

void listCandidates(const std::vector<Found>& found, const io::EscoData& esco, const io::OnetData& onet,
                    const std::string& language, QTextStream& err) {
    for (const auto& m : found) {
        if (m.onet) {
            const auto& occupation = onet.occupations[static_cast<std::size_t>(m.index)];
            err << "  O*NET  " << QString::fromStdString(occupation.code).leftJustified(12) << "  "
                << QString::fromStdString(occupation.title) << '\n';
            continue;
        }
        const auto& occupation = esco.occupations[static_cast<std::size_t>(m.index)];
        err << "  ESCO   " << QString::fromStdString(occupation.code).leftJustified(12) << "  "
            << QString::fromStdString(occupation.label(language));
        if (m.matched != occupation.label(language))
            err << " (" << QString::fromStdString(m.matched) << ")";
        err << "  " << QString::fromStdString(occupation.uri()) << '\n';
    }
}

int fromOnetOccupation(const io::OnetData& onet, int occupation, const io::EscoData& esco, const io::GoalLevels& levels,
                       Streams io, QTextStream& say, const CatalogInput& catalog, const QCommandLineParser& parser,
                       const GoalOptions& o) {
    const SkillGoal goal = io::goalFromOnetOccupation(onet, occupation, &esco, levels);
    if (goal.skills.empty()) {
        const auto& found = onet.occupations[static_cast<std::size_t>(occupation)];
        io.err
            << "cairn-cli goal: O*NET marks no technology hot or in demand for " << QString::fromStdString(found.code)
            << " " << QString::fromStdString(found.title)
            << ", and a goal from it would ask for nothing. Choose a related ESCO occupation by its title instead.\n";
        return kInvalid;
    }
    describe(goal, catalog, say);
    return save(goal, parser, o, io, say);
}

int fromOccupation(const QString& query, const QCommandLineParser& parser, const GoalOptions& o,
                   const io::GoalLevels& levels, const CatalogInput& catalog, Streams io, QTextStream& say) {
    const auto data = esco(io);
    const auto onetData = onet(io);
    if (!data || !onetData)
        return kInvalid;
    const std::string language = parser.value(o.language).toStdString();
    // Without ESCO's O*NET crosswalk (published apart from the classification, and not bundled),
    // an O*NET occupation's goal is made from the technologies O*NET lists for it.
    const auto found = searchBoth(*data, *onetData, query);
    if (found.empty()) {
        io.err << "cairn-cli goal: no ESCO or O*NET occupation is called or has the words '" << query.simplified()
               << "'. Try fewer or other words, a title in English, an ESCO code such as 2511.3, an O*NET-SOC code "
                  "such as 15-2051.01, or an occupation URI.\n";
        return kUsage;
    }
    // One clear answer: an exact label that no other occupation shares as closely.
    const bool clear = found.size() == 1 || (found[0].rank <= 1 && found[1].rank > found[0].rank);
    if (!clear) {
        io.err << "cairn-cli goal: several occupations match '" << query.simplified()
               << "'; name one by its ESCO code, O*NET-SOC code or URI:\n";
        listCandidates(found, *data, *onetData, language, io.err);
        return kUsage;
    }
    if (found[0].onet)
        return fromOnetOccupation(*onetData, found[0].index, *data, levels, io, say, catalog, parser, o);
    const SkillGoal goal = io::goalFromOccupation(*data, found[0].index, levels, language);
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
    const auto onetData = onet(io);
    if (!data || !onetData)
        return kInvalid;
    const io::SkillMatcher matcher(data, onetData);
    const auto mentions = matcher.find(*text);
    const QString name = isStandardOutput(path) ? QStringLiteral("the job ad") : path;
    if (mentions.empty()) {
        io.err << "cairn-cli goal: no ESCO skill or O*NET technology is named in " << name
               << ". Is it a job ad in English? Make a goal from the role instead: "
                  "cairn-cli goal from-occupation TITLE\n";
        return kInvalid;
    }
    const std::string language = parser.value(o.language).toStdString();
    SkillGoal goal;
    goal.title = parser.isSet(o.title) ? parser.value(o.title).simplified().left(200).toStdString()
                                       : text->trimmed().section(u'\n', 0, 0).simplified().left(200).toStdString();
    goal.description = "Skills named in a job ad, found by their ESCO " + data->version + " labels and O*NET " +
                       onetData->version + " technology names.";
    say << "Skills named in " << name << ":\n";
    for (const auto& m : mentions) {
        const WantedSkill wanted = io::wantedSkill(matcher, m, levels, language);
        say << "  " << position(*text, m.start).leftJustified(8) << " \"" << text->mid(m.start, m.length).simplified()
            << "\" — " << QString::fromStdString(wanted.label);
        if (!wanted.onet.empty() && wanted.onet != wanted.label)
            say << " (O*NET technology " << QString::fromStdString(wanted.onet) << ")";
        else if (!wanted.onet.empty())
            say << " (O*NET technology)";
        say << '\n';
        const bool known = std::any_of(goal.skills.begin(), goal.skills.end(), [&](const WantedSkill& w) {
            return (!w.esco.empty() && w.esco == wanted.esco) || (!w.onet.empty() && w.onet == wanted.onet);
        });
        if (!known)
            goal.skills.push_back(wanted);
    }
    describe(goal, catalog, say);
    return save(goal, parser, o, io, say);
}

} // namespace

int GoalCommand::run(const QStringList& arguments, Streams io) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Makes a goal from an ESCO or O*NET occupation or from the text of a job ad, and says which of its skills "
        "the catalog can teach.\n"
        "  from-occupation QUERY|URI   an ESCO occupation, by its English label, alternative label, code or URI, "
        "or an O*NET occupation, by its title or O*NET-SOC code (15-2051.01)\n"
        "  from-text FILE|-            the ESCO skills and O*NET technologies a job ad names (English; \"-\" reads "
        "standard input)\n"
        "An O*NET occupation's goal asks for the technologies O*NET marks in demand for it and for --optional N of "
        "its other hot technologies, each at --level-technology.\n"
        "The goal file names ESCO skills and O*NET technologies, not the catalog's: plan for it against any catalog "
        "with "
        "'cairn-cli plan --goal-file FILE'. Skills no credential teaches are listed, and planning is for the rest.\n"
        "Exit codes: 0 done, 1 no skill found in the text or no technology O*NET marks hot or in demand for the "
        "occupation, 2 usage, an unreadable or unsuitable file, or no "
        "single occupation matches."));
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("from-occupation or from-text."),
                                 QStringLiteral("from-occupation QUERY|from-text FILE"));
    const GoalOptions o;
    parser.addOptions(
        {catalogOption(QStringLiteral("the bundled career catalog, whose skills carry ESCO URIs and O*NET names")),
         o.out, o.language, o.optional, o.skillLevel, o.knowledgeLevel, o.transversalLevel, o.technologyLevel,
         o.title});
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
