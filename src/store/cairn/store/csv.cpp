#include "cairn/store/csv.h"

namespace cairn::store {

namespace {

/// A UTF-8 continuation byte does not start a character, so it does not advance the column.
bool startsCharacter(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
}

class CsvReader {
public:
    CsvReader(const QByteArray& data, const QString& fileName) : data_(data), file_(fileName) {
        if (data_.startsWith("\xEF\xBB\xBF"))
            pos_ = 3;
    }

    CsvTable read() {
        while (pos_ < data_.size()) {
            if (atLineEnd()) { // an empty line
                skipLineEnd();
                continue;
            }
            readRecord();
        }
        return std::move(table_);
    }

private:
    const QByteArray& data_;
    QString file_;
    qsizetype pos_ = 0;
    int line_ = 1;
    int column_ = 1;
    CsvTable table_;

    [[nodiscard]] bool atEnd() const { return pos_ >= data_.size(); }
    [[nodiscard]] char peek() const { return data_[pos_]; }
    [[nodiscard]] bool atLineEnd() const {
        return !atEnd() && (peek() == '\n' || (peek() == '\r' && pos_ + 1 < data_.size() && data_[pos_ + 1] == '\n'));
    }
    void skipLineEnd() {
        pos_ += peek() == '\r' ? 2 : 1;
        ++line_;
        column_ = 1;
    }
    void advance() {
        if (peek() == '\n') {
            ++line_;
            column_ = 1;
        } else if (startsCharacter(peek())) {
            ++column_;
        }
        ++pos_;
    }
    void error(int line, int column, QString message) {
        table_.errors.push_back(io::LoadError{file_, line, column, {}, std::move(message)});
    }

    void readRecord() {
        CsvRecord record;
        record.line = line_;
        for (;;) {
            record.fields.push_back(peek() == '"' ? readQuoted() : readPlain());
            if (atEnd())
                break;
            if (atLineEnd()) {
                skipLineEnd();
                break;
            }
            // readPlain/readQuoted stop only at a comma, a line end or the end.
            advance();
            if (atEnd() || atLineEnd()) { // a trailing comma: one more, empty field
                record.fields.push_back(CsvField{{}, line_, column_});
                if (!atEnd())
                    skipLineEnd();
                break;
            }
        }
        table_.records.push_back(std::move(record));
    }

    CsvField readPlain() {
        CsvField field{{}, line_, column_};
        const qsizetype from = pos_;
        bool reported = false;
        while (!atEnd() && peek() != ',' && !atLineEnd()) {
            if (peek() == '"' && !reported) {
                error(line_, column_,
                      QStringLiteral("A double quote appears inside a field that does not start with one; "
                                     "enclose the whole field in quotes and double the quote (\"\")."));
                reported = true;
            }
            advance();
        }
        field.text = QString::fromUtf8(data_.constData() + from, pos_ - from);
        return field;
    }

    CsvField readQuoted() {
        const int openLine = line_, openColumn = column_;
        advance(); // the opening quote
        CsvField field{{}, line_, column_};
        QByteArray text;
        for (;;) {
            if (atEnd()) {
                error(openLine, openColumn,
                      QStringLiteral("The quoted field opened here is never closed; add the closing double quote."));
                break;
            }
            if (peek() == '"') {
                if (pos_ + 1 < data_.size() && data_[pos_ + 1] == '"') {
                    text += '"';
                    advance();
                    advance();
                    continue;
                }
                advance(); // the closing quote
                if (!atEnd() && peek() != ',' && !atLineEnd()) {
                    error(line_, column_,
                          QStringLiteral("Unexpected text after the closing quote of a field; a quoted field "
                                         "must be followed by a comma or the end of the line."));
                    while (!atEnd() && peek() != ',' && !atLineEnd()) {
                        text += peek();
                        advance();
                    }
                }
                break;
            }
            text += peek();
            advance();
        }
        field.text = QString::fromUtf8(text);
        return field;
    }
};

bool needsQuotes(const QString& field) {
    if (field.isEmpty())
        return false;
    if (field.front().isSpace() || field.back().isSpace())
        return true;
    for (const QChar c : field)
        if (c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\n') || c == QLatin1Char('\r'))
            return true;
    return false;
}

} // namespace

CsvTable readCsv(const QByteArray& data, const QString& fileName) {
    return CsvReader(data, fileName).read();
}

void appendCsvRecord(QByteArray& out, const QStringList& fields) {
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += ',';
        const QString& f = fields[i];
        if (needsQuotes(f)) {
            out += '"';
            out += f.toUtf8().replace("\"", "\"\"");
            out += '"';
        } else {
            out += f.toUtf8();
        }
    }
    out += "\r\n";
}

} // namespace cairn::store
