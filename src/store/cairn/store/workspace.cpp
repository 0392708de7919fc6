#include "cairn/store/workspace.h"

#include "cairn/store/schema.h"
#include "sql_support.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <atomic>
#include <cairn/io/profile_json.h>

namespace cairn::store {

using namespace detail;

namespace {

QString nextConnectionName() {
    static std::atomic<int> counter{0};
    return QStringLiteral("cairn-workspace-%1").arg(++counter);
}

/// What the file says about itself, read without writing a byte.
struct FileFacts {
    int applicationId = 0;
    int version = 0;
    int tables = 0;
};

Result<FileFacts> inspect(const QString& path) {
    const QString name = nextConnectionName();
    Result<FileFacts> result = FileFacts{};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"));
        if (!db.open()) {
            result = sqlError(db.lastError(), QStringLiteral("open it"), path);
        } else {
            QSqlQuery q(db);
            FileFacts facts;
            Error error;
            if (run(q, QStringLiteral("PRAGMA application_id"), {}, error, QStringLiteral("read it"), path) && q.next())
                facts.applicationId = q.value(0).toInt();
            if (error.message.isEmpty() &&
                run(q, QStringLiteral("PRAGMA user_version"), {}, error, QStringLiteral("read it"), path) && q.next())
                facts.version = q.value(0).toInt();
            if (error.message.isEmpty() &&
                run(q, QStringLiteral("SELECT count(*) FROM sqlite_master"), {}, error, QStringLiteral("read it"),
                    path) &&
                q.next())
                facts.tables = q.value(0).toInt();
            if (error.message.isEmpty())
                result = facts;
            else
                result = error;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

Error readOnly(const QString& path, const QString& why) {
    return {Error::Kind::ReadOnly, QStringLiteral("The workspace %1 cannot be written: %2.").arg(path, why), {}};
}

} // namespace

QString Workspace::defaultPath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/cairn.sqlite");
}

Workspace::Workspace(QString path, QString connection) : path_(std::move(path)), connection_(std::move(connection)) {}

Workspace::~Workspace() {
    {
        QSqlDatabase db = QSqlDatabase::database(connection_, false);
        if (db.isOpen()) {
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
    const QString path = QFileInfo(requested.isEmpty() ? defaultPath() : requested).absoluteFilePath();
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return readOnly(path, QStringLiteral("its folder %1 cannot be created").arg(info.absolutePath()));

    // Look before touching: a newer or foreign file must be left exactly as it is.
    const bool existed = info.exists() && info.size() > 0;
    FileFacts facts;
    if (existed) {
        auto inspected = inspect(path);
        if (!inspected)
            return inspected.error();
        facts = *inspected;
        const bool cairnFile = facts.applicationId == kApplicationId || (facts.applicationId == 0 && facts.tables == 0);
        if (!cairnFile)
            return damagedError(path);
        if (facts.version > currentSchemaVersion())
            return Error{Error::Kind::NewerVersion,
                         QStringLiteral("The workspace %1 was written by a newer version of Cairn (database version "
                                        "%2; this version reads up to %3). It was left untouched; update Cairn to "
                                        "open it.")
                             .arg(path)
                             .arg(facts.version)
                             .arg(currentSchemaVersion()),
                         {}};
        if (!info.isWritable())
            return readOnly(path, QStringLiteral("the file is read-only"));
    } else if (!QFileInfo(info.absolutePath()).isWritable()) {
        return readOnly(path, QStringLiteral("its folder %1 is read-only").arg(info.absolutePath()));
    }

    const QString connection = nextConnectionName();
    std::unique_ptr<Workspace> ws(new Workspace(path, connection));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs));
    if (!db.open())
        return sqlError(db.lastError(), QStringLiteral("open it"), path);

    QSqlQuery q(db);
    Error error;
    // The timeout is a number we control; PRAGMA arguments cannot be bound.
    if (!run(q, QStringLiteral("PRAGMA busy_timeout = %1").arg(options.busyTimeoutMs), {}, error,
             QStringLiteral("open it"), path) ||
        !run(q, QStringLiteral("PRAGMA foreign_keys = ON"), {}, error, QStringLiteral("open it"), path))
        return error;

    const int from = existed ? facts.version : 0;
    if (existed && from < currentSchemaVersion()) {
        // Fold any write-ahead log into the file first so the copy is complete.
        if (QFileInfo::exists(path + QStringLiteral("-wal")) &&
            !run(q, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), {}, error, QStringLiteral("prepare the upgrade"),
                 path))
            return error;
        const QString backup = path + QStringLiteral(".bak-v%1").arg(from);
        QFile::remove(backup);
        if (!QFile::copy(path, backup))
            return Error{Error::Kind::Io,
                         QStringLiteral("Could not copy %1 to %2 before upgrading it; nothing was changed. Check the "
                                        "free space and the folder's permissions.")
                             .arg(path, backup),
                         {}};
        ws->backup_ = backup;
    }

    if (!run(q, QStringLiteral("PRAGMA journal_mode = WAL"), {}, error, QStringLiteral("open it"), path) ||
        !run(q, QStringLiteral("PRAGMA synchronous = NORMAL"), {}, error, QStringLiteral("open it"), path) ||
        // 32 MB of page cache: a large import then stays in memory until it commits instead of
        // spilling half-written index pages to the log.
        !run(q, QStringLiteral("PRAGMA cache_size = -32768"), {}, error, QStringLiteral("open it"), path))
        return error;
    if (options.maxPages > 0 && !run(q, QStringLiteral("PRAGMA max_page_count = %1").arg(options.maxPages), {}, error,
                                     QStringLiteral("open it"), path))
        return error;

    for (const Migration& m : migrations()) {
        if (m.version <= from)
            continue;
        Transaction t(db, path);
        if (!t.begun())
            return t.error();
        const QString doing = QStringLiteral("upgrade it to version %1 (%2)").arg(m.version).arg(m.description);
        for (const QString& statement : m.statements)
            if (!run(q, statement, {}, error, doing, path))
                return error;
        if (!run(q, QStringLiteral("PRAGMA user_version = %1").arg(m.version), {}, error, doing, path) ||
            !run(q, QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId), {}, error, doing, path))
            return error;
        if (!t.commit())
            return t.error();
    }
    q.finish();

    if (!existed && options.seed)
        ws->seed();
    return ws;
}

QSqlDatabase Workspace::db() const {
    return QSqlDatabase::database(connection_, false);
}

Result<int> Workspace::schemaVersion() const {
    QSqlQuery q(QSqlDatabase::database(connection_, false));
    Error error;
    if (!run(q, QStringLiteral("PRAGMA user_version"), {}, error, QStringLiteral("read its version"), path_) ||
        !q.next())
        return error;
    return q.value(0).toInt();
}

void Workspace::seed() {
    // The bundled catalogs, then one demo client per bundled profile, planning against the
    // catalog that has the profile's goal (the fullest catalog when none has it).
    std::vector<std::pair<qint64, Catalog>> seeded;
    for (const QString& resource :
         {QStringLiteral(":/catalogs/sample.json"), QStringLiteral(":/catalogs/cairn-catalog.json")}) {
        QFile file(resource);
        if (!file.exists())
            continue;
        if (!file.open(QIODevice::ReadOnly)) {
            seedProblems_ << QStringLiteral("Could not read the bundled catalog %1.").arg(resource);
            continue;
        }
        auto added = importCatalogJson(file.readAll(), resource, {});
        if (!added) {
            seedProblems_ << added.error().toString();
            continue;
        }
        if (auto catalog = loadCatalog(*added))
            seeded.emplace_back(*added, std::move(*catalog));
    }

    const auto profiles =
        QDir(QStringLiteral(":/profiles")).entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QFileInfo& entry : profiles) {
        QFile file(entry.filePath());
        if (!file.open(QIODevice::ReadOnly)) {
            seedProblems_ << QStringLiteral("Could not read the bundled profile %1.").arg(entry.filePath());
            continue;
        }
        auto profile = io::readProfile(file.readAll(), entry.filePath());
        if (!profile.ok()) {
            seedProblems_ << io::toStrings(profile.errors);
            continue;
        }
        Client c;
        c.profile = std::move(*profile.value);
        c.name = c.profile.name.empty() ? entry.completeBaseName() : QString::fromStdString(c.profile.name);
        c.notes = QStringLiteral("Demo client from the bundled profile %1.").arg(entry.fileName());
        if (!seeded.empty())
            c.catalogId = seeded.back().first;
        for (const auto& [id, catalog] : seeded)
            if (catalog.findGoal(c.profile.goal)) {
                c.catalogId = id;
                break;
            }
        auto added = addClient(c);
        if (!added)
            seedProblems_ << added.error().toString();
    }
}

} // namespace cairn::store
