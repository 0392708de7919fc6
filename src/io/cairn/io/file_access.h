#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <QtGlobal>
#include <cairn/engine/message.h>
#include <optional>

// Every file Cairn reads or writes goes through these two functions, so that the limits and the
// care below hold for catalogs, profiles, CSV files and every export alike.
namespace cairn::io {

/// The most Cairn reads from one file: far beyond any real catalog, profile or CSV list, and it
/// keeps a wrong path (a device, a pipe, a disk image) from eating the machine's memory.
inline constexpr qint64 kMaxFileBytes = 256LL * 1024 * 1024;

/// The content of a file, or why it could not be read.
struct FileContent {
    QByteArray bytes;
    /// Unset when read; else why not (FileCannotOpen, FileCannotRead, FileTooLarge), a clause
    /// without the file's name, worded by text::MessageWords.
    std::optional<Message> error;

    [[nodiscard]] bool ok() const { return !error; }
};

/// Reads `path` in bounded chunks and stops with an error once more than `limit` bytes came, so
/// devices and pipes, whose size the file system does not know, are capped like regular files.
FileContent readFile(const QString& path, qint64 limit = kMaxFileBytes);

/// Writes `bytes` to `path`. Returns nothing on success, else why not (FileWrite…), a message
/// naming the file that text::MessageWords words as a sentence.
///  - A regular file or a new path is written through a temporary file that replaces it only once
///    everything is written, so a failed write never leaves a half-written file.
///  - A character device or a named pipe (/dev/null, /dev/stdout, a FIFO) is written directly:
///    renaming a file over it would replace the device node itself.
///  - Anything else (a folder, a socket, a disk device) is refused.
/// A full disk is reported as such, not as an unknown error.
[[nodiscard]] std::optional<Message> writeFile(const QByteArray& bytes, const QString& path);

/// Writes `bytes` to a device that is already open, such as standard output, and flushes it.
/// Returns nothing on success, else why not, as writeFile() does, calling it `name`.
[[nodiscard]] std::optional<Message> writeToDevice(const QByteArray& bytes, QIODevice& device, const QString& name);

} // namespace cairn::io
