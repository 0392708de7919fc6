#include "cairn/store/csv.h"

#include <QStringDecoder>
#include <cairn/io/csv_field.h>

namespace cairn::store {

namespace {

/// Where the bytes stop being text: the offset of the first NUL byte or of the first byte that
/// is not part of well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing above
/// U+10FFFF), or -1 when all of it is text.
qsizetype firstNonText(const QByteArray& data, qsizetype from) {
    const auto* bytes = reinterpret_cast<const unsigned char*>(data.constData());
    const qsizetype n = data.size();
    for (qsizetype i = from; i < n;) {
        const unsigned char c = bytes[i];
        if (c == 0)
            return i;
        if (c < 0x80) {
            ++i;
            continue;
        }
        const int length = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
        if (length == 0 || n - i < length)
            return i;
        char32_t cp = c & (0x7F >> length);
        for (int k = 1; k < length; ++k) {
            if ((bytes[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (bytes[i + k] & 0x3F);
        }
        static constexpr char32_t kSmallest[] = {0, 0, 0x80, 0x800, 0x10000};
        if (cp < kSmallest[length] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += length;
    }
    return -1;
}

/// A field's text exactly as written. QString::fromUtf8 drops a byte-order mark at the start of
/// what it decodes; inside a file a field that starts with U+FEFF is text and must read back whole.
QString fieldText(QByteArrayView bytes) {
    QStringDecoder decode(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom);
    return decode(bytes);
}

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
        if (!isText())
            return std::move(table_);
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
    void error(int line, int column, Message what) {
        table_.errors.push_back(io::LoadError{file_, line, column, {}, std::move(what)});
    }

    /// A file that is not UTF-8 text is refused as a whole at its first bad byte: every row after
    /// it would most likely be wrong the same way, and a NUL byte is never part of a text.
    bool isText() {
        const qsizetype bad = firstNonText(data_, pos_);
        if (bad < 0)
            return true;
        while (pos_ < bad)
            advance();
        const auto byte = static_cast<unsigned char>(data_[bad]);
        error(line_, column_,
              byte == 0 ? io::says(Message::Code::CsvNulByte)
                        : io::says(Message::Code::CsvNotUtf8, {io::qarg::text(QString::number(byte, 16).toUpper())}));
        return false;
    }

    /// The field's text with the single quote that neutralises formula-like text taken off; its
    /// column then points at the text itself.
    static CsvField finished(CsvField field) {
        QString text = io::readCsvFieldText(field.text);
        if (text.size() != field.text.size())
            ++field.column;
        field.text = std::move(text);
        return field;
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
                error(line_, column_, io::says(Message::Code::CsvQuoteInsideField));
                reported = true;
            }
            advance();
        }
        field.text = fieldText(QByteArrayView(data_.constData() + from, pos_ - from));
        return finished(std::move(field));
    }

    CsvField readQuoted() {
        const int openLine = line_, openColumn = column_;
        advance(); // the opening quote
        CsvField field{{}, line_, column_};
        QByteArray text;
        for (;;) {
            if (atEnd()) {
                error(openLine, openColumn, io::says(Message::Code::CsvQuoteNotClosed));
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
                    error(line_, column_, io::says(Message::Code::CsvTextAfterQuote));
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
        field.text = fieldText(text);
        return finished(std::move(field));
    }
};

} // namespace

CsvTable readCsv(const QByteArray& data, const QString& fileName) {
    return CsvReader(data, fileName).read();
}

} // namespace cairn::store
