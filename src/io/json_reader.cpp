#include "cairn/io/json_reader.h"

#include <QSet>
#include <algorithm>
#include <charconv>
#include <cmath>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>

namespace cairn::io {

using namespace Qt::Literals::StringLiterals;
using Code = Message::Code;

namespace {

constexpr std::size_t kLinearLookup = 16;
/// Strings and numbers up to this many bytes are read once and shared: a catalog repeats the same
/// field names, ids and small numbers thousands of times, and a shared QString costs no allocation.
constexpr std::size_t kSharedTextBytes = 64;

/// Slots in the cache of shared text: a power of two, about one per 64 bytes of input, from 64 to 4,096.
std::size_t sharedSlots(std::size_t inputBytes) {
    std::size_t count = 64;
    while (count < 4096 && count * 64 < inputBytes)
        count *= 2;
    return count;
}

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
bool isValidUtf8(std::string_view s) {
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
        : d_(text.constData()), n_(static_cast<std::size_t>(text.size())), maxDepth_(maxDepth),
          shared_(sharedSlots(n_)), openMembers_(static_cast<std::size_t>(std::max(maxDepth, 0)) + 1),
          openItems_(static_cast<std::size_t>(std::max(maxDepth, 0)) + 1) {}

    std::variant<JsonValue, JsonSyntaxError> read() {
        if (n_ >= 3 && d_[0] == '\xEF' && d_[1] == '\xBB' && d_[2] == '\xBF')
            pos_ = 3; // a UTF-8 byte order mark, as some editors write; RFC 8259 lets readers ignore it
        skipSpace();
        if (pos_ == n_)
            return JsonSyntaxError{line_, column(), says(Code::JsonEmpty)};
        JsonValue root;
        if (!value(root, 0))
            return *error_;
        skipSpace();
        if (pos_ != n_) {
            fail(says(Code::JsonAfterEnd, {describe()}));
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
    // Text read recently, by its bytes in the input (which outlives the reader).
    struct SharedText {
        std::string_view bytes;
        QString text;
    };
    std::vector<SharedText> shared_;
    // Members and items of the objects and arrays being read, one list per depth, so that each
    // finished value gets its list in one allocation of the exact size.
    std::vector<std::vector<JsonMember>> openMembers_;
    std::vector<std::vector<JsonValue>> openItems_;

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

    bool fail(Message what) { return failAt(mark(), std::move(what)); }
    bool failAt(Mark m, Message what) {
        if (!error_)
            error_ = JsonSyntaxError{m.line, m.column, std::move(what)};
        return false;
    }

    void skipSpace() {
        while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
            advance();
    }

    /// The character at the current position, for messages: the end of the file, a control
    /// character by its code point, or the character itself in quotes.
    [[nodiscard]] MessageArg describe() const {
        if (atEnd())
            return qarg::clause(says(Code::JsonFoundEnd));
        const auto b = static_cast<unsigned char>(peek());
        if (b < 0x20 || b == 0x7F)
            return qarg::clause(
                says(Code::JsonFoundControl, {qarg::text(QString::number(b, 16).rightJustified(4, u'0').toUpper())}));
        return qarg::text(u"'"_s + character() + u"'"_s);
    }

    /// The (UTF-8) character at the current position.
    [[nodiscard]] QString character() const {
        if (atEnd())
            return {};
        std::size_t len = 1;
        while (pos_ + len < n_ && len < 4 && (static_cast<unsigned char>(d_[pos_ + len]) & 0xC0) == 0x80)
            ++len;
        return QString::fromUtf8(d_ + pos_, static_cast<qsizetype>(len));
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
            return fail(says(Code::JsonEndInValue));
        if (c == '{' || c == '[') {
            if (depth >= maxDepth_)
                return fail(says(Code::JsonTooDeep, {arg::count(maxDepth_)}));
            return c == '{' ? object(out, depth) : array(out, depth);
        }
        if (c == '"') {
            out.type = JsonValue::Type::String;
            return string(out.text);
        }
        if (c == '-' || isDigit(c))
            return number(out);
        if (c == '\'')
            return fail(says(Code::JsonSingleQuotes));
        if (c == '/')
            return fail(says(Code::JsonComment));
        if (c == '+')
            return fail(says(Code::JsonPlusSign));
        if (c == '.')
            return fail(says(Code::JsonLeadingPoint));
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
                return fail(says(Code::JsonNotANumber, {qarg::text(w)}));
            return fail(says(Code::JsonUnexpectedWord, {qarg::text(w)}));
        }
        return fail(says(Code::JsonExpectedValue, {describe()}));
    }

    bool object(JsonValue& out, int depth) {
        out.type = JsonValue::Type::Object;
        const Mark open = mark();
        advance(); // '{'
        std::vector<JsonMember>& members = openMembers_[static_cast<std::size_t>(depth)];
        members.clear();
        QSet<QString> seen;
        const auto firstNamed = [&members](const QString& key) -> const JsonMember* {
            for (const auto& m : members)
                if (m.key == key)
                    return &m;
            return nullptr;
        };
        skipSpace();
        if (peek() == '}') {
            advance();
            return true;
        }
        std::optional<Mark> comma;
        for (;;) {
            skipSpace();
            if (peek() == '}' && comma)
                return failAt(*comma, says(Code::JsonTrailingCommaObject));
            if (atEnd())
                return failAt(open, says(Code::JsonObjectNotClosed));
            if (peek() != '"') {
                if (peek() == '\'')
                    return fail(says(Code::JsonSingleQuotedName));
                if (peek() == '/')
                    return fail(says(Code::JsonComment));
                return fail(says(Code::JsonExpectedName, {describe()}));
            }
            JsonMember member;
            member.line = line_;
            member.column = column();
            if (!string(member.key))
                return false;
            // Cairn's objects have a handful of fields, for which a linear scan is fastest; past
            // that a set keeps objects with very many fields from taking quadratic time.
            bool duplicate = false;
            if (members.size() < kLinearLookup) {
                duplicate = firstNamed(member.key) != nullptr;
            } else {
                if (seen.isEmpty())
                    for (const auto& m : members)
                        seen.insert(m.key);
                duplicate = seen.contains(member.key);
            }
            if (duplicate) {
                const JsonMember* first = firstNamed(member.key);
                return failAt({member.line, member.column},
                              says(Code::JsonDuplicateField,
                                   {qarg::text(member.key), arg::count(first->line), arg::count(first->column)}));
            }
            if (!seen.isEmpty())
                seen.insert(member.key);
            skipSpace();
            if (peek() != ':')
                return fail(says(Code::JsonExpectedColon, {qarg::text(member.key), describe()}));
            advance();
            skipSpace();
            if (!value(member.value, depth + 1))
                return false;
            members.push_back(std::move(member));
            skipSpace();
            if (peek() == ',') {
                comma = mark();
                advance();
                continue;
            }
            if (peek() == '}') {
                advance();
                out.members.assign(std::make_move_iterator(members.begin()), std::make_move_iterator(members.end()));
                members.clear();
                return true;
            }
            if (atEnd())
                return failAt(open, says(Code::JsonObjectNotClosed));
            if (peek() == '"')
                return fail(says(Code::JsonMissingComma));
            return fail(says(Code::JsonExpectedCommaOrBrace, {qarg::text(members.back().key), describe()}));
        }
    }

    bool array(JsonValue& out, int depth) {
        out.type = JsonValue::Type::Array;
        const Mark open = mark();
        advance(); // '['
        std::vector<JsonValue>& items = openItems_[static_cast<std::size_t>(depth)];
        items.clear();
        skipSpace();
        if (peek() == ']') {
            advance();
            return true;
        }
        std::optional<Mark> comma;
        for (;;) {
            skipSpace();
            if (peek() == ']' && comma)
                return failAt(*comma, says(Code::JsonTrailingCommaArray));
            if (atEnd())
                return failAt(open, says(Code::JsonArrayNotClosed));
            if (!value(items.emplace_back(), depth + 1))
                return false;
            skipSpace();
            if (peek() == ',') {
                comma = mark();
                advance();
                continue;
            }
            if (peek() == ']') {
                advance();
                out.items.assign(std::make_move_iterator(items.begin()), std::make_move_iterator(items.end()));
                items.clear();
                return true;
            }
            if (atEnd())
                return failAt(open, says(Code::JsonArrayNotClosed));
            return fail(says(Code::JsonExpectedCommaOrBracket, {describe()}));
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
                fail(says(Code::JsonExpectedHex, {describe()}));
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
                    return failAt(at, says(Code::JsonLoneHighSurrogate));
                advance();
                advance();
                auto low = hex4();
                if (!low)
                    return false;
                if (*low < 0xDC00 || *low > 0xDFFF)
                    return failAt(at, says(Code::JsonLoneHighSurrogate));
                cp = 0x10000 + ((*cp - 0xD800) << 10) + (*low - 0xDC00);
            } else if (*cp >= 0xDC00 && *cp <= 0xDFFF) {
                return failAt(at, says(Code::JsonLoneLowSurrogate));
            }
            appendUtf8(buf, *cp);
            return true;
        }
        default:
            if (atEnd())
                return failAt(at, says(Code::JsonEndInString));
            return failAt(at, says(Code::JsonBadEscape, {qarg::text(character())}));
        }
        advance();
        return true;
    }

    /// The text of `bytes`, shared with the last string or number written the same way that
    /// landed in the same slot of a small cache (a collision just makes a new QString).
    QString textOf(std::string_view bytes) {
        const auto make = [bytes] { return QString::fromUtf8(bytes.data(), static_cast<qsizetype>(bytes.size())); };
        if (bytes.size() > kSharedTextBytes)
            return make();
        SharedText& slot = shared_[std::hash<std::string_view>{}(bytes) & (shared_.size() - 1)];
        if (slot.bytes.data() == nullptr || slot.bytes != bytes)
            slot = {bytes, make()};
        return slot.text;
    }

    /// A string with no escapes on one line, read straight from the input; false (having moved
    /// nothing) for any other, which string() then reads character by character.
    bool plainString(QString& out) {
        std::size_t end = pos_ + 1;
        int characters = 0;
        for (; end < n_; ++end) {
            const auto c = static_cast<unsigned char>(d_[end]);
            if (c == '"')
                break;
            if (c == '\\' || c < 0x20)
                return false;
            if ((c & 0xC0) != 0x80)
                ++characters;
        }
        if (end == n_)
            return false;
        const std::string_view bytes(d_ + pos_ + 1, end - pos_ - 1);
        if (!isValidUtf8(bytes))
            return false;
        out = textOf(bytes);
        lead_ += characters + 2;
        pos_ = end + 1;
        return true;
    }

    bool string(QString& out) {
        if (plainString(out))
            return true;
        const Mark open = mark();
        advance(); // '"'
        std::string buf;
        for (;;) {
            if (atEnd())
                return failAt(open, says(Code::JsonStringNotClosed));
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
                return failAt(open, says(Code::JsonStringNotClosedOnLine));
            if (c < 0x20)
                return fail(says(Code::JsonControlInString, {describe()}));
            buf += static_cast<char>(c);
            advance();
        }
        if (!isValidUtf8(buf))
            return failAt(open, says(Code::JsonStringNotUtf8));
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
                return fail(says(Code::JsonLeadingZeros));
        } else if (isDigit(peek())) {
            while (isDigit(peek()))
                advance();
        } else {
            return fail(says(Code::JsonDigitAfterMinus, {describe()}));
        }
        if (peek() == '.') {
            advance();
            if (!isDigit(peek()))
                return fail(says(Code::JsonDigitAfterPoint, {describe()}));
            while (isDigit(peek()))
                advance();
        }
        if (peek() == 'e' || peek() == 'E') {
            advance();
            if (peek() == '+' || peek() == '-')
                advance();
            if (!isDigit(peek()))
                return fail(says(Code::JsonDigitInExponent, {describe()}));
            while (isDigit(peek()))
                advance();
        }
        if (isWordChar(peek()) || peek() == '.')
            return fail(says(Code::JsonUnexpectedInNumber, {describe()}));
        out.type = JsonValue::Type::Number;
        out.text = textOf(std::string_view(d_ + from, pos_ - from));
        double v = 0;
        const auto [ptr, ec] = std::from_chars(d_ + from, d_ + pos_, v);
        const bool negativeExponent = out.text.contains(u"e-"_s, Qt::CaseInsensitive);
        if (ec == std::errc::result_out_of_range && negativeExponent) {
            v = 0; // underflow: a number too small for a double reads as zero
        } else if (ec != std::errc() || ptr != d_ + pos_ || !std::isfinite(v)) {
            return failAt({out.line, out.column}, says(Code::JsonNumberTooLarge, {qarg::text(out.text)}));
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
