#include "cairn/io/load_error.h"

#include <algorithm>

namespace cairn::io {

QString LoadError::toString() const {
    QString out;
    if (!file.isEmpty())
        out += file + QLatin1Char(':');
    if (line > 0) {
        out += QString::number(line) + QLatin1Char(':');
        if (column > 0)
            out += QString::number(column) + QLatin1Char(':');
    }
    if (!out.isEmpty())
        out += QLatin1Char(' ');
    if (!field.isEmpty())
        out += field + (object.isEmpty() ? QString() : QLatin1String(" (") + object + QLatin1Char(')')) +
               QLatin1String(": ");
    else if (!object.isEmpty())
        out += object + QLatin1String(": ");
    out += message;
    return out;
}

void markUnreadable(std::vector<LoadError>& errors) {
    for (auto& e : errors)
        e.kind = LoadError::Kind::Unreadable;
}

bool anyUnreadable(const std::vector<LoadError>& errors) {
    return std::any_of(errors.begin(), errors.end(), [](const LoadError& e) { return e.unreadable(); });
}

QStringList toStrings(const std::vector<LoadError>& errors) {
    QStringList lines;
    lines.reserve(static_cast<qsizetype>(errors.size()));
    for (const auto& e : errors)
        lines << e.toString();
    return lines;
}

} // namespace cairn::io
