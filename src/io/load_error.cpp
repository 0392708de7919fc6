#include "cairn/io/load_error.h"

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
        out += field + QLatin1String(": ");
    out += message;
    return out;
}

QStringList toStrings(const std::vector<LoadError>& errors) {
    QStringList lines;
    lines.reserve(static_cast<qsizetype>(errors.size()));
    for (const auto& e : errors)
        lines << e.toString();
    return lines;
}

} // namespace cairn::io
