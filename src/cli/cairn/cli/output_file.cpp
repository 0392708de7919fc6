#include "cairn/cli/output_file.h"

#include <cairn/io/file_access.h>
#include <cairn/text/message_words.h>

namespace cairn::cli {

bool isStandardOutput(const QString& path) {
    return path == QLatin1String("-");
}

QString outputName(const QString& path) {
    return isStandardOutput(path) ? QStringLiteral("standard output") : path;
}

namespace {

/// Standard output as it is: the bytes go past the escaping of terminal text, so a CSV keeps its
/// CRLF line ends and a PDF its binary content.
QString writeToStandardOutput(const QByteArray& bytes, Streams io) {
    QTextStream& data = io.data ? *io.data : io.out;
    io.out.flush(); // what the command printed before comes first
    data.flush();
    if (QIODevice* device = data.device())
        return text::MessageWords::english().sentenceIfAny(
            io::writeToDevice(bytes, *device, outputName(QStringLiteral("-"))));
    data << QString::fromUtf8(bytes); // a stream on a string, in tests
    return {};
}

} // namespace

bool writeOutput(const QString& path, const QByteArray& bytes, Streams io, const QString& command) {
    const QString error = isStandardOutput(path)
                              ? writeToStandardOutput(bytes, io)
                              : text::MessageWords::english().sentenceIfAny(io::writeFile(bytes, path));
    if (error.isEmpty())
        return true;
    io.err << command << ": " << error << '\n';
    return false;
}

} // namespace cairn::cli
