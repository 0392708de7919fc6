#include "cairn/cli/job_ad_input.h"

#include "cairn/cli/output_file.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>
#include <cairn/io/file_access.h>
#include <cairn/io/skill_matcher.h>
#include <cairn/text/message_words.h>

namespace cairn::cli {

namespace {

/// At most `limit` + 1 bytes of standard input, so that too much is seen without reading it all.
QByteArray readInput(QIODevice* input, qint64 limit, QString& error) {
    QFile standardInput;
    if (!input) {
        if (!standardInput.open(stdin, QIODevice::ReadOnly)) {
            error = QStringLiteral("cannot read standard input");
            return {};
        }
        input = &standardInput;
    }
    // One byte more than allowed tells "too much" apart from "just enough".
    QByteArray bytes = input->read(limit + 1);
    return bytes;
}

QString megabytes(qint64 bytes) {
    return QString::number(static_cast<double>(bytes) / (1024.0 * 1024.0), 'f', 1);
}

} // namespace

std::optional<QString> readJobAd(const QString& path, Streams io, const QString& command) {
    const QString name = isStandardOutput(path) ? QStringLiteral("standard input") : path;
    QByteArray bytes;
    if (isStandardOutput(path)) {
        QString error;
        bytes = readInput(io.input, kMaxJobAdBytes, error);
        if (!error.isEmpty()) {
            io.err << command << ": " << error << ".\n";
            return std::nullopt;
        }
    } else {
        const io::FileContent content = io::readFile(path, kMaxJobAdBytes);
        if (!content.ok()) {
            const QFileInfo info(path);
            if (info.isFile() && info.size() > kMaxJobAdBytes)
                io.err << command << ": " << path << " holds " << megabytes(info.size())
                       << " MB; a job ad is at most 1 MB of text. Paste only the ad itself.\n";
            else
                io.err << command << ": " << path << ": " << text::MessageWords::english().sentence(*content.error)
                       << ".\n";
            return std::nullopt;
        }
        bytes = content.bytes;
    }
    if (bytes.size() > kMaxJobAdBytes) {
        io.err << command << ": " << name << " holds more than 1 MB; a job ad is at most 1 MB of text. "
               << "Paste only the ad itself.\n";
        return std::nullopt;
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8(bytes);
    if (utf8.hasError() || bytes.contains('\0')) {
        io.err << command << ": " << name << " is not text (it is not UTF-8, or holds binary data). "
               << "Give the job ad as a plain text file.\n";
        return std::nullopt;
    }
    // The matcher reads no more than this; a longer text is refused rather than cut short.
    if (text.size() > io::kMaxMatchedChars) {
        io.err << command << ": " << name << " holds " << text.size() << " characters; a job ad is at most "
               << io::kMaxMatchedChars << " (some fifty pages). Paste only the ad itself.\n";
        return std::nullopt;
    }
    if (text.trimmed().isEmpty()) {
        io.err << command << ": " << name << " is empty. Give the text of the job ad.\n";
        return std::nullopt;
    }
    return text;
}

} // namespace cairn::cli
