#include "cairn/cli/import_ctdl_command.h"

#include "cairn/cli/counted.h"
#include "cairn/cli/ctdl_report_text.h"
#include "cairn/cli/inputs.h"
#include "cairn/cli/output_file.h"
#include "cairn/cli/workspace_access.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QLocale>
#include <cairn/io/ctdl_import.h>
#include <variant>

namespace cairn::cli {

using namespace Qt::Literals::StringLiterals;

namespace {

/// The most files one command reads from its folders: far beyond any real set of documents.
constexpr int kMaxFiles = 100000;

/// The files to read: each FILE as given, and the .json files under each DIR, sorted.
QStringList filesToRead(const QStringList& arguments, bool& tooMany) {
    QStringList files;
    for (const QString& argument : arguments) {
        if (!QFileInfo(argument).isDir()) {
            files << argument;
            continue;
        }
        QStringList found;
        QDirIterator it(argument, {u"*.json"_s, u"*.jsonld"_s}, QDir::Files | QDir::Readable,
                        QDirIterator::Subdirectories);
        while (it.hasNext() && found.size() <= kMaxFiles)
            found << it.next();
        found.sort();
        files << found;
    }
    tooMany = files.size() > kMaxFiles;
    return files;
}

struct ImportCtdlOptions {
    const QCommandLineOption catalogName{u"catalog-name"_s, u"Name of the new catalog. Default: \"CTDL import\"."_s,
                                         u"NAME"_s};
    const QCommandLineOption into{u"into"_s,
                                  u"Add to this workspace catalog (name or id) instead, replacing items with the "
                                  u"same id."_s,
                                  u"CATALOG"_s};
    const QCommandLineOption reportFile{u"report"_s, u"Also write the report to FILE (\"-\": standard output)."_s,
                                        u"FILE"_s};
    const QCommandLineOption database = databaseOption();

    void addTo(QCommandLineParser& parser) const {
        parser.setApplicationDescription(
            u"Reads CTDL (Credential Transparency Description Language) JSON-LD documents: single nodes, @graph\n"
            u"documents, arrays of nodes and Credential Registry envelopes. Credentials, courses, learning\n"
            u"opportunities and assessments become credentials; competencies skills; pathways goals\n"
            u"(docs/formats.md, \"CTDL import\"). A report says what became what, what was approximated and\n"
            u"what was skipped. Files that cannot be read are listed and left out; everything else is\n"
            u"imported whole or not at all.\n"
            u"Exit code: 0 imported (files that could not be read are listed), 1 refused (the catalog would\n"
            u"be invalid, or there was nothing to import), 2 no file could be read, or bad usage."_s);
        parser.addPositionalArgument(u"files"_s, u"CTDL files, or folders to read every .json and .jsonld file in."_s,
                                     u"FILE|DIR…"_s);
        parser.addOption(catalogName);
        parser.addOption(into);
        parser.addOption(reportFile);
        parser.addOption(database);
    }
};

/// What the arguments leave unsaid or say twice, on standard error.
bool argumentsAreSound(const QCommandLineParser& parser, const ImportCtdlOptions& o, const QString& command,
                       Streams io) {
    if (parser.positionalArguments().isEmpty()) {
        io.err << command << ": give the CTDL files or folders to import.\n";
        return false;
    }
    if (parser.isSet(o.catalogName) && parser.isSet(o.into)) {
        io.err << command << ": --catalog-name names a new catalog and --into adds to one; give one of them.\n";
        return false;
    }
    return true;
}

/// With --into, the workspace catalog to add to: its id, and its currency and ids for the
/// importer. An exit code when it cannot be read.
std::optional<int> readTarget(store::Workspace& ws, const QString& catalog, const QString& command, Streams io,
                              io::ctdl::ImportOptions& options, std::optional<qint64>& target) {
    auto found = ws.findCatalog(catalog);
    if (!found)
        return reportError(found.error(), io.err, command);
    auto existing = ws.loadCatalog(*found);
    if (!existing)
        return reportError(existing.error(), io.err, command);
    options.currency = QString::fromStdString(existing->currency);
    for (const Credential& c : existing->credentials)
        options.existingCredentials.insert(c.id);
    for (const Skill& s : existing->skills)
        options.existingSkills.insert(s.id);
    options.existingGoals = existing->goals;
    target = *found;
    return std::nullopt;
}

/// An exit code when the import gives nothing to keep.
std::optional<int> nothingToKeep(const io::ctdl::ImportResult& result, qsizetype files, const QString& command,
                                 Streams io) {
    if (result.report.failures.size() == static_cast<std::size_t>(files)) {
        io.err << command << ": no file could be imported; nothing changed.\n";
        return kUsage;
    }
    if (result.catalog.credentials.empty() && result.catalog.goals.empty()) {
        io.err << command << ": the documents hold no credential or pathway; nothing changed.\n";
        return kInvalid;
    }
    return std::nullopt;
}

/// Adds the imported catalog to the workspace, or merges it into `target`: the catalog's id,
/// or an exit code.
std::variant<qint64, int> keepCatalog(store::Workspace& ws, const std::optional<qint64>& target, const Catalog& catalog,
                                      const QStringList& files, const QString& catalogName, const QString& command,
                                      Streams io) {
    if (target) {
        auto merged = ws.mergeIntoCatalog(*target, catalog, files.size() == 1 ? files.front() : u"the CTDL files"_s);
        if (!merged)
            return reportError(merged.error(), io.err, command);
        return *target;
    }
    auto added = ws.addCatalog(catalog, catalogName);
    if (!added) {
        const int code = reportError(added.error(), io.err, command);
        if (added.error().kind == store::Error::Kind::Conflict)
            io.err << "Give it another name with --catalog-name NAME, or add to it with --into.\n";
        return code;
    }
    return *added;
}

} // namespace

QString ImportCtdlCommand::name() const {
    return u"import-ctdl"_s;
}

QString ImportCtdlCommand::summary() const {
    return u"Make a catalog from Credential Engine CTDL documents, or add them to one"_s;
}

int ImportCtdlCommand::run(const QStringList& arguments, Streams io) {
    const QString command = arguments.value(0);
    QCommandLineParser parser;
    const ImportCtdlOptions o;
    o.addTo(parser);
    if (auto exit = parseOrExit(parser, arguments, io))
        return *exit;
    if (!argumentsAreSound(parser, o, command, io))
        return kUsage;
    bool tooMany = false;
    const QStringList files = filesToRead(parser.positionalArguments(), tooMany);
    if (tooMany) {
        io.err << command << ": more than " << kMaxFiles << " files to read; import them in parts.\n";
        return kUsage;
    }
    auto ws = openWorkspace(parser, o.database, io, command);
    if (!ws)
        return kUsage;

    io::ctdl::ImportOptions options;
    options.language = QLocale().name();
    options.catalogName = parser.value(o.catalogName);
    std::optional<qint64> target;
    if (parser.isSet(o.into))
        if (auto exit = readTarget(*ws, parser.value(o.into), command, io, options, target))
            return *exit;
    io::ctdl::Importer importer(options);
    for (const QString& file : files)
        importer.addFile(file);
    const io::ctdl::ImportResult result = importer.finish();
    const QString report = ctdlReportText(result.report);
    // With --report -, the report is all that goes to standard output; messages go to standard error.
    const bool reportToStandardOutput = parser.isSet(o.reportFile) && isStandardOutput(parser.value(o.reportFile));
    QTextStream& messages = reportToStandardOutput ? io.err : io.out;
    if (!reportToStandardOutput)
        io.out << report;
    if (parser.isSet(o.reportFile) && !writeOutput(parser.value(o.reportFile), report.toUtf8(), io, command))
        return kUsage;
    if (auto exit = nothingToKeep(result, files.size(), command, io))
        return *exit;
    const auto kept = keepCatalog(*ws, target, result.catalog, files, options.catalogName, command, io);
    if (const int* exit = std::get_if<int>(&kept))
        return *exit;
    auto summary = ws->catalogSummary(std::get<qint64>(kept));
    if (!summary)
        return reportError(summary.error(), io.err, command);
    const Catalog& catalog = result.catalog;
    messages << "\nImported " << counted(std::ssize(catalog.credentials), "credential", "credentials") << ", "
             << counted(std::ssize(catalog.skills), "skill", "skills") << " and "
             << counted(std::ssize(catalog.goals), "goal", "goals") << " into catalog '" << summary->name << "' (id "
             << summary->id << ").\n";
    return kOk;
}

} // namespace cairn::cli
