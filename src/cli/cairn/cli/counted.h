#pragma once

#include <QLocale>
#include <QString>

namespace cairn::cli {

/// "1 credential", "100,000 credentials": a count and its noun, as the command line's English
/// says it.
inline QString counted(long long n, const char* one, const char* many) {
    static const QLocale english(QLocale::English, QLocale::UnitedStates);
    return english.toString(n) + QLatin1Char(' ') + QLatin1String(n == 1 ? one : many);
}

} // namespace cairn::cli
