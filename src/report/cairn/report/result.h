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

/// An export made in memory, before it is written anywhere: its bytes, or the sentence that says
/// why it cannot be made (an infeasible plan has no calendar, for example).
struct Document {
    QByteArray bytes;
    QString refusal; ///< empty when `bytes` holds the export

    [[nodiscard]] bool ok() const { return refusal.isEmpty(); }
    static Document of(QByteArray bytes) { return {std::move(bytes), {}}; }
    static Document refused(QString sentence) { return {{}, std::move(sentence)}; }
};

/// Writes `bytes` to `path` with io::writeFile(): a file is replaced only when everything was
/// written, so a failed export never leaves a half-written file; a device or pipe is written in
/// place and never replaced.
Result saveFile(const QByteArray& bytes, const QString& path);

/// Writes a document with saveFile(), or fails with its refusal.
Result saveFile(const Document& document, const QString& path);

} // namespace cairn::report
