#include "cairn/io/json_reader.h"

#include <QSet>
#include <charconv>
#include <cmath>
#include <optional>
#include <string>

namespace cairn::io {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr std::size_t kLinearLookup = 16;

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}
bool isWordChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) || c == '_';
}

void appendUtf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

/// Strict UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing above U+10FFFF.
bool isValidUtf8(const std::string& s) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const auto* end = p + s.size();
    while (p < end) {
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int len = 0;
        char32_t cp = 0;
        if ((c & 0xE0) == 0xC0) {
            len = 2;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (end - p < len)
            return false;
        for (int i = 1; i < len; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i] & 0x3F);
        }
        static constexpr char32_t kSmallest[] = {0, 0, 0x80, 0x800, 0x10000};
        if (cp < kSmallest[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        p += len;
    }
    return true;
}

/// A single-pass recursive-descent reader. It stops at the first error: after a syntax error
/// the rest of the text cannot be interpreted reliably, so later messages would mislead.
class Reader {
public:
    Reader(const QByteArray& text, int maxDepth)
        : d_(text.constData()), n_(static_cast<std::size_t>(text.size())), maxDepth_(maxDepth) {}

    std::variant<JsonValue, JsonSyntaxError> read() {
        if (n_ >= 3 && d_[0] == '\xEF' && d_[1] == '\xBB' && d_[2] == '\xBF')
            pos_ = 3; // a UTF-8 byte order mark, as some editors write; RFC 8259 lets readers ignore it
        skipSpace();
        if (pos_ == n_)
            return JsonSyntaxError{line_, column(), u"the file is empty; expected a JSON document"_s};
        JsonValue root;
        if (!value(root, 0))
            return *error_;
        skipSpace();
        if (pos_ != n_) {
            fail(u"unexpected "_s + describe() + u" after the end of the JSON document"_s);
            return *error_;
        }
        return root;
    }

private:
    const char* d_;
    std::size_t n_;
    int maxDepth_;
    std::size_t pos_ = 0;
    int line_ = 1;
    int lead_ = 0; // characters before pos_ on this line
    std::optional<JsonSyntaxError> error_;

    struct Mark {
        int line;
        int column;
    };

    [[nodiscard]] int column() const { return lead_ + 1; }
    [[nodiscard]] Mark mark() const { return {line_, column()}; }
    [[nodiscard]] bool atEnd() const { return pos_ >= n_; }
    [[nodiscard]] char peek() const { return atEnd() ? '\0' : d_[pos_]; }

    void advance() {
        const auto b = static_cast<unsigned char>(d_[pos_++]);
        if (b == '\n') {
            ++line_;
            lead_ = 0;
        } else if ((b & 0xC0) != 0x80) {
            ++lead_;
        }
    }

    bool fail(const QString& message) { return failAt(mark(), message); }
    bool failAt(Mark m, const QString& message) {
        if (!error_)
            error_ = JsonSyntaxError{m.line, m.column, message};
        return false;
    }

    void skipSpace() {
        while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
            advance();
    }

    /// The character at the current position, for messages.
    [[nodiscard]] QString describe() const {
        if (atEnd())
            return u"the end of the file"_s;
        const auto b = static_cast<unsigned char>(peek());
        if (b < 0x20 || b == 0x7F)
            return u"the control character U+"_s + QString::number(b, 16).rightJustified(4, u'0').toUpper();
        if (b < 0x80)
            return u"'"_s + QLatin1Char(static_cast<char>(b)) + u"'"_s;
        std::size_t len = 1;
        while (pos_ + len < n_ && len < 4 && (static_cast<unsigned char>(d_[pos_ + len]) & 0xC0) == 0x80)
            ++len;
        return u"'"_s + QString::fromUtf8(d_ + pos_, static_cast<qsizetype>(len)) + u"'"_s;
    }

    [[nodiscard]] QString word() const {
        std::size_t end = pos_;
        while (end < n_ && end - pos_ < 40 && isWordChar(d_[end]))
            ++end;
        return QString::fromLatin1(d_ + pos_, static_cast<qsizetype>(end - pos_));
    }

    bool value(JsonValue& out, int depth) {
        out.line = line_;
        out.column = column();
        const char c = peek();
        if (atEnd())
            return fail(u"unexpected end of the file; expected a value"_s);
        if (c == '{' || c == '[') {
            if (depth >= maxDepth_)
                return fail(u"the document is nested more than %1 levels deep"_s.arg(maxDepth_));
            return c == '{' ? object(out, depth) : array(out, depth);
        }
        if (c == '"') {
            out.type = JsonValue::Type::String;
            return string(out.text);
        }
        if (c == '-' || isDigit(c))
            return number(out);
        if (c == '\'')
            return fail(u"strings must be in double quotes (\"), not single quotes"_s);
        if (c == '/')
            return fail(u"comments are not allowed in JSON"_s);
        if (c == '+')
            return fail(u"numbers cannot start with '+'"_s);
        if (c == '.')
            return fail(u"numbers must start with a digit, as in 0.5"_s);
        if (isWordChar(c)) {
            const QString w = word();
            const std::size_t len = static_cast<std::size_t>(w.size());
            if ((w == u"true" || w == u"false" || w == u"null") && (pos_ + len >= n_ || !isWordChar(d_[pos_ + len]))) {
                out.type = w == u"null" ? JsonValue::Type::Null : JsonValue::Type::Bool;
                out.boolean = w == u"true";
                for (std::size_t i = 0; i < len; ++i)
                    advance();
                return true;
            }
            if (w == u"NaN" || w == u"Infinity")
                return fail(u"%1 is not a JSON number"_s.arg(w));
            return fail(
                u"unexpected word '%1'; text values need double quotes, and the literals are true, false and null"_s
                    .arg(w));
        }
        return fail(u"expected a value but found "_s + describe());
    }

    bool object(JsonValue& out, int depth) {
        out.type = JsonValue::Type::Object;
        const Mark open = mark();
        advance(); // '{'
        QSet<QString> seen;
        skipSpace();
        if (peek() == '}') {
            advance();
            return true;
        }
        std::optional<Mark> comma;
        for (;;) {
            skipSpace();
            if (peek() == '}' && comma)
                return failAt(*comma, u"trailing comma: JSON does not allow a ',' after the last field of an object"_s);
            if (atEnd())
                return failAt(open, u"the object opened here is never closed with '}'"_s);
            if (peek() != '"') {
                if (peek() == '\'')
                    return fail(u"field names must be in double quotes (\"), not single quotes"_s);
                if (peek() == '/')
                    return fail(u"comments are not allowed in JSON"_s);
                return fail(u"expected a field name in double quotes but found "_s + describe());
            }
            JsonMember member;
            member.line = line_;
            member.column = column();
            if (!string(member.key))
                return false;
            // Cairn's objects have a handful of fields, for which a linear scan is fastest; past
            // that a set keeps objects with very many fields from taking quadratic time.
            bool duplicate = false;
            if (out.members.size() < kLinearLookup) {
                duplicate = out.member(member.key) != nullptr;
            } else {
                if (seen.isEmpty())
                    for (const auto& m : out.members)
                        seen.insert(m.key);
                duplicate = seen.contains(member.key);
            }
            if (duplicate) {
                const JsonMember* first = out.member(member.key);
                return failAt({member.line, member.column},
                              u"duplicate field '%1' (first written at line %2, column %3)"_s.arg(member.key)
                                  .arg(first->line)
                                  .arg(first->column));
            }
            if (!seen.isEmpty())
                seen.insert(member.key);
            skipSpace();
            if (peek() != ':')
                return fail(u"expected ':' after the field name \"%1\" but found "_s.arg(member.key) + describe());
            advance();
            skipSpace();
            if (!value(member.value, depth + 1))
                return false;
            out.members.push_back(std::move(member));
            skipSpace();
            if (peek() == ',') {
                comma = mark();
                advance();
                continue;
            }
            if (peek() == '}') {
                advance();
                return true;
            }
            if (atEnd())
                return failAt(open, u"the object opened here is never closed with '}'"_s);
            if (peek() == '"')
                return fail(u"missing ',' between fields"_s);
            return fail(u"expected ',' or '}' after the value of \"%1\" but found "_s.arg(out.members.back().key) +
                        describe());
        }
    }

    bool array(JsonValue& out, int depth) {
        out.type = JsonValue::Type::Array;
        const Mark open = mark();
        advance(); // '['
        skipSpace();
        if (peek() == ']') {
            advance();
            return true;
        }
        std::optional<Mark> comma;
        for (;;) {
            skipSpace();
            if (peek() == ']' && comma)
                return failAt(*comma,
                              u"trailing comma: JSON does not allow a ',' after the last element of an array"_s);
            if (atEnd())
                return failAt(open, u"the array opened here is never closed with ']'"_s);
            JsonValue item;
            if (!value(item, depth + 1))
                return false;
            out.items.push_back(std::move(item));
            skipSpace();
            if (peek() == ',') {
                comma = mark();
                advance();
                continue;
            }
            if (peek() == ']') {
                advance();
                return true;
            }
            if (atEnd())
                return failAt(open, u"the array opened here is never closed with ']'"_s);
            return fail(u"expected ',' or ']' after an array element but found "_s + describe());
        }
    }

    std::optional<char32_t> hex4() {
        char32_t v = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = peek();
            int digit = -1;
            if (isDigit(c))
                digit = c - '0';
            else if (c >= 'a' && c <= 'f')
                digit = c - 'a' + 10;
            else if (c >= 'A' && c <= 'F')
                digit = c - 'A' + 10;
            if (digit < 0) {
                fail(u"expected 4 hexadecimal digits after '\\u' but found "_s + describe());
                return std::nullopt;
            }
            v = v * 16 + static_cast<char32_t>(digit);
            advance();
        }
        return v;
    }

    bool escape(std::string& buf) {
        const Mark at = mark();
        advance(); // '\'
        const char c = peek();
        switch (c) {
        case '"':
        case '\\':
        case '/':
            buf += c;
            break;
        case 'b':
            buf += '\b';
            break;
        case 'f':
            buf += '\f';
            break;
        case 'n':
            buf += '\n';
            break;
        case 'r':
            buf += '\r';
            break;
        case 't':
            buf += '\t';
            break;
        case 'u': {
            advance();
            auto cp = hex4();
            if (!cp)
                return false;
            if (*cp >= 0xD800 && *cp <= 0xDBFF) {
                if (peek() != '\\' || pos_ + 1 >= n_ || d_[pos_ + 1] != 'u')
                    return failAt(
                        at, u"'\\u' escape of a lone surrogate: a high surrogate must be followed by a low one"_s);
                advance();
                advance();
                auto low = hex4();
                if (!low)
                    return false;
                if (*low < 0xDC00 || *low > 0xDFFF)
                    return failAt(
                        at, u"'\\u' escape of a lone surrogate: a high surrogate must be followed by a low one"_s);
                cp = 0x10000 + ((*cp - 0xD800) << 10) + (*low - 0xDC00);
            } else if (*cp >= 0xDC00 && *cp <= 0xDFFF) {
                return failAt(at, u"'\\u' escape of a lone low surrogate"_s);
            }
            appendUtf8(buf, *cp);
            return true;
        }
        default:
            if (atEnd())
                return failAt(at, u"unterminated string: the file ends inside it"_s);
            return failAt(
                at, u"invalid escape '\\%1' in a string; JSON has \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX"_s.arg(
                        describe().mid(1, describe().size() - 2)));
        }
        advance();
        return true;
    }

    bool string(QString& out) {
        const Mark open = mark();
        advance(); // '"'
        std::string buf;
        for (;;) {
            if (atEnd())
                return failAt(open, u"unterminated string: the closing '\"' is missing"_s);
            const auto c = static_cast<unsigned char>(peek());
            if (c == '"') {
                advance();
                break;
            }
            if (c == '\\') {
                if (!escape(buf))
                    return false;
                continue;
            }
            if (c == '\n' || c == '\r')
                return failAt(open, u"unterminated string: the closing '\"' is missing before the end of the line"_s);
            if (c < 0x20)
                return fail(describe() + u" must be written as an escape such as \\t or \\u0001 inside a string"_s);
            buf += static_cast<char>(c);
            advance();
        }
        if (!isValidUtf8(buf))
            return failAt(open, u"the string is not valid UTF-8 text; save the file in UTF-8"_s);
        out = QString::fromUtf8(buf.data(), static_cast<qsizetype>(buf.size()));
        return true;
    }

    bool number(JsonValue& out) {
        const std::size_t from = pos_;
        if (peek() == '-')
            advance();
        if (peek() == '0') {
            advance();
            if (isDigit(peek()))
                return fail(u"numbers cannot have leading zeros"_s);
        } else if (isDigit(peek())) {
            while (isDigit(peek()))
                advance();
        } else {
            return fail(u"expected a digit after '-' but found "_s + describe());
        }
        if (peek() == '.') {
            advance();
            if (!isDigit(peek()))
                return fail(u"expected a digit after the decimal point but found "_s + describe());
            while (isDigit(peek()))
                advance();
        }
        if (peek() == 'e' || peek() == 'E') {
            advance();
            if (peek() == '+' || peek() == '-')
                advance();
            if (!isDigit(peek()))
                return fail(u"expected a digit in the exponent but found "_s + describe());
            while (isDigit(peek()))
                advance();
        }
        if (isWordChar(peek()) || peek() == '.')
            return fail(u"unexpected "_s + describe() + u" in a number"_s);
        out.type = JsonValue::Type::Number;
        out.text = QString::fromLatin1(d_ + from, static_cast<qsizetype>(pos_ - from));
        double v = 0;
        const auto [ptr, ec] = std::from_chars(d_ + from, d_ + pos_, v);
        const bool negativeExponent = out.text.contains(u"e-"_s, Qt::CaseInsensitive);
        if (ec == std::errc::result_out_of_range && negativeExponent) {
            v = 0; // underflow: a number too small for a double reads as zero
        } else if (ec != std::errc() || ptr != d_ + pos_ || !std::isfinite(v)) {
            return failAt({out.line, out.column}, u"the number %1 is too large"_s.arg(out.text));
        }
        out.number = v;
        return true;
    }
};

} // namespace

std::variant<JsonValue, JsonSyntaxError> parseJson(const QByteArray& utf8, int maxDepth) {
    return Reader(utf8, maxDepth).read();
}

} // namespace cairn::io
