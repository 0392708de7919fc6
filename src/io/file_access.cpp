#include "cairn/io/file_access.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <algorithm>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace cairn::io {

namespace {

constexpr qint64 kChunkBytes = 1024 * 1024;

FileContent failed(Message::Code code, MessageArg fact) {
    return {{}, Message{code, {std::move(fact)}}};
}

FileContent tooLarge(qint64 limit) {
    return failed(Message::Code::FileTooLarge, arg::count(limit / (1024 * 1024)));
}

/// What is at a path, as far as writing to it is concerned.
enum class Target { New, Regular, Stream, Folder, Other };

Target targetAt(const QString& path) {
#ifdef Q_OS_UNIX
    // stat() follows symbolic links: a link to /dev/null is a device like /dev/null itself.
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return Target::New;
    if (S_ISREG(st.st_mode))
        return Target::Regular;
    if (S_ISDIR(st.st_mode))
        return Target::Folder;
    if (S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode))
        return Target::Stream;
    return Target::Other;
#else
    const QFileInfo info(path);
    if (!info.exists())
        return Target::New;
    if (info.isDir())
        return Target::Folder;
    return info.isFile() ? Target::Regular : Target::Other;
#endif
}

using Code = Message::Code;

/// A path as the person's system writes it, for a message.
MessageArg pathArg(const QString& path) {
    return arg::text(QDir::toNativeSeparators(path).toStdString());
}

/// Why a write failed: Qt reports a full disk (ENOSPC) as a resource error, and its own text
/// for it can be "Unknown error" once a temporary file was involved, so that is a clause of its
/// own; otherwise the system's words.
MessageArg reasonOf(const QIODevice& device) {
    const auto* file = qobject_cast<const QFileDevice*>(&device);
    if (file && file->error() == QFileDevice::ResourceError)
        return arg::clauses({Message{Code::FileDiskFull, {}}});
    const QString text = device.errorString();
    if (text.isEmpty())
        return arg::clauses({Message{Code::FileNoReason, {}}});
    return arg::text(text.toStdString());
}

/// Writes all of `bytes`. A write can stop short without an error (the disk filled up part way
/// through it); writing the rest then fails with the reason, so a short write is never taken for
/// the whole and the reason is not lost.
bool writeAll(QIODevice& device, const QByteArray& bytes) {
    qint64 written = 0;
    while (written < bytes.size()) {
        const qint64 n = device.write(bytes.constData() + written, bytes.size() - written);
        if (n <= 0)
            return false;
        written += n;
    }
    return true;
}

Message cannotWrite(const QString& path, MessageArg reason) {
    return {Code::FileWriteFailed, {pathArg(path), std::move(reason)}};
}

/// Writes a device or pipe in place; there is no file to replace.
std::optional<Message> writeThrough(const QByteArray& bytes, const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return cannotWrite(path, reasonOf(file));
    return writeToDevice(bytes, file, path);
}

/// Writes a regular file whole or not at all.
std::optional<Message> writeWhole(const QByteArray& bytes, const QString& path) {
    const QFileInfo info(path);
    if (!info.absoluteDir().exists())
        return Message{Code::FileWriteNoFolder, {pathArg(path), pathArg(info.absolutePath())}};
    QSaveFile file(path);
    // Unbuffered, and flushed before commit(): commit() takes a failure of its own final flush for
    // success and renames a truncated file into place (seen on a full disk).
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return cannotWrite(path, reasonOf(file));
    if (!writeAll(file, bytes) || !file.flush()) {
        MessageArg reason = reasonOf(file);
        file.cancelWriting();
        return cannotWrite(path, std::move(reason));
    }
    if (!file.commit())
        return Message{Code::FileWriteUnfinished, {pathArg(path), reasonOf(file)}};
    return {};
}

} // namespace

FileContent readFile(const QString& path, qint64 limit) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return failed(Message::Code::FileCannotOpen, arg::text(file.errorString().toStdString()));
    // A regular file says its size, so a huge one is refused before reading any of it; a device
    // or pipe says 0 and is stopped by the count below.
    if (file.size() > limit)
        return tooLarge(limit);
    QByteArray bytes;
    for (;;) {
        // Asking for one byte past the limit tells a file of exactly `limit` bytes from a larger one.
        const qint64 want = std::min(kChunkBytes, limit + 1 - bytes.size());
        const qsizetype had = bytes.size();
        bytes.resize(had + want);
        const qint64 got = file.read(bytes.data() + had, want);
        if (got < 0)
            return failed(Message::Code::FileCannotRead, arg::text(file.errorString().toStdString()));
        bytes.resize(had + got);
        if (bytes.size() > limit)
            return tooLarge(limit);
        if (got == 0)
            break;
    }
    bytes.squeeze();
    return {std::move(bytes), {}};
}

std::optional<Message> writeToDevice(const QByteArray& bytes, QIODevice& device, const QString& name) {
    auto* file = qobject_cast<QFileDevice*>(&device);
    if (!writeAll(device, bytes) || (file && !file->flush()))
        return cannotWrite(name, reasonOf(device));
    return {};
}

std::optional<Message> writeFile(const QByteArray& bytes, const QString& path) {
    if (path.isEmpty())
        return Message{Code::FileWriteNoName, {}};
    switch (targetAt(path)) {
    case Target::New:
    case Target::Regular:
        return writeWhole(bytes, path);
    case Target::Stream:
        return writeThrough(bytes, path);
    case Target::Folder:
        return Message{Code::FileWriteFolder, {pathArg(path)}};
    case Target::Other:
        break;
    }
    return Message{Code::FileWriteNotAFile, {pathArg(path)}};
}

} // namespace cairn::io
