#include "cairn/report/result.h"

#include <cairn/io/file_access.h>
#include <cairn/text/message_words.h>

namespace cairn::report {

Result saveFile(const QByteArray& bytes, const QString& path) {
    return Result::failure(text::MessageWords().sentenceIfAny(io::writeFile(bytes, path)));
}

Result saveFile(const Document& document, const QString& path) {
    return document.ok() ? saveFile(document.bytes, path) : Result::failure(document.refusal);
}

} // namespace cairn::report
