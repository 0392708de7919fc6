#include "cairn/cli/import_badges_command.h"

#include "cairn/cli/badges_report_text.h"
#include "cairn/cli/counted.h"
#include "cairn/cli/inputs.h"
#include "cairn/cli/output_file.h"

#include <cairn/io/profile_json.h>

namespace cairn::cli {

using namespace Qt::Literals::StringLiterals;

namespace {

/// Every skill the achievements' alignments name, at `level`.
std::vector<SkillLevel> alignedSkillLevels(const std::vector<io::badges::Match>& matches, int level) {
    std::vector<SkillLevel> out;
    for (const io::badges::Match& m : matches)
        for (const io::badges::AlignedSkill& s : m.skills)
            out.push_back({s.skill, level});
    return out;
}

} // namespace

QString ImportBadgesCommand::name() const {
    return u"import-badges"_s;
}

QString ImportBadgesCommand::summary() const {
    return u"Add the credentials of Open Badges and CLR files to a profile"_s;
}

int ImportBadgesCommand::run(const QStringList& arguments, Streams io) {
    const QString command = arguments.value(0);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Reads Open Badges 2.0 assertions (with their badge class and issuer files), Open Badges 3.0\n"
        u"credentials and CLR 2.0 credentials, matches each achievement to a credential of the catalog\n"
        u"(by an alignment naming its CTID, as the credential the app added to the catalog from it, else\n"
        u"by its name), and adds those that have neither expired\n"
        u"nor been revoked to the profile's completed credentials, with the dates they were issued\n"
        u"and expire (completed_dates). Signatures are not verified.\n"
        u"An achievement's alignments that name a skill of the catalog (by its esco URI, its onet name\n"
        u"or code, or its id) are listed; with --skill-level N they are added to the profile's skills\n"
        u"at level N (a skill held at a higher level keeps it). Without it no skill is added: an\n"
        u"alignment gives no level, and the command cannot ask.\n"
        u"Exit code: 0 done, 1 invalid catalog or profile, 2 no file could be read, or bad usage."_s);
    parser.addPositionalArgument(u"files"_s, u"Open Badges or CLR .json files."_s, u"FILE…"_s);
    const QCommandLineOption catalog = catalogOption(catalogForProfileDefault());
    const QCommandLineOption profile = profileOption();
    const QCommandLineOption out(u"out"_s, u"Write the profile here (\"-\": standard output). Default: --profile."_s,
                                 u"FILE"_s);
    const QCommandLineOption skillLevel(
        u"skill-level"_s, u"Add the skills the achievements' alignments name, at this level (1-5)."_s, u"N"_s);
    parser.addOption(catalog);
    parser.addOption(profile);
    parser.addOption(out);
    parser.addOption(skillLevel);
    if (auto exit = parseOrExit(parser, arguments, io))
        return *exit;
    std::optional<int> level;
    if (parser.isSet(skillLevel)) {
        bool ok = false;
        level = parser.value(skillLevel).toInt(&ok);
        if (!ok || *level < kMinLevel || *level > kMaxLevel) {
            io.err << command << ": --skill-level must be a whole number from " << kMinLevel << " to " << kMaxLevel
                   << ", not '" << parser.value(skillLevel) << "'.\n";
            return kUsage;
        }
    }
    if (parser.positionalArguments().isEmpty() || !parser.isSet(profile)) {
        io.err << command << ": give the badge files and the profile they belong to (--profile FILE).\n";
        return kUsage;
    }
    int code = kOk;
    auto learner = loadProfile(parser.value(profile), io.err, &code);
    if (!learner)
        return code;
    // Without --catalog, the bundled catalog the profile was written for, as `plan` does.
    const auto catalogInput =
        loadCatalog(parser, io.err, &code, parser.isSet(catalog) ? bundledCatalogPath() : bundledCatalogFor(*learner));
    if (!catalogInput)
        return code;

    io::badges::BadgeReader reader;
    for (const QString& file : parser.positionalArguments())
        reader.addFile(file);
    const io::badges::BadgeRead read = reader.finish();
    const auto matches = io::badges::matchAchievements(read.achievements, catalogInput->catalog, Date::today());
    const bool toStandardOutput = isStandardOutput(parser.value(out));
    (toStandardOutput ? io.err : io.out) << badgesReportText(read, matches, catalogInput->catalog, level);
    if (read.achievements.empty() && !read.failures.empty()) {
        io.err << command << ": no file could be read; the profile is unchanged.\n";
        return kUsage;
    }
    const int added = io::badges::addToProfile(matches, read.achievements, *learner);
    const int skills = level ? io::badges::addSkillsToProfile(alignedSkillLevels(matches, *level), *learner) : 0;
    const QString target = parser.isSet(out) ? parser.value(out) : parser.value(profile);
    if (!writeOutput(target, io::writeProfile(*learner), io, command))
        return kUsage;
    (toStandardOutput ? io.err : io.out) << "\n"
                                         << counted(added, "credential", "credentials")
                                         << " added to the completed ones";
    if (level)
        (toStandardOutput ? io.err : io.out)
            << ", " << counted(skills, "skill", "skills") << " added or raised to level " << *level;
    (toStandardOutput ? io.err : io.out) << " in " << outputName(target) << ".\n";
    return kOk;
}

} // namespace cairn::cli
