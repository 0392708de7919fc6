#pragma once

#include <QString>

namespace cairn::cli {

/// "1 credential", "3 credentials": a count and its noun, as the command line's English says it.
inline QString counted(long long n, const char* one, const char* many) {
    return QString::number(n) + QLatin1Char(' ') + QLatin1String(n == 1 ? one : many);
}

} // namespace cairn::cli
