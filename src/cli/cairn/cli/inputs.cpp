#include "cairn/cli/inputs.h"

#include "cairn/cli/terminal_text.h"

#include <cairn/io/catalog_choice.h>
#include <cairn/io/catalog_json.h>
#include <cairn/io/profile_json.h>
#include <cairn/io/skill_goal_json.h>
#include <cairn/text/load_words.h>

namespace cairn::cli {

namespace {

void printErrors(const std::vector<io::LoadError>& errors, QTextStream& err, int* exitCode) {
    for (const auto& line : text::LoadWords::english().lines(errors))
        err << printableLine(line) << '\n'; // one line each, whatever the file holds
    if (exitCode)
        *exitCode = io::anyUnreadable(errors) ? kUsage : kInvalid;
}

} // namespace

QString bundledCatalogFor(const Profile& profile) {
    return io::catalogWrittenFor(profile, {bundledCatalogPath(), bundledCareerCatalogPath()});
}

QCommandLineOption catalogOption(const QString& byDefault) {
    return QCommandLineOption(QStringList{QStringLiteral("catalog"), QStringLiteral("c")},
                              QStringLiteral("Catalog file (cairn-catalog JSON). Default: %1.").arg(byDefault),
                              QStringLiteral("FILE"));
}

QCommandLineOption profileOption() {
    return QCommandLineOption(QStringList{QStringLiteral("profile"), QStringLiteral("p")},
                              QStringLiteral("Learner profile file (cairn-profile JSON)."), QStringLiteral("FILE"));
}

std::optional<CatalogInput> loadCatalog(const QString& path, QTextStream& err, int* exitCode, const QString& bundled) {
    CatalogInput input;
    input.bundled = path.isEmpty();
    input.path = input.bundled ? bundled : path;
    auto result = io::readCatalogFile(input.path);
    if (!result.ok()) {
        printErrors(result.errors, err, exitCode);
        return std::nullopt;
    }
    input.catalog = std::move(*result.value);
    return input;
}

std::optional<CatalogInput> loadCatalog(const QCommandLineParser& parser, QTextStream& err, int* exitCode,
                                        const QString& bundled) {
    return loadCatalog(parser.value(catalogOption().names().constFirst()), err, exitCode, bundled);
}

std::optional<Profile> loadProfile(const QString& path, QTextStream& err, int* exitCode) {
    auto result = io::readProfileFile(path);
    if (!result.ok()) {
        printErrors(result.errors, err, exitCode);
        return std::nullopt;
    }
    return std::move(*result.value);
}

std::optional<SkillGoal> loadSkillGoal(const QString& path, QTextStream& err, int* exitCode) {
    auto result = io::readSkillGoalFile(path);
    if (!result.ok()) {
        printErrors(result.errors, err, exitCode);
        return std::nullopt;
    }
    return std::move(*result.value);
}

std::optional<std::optional<Profile>> loadOptionalProfile(const QCommandLineParser& parser, QTextStream& err) {
    const QString name = profileOption().names().constFirst();
    if (!parser.isSet(name))
        return std::optional<Profile>{};
    auto profile = loadProfile(parser.value(name), err);
    if (!profile)
        return std::nullopt;
    return std::optional<Profile>{std::move(*profile)};
}

std::optional<int> parseOrExit(QCommandLineParser& parser, const QStringList& arguments, Streams io) {
    const QCommandLineOption help(QStringList{QStringLiteral("help"), QStringLiteral("h")},
                                  QStringLiteral("Show this help and exit."));
    parser.addOption(help);
    if (!parser.parse(arguments)) {
        io.err << arguments.value(0) << ": " << parser.errorText() << '\n'
               << "Run '" << arguments.value(0) << " --help' for the options.\n";
        return kUsage;
    }
    if (parser.isSet(help)) {
        // helpText() names the program from QCoreApplication; use the command's own name.
        QString text = parser.helpText();
        const qsizetype end = text.indexOf(QLatin1Char('\n'));
        const QString usage = text.left(end);
        const qsizetype firstSpace = usage.indexOf(QLatin1Char(' '), usage.indexOf(QLatin1Char(':')) + 2);
        text.replace(0, end,
                     QStringLiteral("Usage: ") + arguments.value(0) +
                         (firstSpace > 0 ? usage.mid(firstSpace) : QString()));
        io.out << text;
        return kOk;
    }
    return std::nullopt;
}

} // namespace cairn::cli
