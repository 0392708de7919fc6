#include "cairn/cli/validate_command.h"

#include "cairn/cli/counted.h"
#include "cairn/cli/inputs.h"
#include "cairn/cli/terminal_text.h"

#include <cairn/engine/validation.h>
#include <cairn/io/catalog_json.h>
#include <cairn/io/file_access.h>
#include <cairn/io/json_reader.h>
#include <cairn/io/json_writer.h>
#include <cairn/io/profile_json.h>
#include <cairn/text/load_words.h>
#include <cairn/text/message_words.h>
#include <optional>

namespace cairn::cli {

namespace {

/// One line of the report: a problem from validation, or an error from reading a file.
struct Finding {
    QString code;
    QString object;
    QString message;
    bool error = true;
    QString file;
    int line = 0;
    int column = 0;
    QString field;
};

/// Finds where the objects named in validation problems are written, so that each problem can
/// point at its place in the file like a reading error does. The file is read again only when a
/// problem is to be located: a valid catalog is not read twice.
class Locator {
public:
    explicit Locator(QString path) : path_(std::move(path)) {}

    /// Fills in line, column and field for `f` from its object, when it can be found.
    void locate(Finding& f) {
        const io::JsonValue& doc = root();
        const QString object = f.object;
        const qsizetype space = object.indexOf(QLatin1Char(' '));
        if (space < 0)
            return;
        const QString kind = object.left(space);
        const QString rest = object.mid(space + 1);
        static const QList<std::pair<QString, QString>> lists = {
            {QStringLiteral("credential"), QStringLiteral("credentials")},
            {QStringLiteral("skill"), QStringLiteral("skills")},
            {QStringLiteral("program"), QStringLiteral("programs")},
            {QStringLiteral("goal"), QStringLiteral("goals")}};
        if (kind == QLatin1String("profile") && rest.startsWith(QLatin1String("field "))) {
            const QString key = rest.mid(6);
            if (const io::JsonMember* m = doc.member(key))
                set(f, m->value, key);
            return;
        }
        for (const auto& [singular, plural] : lists) {
            if (kind != singular)
                continue;
            if (const io::JsonValue* list = doc.find(plural); list && list->isArray()) {
                for (std::size_t i = 0; i < list->items.size(); ++i) {
                    const io::JsonValue* id = list->items[i].find(u"id");
                    if (id && id->isString() && id->text == rest) {
                        set(f, list->items[i], plural + QLatin1Char('[') + QString::number(i) + QLatin1Char(']'));
                        return;
                    }
                }
            }
            // In a profile, a credential is named by the pinned and excluded lists.
            for (const QString& key :
                 {QStringLiteral("pinned"), QStringLiteral("excluded"), QStringLiteral("completed")}) {
                const io::JsonValue* ids = doc.find(key);
                if (!ids || !ids->isArray())
                    continue;
                for (std::size_t i = 0; i < ids->items.size(); ++i)
                    if (ids->items[i].isString() && ids->items[i].text == rest) {
                        set(f, ids->items[i], key + QLatin1Char('[') + QString::number(i) + QLatin1Char(']'));
                        return;
                    }
            }
        }
    }

private:
    QString path_;
    std::optional<io::JsonValue> root_;

    const io::JsonValue& root() {
        if (!root_) {
            root_.emplace();
            const io::FileContent content = io::readFile(path_);
            if (!content.ok())
                return *root_;
            auto parsed = io::parseJson(content.bytes);
            if (auto* read = std::get_if<io::JsonValue>(&parsed))
                root_ = std::move(*read);
        }
        return *root_;
    }

    static void set(Finding& f, const io::JsonValue& at, const QString& field) {
        f.line = at.line;
        f.column = at.column;
        f.field = field;
    }
};

/// A reading error: "unreadable" when the file could not be read as the format at all,
/// "bad-field" when it was read and a field breaks the format's rules.
Finding fromLoadError(const io::LoadError& e) {
    return Finding{e.unreadable() ? QStringLiteral("unreadable") : QStringLiteral("bad-field"),
                   e.object,
                   text::LoadWords::english().sentence(e),
                   true,
                   e.file,
                   e.line,
                   e.column,
                   e.field};
}

Finding fromProblem(const Problem& p, const QString& file, Locator& locator) {
    Finding f{QString::fromStdString(p.code),
              QString::fromStdString(p.object),
              text::MessageWords::english().problem(p),
              p.severity == Problem::Severity::Error,
              file,
              0,
              0,
              {}};
    locator.locate(f);
    return f;
}

QString displayPath(const CatalogInput& input) {
    if (!input.bundled)
        return input.path;
    return input.path == bundledCareerCatalogPath() ? QStringLiteral("bundled career catalog")
                                                    : QStringLiteral("bundled sample catalog");
}

void printText(QTextStream& out, const std::vector<Finding>& findings) {
    for (const auto& f : findings) {
        QString where = f.file;
        if (f.line > 0)
            where += QLatin1Char(':') + QString::number(f.line) + QLatin1Char(':') + QString::number(f.column);
        out << where << ": " << (f.error ? "error" : "warning") << ": " << printableLine(f.message) << " [" << f.code
            << "]\n";
    }
}

QString countsText(const Catalog& c) {
    return counted(static_cast<qsizetype>(c.skills.size()), "skill", "skills") + QStringLiteral(", ") +
           counted(static_cast<qsizetype>(c.credentials.size()), "credential", "credentials") + QStringLiteral(", ") +
           counted(static_cast<qsizetype>(c.goals.size()), "goal", "goals") + QStringLiteral(", ") +
           counted(static_cast<qsizetype>(c.programs.size()), "program", "programs");
}

io::JsonValue toJson(const std::optional<Catalog>& catalog, const std::vector<Finding>& findings, bool valid) {
    using io::JsonValue;
    auto text = [](const QString& s) { return s.isEmpty() ? JsonValue::null() : JsonValue::fromString(s); };
    JsonValue counts = JsonValue::object();
    const auto count = [](std::size_t n) { return JsonValue::fromNumber(static_cast<double>(n)); };
    counts.add(QStringLiteral("skills"), count(catalog ? catalog->skills.size() : 0));
    counts.add(QStringLiteral("credentials"), count(catalog ? catalog->credentials.size() : 0));
    counts.add(QStringLiteral("goals"), count(catalog ? catalog->goals.size() : 0));
    counts.add(QStringLiteral("programs"), count(catalog ? catalog->programs.size() : 0));
    JsonValue problems = JsonValue::array();
    for (const auto& f : findings) {
        JsonValue p = JsonValue::object();
        p.add(QStringLiteral("code"), JsonValue::fromString(f.code));
        p.add(QStringLiteral("object"), text(f.object));
        p.add(QStringLiteral("message"), JsonValue::fromString(f.message));
        p.add(QStringLiteral("severity"),
              JsonValue::fromString(f.error ? QStringLiteral("error") : QStringLiteral("warning")));
        p.add(QStringLiteral("file"), text(f.file));
        p.add(QStringLiteral("line"), f.line > 0 ? JsonValue::fromNumber(f.line) : JsonValue::null());
        p.add(QStringLiteral("column"), f.column > 0 ? JsonValue::fromNumber(f.column) : JsonValue::null());
        p.add(QStringLiteral("field"), text(f.field));
        problems.append(std::move(p));
    }
    JsonValue root = JsonValue::object();
    root.add(QStringLiteral("valid"), JsonValue::fromBool(valid));
    root.add(QStringLiteral("counts"), std::move(counts));
    root.add(QStringLiteral("problems"), std::move(problems));
    return root;
}

} // namespace

QString ValidateCommand::name() const {
    return QStringLiteral("validate");
}

QString ValidateCommand::summary() const {
    return QStringLiteral("Check a catalog (and a profile) and list every problem");
}

int ValidateCommand::run(const QStringList& arguments, Streams io) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Checks a catalog and, with --profile, a learner profile against it. Prints \"ok\" with the\n"
                       "catalog's counts, or every problem found. Exit code: 0 valid (warnings allowed), 1 invalid,\n"
                       "2 unreadable file or bad usage."));
    parser.addPositionalArgument(
        QStringLiteral("catalog"),
        QStringLiteral("Catalog file to check. Default: --catalog, else the bundled catalog (see --catalog)."),
        QStringLiteral("[CATALOG.json]"));
    const QCommandLineOption catalog = catalogOption(catalogForProfileDefault());
    const QCommandLineOption profile = profileOption();
    const QCommandLineOption format(QStringList{QStringLiteral("format"), QStringLiteral("f")},
                                    QStringLiteral("Output format: text (default) or json."), QStringLiteral("FORMAT"),
                                    QStringLiteral("text"));
    parser.addOption(catalog);
    parser.addOption(profile);
    parser.addOption(format);
    if (auto exit = parseOrExit(parser, arguments, io))
        return *exit;

    const QString formatName = parser.value(format);
    if (formatName != QLatin1String("text") && formatName != QLatin1String("json")) {
        io.err << arguments.value(0) << ": --format must be text or json, not '" << formatName << "'.\n";
        return kUsage;
    }
    const bool json = formatName == QLatin1String("json");
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1 || (positional.size() == 1 && parser.isSet(catalog))) {
        io.err << arguments.value(0) << ": give one catalog, either as an argument or with --catalog.\n";
        return kUsage;
    }
    const QString catalogPath = positional.isEmpty() ? parser.value(catalog) : positional.first();

    // Read both files first, so that every reading error is reported in one run; the profile
    // first, since without a catalog it is checked against the bundled one it was written for.
    std::vector<io::LoadError> readingErrors;
    std::optional<Profile> loadedProfile;
    if (parser.isSet(profile)) {
        auto profileResult = io::readProfileFile(parser.value(profile));
        readingErrors = std::move(profileResult.errors);
        if (profileResult.ok())
            loadedProfile = std::move(*profileResult.value);
    }
    std::optional<Catalog> loadedCatalog;
    CatalogInput input;
    input.bundled = catalogPath.isEmpty();
    input.path = !input.bundled  ? catalogPath
                 : loadedProfile ? bundledCatalogFor(*loadedProfile)
                                 : bundledCatalogPath();
    auto catalogResult = io::readCatalogFile(input.path);
    if (catalogResult.value && catalogResult.errors.empty())
        loadedCatalog = std::move(*catalogResult.value);
    readingErrors.insert(readingErrors.begin(), catalogResult.errors.begin(), catalogResult.errors.end());
    std::vector<Finding> findings;
    if (!readingErrors.empty()) {
        if (json) {
            for (const auto& e : readingErrors)
                findings.push_back(fromLoadError(e));
            io.out << io::writeJson(toJson(loadedCatalog, findings, false));
        } else {
            for (const auto& e : readingErrors)
                io.err << printableLine(text::LoadWords::english().line(e)) << '\n';
        }
        // A file that is not the format at all is unreadable; one that is, but breaks its rules, is invalid.
        return io::anyUnreadable(readingErrors) ? kUsage : kInvalid;
    }

    Locator catalogLocator(input.path);
    for (const auto& p : validate(*loadedCatalog))
        findings.push_back(fromProblem(p, input.path, catalogLocator));
    if (loadedProfile) {
        Locator profileLocator(parser.value(profile));
        for (const auto& p : validateProfile(*loadedCatalog, *loadedProfile))
            findings.push_back(fromProblem(p, parser.value(profile), profileLocator));
    }
    const auto errors = std::count_if(findings.begin(), findings.end(), [](const Finding& f) { return f.error; });
    const auto warnings = static_cast<qsizetype>(findings.size()) - errors;
    const bool valid = errors == 0;

    if (json) {
        io.out << io::writeJson(toJson(loadedCatalog, findings, valid));
    } else {
        printText(io.out, findings);
        if (valid) {
            io.out << "ok: " << displayPath(input) << ": " << countsText(*loadedCatalog);
            if (loadedProfile)
                io.out << "; profile " << parser.value(profile) << " ok";
            if (warnings > 0)
                io.out << " (" << counted(warnings, "warning", "warnings") << ")";
            io.out << '\n';
        } else {
            io.out << "invalid: " << counted(errors, "error", "errors");
            if (warnings > 0)
                io.out << ", " << counted(warnings, "warning", "warnings");
            io.out << '\n';
        }
    }
    return valid ? kOk : kInvalid;
}

} // namespace cairn::cli
