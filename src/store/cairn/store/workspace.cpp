#include "cairn/store/workspace.h"

#include "cairn/store/schema.h"
#include "cairn/store/server_address.h"
#include "dialect.h"
#include "sql_support.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <algorithm>
#include <cairn/engine/validation.h>
#include <cairn/io/catalog_json.h>
#include <cairn/io/profile_json.h>
#include <optional>

namespace cairn::store {

using namespace detail;

namespace {

/// A bundled file that could not be opened, as a reading error of that file.
io::LoadError unopened(const QFile& file) {
    io::LoadError e{file.fileName(),
                    0,
                    0,
                    {},
                    Message{Message::Code::FileCannotOpen, {arg::text(file.errorString().toStdString())}}};
    e.kind = io::LoadError::Kind::Unreadable;
    return e;
}

/// What the file says about itself.
struct FileFacts {
    int applicationId = 0;
    int version = 0;
    int tables = 0;
};

/// One statement, so one snapshot: read one by one, the facts could straddle another program's
/// creation of the file (no application id yet, but tables already) and call a new workspace
/// damaged.
Result<FileFacts> readFacts(QSqlQuery& q, const QString& path) {
    Error error;
    if (!run(q,
             QStringLiteral("SELECT (SELECT application_id FROM pragma_application_id), "
                            "(SELECT user_version FROM pragma_user_version), (SELECT count(*) FROM sqlite_master)"),
             {}, error, doing(Message::Code::DoingOpenWorkspace), path) ||
        !q.next())
        return error;
    const FileFacts facts{q.value(0).toInt(), q.value(1).toInt(), q.value(2).toInt()};
    q.finish();
    return facts;
}

/// SQLite answers "busy" at once, without the busy timeout, when the switch to the write-ahead
/// log meets another program's write: the switch holds a read lock while it asks for the write
/// lock, and waiting there could deadlock. Several programs opening a new file at once meet
/// exactly that, so the wait is done here, within the time the busy timeout allows.
Result<void> useWriteAheadLog(QSqlQuery& q, const QString& path, int timeoutMs) {
    QElapsedTimer waited;
    waited.start();
    for (int pauseMs = 1;; pauseMs = std::min(2 * pauseMs, 50)) {
        Error error;
        if (run(q, QStringLiteral("PRAGMA journal_mode = WAL"), {}, error, doing(Message::Code::DoingOpenWorkspace),
                path)) {
            q.finish();
            return {};
        }
        if (error.kind != Error::Kind::Busy || waited.elapsed() >= timeoutMs)
            return error;
        QThread::msleep(static_cast<unsigned long>(pauseMs));
    }
}

/// A file written by a newer Cairn, or one that is not a Cairn database, must be left exactly
/// as it is.
std::optional<Error> refusal(const FileFacts& facts, const QString& path) {
    const bool cairnFile = facts.applicationId == kApplicationId || (facts.applicationId == 0 && facts.tables == 0);
    if (!cairnFile)
        return damagedError(path);
    if (facts.version > currentSchemaVersion())
        return Error::of(
            Error::Kind::NewerVersion,
            says(Message::Code::WorkspaceNewer, {textArg(path), idArg(facts.version), idArg(currentSchemaVersion())}));
    return std::nullopt;
}

/// SQLite's own quick check of every page, so that a damaged file is called damaged when it is
/// opened instead of showing whatever its broken pages happen to hold.
Result<void> checkIntegrity(QSqlQuery& q, const QString& path) {
    Error error;
    if (!run(q, QStringLiteral("PRAGMA quick_check(5)"), {}, error, doing(Message::Code::DoingCheckWorkspace), path))
        return error;
    QStringList findings;
    while (q.next())
        for (const QString& line : q.value(0).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            if (!line.startsWith(QLatin1String("***"))) // "*** in database main ***"
                findings << line.trimmed();
    q.finish();
    if (findings == QStringList{QStringLiteral("ok")})
        return {};
    constexpr int kShown = 3;
    if (findings.size() > kShown)
        findings = findings.mid(0, kShown) << QStringLiteral("…");
    return damagedError(path, findings);
}

Error folderProblem(Message::Code code, const QString& path, const QString& folder) {
    return Error::of(Error::Kind::ReadOnly, says(code, {textArg(path), textArg(folder)}));
}

/// Problems with where the file is, found before SQLite is asked to open it.
std::optional<Error> locationProblem(const QFileInfo& info) {
    const QString path = info.absoluteFilePath();
    if (info.isDir())
        return Error::of(Error::Kind::Io,
                         says(Message::Code::WorkspaceIsFolder,
                              {textArg(path), textArg(QDir(path).filePath(QStringLiteral("cairn.sqlite")))}));
    if (!QDir().mkpath(info.absolutePath()))
        return folderProblem(Message::Code::WorkspaceFolderNotCreated, path, info.absolutePath());
    if (info.exists() && info.size() > 0)
        return std::nullopt; // whether it may be written is asked once it is known to be a workspace
    if (!QFileInfo(info.absolutePath()).isWritable())
        return folderProblem(Message::Code::WorkspaceFolderReadOnly, path, info.absolutePath());
    return std::nullopt;
}

/// The seeded catalog a demo client plans against: the first that has the profile's goal and
/// defines every skill and credential the profile names; else the first with the goal; else
/// the fullest (the last seeded).
std::optional<qint64> catalogFor(const Profile& profile, const std::vector<std::pair<qint64, Catalog>>& seeded) {
    std::optional<qint64> withGoal;
    for (const auto& [id, catalog] : seeded) {
        if (!catalog.findGoal(profile.goal))
            continue;
        if (!hasErrors(validateProfile(catalog, profile)))
            return id;
        if (!withGoal)
            withGoal = id;
    }
    if (withGoal || seeded.empty())
        return withGoal;
    return seeded.back().first;
}

/// The byte size of the write-ahead log; 0 when there is none.
qint64 logSize(const QString& path) {
    return QFileInfo(path + QStringLiteral("-wal")).size();
}

} // namespace

QString Workspace::defaultPath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/cairn.sqlite");
}

Workspace::Workspace(QString path, QString connection) : path_(std::move(path)), connection_(std::move(connection)) {}

Workspace::~Workspace() {
    {
        QSqlDatabase db = QSqlDatabase::database(connection_, false);
        forgetRole(db.driver());
        if (db.isOpen() && !Dialect::of(db).isPostgres()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("PRAGMA optimize"));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection_);
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString& path) {
    return open(path, Options{});
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString& requested, const Options& options) {
    if (ServerAddress::isServerAddress(requested))
        return openServer(requested, options);
    const QFileInfo info(QFileInfo(requested.isEmpty() ? defaultPath() : requested).absoluteFilePath());
    const QString path = info.absoluteFilePath();
    if (!options.create && !info.exists())
        return notFound(says(Message::Code::WorkspaceMissing, {textArg(path)}));
    if (auto problem = locationProblem(info))
        return *problem;

    const QString connection = nextConnectionName();
    std::unique_ptr<Workspace> ws(new Workspace(path, connection));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
    if (!db.open())
        return failure(db, doing(Message::Code::DoingOpenWorkspace), path);

    QSqlQuery q(db);
    Error error;
    // The timeout is a number we control; PRAGMA arguments cannot be bound.
    if (!run(q, QStringLiteral("PRAGMA busy_timeout = %1").arg(options.busyTimeoutMs), {}, error,
             doing(Message::Code::DoingOpenWorkspace), path) ||
        !run(q, QStringLiteral("PRAGMA foreign_keys = ON"), {}, error, doing(Message::Code::DoingOpenWorkspace), path))
        return error;

    // Look before writing: reading changes nothing in the file.
    auto facts = readFacts(q, path);
    if (!facts)
        return facts.error();
    if (auto refused = refusal(*facts, path))
        return *refused;
    if (facts->tables > 0) {
        if (!QFileInfo(path).isWritable())
            return Error::of(Error::Kind::ReadOnly, says(Message::Code::WorkspaceFileReadOnly, {textArg(path)}));
        if (auto checked = checkIntegrity(q, path); !checked)
            return checked.error();
    }

    // 32 MB of page cache: a large import then stays in memory until it commits instead of
    // spilling half-written index pages to the log.
    if (!run(q, QStringLiteral("PRAGMA cache_size = -32768"), {}, error, doing(Message::Code::DoingOpenWorkspace),
             path))
        return error;
    if (options.maxPages > 0 && !run(q, QStringLiteral("PRAGMA max_page_count = %1").arg(options.maxPages), {}, error,
                                     doing(Message::Code::DoingOpenWorkspace), path))
        return error;
    if (facts->version < currentSchemaVersion())
        if (auto upgraded = ws->upgrade(options); !upgraded)
            return upgraded.error();

    // After the upgrade, so that an older file's backup is a copy of it byte for byte.
    if (auto logged = useWriteAheadLog(q, path, options.busyTimeoutMs); !logged)
        return logged.error();
    if (!run(q, QStringLiteral("PRAGMA synchronous = NORMAL"), {}, error, doing(Message::Code::DoingOpenWorkspace),
             path))
        return error;
    q.finish();
    if (auto recording = ws->recordChanges(); !recording)
        return recording.error();
    return ws;
}

Result<void> Workspace::upgrade(const Options& options) {
    QSqlQuery q(db());
    Error error;
    // The backup must hold every committed change, so the log is folded into the file first.
    // Another program may commit between that and taking the lock; then try again.
    for (int attempt = 0;; ++attempt) {
        if (logSize(path_) > 0 && !run(q, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), {}, error,
                                       doing(Message::Code::DoingPrepareUpgrade), path_))
            return error;
        q.finish();
        Transaction t(db(), path_);
        if (!t.begun())
            return t.error();
        // Asked again under the lock: another program may have done it while this one waited.
        if (!run(q, QStringLiteral("PRAGMA user_version"), {}, error, doing(Message::Code::DoingReadVersion), path_) ||
            !q.next())
            return error;
        const int from = q.value(0).toInt();
        q.finish();
        if (from == currentSchemaVersion())
            return {};
        if (from > currentSchemaVersion())
            return *refusal(FileFacts{kApplicationId, from, 1}, path_);
        if (from > 0 && logSize(path_) > 0) {
            if (attempt < 3)
                continue;
            return Error::of(Error::Kind::Busy, says(Message::Code::WorkspaceBusyUpgrading, {textArg(path_)}));
        }
        // A new, empty file has nothing worth a backup.
        if (from > 0)
            if (auto saved = backUp(from); !saved)
                return saved;
        if (auto migrated = migrateFrom(from); !migrated)
            return migrated;
        const Message last = doing(Message::Code::DoingUpgrade, {idArg(currentSchemaVersion())});
        if (!run(q, QStringLiteral("PRAGMA user_version = %1").arg(currentSchemaVersion()), {}, error, last, path_) ||
            !run(q, QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId), {}, error, last, path_))
            return error;
        q.finish();
        if (auto seeded = seedIfNew(from, options); !seeded)
            return seeded;
        if (!t.commit())
            return t.error();
        return {};
    }
}

Result<void> Workspace::migrateFrom(int from) {
    QSqlQuery q(db());
    Error error;
    const Dialect sql = Dialect::of(db()); // the migrations are written for SQLite
    for (const Migration& m : migrations()) {
        if (m.version <= from)
            continue;
        const Message step = doing(Message::Code::DoingUpgrade, {idArg(m.version)});
        for (const QString& statement : m.statements)
            if (!run(q, sql.schema(statement), {}, error, step, path_))
                return error;
        for (const QString& statement : sql.isPostgres() ? m.serverOnly : m.fileOnly)
            if (!run(q, statement, {}, error, step, path_))
                return error;
    }
    return {};
}

Result<void> Workspace::seedIfNew(int from, const Options& options) {
    if (from == 0 && options.seed)
        return seed();
    return {};
}

Result<void> Workspace::backUp(int from) {
    const QString backup = path_ + QStringLiteral(".bak-v%1").arg(from);
    // Copied beside it first and then renamed, so a backup is never half a file.
    const QString partial = backup + QStringLiteral(".part");
    QFile::remove(partial);
    if (!QFile::copy(path_, partial) || (QFile::exists(backup) && !QFile::remove(backup)) ||
        !QFile::rename(partial, backup)) {
        QFile::remove(partial);
        return Error::of(Error::Kind::Io, says(Message::Code::BackupFailed, {textArg(path_), textArg(backup)}));
    }
    backup_ = backup;
    return {};
}

QSqlDatabase Workspace::db() const {
    return QSqlDatabase::database(connection_, false);
}

Result<int> Workspace::schemaVersion() const {
    QSqlQuery q(db());
    Error error;
    const QString sql = Dialect::of(q).isPostgres() ? QStringLiteral("SELECT schema_version FROM cairn_workspace")
                                                    : QStringLiteral("PRAGMA user_version");
    if (!run(q, sql, {}, error, doing(Message::Code::DoingReadVersion), path_) || !q.next())
        return error;
    return q.value(0).toInt();
}

Result<void> Workspace::seed() {
    // The bundled catalogs, then one demo client per bundled profile.
    std::vector<std::pair<qint64, Catalog>> seeded;
    for (const QString& resource :
         {QStringLiteral(":/catalogs/sample.json"), QStringLiteral(":/catalogs/cairn-catalog.json")}) {
        QFile file(resource);
        if (!file.exists())
            continue;
        if (!file.open(QIODevice::ReadOnly)) {
            seedProblems_.push_back(unopened(file));
            continue;
        }
        auto read = io::readCatalog(file.readAll(), resource);
        auto name = read.ok() ? checkedCatalogName(*read.value, {}) : Result<QString>(QString());
        if (!read.ok() || !name) {
            if (read.ok())
                seedProblems_.push_back(io::LoadError{resource, 0, 0, {}, name.error().what});
            else
                seedProblems_.insert(seedProblems_.end(), read.errors.begin(), read.errors.end());
            continue;
        }
        auto added = insertCatalog(*read.value, *name);
        if (!added)
            return added.error();
        seeded.emplace_back(*added, std::move(*read.value));
    }

    const auto profiles =
        QDir(QStringLiteral(":/profiles")).entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QFileInfo& entry : profiles) {
        QFile file(entry.filePath());
        if (!file.open(QIODevice::ReadOnly)) {
            seedProblems_.push_back(unopened(file));
            continue;
        }
        auto profile = io::readProfile(file.readAll(), entry.filePath());
        if (!profile.ok()) {
            seedProblems_.insert(seedProblems_.end(), profile.errors.begin(), profile.errors.end());
            continue;
        }
        Client c;
        c.profile = std::move(*profile.value);
        c.name = c.profile.name.empty() ? entry.completeBaseName() : QString::fromStdString(c.profile.name);
        c.notes = QStringLiteral("Demo client from the bundled profile %1.").arg(entry.fileName());
        c.catalogId = catalogFor(c.profile, seeded);
        auto added = addClient(c);
        if (!added)
            return added.error();
    }
    return {};
}

} // namespace cairn::store
