#pragma once

#include <QByteArray>
#include <QString>

namespace cairn::report {

/// The outcome of writing an export: success, or a sentence saying what went wrong.
struct Result {
    QString error; ///< empty on success, else a full sentence naming the file

    [[nodiscard]] bool ok() const { return error.isEmpty(); }
    static Result success() { return {}; }
    static Result failure(QString sentence) { return {std::move(sentence)}; }
};

/// Writes `bytes` to `path` all at once through a temporary file that replaces `path` only
/// when everything was written, so a failed export never leaves a half-written file.
Result saveFile(const QByteArray& bytes, const QString& path);

} // namespace cairn::report
