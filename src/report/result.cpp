#include "cairn/report/result.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace cairn::report {

Result saveFile(const QByteArray& bytes, const QString& path) {
    if (path.isEmpty())
        return Result::failure(QCoreApplication::translate("cairn::report", "No file name was given for the export."));
    const QFileInfo info(path);
    if (info.isDir())
        return Result::failure(QCoreApplication::translate("cairn::report", "Cannot write %1: it is a folder.")
                                   .arg(QDir::toNativeSeparators(path)));
    if (!info.absoluteDir().exists())
        return Result::failure(
            QCoreApplication::translate("cairn::report", "Cannot write %1: the folder %2 does not exist.")
                .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(info.absolutePath())));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Result::failure(QCoreApplication::translate("cairn::report", "Cannot write %1: %2.")
                                   .arg(QDir::toNativeSeparators(path), file.errorString()));
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return Result::failure(QCoreApplication::translate("cairn::report", "Cannot write %1: %2.")
                                   .arg(QDir::toNativeSeparators(path), reason));
    }
    if (!file.commit())
        return Result::failure(QCoreApplication::translate("cairn::report", "Cannot finish writing %1: %2.")
                                   .arg(QDir::toNativeSeparators(path), file.errorString()));
    return Result::success();
}

} // namespace cairn::report
