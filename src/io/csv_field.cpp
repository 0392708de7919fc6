#include "cairn/io/csv_field.h"

namespace cairn::io {

namespace {

bool isFormulaStart(QChar c) {
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

/// Formula-like text, or formula-like text behind single quotes: the texts that get one more
/// single quote in front when written. Taking exactly one off when reading undoes it, and no
/// other text starts with a single quote followed by one of these.
bool needsNeutralising(QStringView text) {
    qsizetype i = 0;
    while (i < text.size() && text[i] == u'\'')
        ++i;
    return i < text.size() && isFormulaStart(text[i]);
}

bool needsQuotes(const QString& text) {
    if (text.isEmpty())
        return false;
    // A leading U+FEFF at the start of a file would be taken for the file's byte-order mark.
    if (text.front().isSpace() || text.back().isSpace() || text.front() == QChar(0xFEFF))
        return true;
    for (const QChar c : text)
        if (c == u',' || c == u'"' || c == u'\n' || c == u'\r')
            return true;
    return false;
}

QByteArray quoted(const QString& text) {
    return '"' + text.toUtf8().replace("\"", "\"\"") + '"';
}

} // namespace

QByteArray csvField(const QString& raw) {
    // A NUL cannot stand in a text file (Cairn's reader refuses it, spreadsheets cut the cell
    // there), so it is left out, as the calendar leaves out control characters.
    QString text = raw;
    text.remove(QChar(u'\0'));
    if (needsNeutralising(text))
        return quoted(QLatin1Char('\'') + text);
    return needsQuotes(text) ? quoted(text) : text.toUtf8();
}

QString readCsvFieldText(const QString& field) {
    if (field.startsWith(u'\'') && needsNeutralising(QStringView(field).mid(1)))
        return field.mid(1);
    return field;
}

void appendCsvRecord(QByteArray& out, const QStringList& fields) {
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += ',';
        out += csvField(fields[i]);
    }
    out += "\r\n";
}

} // namespace cairn::io
