#include "sql_support.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QStorageInfo>

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

Error damagedError(const QString& path) {
    const QString backup = newestBackup(path);
    return {Error::Kind::Damaged,
            QStringLiteral("%1 is not a Cairn database or damaged.").arg(path) +
                (backup.isEmpty() ? QString()
                                  : QStringLiteral(" The newest backup is %1; copy it over the damaged file to go "
                                                   "back to it.")
                                        .arg(backup)),
            {}};
}

Error sqlError(const QSqlError& error, const QString& doing, const QString& path) {
    const int code = error.nativeErrorCode().toInt() & 0xff;
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    const QString lower = detail.toLower();
    if (code == kBusy || code == kLocked || lower.contains(QLatin1String("database is locked")))
        return {Error::Kind::Busy,
                QStringLiteral("The workspace %1 is busy: another program is writing to it. Could not %2; "
                               "close the other program or try again in a moment.")
                    .arg(path, doing),
                {}};
    if (code == kFull || lower.contains(QLatin1String("disk is full")) || (code == kIoErr && diskIsFull(path)))
        return {Error::Kind::DiskFull,
                QStringLiteral("The disk is full: could not %1 (%2). Free some space and try again.").arg(doing, path),
                {}};
    if (code == kReadOnly || lower.contains(QLatin1String("readonly")) || lower.contains(QLatin1String("read-only")))
        return {Error::Kind::ReadOnly,
                QStringLiteral("The workspace %1 cannot be written (the file or its folder is read-only). "
                               "Could not %2.")
                    .arg(path, doing),
                {}};
    if (code == kCantOpen)
        return {Error::Kind::ReadOnly,
                QStringLiteral("The workspace %1 cannot be opened: the folder is missing or not writable. "
                               "Could not %2.")
                    .arg(path, doing),
                {}};
    if (code == kCorrupt || code == kNotADb || lower.contains(QLatin1String("not a database")) ||
        lower.contains(QLatin1String("malformed")))
        return damagedError(path);
    return {Error::Kind::Io, QStringLiteral("Could not %1 (%2): %3.").arg(doing, path, detail), {}};
}

QVariant notNull(const QVariant& value) {
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QVariant(QStringLiteral(""));
    return value;
}

QString now() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

bool run(QSqlQuery& query, const QString& sql, std::initializer_list<QVariant> values, Error& error,
         const QString& doing, const QString& path) {
    if (!query.prepare(sql)) {
        error = sqlError(query.lastError(), doing, path);
        return false;
    }
    int i = 0;
    for (const QVariant& v : values)
        query.bindValue(i++, notNull(v));
    if (!query.exec()) {
        error = sqlError(query.lastError(), doing, path);
        return false;
    }
    return true;
}

Transaction::Transaction(QSqlDatabase db, QString path) : db_(std::move(db)), path_(std::move(path)) {
    QSqlQuery q(db_);
    if (q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        begun_ = true;
    else
        error_ = sqlError(q.lastError(), QStringLiteral("start a change"), path_);
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
        error_ = sqlError(q.lastError(), QStringLiteral("save the change"), path_);
        return false; // the destructor rolls back
    }
    done_ = true;
    return true;
}

} // namespace cairn::store::detail
