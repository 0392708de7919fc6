#include "cairn/cli/terminal_text.h"

#include <algorithm>

namespace cairn::cli {

namespace {

bool isControl(char16_t c, bool keepLayout) {
    if (keepLayout && (c == u'\n' || c == u'\t'))
        return false;
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029;
}

QString hex(char16_t c, int digits) {
    return QString::number(static_cast<uint>(c), 16).toUpper().rightJustified(digits, QLatin1Char('0'));
}

QString escaped(const QString& text, bool keepLayout) {
    const auto control = [keepLayout](QChar c) { return isControl(c.unicode(), keepLayout); };
    if (std::none_of(text.begin(), text.end(), control))
        return text;
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (!control(c))
            out += c;
        else if (u > 0xFF)
            out += QStringLiteral("\\u") + hex(u, 4);
        else
            out += QStringLiteral("\\x") + hex(u, 2);
    }
    return out;
}

} // namespace

QString printable(const QString& text) {
    return escaped(text, true);
}

QString printableLine(const QString& text) {
    return escaped(text, false);
}

PrintableText::PrintableText(QTextStream& target) : target_(target) {
    open(QIODevice::WriteOnly);
}

qint64 PrintableText::readData(char* /*data*/, qint64 /*maxSize*/) {
    return -1;
}

qint64 PrintableText::writeData(const char* data, qint64 size) {
    target_ << printable(decoder_.decode(QByteArrayView(data, size)));
    return size;
}

} // namespace cairn::cli
