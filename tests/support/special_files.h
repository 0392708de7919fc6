#pragma once

// Device nodes and named pipes for the tests of reading and writing files. Header-only; POSIX.

#include <QDir>
#include <QFile>
#include <QString>
#include <sys/stat.h>
#include <sys/sysmacros.h>

namespace cairn::special_files {

/// A character device node in `dir` with the given numbers when the tests may make one (as
/// root), else the system's own node `fallback`. As root the private node keeps a regression
/// that renamed a file over its target away from the real /dev; as anyone else /dev cannot be
/// changed anyway.
inline QString deviceNode(const QDir& dir, const char* name, unsigned major, unsigned minor, const char* fallback) {
    const QString path = dir.filePath(QString::fromLatin1(name));
    if (::mknod(QFile::encodeName(path).constData(), S_IFCHR | 0666, makedev(major, minor)) == 0) {
        QFile node(path);
        if (node.open(QIODevice::WriteOnly)) // not on a file system mounted "nodev"
            return path;
        QFile::remove(path);
    }
    return QString::fromLatin1(fallback);
}

/// Like /dev/full: every write fails with "no space left on device".
inline QString fullDevice(const QDir& dir) {
    return deviceNode(dir, "full", 1, 7, "/dev/full");
}

/// Like /dev/null: takes everything.
inline QString nullDevice(const QDir& dir) {
    return deviceNode(dir, "null", 1, 3, "/dev/null");
}

inline bool isCharacterDevice(const QString& path) {
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 && S_ISCHR(st.st_mode);
}

inline bool isFifo(const QString& path) {
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 && S_ISFIFO(st.st_mode);
}

} // namespace cairn::special_files
