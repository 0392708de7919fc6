#pragma once

#include "cairn/cli/command.h"

#include <QString>
#include <optional>

namespace cairn::cli {

/// The most a job ad may be: some three hundred pages of text, far beyond any posting.
inline constexpr qint64 kMaxJobAdBytes = 1024 * 1024;

/// Reads the text of a job ad from `path`, or from standard input for "-". An empty text, a
/// larger one than kMaxJobAdBytes or longer than the matcher reads (io::kMaxMatchedChars), or one
/// that is not UTF-8 text (a binary file) is refused with
/// a sentence printed to `io.err`, prefixed by `command`.
std::optional<QString> readJobAd(const QString& path, Streams io, const QString& command);

} // namespace cairn::cli
