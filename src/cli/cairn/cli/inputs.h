#pragma once

#include "cairn/cli/command.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QString>
#include <cairn/engine/catalog.h>
#include <cairn/engine/profile.h>
#include <cairn/engine/skill_goal.h>
#include <optional>

// Helpers every command shares: reading the catalog and profile files (or the bundled sample
// catalog), printing their errors, and parsing options with --help.
namespace cairn::cli {

/// The Qt resource path of the catalog bundled with cairn-cli, used when no catalog is given.
inline QString bundledCatalogPath() {
    return QStringLiteral(":/catalogs/sample.json");
}

/// The Qt resource path of the bundled career catalog, whose skills carry ESCO URIs: the one a
/// goal named by ESCO skills is planned against when no catalog is given, since the sample
/// catalog could teach none of them.
inline QString bundledCareerCatalogPath() {
    return QStringLiteral(":/catalogs/cairn-catalog.json");
}

/// The bundled catalog a profile is written for: the career catalog when fewer of the
/// profile's skills, credentials and goal are unknown to it than to the sample catalog (as for
/// the bundled demo clients), else the sample catalog.
QString bundledCatalogFor(const Profile& profile);

/// What `--catalog` defaults to for commands that read a profile (bundledCatalogFor()).
inline QString catalogForProfileDefault() {
    return QStringLiteral("the bundled sample catalog, or the bundled career catalog for a profile written for it");
}

/// The standard `--catalog FILE` option; `byDefault` says what is used without it.
QCommandLineOption catalogOption(const QString& byDefault = QStringLiteral("the bundled sample catalog"));
/// The standard `--profile FILE` option.
QCommandLineOption profileOption();

/// A catalog read from a file, with where it came from for messages.
struct CatalogInput {
    Catalog catalog;
    QString path;         ///< as given, or the bundled catalog's resource path
    bool bundled = false; ///< a bundled catalog was used
};

/// Reads the catalog at `path`, or the `bundled` one when `path` is empty. On failure
/// every error is printed to `err`, one per line, nullopt is returned, and `exitCode` (when
/// given) says why: kUsage when the file could not be read at all, kInvalid when it was read
/// and breaks the format's rules.
std::optional<CatalogInput> loadCatalog(const QString& path, QTextStream& err, int* exitCode = nullptr,
                                        const QString& bundled = bundledCatalogPath());
/// The same, with the path taken from the parser's `--catalog` option.
std::optional<CatalogInput> loadCatalog(const QCommandLineParser& parser, QTextStream& err, int* exitCode = nullptr,
                                        const QString& bundled = bundledCatalogPath());

/// Reads the profile at `path`; errors are printed to `err` and `exitCode` set as for loadCatalog().
std::optional<Profile> loadProfile(const QString& path, QTextStream& err, int* exitCode = nullptr);
/// Reads a goal file (cairn-goal JSON); errors are printed and `exitCode` set as for loadCatalog().
std::optional<SkillGoal> loadSkillGoal(const QString& path, QTextStream& err, int* exitCode = nullptr);
/// Reads the profile named by `--profile`. Returns an empty Profile holder when the option was
/// not given; nullopt only when a given profile could not be read.
std::optional<std::optional<Profile>> loadOptionalProfile(const QCommandLineParser& parser, QTextStream& err);

/// Parses `arguments` (argv[0] first) with a `--help` option added. Returns an exit code when
/// the command should stop now: after printing help (kOk) or a usage error (kUsage).
std::optional<int> parseOrExit(QCommandLineParser& parser, const QStringList& arguments, Streams io);

} // namespace cairn::cli
