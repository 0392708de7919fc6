#include "cairn/cli/import_ctdl_command.h"

#include "cairn/cli/ctdl_report_text.h"
#include "cairn/cli/inputs.h"
#include "cairn/cli/output_file.h"
#include "cairn/cli/workspace_access.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QLocale>
#include <cairn/io/ctdl_import.h>

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
    const QCommandLineOption catalogName(u"catalog-name"_s, u"Name of the new catalog. Default: \"CTDL import\"."_s,
                                         u"NAME"_s);
    const QCommandLineOption into(u"into"_s,
                                  u"Add to this workspace catalog (name or id) instead, replacing items with the "
                                  u"same id."_s,
                                  u"CATALOG"_s);
    const QCommandLineOption reportFile(u"report"_s, u"Also write the report to FILE (\"-\": standard output)."_s,
                                        u"FILE"_s);
    const QCommandLineOption database = databaseOption();
    parser.addOption(catalogName);
    parser.addOption(into);
    parser.addOption(reportFile);
    parser.addOption(database);
    if (auto exit = parseOrExit(parser, arguments, io))
        return *exit;
    if (parser.positionalArguments().isEmpty()) {
        io.err << command << ": give the CTDL files or folders to import.\n";
        return kUsage;
    }
    if (parser.isSet(catalogName) && parser.isSet(into)) {
        io.err << command << ": --catalog-name names a new catalog and --into adds to one; give one of them.\n";
        return kUsage;
    }
    bool tooMany = false;
    const QStringList files = filesToRead(parser.positionalArguments(), tooMany);
    if (tooMany) {
        io.err << command << ": more than " << kMaxFiles << " files to read; import them in parts.\n";
        return kUsage;
    }
    auto ws = openWorkspace(parser, database, io, command);
    if (!ws)
        return kUsage;

    io::ctdl::ImportOptions options;
    options.language = QLocale().name();
    options.catalogName = parser.value(catalogName);
    std::optional<qint64> target;
    if (parser.isSet(into)) {
        auto found = ws->findCatalog(parser.value(into));
        if (!found)
            return reportError(found.error(), io.err, command);
        auto existing = ws->loadCatalog(*found);
        if (!existing)
            return reportError(existing.error(), io.err, command);
        options.currency = QString::fromStdString(existing->currency);
        for (const Credential& c : existing->credentials)
            options.existingCredentials.insert(c.id);
        for (const Skill& s : existing->skills)
            options.existingSkills.insert(s.id);
        target = *found;
    }
    io::ctdl::Importer importer(options);
    for (const QString& file : files)
        importer.addFile(file);
    const io::ctdl::ImportResult result = importer.finish();
    const QString report = ctdlReportText(result.report);
    // With --report -, the report is all that goes to standard output; messages go to standard error.
    const bool reportToStandardOutput = parser.isSet(reportFile) && isStandardOutput(parser.value(reportFile));
    QTextStream& messages = reportToStandardOutput ? io.err : io.out;
    if (!reportToStandardOutput)
        io.out << report;
    if (parser.isSet(reportFile) && !writeOutput(parser.value(reportFile), report.toUtf8(), io, command))
        return kUsage;

    const Catalog& catalog = result.catalog;
    if (result.report.failures.size() == static_cast<std::size_t>(files.size())) {
        io.err << command << ": no file could be imported; nothing changed.\n";
        return kUsage;
    }
    if (catalog.credentials.empty() && catalog.goals.empty()) {
        io.err << command << ": the documents hold no credential or pathway; nothing changed.\n";
        return kInvalid;
    }
    QString name;
    qint64 id = 0;
    if (target) {
        auto merged = ws->mergeIntoCatalog(*target, catalog, files.size() == 1 ? files.front() : u"the CTDL files"_s);
        if (!merged)
            return reportError(merged.error(), io.err, command);
        id = *target;
    } else {
        auto added = ws->addCatalog(catalog, options.catalogName);
        if (!added) {
            const int code = reportError(added.error(), io.err, command);
            if (added.error().kind == store::Error::Kind::Conflict)
                io.err << "Give it another name with --catalog-name NAME, or add to it with --into.\n";
            return code;
        }
        id = *added;
    }
    auto summary = ws->catalogSummary(id);
    if (!summary)
        return reportError(summary.error(), io.err, command);
    messages << "\nImported " << catalog.credentials.size() << " credential(s), " << catalog.skills.size()
             << " skill(s) and " << catalog.goals.size() << " goal(s) into catalog '" << summary->name << "' (id "
             << summary->id << ").\n";
    return kOk;
}

} // namespace cairn::cli
