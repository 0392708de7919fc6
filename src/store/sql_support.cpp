#include "sql_support.h"

#include "dialect.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>
#include <atomic>

namespace cairn::store::detail {

namespace {
// SQLite's primary result codes (sqlite3.h); the driver reports them as numbers.
constexpr int kBusy = 5, kLocked = 6, kReadOnly = 8, kIoErr = 10, kCorrupt = 11, kFull = 13, kCantOpen = 14,
              kNotADb = 26;

/// SQLite says "disk I/O error" when a full disk stops it from growing its log or shared-memory
/// file; the free space on the file's disk tells that apart from a failing disk.
bool diskIsFull(const QString& path) {
    constexpr qint64 kNearlyNothing = 64 * 1024;
    const QStorageInfo storage(QFileInfo(path).absolutePath());
    return storage.isValid() && storage.bytesAvailable() >= 0 && storage.bytesAvailable() < kNearlyNothing;
}
} // namespace

QString newestBackup(const QString& databasePath) {
    const QFileInfo info(databasePath);
    const QString prefix = info.fileName() + QStringLiteral(".bak-v");
    int best = -1;
    QString bestPath;
    const auto entries = QDir(info.absolutePath()).entryInfoList({prefix + QLatin1Char('*')}, QDir::Files);
    for (const QFileInfo& e : entries) {
        bool ok = false;
        const int v = e.fileName().mid(prefix.size()).toInt(&ok);
        if (ok && v > best) {
            best = v;
            bestPath = e.absoluteFilePath();
        }
    }
    return bestPath;
}

Error damagedError(const QString& path, const QStringList& findings, const std::optional<Message>& unreadable) {
    return Error::of(Error::Kind::Damaged,
                     says(Message::Code::WorkspaceDamaged,
                          {textArg(path), textArg(newestBackup(path)), textsArg(findings),
                           arg::clauses(unreadable ? std::vector{*unreadable} : std::vector<Message>{})}));
}

Error sqlError(const QSqlError& error, const Message& doing, const QString& path) {
    const int code = error.nativeErrorCode().toInt() & 0xff;
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    const QString lower = detail.toLower();
    const MessageArg action = arg::clauses({doing});
    if (code == kBusy || code == kLocked || lower.contains(QLatin1String("database is locked")))
        return Error::of(Error::Kind::Busy, says(Message::Code::WorkspaceBusy, {textArg(path), action}));
    if (code == kFull || lower.contains(QLatin1String("disk is full")) || (code == kIoErr && diskIsFull(path)))
        return Error::of(Error::Kind::DiskFull, says(Message::Code::DiskFull, {action, textArg(path)}));
    if (code == kReadOnly || lower.contains(QLatin1String("readonly")) || lower.contains(QLatin1String("read-only")))
        return Error::of(Error::Kind::ReadOnly, says(Message::Code::WorkspaceReadOnly, {textArg(path), action}));
    if (code == kCantOpen)
        return Error::of(Error::Kind::ReadOnly, says(Message::Code::WorkspaceCannotOpen, {textArg(path), action}));
    if (code == kCorrupt || code == kNotADb || lower.contains(QLatin1String("not a database")) ||
        lower.contains(QLatin1String("malformed")))
        return damagedError(path);
    // The driver's own words, in its language: SQLite speaks English only.
    return Error::of(Error::Kind::Io, says(Message::Code::WorkspaceFailed, {action, textArg(path), textArg(detail)}));
}

QVariant notNull(const QVariant& value) {
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QVariant(QStringLiteral(""));
    return value;
}

QString nextConnectionName() {
    static std::atomic<int> counter{0};
    return QStringLiteral("cairn-workspace-%1").arg(++counter);
}

QString now() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

bool run(QSqlQuery& query, const QString& sql, std::initializer_list<QVariant> values, Error& error,
         const Message& doing, const QString& path) {
    // PostgreSQL prepares only queries and changes of rows, not CREATE or ALTER; a statement
    // without values gains nothing from being prepared.
    if (values.size() == 0 && Dialect::of(query).isPostgres()) {
        if (query.exec(sql))
            return true;
        error = failure(query, doing, path);
        return false;
    }
    if (!query.prepare(sql)) {
        error = failure(query, doing, path);
        return false;
    }
    int i = 0;
    for (const QVariant& v : values)
        query.bindValue(i++, notNull(v));
    if (!query.exec()) {
        error = failure(query, doing, path);
        return false;
    }
    return true;
}

Error staleOrDeleted(QSqlQuery& query, const QString& existsSql, std::initializer_list<QVariant> keys, Message changed,
                     Message deleted, const Message& doing, const QString& path) {
    Error error;
    if (!run(query, existsSql, keys, error, doing, path))
        return error;
    if (query.next())
        return Error::of(Error::Kind::Stale, std::move(changed));
    return Error::of(Error::Kind::NotFound, std::move(deleted));
}

Error failure(const QSqlQuery& query, const Message& doing, const QString& where) {
    if (!Dialect::of(query).isPostgres())
        return sqlError(query.lastError(), doing, where);
    return serverError(query.lastError(), doing, where, roleOf(query.driver()));
}

Error failure(const QSqlDatabase& db, const Message& doing, const QString& where) {
    return Dialect::of(db).isPostgres() ? serverError(db.lastError(), doing, where)
                                        : sqlError(db.lastError(), doing, where);
}

Transaction::Transaction(QSqlDatabase db, QString path) : db_(std::move(db)), path_(std::move(path)) {
    QSqlQuery q(db_);
    if (q.exec(Dialect::of(db_).beginWrite()))
        begun_ = true;
    else
        error_ = failure(q, doing(Message::Code::DoingStartChange), path_);
}

Transaction::~Transaction() {
    if (begun_ && !done_) {
        QSqlQuery q(db_);
        q.exec(QStringLiteral("ROLLBACK"));
    }
}

bool Transaction::commit() {
    QSqlQuery q(db_);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        error_ = failure(q, doing(Message::Code::DoingSaveChange), path_);
        return false; // the destructor rolls back
    }
    done_ = true;
    return true;
}

} // namespace cairn::store::detail
